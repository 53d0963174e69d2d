"""What every letter builder reads: the request, its person, their provenance, the words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.records import LetterKind, Regime
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.letters.words import Words
from albanera_desk.services.provenance import Provenance, walk
from albanera_desk.services.register_rows import RegisterRows
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import Organisation, Person, Request


class RequestLetter(StrEnum):
    """The letters to the writer, by the CLI's names."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_CHECK = "identity-check"
    EXTENSION_NOTICE = "extension-notice"
    ACCESS_RESPONSE = "access-response"
    PORTABILITY_RESPONSE = "portability-response"
    CORRECTION_CONFIRMATION = "correction-confirmation"
    ERASURE_CONFIRMATION = "erasure-confirmation"
    OPT_OUT_CONFIRMATION = "opt-out-confirmation"
    RESTRICTION_CONFIRMATION = "restriction-confirmation"
    RESTRICTION_LIFT_NOTICE = "restriction-lift-notice"
    OBJECTION_RESPONSE = "objection-response"
    PARTIAL_ANSWER = "partial-answer"
    REFUSAL = "refusal"

    @property
    def letter_kind(self) -> LetterKind:
        if self is RequestLetter.IDENTITY_CHECK:
            return LetterKind.IDENTITY_REQUEST
        return LetterKind(self.text_key)

    @property
    def text_key(self) -> str:
        return self.value.replace("-", "_")


@dataclass(slots=True)
class Body:
    """A letter's own part, between the salutation and the closing."""

    paragraphs: list[str]
    subject_key: str = ""  # another letter's subject ("no_data_held")
    annex_title: str = ""
    annex_file: PersonFile | None = None


@dataclass(slots=True)
class LetterContext:
    session: Session
    org: Organisation
    row: Request
    words: Words
    day: date
    request_months: int  # how long closed requests are kept
    register: RegisterRows | None = None  # read once for a batch of letters
    _provenance: Provenance | None = field(default=None)

    @property
    def ccpa(self) -> bool:
        return Regime.CCPA.value in self.row.regimes

    @property
    def person(self) -> Person | None:
        if self.row.person_id is None:
            return None
        return self.session.get(Person, self.row.person_id)

    def live_person(self) -> Person:
        """The linked person, still in the file; else the sentence that says what to do."""
        person = self.person
        if person is None:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This request is linked to nobody in the file: link it to the person it "
                    "is about first.",
                )
            )
        if person.erased_at is not None:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core", "The person this request is about was erased: nothing is held."
                )
            )
        return person

    def provenance(self) -> Provenance:
        if self._provenance is None:
            self._provenance = walk(self.session, self.live_person(), self.register)
        return self._provenance

    def truthful_provenance(self) -> Provenance:
        """The provenance, refused with its first problem while one is left."""
        found = self.provenance()
        if found.problems:
            raise RequestRefused(found.problems[0])
        return found
