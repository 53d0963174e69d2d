"""Whether a register record can be saved as it is, and the values it saves (pure rules).

``check_processor``, ``check_activity`` and ``check_transfer`` clean every text (control
and invisible characters refused, lengths bounded), check what is required and return the
values to write, by column name; ``check_ending`` checks a contract's end dates. Each
refusal is a ``RegisterRefusal`` (a ``ValueError``) whose message is one sentence; the
service turns it into ``RegisterInvalid``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

import pycountry

from albanera_desk.domain.records import CcpaRole, LegalGround, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import ART28_KEYS, DEROGATION_KEYS, LEGAL_BASIS_KEYS
from albanera_desk.domain.text_input import TextRejected, clean_text
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP


class RegisterRefusal(ValueError):
    """A record cannot be saved as it is; ``args[0]`` is one sentence."""


# The fields a save writes (the ids of stored documents and starters are set elsewhere).
PROCESSOR_FIELDS = [
    f.name
    for f in dataclasses.fields(ProcessorRecord)
    if f.name not in {"id", "dpa_document_id", "starter_key", "created_on", "updated_on"}
]
ACTIVITY_FIELDS = [
    f.name
    for f in dataclasses.fields(ActivityRecord)
    if f.name not in {"id", "starter_key", "created_on", "updated_on"}
]


def is_country_code(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def check_ending(ended_on: date, data_returned_or_deleted_on: date | None) -> None:
    """The data cannot come back (or be deleted) before the contract ended."""
    if data_returned_or_deleted_on is not None and data_returned_or_deleted_on < ended_on:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP(
                "Core",
                "The data cannot have been returned or deleted before the contract ended.",
            )
        )


# What the sentences refusing a record's text call each field (worded again in the window).
_WHAT = {
    "legal_name": QT_TRANSLATE_NOOP("Core", "legal name"),
    "country_code": QT_TRANSLATE_NOOP("Core", "entry's country"),
    "countries": QT_TRANSLATE_NOOP("Core", "processing country"),
    "address": QT_TRANSLATE_NOOP("Core", "address"),
    "contact": QT_TRANSLATE_NOOP("Core", "contact"),
    "dpo_contact": QT_TRANSLATE_NOOP("Core", "DPO contact"),
    "service": QT_TRANSLATE_NOOP("Core", "service"),
    "retention": QT_TRANSLATE_NOOP("Core", "retention"),
    "security_measures": QT_TRANSLATE_NOOP("Core", "security measures"),
    "purpose": QT_TRANSLATE_NOOP("Core", "purpose"),
    "data_category": QT_TRANSLATE_NOOP("Core", "data category"),
    "people_category": QT_TRANSLATE_NOOP("Core", "people category"),
    "internal_recipient": QT_TRANSLATE_NOOP("Core", "internal recipient"),
    "activity_name": QT_TRANSLATE_NOOP("Core", "activity name"),
    "exporter": QT_TRANSLATE_NOOP("Core", "exporter"),
    "importer": QT_TRANSLATE_NOOP("Core", "importer"),
    "destination": QT_TRANSLATE_NOOP("Core", "destination country"),
    "onward_transfers": QT_TRANSLATE_NOOP("Core", "onward transfers"),
    "bcr_reference": QT_TRANSLATE_NOOP("Core", "BCR reference"),
    "derogation_reason": QT_TRANSLATE_NOOP("Core", "derogation reason"),
    "tia_outcome": QT_TRANSLATE_NOOP("Core", "TIA outcome"),
    "measures": QT_TRANSLATE_NOOP("Core", "measures"),
}


def _text(value: str, what: str, *, multiline: bool = False, max_length: int = 300) -> str:
    try:
        return clean_text(value, max_length=max_length, what=what, multiline=multiline)
    except TextRejected as exc:
        raise RegisterRefusal(exc.args[0]) from None


def _texts(values: Sequence[str], what: str) -> list[str]:
    cleaned = [_text(str(v), what) for v in values]
    return list(dict.fromkeys(v for v in cleaned if v))


def _country(code: str, what: str) -> str:
    code = code.strip().upper()
    if not is_country_code(code):
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP(
                "Core",
                "The {what} must be a two-letter ISO 3166 country code (for example FR, SE or US).",
            ).format(what=what)
        )
    return code


def check_processor(record: ProcessorRecord) -> dict[str, Any]:
    name = _text(record.legal_name, _WHAT["legal_name"])
    if not name:
        raise RegisterRefusal(QT_TRANSLATE_NOOP("Core", "A register entry needs its legal name."))
    if record.status is ProcessorStatus.ENDED and record.ended_on is None:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "An ended entry needs the date its contract ended.")
        )
    unknown = [t for t in record.art28_terms if t not in ART28_KEYS]
    if unknown:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "{term} is not one of the art. 28(3) terms.").format(
                term=repr(unknown[0])
            )
        )
    if (
        record.dpa_signed_on is not None
        and record.dpa_expires_on is not None
        and record.dpa_expires_on < record.dpa_signed_on
    ):
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "The agreement cannot expire before it was signed.")
        )
    values: dict[str, Any] = {f: getattr(record, f) for f in PROCESSOR_FIELDS}
    values.update(
        legal_name=name,
        role=ProcessorRole(record.role),
        ccpa_role=CcpaRole(record.ccpa_role) if record.ccpa_role else None,
        status=ProcessorStatus(record.status),
        country_code=_country(record.country_code, _WHAT["country_code"]),
        countries=list(dict.fromkeys(_country(c, _WHAT["countries"]) for c in record.countries)),
        address=_texts(record.address, _WHAT["address"]),
        contact=_text(record.contact, _WHAT["contact"]),
        dpo_contact=_text(record.dpo_contact, _WHAT["dpo_contact"]),
        service=_text(record.service, _WHAT["service"], multiline=True, max_length=2000),
        retention=_text(record.retention, _WHAT["retention"], multiline=True, max_length=2000),
        security_measures=_text(
            record.security_measures, _WHAT["security_measures"], multiline=True, max_length=4000
        ),
        purposes=_texts(record.purposes, _WHAT["purpose"]),
        data_categories=_texts(record.data_categories, _WHAT["data_category"]),
        people_categories=_texts(record.people_categories, _WHAT["people_category"]),
        art28_terms=[k for k in ART28_KEYS if k in set(record.art28_terms)],
    )
    return values


def check_activity(record: ActivityRecord) -> dict[str, Any]:
    name = _text(record.name, _WHAT["activity_name"])
    if not name:
        raise RegisterRefusal(QT_TRANSLATE_NOOP("Core", "A processing activity needs a name."))
    purposes = _texts(record.purposes, _WHAT["purpose"])
    if not purposes:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "A processing activity needs at least one purpose.")
        )
    if record.legal_basis not in LEGAL_BASIS_KEYS:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP(
                "Core", "A processing activity needs its legal basis (GDPR art. 6(1))."
            )
        )
    values: dict[str, Any] = {f: getattr(record, f) for f in ACTIVITY_FIELDS}
    values.update(
        name=name,
        purposes=purposes,
        data_categories=_texts(record.data_categories, _WHAT["data_category"]),
        people_categories=_texts(record.people_categories, _WHAT["people_category"]),
        internal_recipients=_texts(record.internal_recipients, _WHAT["internal_recipient"]),
        sensitive_data=bool(record.sensitive_data),
        recipient_ids=list(dict.fromkeys(int(i) for i in record.recipient_ids)),
        transfer_ids=list(dict.fromkeys(int(i) for i in record.transfer_ids)),
        retention=_text(record.retention, _WHAT["retention"], multiline=True, max_length=2000),
        security_measures=_text(
            record.security_measures, _WHAT["security_measures"], multiline=True, max_length=4000
        ),
    )
    return values


def check_transfer(record: TransferRecord) -> dict[str, Any]:
    exporter = _text(record.exporter, _WHAT["exporter"])
    if not exporter:
        raise RegisterRefusal(QT_TRANSLATE_NOOP("Core", "A transfer needs its exporter."))
    importer_name = _text(record.importer_name, _WHAT["importer"])
    if record.importer_id is None and not importer_name:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "A transfer needs its importer (a register entry or a name).")
        )
    if not record.destination_country.strip():
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "A transfer needs its destination country.")
        )
    if record.legal_ground is None:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP(
                "Core",
                "A transfer needs its legal ground (adequacy, standard contractual clauses, "
                "binding corporate rules, a code or certification, or an art. 49 derogation).",
            )
        )
    ground = LegalGround(record.legal_ground)
    module = record.scc_module.strip()
    if module and module not in {"1", "2", "3", "4"}:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "The standard contractual clauses' module is 1, 2, 3 or 4.")
        )
    if record.derogation and record.derogation not in DEROGATION_KEYS:
        raise RegisterRefusal(
            QT_TRANSLATE_NOOP("Core", "{point} is not a point of GDPR art. 49(1).").format(
                point=repr(record.derogation)
            )
        )
    return {
        "exporter": exporter,
        "importer_id": record.importer_id,
        "importer_name": importer_name,
        "destination_country": _country(record.destination_country, _WHAT["destination"]),
        "data_categories": _texts(record.data_categories, _WHAT["data_category"]),
        "purpose": _text(record.purpose, _WHAT["purpose"], multiline=True, max_length=2000),
        "onward_transfers": _text(
            record.onward_transfers, _WHAT["onward_transfers"], multiline=True, max_length=2000
        ),
        "legal_ground": ground,
        "scc_module": module,
        "scc_signed_on": record.scc_signed_on,
        "bcr_reference": _text(record.bcr_reference, _WHAT["bcr_reference"]),
        "derogation": record.derogation if ground is LegalGround.DEROGATION else "",
        "derogation_reason": _text(
            record.derogation_reason, _WHAT["derogation_reason"], multiline=True, max_length=2000
        ),
        "importer_dpf_certified": record.importer_dpf_certified,
        "assessed_on": record.tia_on,
        "assessment": _text(
            record.tia_outcome, _WHAT["tia_outcome"], multiline=True, max_length=4000
        ),
        "measures": _text(record.measures, _WHAT["measures"], multiline=True, max_length=4000),
        "next_review": record.next_review,
        "started_on": record.started_on,
        "ended_on": record.ended_on,
        "to_complete": bool(record.to_complete),
    }
