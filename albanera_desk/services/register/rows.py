"""The register as the exports print it: one dict of text per record, in French or English.

``processor_row``, ``activity_row`` and ``transfer_row`` build one row each; countries are
named in the language asked (``services.addresses.country_name``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.date_text import table_date
from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.records import LegalGround
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import (
    ART28_KEYS,
    DEROGATIONS,
    LEGAL_BASES,
    SCC_MODULE_LABELS,
    ZONE_LABELS,
    art28_label,
    in_eea,
    label_of,
    needs_art28_terms,
    zone_of,
)
from albanera_desk.domain.vocabulary import CCPA_ROLES, GROUNDS, ROLES, STATUSES, category_words
from albanera_desk.services.addresses import country_name


def _d(day: date | None) -> str:
    """01/12/2026 in both languages: the exports' tables read like the window's."""
    return table_date(day)


def named_country(profile: OrganisationProfile, language: str) -> OrganisationProfile:
    """The profile as the exports' cover prints it: its country in words, not its code."""
    return replace(profile, country_code=country_name(profile.country_code, language))


def _yes(flag: bool, language: str) -> str:
    return ("oui" if language == "fr" else "yes") if flag else ""


def _yes_no(flag: bool, language: str) -> str:
    """A flag the record must state either way (art. 9-10 data: yes or no)."""
    if language == "fr":
        return "oui" if flag else "non"
    return "yes" if flag else "no"


def representative(country_code: str, language: str) -> str:
    """The art. 27 line: a controller established in the EEA needs no representative."""
    if in_eea(country_code):
        if language == "fr":
            return (
                "sans objet\u00a0: le responsable du traitement est établi dans l'Espace "
                "économique européen"
            )
        return "not applicable: the controller is established in the European Economic Area"
    if language == "fr":
        return "à désigner\u00a0: le responsable du traitement n'est pas établi dans l'EEE"
    return "to appoint: the controller is not established in the EEA"


def processor_row(
    p: ProcessorRecord, names: dict[int | None, str], language: str
) -> dict[str, str]:
    missing = p.missing_art28_terms
    total = len(ART28_KEYS)
    if not needs_art28_terms(p.role):
        terms = "sans objet" if language == "fr" else "not applicable"
    elif not missing:
        terms = f"{total}/{total}"
    elif len(missing) == total:
        terms = f"0/{total} — " + ("aucune clause relevée" if language == "fr" else "none recorded")
    else:
        terms = f"{total - len(missing)}/{total} — "
        terms += "manque : " if language == "fr" else "missing: "
        terms += ", ".join(art28_label(k, language) for k in missing)
    sep = "; "
    return {
        "id": str(p.id),
        "legal_name": p.legal_name,
        "role": ROLES[p.role].text(language),
        "ccpa_role": CCPA_ROLES[p.ccpa_role].text(language) if p.ccpa_role else "",
        "country": country_name(p.country_code, language),
        "address": ", ".join(p.address),
        "contact": p.contact,
        "dpo_contact": p.dpo_contact,
        "service": p.service,
        "purposes": sep.join(p.purposes),
        "data_categories": sep.join(category_words(c, language) for c in p.data_categories),
        "people_categories": sep.join(p.people_categories),
        "countries": sep.join(country_name(c, language) for c in p.countries),
        "retention": p.retention,
        "security_measures": p.security_measures,
        "parent": names.get(p.parent_id, "") if p.parent_id else "",
        "dpa_signed_on": _d(p.dpa_signed_on),
        "dpa_expires_on": _d(p.dpa_expires_on),
        "art28_terms": terms,
        "status": STATUSES[p.status].text(language),
        "ended_on": _d(p.ended_on),
        "data_returned_or_deleted_on": _d(p.data_returned_or_deleted_on),
        "next_review": _d(p.next_review),
        "to_complete": _yes(p.to_complete, language),
        "created_on": _d(p.created_on),
        "updated_on": _d(p.updated_on),
    }


def activity_row(
    a: ActivityRecord,
    names: dict[int | None, str],
    transfer_names: dict[int | None, str],
    language: str,
) -> dict[str, str]:
    sep = "; "
    return {
        "id": str(a.id),
        "name": a.name,
        "joint_controller": names.get(a.joint_controller_id, "") if a.joint_controller_id else "",
        "purposes": sep.join(a.purposes),
        "legal_basis": label_of(LEGAL_BASES, a.legal_basis, language),
        "people_categories": sep.join(a.people_categories),
        "data_categories": sep.join(category_words(c, language) for c in a.data_categories),
        "sensitive_data": _yes_no(a.sensitive_data, language),
        "recipients": sep.join(names.get(i, f"#{i}") for i in a.recipient_ids),
        "internal_recipients": sep.join(a.internal_recipients),
        "transfers": sep.join(transfer_names.get(i, f"#{i}") for i in a.transfer_ids),
        "retention": a.retention,
        "security_measures": a.security_measures,
        "to_complete": _yes(a.to_complete, language),
        "created_on": _d(a.created_on),
        "updated_on": _d(a.updated_on),
    }


def transfer_row(t: TransferRecord, catalogue: AdequacyCatalogue, language: str) -> dict[str, str]:
    fr = language == "fr"
    details = ""
    if t.legal_ground is LegalGround.SCC and t.scc_module in {"1", "2", "3", "4"}:
        details = SCC_MODULE_LABELS[int(t.scc_module)].text(language)
        if t.scc_signed_on:
            details += (", signées le " if fr else ", signed on ") + _d(t.scc_signed_on)
    elif t.legal_ground is LegalGround.ADEQUACY:
        decision = catalogue.decision_for(t.destination_country)
        details = decision.reference if decision else ("aucune décision" if fr else "no decision")
        if decision and decision.condition == "dpf_certified":
            certified = t.importer_dpf_certified is True
            details += (
                " ; importateur certifié DPF : " if fr else "; importer DPF-certified: "
            ) + (("oui" if fr else "yes") if certified else ("non" if fr else "no"))
    elif t.legal_ground is LegalGround.BCR:
        details = t.bcr_reference
    elif t.legal_ground is LegalGround.DEROGATION:
        details = f"{label_of(DEROGATIONS, t.derogation, language)}: {t.derogation_reason}"
    tia = ""
    if t.tia_on or t.tia_outcome:
        tia = f"{_d(t.tia_on)} {t.tia_outcome}".strip()
    zone = zone_of(t.destination_country, catalogue, dpf_certified=t.importer_dpf_certified)
    return {
        "id": str(t.id),
        "exporter": t.exporter,
        "importer": t.importer_name,
        "destination": country_name(t.destination_country, language),
        "zone": ZONE_LABELS[zone].text(language),
        "data_categories": "; ".join(category_words(c, language) for c in t.data_categories),
        "purpose": t.purpose,
        "legal_ground": GROUNDS[t.legal_ground].text(language) if t.legal_ground else "",
        "ground_details": details,
        "tia": tia,
        "measures": t.measures,
        "onward_transfers": t.onward_transfers,
        "next_review": _d(t.next_review),
        "period": " → ".join(x for x in (_d(t.started_on), _d(t.ended_on)) if x),
        "to_complete": _yes(t.to_complete, language),
        "created_on": _d(t.created_on),
        "updated_on": _d(t.updated_on),
    }
