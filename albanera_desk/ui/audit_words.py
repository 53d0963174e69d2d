"""The audit trail in words: actions, records, the fields an event names and its note.

The core records field names (``received_on``, ``address:138``, ``marketing:sms``) and
short notes ("letter refusal", "key: raw -> passphrase"); the window shows them in the
window's language, never as codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from albanera_desk.domain.records import AuditAction, LetterKind
from albanera_desk.ui.dates import text_datetime


def action_label(action: AuditAction) -> str:
    words = {
        AuditAction.CREATE: QCoreApplication.translate("AuditLabels", "created"),
        AuditAction.UPDATE: QCoreApplication.translate("AuditLabels", "changed"),
        AuditAction.DELETE: QCoreApplication.translate("AuditLabels", "deleted"),
        AuditAction.VIEW: QCoreApplication.translate("AuditLabels", "opened"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditLabels", "exported"),
        AuditAction.PRINT: QCoreApplication.translate("AuditLabels", "printed"),
        AuditAction.IMPORT: QCoreApplication.translate("AuditLabels", "imported"),
        AuditAction.ERASE: QCoreApplication.translate("AuditLabels", "erased"),
        AuditAction.OPEN_STORE: QCoreApplication.translate("AuditLabels", "store opened"),
        AuditAction.MIGRATE: QCoreApplication.translate("AuditLabels", "store upgraded"),
        AuditAction.SEARCH: QCoreApplication.translate("AuditLabels", "searched"),
    }
    return words.get(action, QCoreApplication.translate("AuditLabels", "other"))


def record_type_label(record_type: str) -> str:
    words = {
        "request": QCoreApplication.translate("AuditLabels", "request"),
        "letter": QCoreApplication.translate("AuditLabels", "letter"),
        "person": QCoreApplication.translate("AuditLabels", "person"),
        "processor": QCoreApplication.translate("AuditLabels", "third party"),
        "activity": QCoreApplication.translate("AuditLabels", "processing activity"),
        "transfer": QCoreApplication.translate("AuditLabels", "transfer"),
        "register": QCoreApplication.translate("AuditLabels", "register"),
        "organisation": QCoreApplication.translate("AuditLabels", "organisation"),
        "store": QCoreApplication.translate("AuditLabels", "store"),
        "settings": QCoreApplication.translate("AuditLabels", "settings"),
    }
    return words.get(record_type, QCoreApplication.translate("AuditLabels", "other record"))


def _field_words() -> dict[str, str]:
    return {
        # requests and letters
        "kinds": QCoreApplication.translate("AuditLabels", "kind of request"),
        "received_on": QCoreApplication.translate("AuditLabels", "date received"),
        "answered_on": QCoreApplication.translate("AuditLabels", "date answered"),
        "writer": QCoreApplication.translate("AuditLabels", "writer"),
        "regimes": QCoreApplication.translate("AuditLabels", "applicable law"),
        "due": QCoreApplication.translate("AuditLabels", "due date"),
        "status": QCoreApplication.translate("AuditLabels", "status"),
        "person_id": QCoreApplication.translate("AuditLabels", "person linked"),
        "nobody_known_on": QCoreApplication.translate("AuditLabels", "about nobody we know"),
        "scan": QCoreApplication.translate("AuditLabels", "scanned letter"),
        "extended": QCoreApplication.translate("AuditLabels", "extension"),
        "identity_asked_on": QCoreApplication.translate("AuditLabels", "identity asked on"),
        "identity_received_on": QCoreApplication.translate("AuditLabels", "identity received on"),
        "identity_method": QCoreApplication.translate("AuditLabels", "identity check"),
        "identity_result": QCoreApplication.translate("AuditLabels", "identity result"),
        "kind": QCoreApplication.translate("AuditLabels", "kind of letter"),
        "posted_on": QCoreApplication.translate("AuditLabels", "posting date"),
        "pdf": QCoreApplication.translate("AuditLabels", "letter kept (PDF)"),
        # people
        "first_name": QCoreApplication.translate("AuditLabels", "first name"),
        "last_name": QCoreApplication.translate("AuditLabels", "last name"),
        "customer_id": QCoreApplication.translate("AuditLabels", "customer ID"),
        "birth_date": QCoreApplication.translate("AuditLabels", "date of birth"),
        "age_band": QCoreApplication.translate("AuditLabels", "age band"),
        "email": QCoreApplication.translate("AuditLabels", "email"),
        "phone": QCoreApplication.translate("AuditLabels", "telephone"),
        "address": QCoreApplication.translate("AuditLabels", "address"),
        "items": QCoreApplication.translate("AuditLabels", "items held"),
        "item": QCoreApplication.translate("AuditLabels", "item held"),
        "marketing": QCoreApplication.translate("AuditLabels", "marketing consent"),
        "search_index": QCoreApplication.translate("AuditLabels", "search index"),
        "erasure": QCoreApplication.translate("AuditLabels", "erasure"),
        "note": QCoreApplication.translate("AuditLabels", "note"),
        "tags": QCoreApplication.translate("AuditLabels", "tags"),
        "company": QCoreApplication.translate("AuditLabels", "company"),
        "city": QCoreApplication.translate("AuditLabels", "city"),
        "postcode": QCoreApplication.translate("AuditLabels", "postcode"),
        "province": QCoreApplication.translate("AuditLabels", "province or state"),
        # the register
        "legal_name": QCoreApplication.translate("AuditLabels", "legal name"),
        "name": QCoreApplication.translate("AuditLabels", "name"),
        "role": QCoreApplication.translate("AuditLabels", "role"),
        "ccpa_role": QCoreApplication.translate("AuditLabels", "CCPA role"),
        "country_code": QCoreApplication.translate("AuditLabels", "country"),
        "contact": QCoreApplication.translate("AuditLabels", "contact"),
        "dpo_contact": QCoreApplication.translate("AuditLabels", "DPO contact"),
        "service": QCoreApplication.translate("AuditLabels", "service"),
        "purposes": QCoreApplication.translate("AuditLabels", "purposes"),
        "purpose": QCoreApplication.translate("AuditLabels", "purpose"),
        "data_categories": QCoreApplication.translate("AuditLabels", "categories of data"),
        "people_categories": QCoreApplication.translate("AuditLabels", "categories of people"),
        "sensitive_data": QCoreApplication.translate("AuditLabels", "sensitive data"),
        "internal_recipients": QCoreApplication.translate("AuditLabels", "internal recipients"),
        "countries": QCoreApplication.translate("AuditLabels", "countries of processing"),
        "retention": QCoreApplication.translate("AuditLabels", "retention"),
        "security_measures": QCoreApplication.translate("AuditLabels", "security measures"),
        "parent_id": QCoreApplication.translate("AuditLabels", "sub-processor of"),
        "ended_on": QCoreApplication.translate("AuditLabels", "end date"),
        "started_on": QCoreApplication.translate("AuditLabels", "start date"),
        "data_returned_or_deleted_on": QCoreApplication.translate(
            "AuditLabels", "data returned or deleted on"
        ),
        "next_review": QCoreApplication.translate("AuditLabels", "next review"),
        "to_complete": QCoreApplication.translate("AuditLabels", "to complete"),
        "dpa_signed_on": QCoreApplication.translate("AuditLabels", "agreement signed on"),
        "dpa_expires_on": QCoreApplication.translate("AuditLabels", "agreement expires on"),
        "dpa_document": QCoreApplication.translate("AuditLabels", "signed agreement"),
        "art28_terms": QCoreApplication.translate("AuditLabels", "art. 28(3) terms"),
        "legal_basis": QCoreApplication.translate("AuditLabels", "legal basis"),
        "recipient_ids": QCoreApplication.translate("AuditLabels", "recipients"),
        "transfer_ids": QCoreApplication.translate("AuditLabels", "transfers"),
        "joint_controller_id": QCoreApplication.translate("AuditLabels", "joint controller"),
        "exporter": QCoreApplication.translate("AuditLabels", "exporter"),
        "importer_id": QCoreApplication.translate("AuditLabels", "importer"),
        "importer_name": QCoreApplication.translate("AuditLabels", "importer's name"),
        "destination_country": QCoreApplication.translate("AuditLabels", "destination country"),
        "onward_transfers": QCoreApplication.translate("AuditLabels", "onward transfers"),
        "legal_ground": QCoreApplication.translate("AuditLabels", "legal ground"),
        "scc_module": QCoreApplication.translate("AuditLabels", "SCC module"),
        "scc_signed_on": QCoreApplication.translate("AuditLabels", "SCC signed on"),
        "scc_document": QCoreApplication.translate("AuditLabels", "signed SCC"),
        "bcr_reference": QCoreApplication.translate("AuditLabels", "BCR reference"),
        "derogation": QCoreApplication.translate("AuditLabels", "derogation"),
        "derogation_reason": QCoreApplication.translate("AuditLabels", "reason for the derogation"),
        "importer_dpf_certified": QCoreApplication.translate("AuditLabels", "DPF certification"),
        "tia_on": QCoreApplication.translate("AuditLabels", "assessment date"),
        "tia_outcome": QCoreApplication.translate("AuditLabels", "assessment outcome"),
        "tia_document": QCoreApplication.translate("AuditLabels", "assessment document"),
        "measures": QCoreApplication.translate("AuditLabels", "supplementary measures"),
        # organisation and settings
        "controller_name": QCoreApplication.translate("AuditLabels", "controller's name"),
        "contact_role": QCoreApplication.translate("AuditLabels", "contact (role)"),
        "address_lines": QCoreApplication.translate("AuditLabels", "postal address"),
        "region": QCoreApplication.translate("AuditLabels", "region"),
        "contact_email": QCoreApplication.translate("AuditLabels", "contact email"),
        "signatory_name": QCoreApplication.translate("AuditLabels", "signatory"),
        "signatory_title": QCoreApplication.translate("AuditLabels", "signatory's title"),
        "signatory_title_fr": QCoreApplication.translate(
            "AuditLabels", "signatory's title in French"
        ),
        "legal_form": QCoreApplication.translate("AuditLabels", "legal form"),
        "share_capital": QCoreApplication.translate("AuditLabels", "share capital"),
        "registered_office": QCoreApplication.translate("AuditLabels", "registered office"),
        "rcs": QCoreApplication.translate("AuditLabels", "trade register (RCS)"),
        "siren": QCoreApplication.translate("AuditLabels", "SIREN number"),
        "recipient_notices": QCoreApplication.translate(
            "AuditLabels", "notices to recipients (art. 19)"
        ),
        "facts": QCoreApplication.translate("AuditLabels", "facts about the person"),
        "partial": QCoreApplication.translate("AuditLabels", "partial answer"),
        "portability_csv": QCoreApplication.translate("AuditLabels", "portable copy (CSV)"),
        "portability_json": QCoreApplication.translate("AuditLabels", "portable copy (JSON)"),
        "refusal": QCoreApplication.translate("AuditLabels", "refusal"),
        "restriction": QCoreApplication.translate("AuditLabels", "restriction of processing"),
        "ccpa_applies": QCoreApplication.translate("AuditLabels", "CCPA"),
        "default_language": QCoreApplication.translate("AuditLabels", "letter language"),
        "holiday_region": QCoreApplication.translate("AuditLabels", "holiday region"),
        "postal_transit_days": QCoreApplication.translate("AuditLabels", "postal delay"),
        "request_retention_months": QCoreApplication.translate(
            "AuditLabels", "how long requests are kept"
        ),
        "backup_folder": QCoreApplication.translate("AuditLabels", "backup folder"),
        "backups_kept": QCoreApplication.translate("AuditLabels", "backups kept"),
        "backup_on_exit": QCoreApplication.translate("AuditLabels", "backup on exit"),
        "auto_lock_minutes": QCoreApplication.translate("AuditLabels", "automatic lock"),
        "key": QCoreApplication.translate("AuditLabels", "key"),
        "restore": QCoreApplication.translate("AuditLabels", "restore"),
    }


def field_label(name: str) -> str:
    """``received_on`` → "date received"; ``address:138`` → "address"; never a code."""
    words = _field_words()
    base, _, detail = name.partition(":")
    if base == "marketing" and detail == "email":
        return QCoreApplication.translate("AuditLabels", "email marketing consent")
    if base == "marketing" and detail == "sms":
        return QCoreApplication.translate("AuditLabels", "SMS marketing consent")
    if base in words:
        return words[base]
    if base.endswith("_id") and base[:-3] in words:
        return words[base[:-3]]
    return QCoreApplication.translate("AuditLabels", "other field")


def fields_text(names: Sequence[str]) -> str:
    """The fields an event names, in words, each once, in the order recorded."""
    seen: list[str] = []
    for name in names:
        label = field_label(name)
        if label not in seen:
            seen.append(label)
    return ", ".join(seen)


def _letter(kind: str) -> str:
    from albanera_desk.ui.request_words import letter_label

    # The trail names letters by the command line's words ("identity-check") or the
    # record's ("identity_request"); both read as the letter's name.
    name = {"identity-check": "identity_request"}.get(kind, kind).replace("-", "_")
    try:
        return letter_label(LetterKind(name))
    except ValueError:
        return QCoreApplication.translate("AuditLabels", "letter")


def _key_kind(kind: str) -> str:
    if kind == "raw":
        return QCoreApplication.translate("AuditLabels", "key in the system keyring")
    return QCoreApplication.translate("AuditLabels", "passphrase")


_BACKUP_STAMP = re.compile(r"(\d{8})T(\d{6})\d*Z")  # in a backup's name, when it was made (UTC)


def backup_words(name: str) -> str:
    """A backup's file name as the trail shows it: "the backup of 3 Dec 2026, 09:28" from
    its stamp ("…-20261203T092811086012Z.albanera-backup"), else the name as it is."""
    found = _BACKUP_STAMP.search(name)
    if found is None:
        return name
    try:
        made = datetime.strptime(found[1] + found[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return name
    return QCoreApplication.translate("AuditLabels", "the backup of {when}").format(
        when=text_datetime(made)
    )


def _notice_action(action: str) -> str:
    """What an art. 19 notice tells a recipient of (services.letters.notices' actions)."""
    words = {
        "correction": QCoreApplication.translate("AuditLabels", "correction"),
        "erasure": QCoreApplication.translate("AuditLabels", "erasure"),
        "restriction": QCoreApplication.translate("AuditLabels", "restriction"),
        "lift": QCoreApplication.translate("AuditLabels", "restriction lifted"),
    }
    return words.get(action, action.replace("_", " "))


_NOTES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"letter ([a-z0-9-]+)"),
        lambda m: QCoreApplication.translate("AuditLabels", "letter: {kind}").format(
            kind=_letter(m.group(1))
        ),
    ),
    (
        re.compile(r"key: (\w+) -> (\w+), backup made first"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "key changed from {old} to {new}, after a backup"
        ).format(old=_key_kind(m.group(1)), new=_key_kind(m.group(2))),
    ),
    (
        re.compile(r"key: (\w+)"),
        lambda m: QCoreApplication.translate("AuditLabels", "opened with: {key}").format(
            key=_key_kind(m.group(1))
        ),
    ),
    (
        re.compile(r"(csv|json|pdf|xlsx)"),
        lambda m: QCoreApplication.translate("AuditLabels", "{format} file").format(
            format=m.group(1).upper()
        ),
    ),
    (re.compile(r"correction"), lambda m: QCoreApplication.translate("AuditLabels", "correction")),
    (
        re.compile(r"erased"),
        lambda m: QCoreApplication.translate("AuditLabels", "erased, a tombstone kept"),
    ),
    (
        re.compile(r"retention ended"),
        lambda m: QCoreApplication.translate("AuditLabels", "retention period over"),
    ),
    (
        re.compile(r"retention purge: (\d+) closed requests"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "%n closed request(s) past their retention deleted", "", int(m[1])
        ),
    ),
    (
        re.compile(r"art\. 19 notices to (\d+) recipients"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "art. 19 notices to %n recipient(s)", "", int(m[1])
        ),
    ),
    (
        re.compile(r"art\. 19 notices \((\w+)\) to (\d+) recipients"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "art. 19 notices ({action}) to %n recipient(s)", "", int(m[2])
        ).format(action=_notice_action(m[1])),
    ),
    (
        re.compile(r"art\. 19 notices posted to (\d+) recipients"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "art. 19 notices posted to %n recipient(s)", "", int(m[1])
        ),
    ),
    (
        re.compile(r"demo provenance for (\d+) people"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "demo: where the data of %n person(s) came from", "", int(m[1])
        ),
    ),
    (
        re.compile(r"answer letter posted"),
        lambda m: QCoreApplication.translate("AuditLabels", "answer posted: the request answered"),
    ),
    (
        re.compile(r"search index rebuilt for (\d+) people"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "search index rebuilt for %n person(s)", "", int(m[1])
        ),
    ),
    (
        re.compile(r"restored from (.+)"),
        lambda m: QCoreApplication.translate("AuditLabels", "restored from {name}").format(
            name=backup_words(m.group(1))
        ),
    ),
    (
        re.compile(r"restore of (.+): (\d+) erasures made after it re-applied"),
        lambda m: QCoreApplication.translate(
            "AuditLabels",
            "after restoring {name}: %n later erasure(s) applied again",
            "",
            int(m[2]),
        ).format(name=backup_words(m.group(1))),
    ),
    (
        re.compile(r"an interrupted key change was finished at open"),
        lambda m: QCoreApplication.translate(
            "AuditLabels", "an interrupted key change was finished when the store opened"
        ),
    ),
    (
        re.compile(
            r"(\d+) added, (\d+) updated, (\d+) unchanged, (\d+) rejected"
            r"(?:, (\d+) opt-outs kept)?"
        ),
        lambda m: QCoreApplication.translate(
            "AuditLabels",
            "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected",
        ).format(added=m[1], updated=m[2], unchanged=m[3], rejected=m[4]),
    ),
]


def note_text(note: str) -> str:
    """A note the core wrote, in words; a person's own words (a reason typed) as they are."""
    for pattern, words in _NOTES:
        match = pattern.fullmatch(note)
        if match:
            return words(match)
    return note
