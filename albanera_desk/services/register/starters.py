"""Adding the register entries, transfers and processing activities the privacy policy implies.

Flagged ``to_complete``, worded in the organisation profile's ``default_language`` ("fr"
or "en"; French without a profile); idempotent (a starter already there is not added).
The office that handles requests (the policy's Los Angeles address) comes with its flow
out of the EEA and is linked to the request log's own activity: the office confirms all
three. ``add_starter_activity`` adds one activity inside a caller's transaction (the shop
import uses it when the office asks it to create the customer-accounts activity).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.activity_starters import (
    ACTIVITY_DEFAULTS,
    ACTIVITY_RECIPIENTS,
    POLICY_ACTIVITIES,
    REQUESTS_ACTIVITY,
    REQUESTS_ACTIVITY_KEY,
    REQUESTS_RECIPIENTS,
    REQUESTS_TRANSFERS,
)
from albanera_desk.domain.bilingual import Language, localised
from albanera_desk.domain.register_starters import (
    POLICY_STARTERS,
    PROCESSOR_DEFAULTS,
    TRANSFER_STARTERS,
)
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.register.writing import apply_values
from albanera_desk.store.models import Organisation, ProcessingActivity, Processor, Transfer
from albanera_desk.store.store import Store


class Starters:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def add_policy_starters(self) -> int:
        """The third parties the policy names and their flows out of the EEA, flagged to
        complete; returns how many were added.

        Their words are in the organisation profile's language (French without a profile).
        """
        added = 0
        with self._store.writer.begin() as session:
            language = profile_language(session)
            have = set(session.scalars(select(Processor.starter_key)))
            for key, values in POLICY_STARTERS:
                if key in have:
                    continue
                row = Processor(starter_key=key, to_complete=True)
                words = {**PROCESSOR_DEFAULTS, **localised(values, language)}
                apply_values(session, self._actor, row, words, "processor")
                added += 1
            added += self._add_transfers(session, language)
        return added

    def _add_transfers(self, session: Session, language: Language) -> int:
        have = set(session.scalars(select(Transfer.starter_key)))
        importers = _starter_ids(session, Processor)
        exporter = session.scalars(select(Organisation.controller_name)).first() or "Alba Nera"
        added = 0
        for key, importer_key, values in TRANSFER_STARTERS:
            importer = importers.get(importer_key)
            if key in have or importer is None:
                continue
            row = Transfer(starter_key=key, to_complete=True)
            words = localised(values, language)
            name = session.get(Processor, importer)
            words.update(
                exporter=exporter,
                importer_id=importer,
                importer_name=name.legal_name if name is not None else "",
            )
            apply_values(session, self._actor, row, words, "transfer")
            added += 1
        if added:
            _link_request_log(session, self._actor)
        return added

    def add_policy_activities(self) -> int:
        """The policy's processing activities and the request log's own; returns how many.

        Their words are in the organisation profile's language (French without a profile).
        """
        months = OfficeSettingsService(self._store, self._actor).get().request_retention_months
        added = 0
        with self._store.writer.begin() as session:
            language = profile_language(session)
            have = set(session.scalars(select(ProcessingActivity.starter_key)))
            for key, _ in POLICY_ACTIVITIES:
                if key not in have:
                    add_starter_activity(session, self._actor, key, language)
                    added += 1
            if REQUESTS_ACTIVITY_KEY not in have:
                row = ProcessingActivity(starter_key=REQUESTS_ACTIVITY_KEY, to_complete=False)
                words = localised(REQUESTS_ACTIVITY, language)
                words["retention"] = words["retention"].format(months=months)
                apply_values(session, self._actor, row, {**ACTIVITY_DEFAULTS, **words}, "activity")
                _link_request_log(session, self._actor)
                added += 1
        return added


def add_starter_activity(
    session: Session, actor: str, key: str, language: Language
) -> ProcessingActivity:
    """The policy's activity ``key``, flagged to complete, with the starter entries already in
    the register that receive its data; written and audited in the caller's transaction."""
    values = dict(POLICY_ACTIVITIES)[key]
    starters = _starter_ids(session, Processor)
    recipients = [starters[k] for k in ACTIVITY_RECIPIENTS.get(key, ()) if k in starters]
    row = ProcessingActivity(starter_key=key, to_complete=True)
    apply_values(
        session,
        actor,
        row,
        {**ACTIVITY_DEFAULTS, **localised(values, language), "recipient_ids": recipients},
        "activity",
    )
    return row


def _link_request_log(session: Session, actor: str) -> None:
    """The request log's activity names the office that handles requests and its flow
    abroad, once both exist (added to what the office recorded, never replacing it)."""
    row = session.scalars(
        select(ProcessingActivity).where(ProcessingActivity.starter_key == REQUESTS_ACTIVITY_KEY)
    ).first()
    if row is None:
        return
    processors = _starter_ids(session, Processor)
    transfers = _starter_ids(session, Transfer)
    recipients = list(row.recipient_ids)
    recipients += [processors[k] for k in REQUESTS_RECIPIENTS if k in processors]
    flows = list(row.transfer_ids) + [transfers[k] for k in REQUESTS_TRANSFERS if k in transfers]
    apply_values(
        session,
        actor,
        row,
        {
            "recipient_ids": list(dict.fromkeys(recipients)),
            "transfer_ids": list(dict.fromkeys(flows)),
        },
        "activity",
    )


def _starter_ids(session: Session, model: type[Processor] | type[Transfer]) -> dict[str, int]:
    return {
        key: rid
        for rid, key in session.execute(
            select(model.id, model.starter_key).where(model.starter_key != "")
        )
    }


def profile_language(session: Session) -> Language:
    """The organisation profile's language: "en" when it says so, else "fr"."""
    language = session.scalars(select(Organisation.default_language)).first()
    return "en" if language == "en" else "fr"
