"""Adding the register entries and processing activities the privacy policy implies.

Flagged ``to_complete``, worded in the organisation profile's ``default_language`` ("fr"
or "en"; French without a profile); idempotent (a starter already there is not added).
``add_starter_activity`` adds one activity inside a caller's transaction (the shop import
uses it when the office asks it to create the customer-accounts activity).
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
)
from albanera_desk.domain.register_starters import (
    POLICY_STARTERS,
    PROCESSOR_DEFAULTS,
    Language,
    localised,
)
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.register.writing import apply_values
from albanera_desk.store.models import Organisation, ProcessingActivity, Processor
from albanera_desk.store.store import Store


class Starters:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def add_policy_starters(self) -> int:
        """The third parties the policy names, flagged to complete; returns how many were added.

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
                added += 1
        return added


def add_starter_activity(
    session: Session, actor: str, key: str, language: Language
) -> ProcessingActivity:
    """The policy's activity ``key``, flagged to complete, with the starter entries already in
    the register that receive its data; written and audited in the caller's transaction."""
    values = dict(POLICY_ACTIVITIES)[key]
    starters = {
        row.starter_key: row.id
        for row in session.scalars(select(Processor).where(Processor.starter_key != ""))
    }
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


def profile_language(session: Session) -> Language:
    """The organisation profile's language: "en" when it says so, else "fr"."""
    language = session.scalars(select(Organisation.default_language)).first()
    return "en" if language == "en" else "fr"
