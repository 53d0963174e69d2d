"""What is missing or stale in the register, the record of processing and the transfers.

``check_register(store, today, catalogue=None) -> list[HealthItem]``: problems first, then
warnings; each item names the record that fixes it (``record_type`` "processor",
"activity", "transfer" or "catalogue"; ``record_id`` None for the catalogue) and says
what is wrong in one sentence, in English (``message_en``) and French (``message_fr``).

Codes: ``no_signed_agreement``, ``missing_art28_terms``, ``agreement_expired``,
``outside_eea_without_transfer``, ``transfer_without_ground``, ``transfer_review_expired``,
``us_importer_not_certified``, ``no_adequacy_decision``, ``review_due``,
``ended_without_return``, ``catalogue_stale``, ``to_complete`` (register entries,
activities and transfers that are starters still to complete), ``activity_no_retention``,
``activity_no_security`` (art. 30(1)(f) and (g): an activity says how long it keeps the
data and how it protects it). Dates are written as people read them, never ISO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.date_text import text_date
from albanera_desk.domain.records import LegalGround, ProcessorStatus
from albanera_desk.domain.register_records import ActivityRecord, TransferRecord
from albanera_desk.domain.register_rules import (
    DEROGATION_KEYS,
    art28_label,
    in_eea,
    needs_art28_terms,
)
from albanera_desk.services.addresses import country_name
from albanera_desk.services.register.adequacy import load_adequacy_catalogue
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.store import Store

Severity = Literal["problem", "warning"]


@dataclass(frozen=True, slots=True)
class HealthItem:
    severity: Severity
    code: str
    message_en: str
    message_fr: str
    record_type: str
    record_id: int | None

    def message(self, language: str) -> str:
        return self.message_fr if language == "fr" else self.message_en


def _ground_gap(t: TransferRecord, catalogue: AdequacyCatalogue) -> tuple[str, str] | None:
    """What the transfer's legal ground lacks (English, French), or None."""
    dest = t.destination_country.upper()
    ground = t.legal_ground
    if ground is None or (ground is LegalGround.WITHIN_EEA and not in_eea(dest)):
        return ("has no legal ground", "n'a pas de fondement juridique")
    if ground is LegalGround.SCC and t.scc_module not in {"1", "2", "3", "4"}:
        return (
            "is under standard contractual clauses with no module recorded",
            "relève de clauses contractuelles types sans module indiqué",
        )
    if ground is LegalGround.SCC and t.scc_signed_on is None:
        return (
            "is under standard contractual clauses with no signature date",
            "relève de clauses contractuelles types sans date de signature",
        )
    if ground is LegalGround.BCR and not t.bcr_reference:
        return (
            "rests on binding corporate rules with no reference",
            "repose sur des règles d'entreprise contraignantes sans référence",
        )
    if ground is LegalGround.DEROGATION and (
        t.derogation not in DEROGATION_KEYS or not t.derogation_reason
    ):
        return (
            "rests on an art. 49 derogation without its point and reason",
            "repose sur une dérogation de l'art. 49 sans son point ni sa justification",
        )
    return None


def _activity_gaps(a: ActivityRecord) -> list[tuple[Severity, str, str, str]]:
    """What a line of the record of processing lacks: (severity, code, English, French)."""
    gaps: list[tuple[Severity, str, str, str]] = []
    if a.to_complete:
        gaps.append(
            (
                "warning",
                "to_complete",
                f"The activity {a.name} is a starter from the privacy policy still to complete.",
                f"Le traitement {a.name} est issu de la politique de confidentialité et reste "
                "à compléter.",
            )
        )
    if not a.retention.strip():
        gaps.append(
            (
                "problem",
                "activity_no_retention",
                f"The activity {a.name} does not say how long its data is kept (art. 30(1)(f)).",
                f"Le traitement {a.name} n'indique pas la durée de conservation des données "
                "(art. 30.1.f).",
            )
        )
    if not a.security_measures.strip():
        gaps.append(
            (
                "problem",
                "activity_no_security",
                f"The activity {a.name} does not describe its security measures "
                "(art. 30(1)(g), art. 32).",
                f"Le traitement {a.name} ne décrit pas ses mesures de sécurité "
                "(art. 30.1.g, art. 32).",
            )
        )
    return gaps


def _en(day: date) -> str:
    return text_date(day, "en")


def _fr(day: date) -> str:
    return text_date(day, "fr")


def check_register(
    store: Store, today: date, catalogue: AdequacyCatalogue | None = None
) -> list[HealthItem]:
    catalogue = catalogue or load_adequacy_catalogue()
    service = RegisterService(store, "health-check")
    processors = service.list_processors()
    transfers = service.list_transfers()
    items: list[HealthItem] = []

    def add(
        severity: Severity, code: str, en: str, fr: str, record_type: str, rid: int | None
    ) -> None:
        items.append(HealthItem(severity, code, en, fr, record_type, rid))

    covered = {
        (t.importer_id, t.destination_country.upper()) for t in transfers if t.ended_on is None
    }
    for p in processors:
        name = p.legal_name
        if p.status is ProcessorStatus.ENDED:
            if p.data_returned_or_deleted_on is None:
                add(
                    "warning",
                    "ended_without_return",
                    f"{name} has ended but the date its data was returned or deleted is missing.",
                    f"{name} a pris fin mais la date de restitution ou de suppression "
                    "des données manque.",
                    "processor",
                    p.id,
                )
            continue
        if p.to_complete:
            add(
                "warning",
                "to_complete",
                f"{name} is a starter entry from the privacy policy still to complete.",
                f"{name} est une entrée issue de la politique de confidentialité à compléter.",
                "processor",
                p.id,
            )
        if needs_art28_terms(p.role):
            if p.dpa_signed_on is None:
                add(
                    "problem",
                    "no_signed_agreement",
                    f"{name} has no signed data processing agreement.",
                    f"{name} n'a pas de contrat de sous-traitance signé.",
                    "processor",
                    p.id,
                )
            elif p.missing_art28_terms:
                missing_en = ", ".join(art28_label(k, "en") for k in p.missing_art28_terms)
                missing_fr = ", ".join(art28_label(k, "fr") for k in p.missing_art28_terms)
                add(
                    "problem",
                    "missing_art28_terms",
                    f"The agreement with {name} lacks art. 28(3) terms: {missing_en}.",
                    f"Le contrat avec {name} ne contient pas les clauses de l'art. 28.3 : "
                    f"{missing_fr}.",
                    "processor",
                    p.id,
                )
            if p.dpa_expires_on is not None and p.dpa_expires_on < today:
                add(
                    "problem",
                    "agreement_expired",
                    f"The agreement with {name} expired on {_en(p.dpa_expires_on)}.",
                    f"Le contrat avec {name} a expiré le {_fr(p.dpa_expires_on)}.",
                    "processor",
                    p.id,
                )
        for code in dict.fromkeys(c.upper() for c in p.processing_countries):
            if not in_eea(code) and (p.id, code) not in covered:
                add(
                    "problem",
                    "outside_eea_without_transfer",
                    f"{name} processes data in {country_name(code, 'en')}, outside the EEA, "
                    "with no transfer record.",
                    f"{name} traite des données hors EEE ({country_name(code, 'fr')}) "
                    "sans fiche de transfert.",
                    "processor",
                    p.id,
                )
        if p.next_review is not None and p.next_review < today:
            add(
                "warning",
                "review_due",
                f"The review of {name} was due on {_en(p.next_review)}.",
                f"La revue de {name} était prévue le {_fr(p.next_review)}.",
                "processor",
                p.id,
            )

    for t in transfers:
        if t.ended_on is not None:
            continue
        where_en = f"The transfer to {t.importer_name} ({country_name(t.destination_country)})"
        where_fr = (
            f"Le transfert vers {t.importer_name} ({country_name(t.destination_country, 'fr')})"
        )
        if t.to_complete:
            add(
                "warning",
                "to_complete",
                f"{where_en} is a starter from the privacy policy still to confirm "
                "(its legal ground above all).",
                f"{where_fr} est issu de la politique de confidentialité et reste à confirmer "
                "(son fondement avant tout).",
                "transfer",
                t.id,
            )
        gap = _ground_gap(t, catalogue)
        if gap is not None:
            add(
                "problem",
                "transfer_without_ground",
                f"{where_en} {gap[0]}.",
                f"{where_fr} {gap[1]}.",
                "transfer",
                t.id,
            )
        if t.legal_ground is LegalGround.ADEQUACY:
            decision = catalogue.decision_for(t.destination_country)
            if decision is None:
                add(
                    "problem",
                    "no_adequacy_decision",
                    f"{where_en} relies on adequacy, but the catalogue has no decision "
                    "for that country.",
                    f"{where_fr} repose sur l'adéquation, mais le catalogue n'a aucune "
                    "décision pour ce pays.",
                    "transfer",
                    t.id,
                )
            elif decision.condition == "dpf_certified" and t.importer_dpf_certified is not True:
                add(
                    "problem",
                    "us_importer_not_certified",
                    f"{where_en} relies on the EU-US adequacy decision, but the importer is "
                    "not recorded as certified under the Data Privacy Framework.",
                    f"{where_fr} repose sur la décision d'adéquation UE-États-Unis, mais "
                    "l'importateur n'est pas indiqué comme certifié au Data Privacy Framework.",
                    "transfer",
                    t.id,
                )
        if t.next_review is not None and t.next_review < today:
            add(
                "problem",
                "transfer_review_expired",
                f"{where_en} was due for review on {_en(t.next_review)}.",
                f"{where_fr} devait être revu le {_fr(t.next_review)}.",
                "transfer",
                t.id,
            )

    for a in service.list_activities():
        for severity, code, en, fr in _activity_gaps(a):
            add(severity, code, en, fr, "activity", a.id)

    if catalogue.stale(today):
        checked = catalogue.last_checked
        add(
            "warning",
            "catalogue_stale",
            f"The adequacy decisions were last checked on {_en(checked)}, over six months ago.",
            f"Les décisions d'adéquation ont été vérifiées le {_fr(checked)}, il y a plus de "
            "six mois.",
            "catalogue",
            None,
        )
    items.sort(key=lambda item: item.severity != "problem")
    return items
