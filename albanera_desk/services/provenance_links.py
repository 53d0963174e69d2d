"""What provenance says about one person, as plain data: their items, the activities they
are in, who receives their data and where it goes (``services.provenance.walk`` reads it
from the records; the letters word it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from albanera_desk.domain.records import (
    CcpaRole,
    DataCategory,
    DataSource,
    LegalGround,
    ProcessorRole,
)
from albanera_desk.domain.wording import Sentence

MARKETING_ACTIVITY_KEY = "marketing_messages"
REQUESTS_ACTIVITY_KEY = "privacy_requests"  # the register's own activity: handling requests
# Sources where the person gave us the item themselves (art. 13), as opposed to art. 14.
PROVIDED_BY_PERSON = frozenset(
    {
        DataSource.PERSON,
        DataSource.ONLINE_ACCOUNT,
        DataSource.PURCHASE,
        DataSource.CUSTOMER_CARD,
        DataSource.PROMOTIONAL_SIGNUP,
    }
)
# Why a recipient is only a possible flow for this person.
SUB_PROCESSOR = "sub_processor"
AUTHORITY = "authority"
UNNAMED = "unnamed"
# It receives, with contact details, a kind of data we hold none of for this person (a
# payment provider for someone whose file shows no payment): whether it got theirs depends
# on a choice the file does not record.
IF_USED = "if_used"


@dataclass(frozen=True, slots=True)
class RecipientLink:
    id: int
    name: str
    role: ProcessorRole
    country_code: str
    address: tuple[str, ...]
    categories: tuple[str, ...]  # what the register says it receives, as category keys
    service: str
    activities: tuple[str, ...]  # the activity names it receives this person's data for
    possible: str = ""  # "" when it receives their data; else why it only may
    parent: str = ""  # for a sub-processor: whom it works for
    ccpa_role: CcpaRole | None = None


@dataclass(frozen=True, slots=True)
class TransferLink:
    id: int
    importer: str
    importer_id: int | None
    country_code: str
    ground: LegalGround
    scc_module: str
    derogation: str  # art. 49(1) point, for a derogation
    activity: str


@dataclass(frozen=True, slots=True)
class ItemLink:
    id: int
    category: DataCategory
    description: str
    value: str
    source: DataSource
    partner: str  # the partner it came from, when the source is a partner
    collected_on: date | None
    retention: str
    retention_end: date | None
    activity_id: int | None
    activity: str


@dataclass(frozen=True, slots=True)
class ActivityLink:
    id: int
    name: str
    purposes: tuple[str, ...]
    legal_basis: str
    retention: str
    starter_key: str
    reasons: tuple[str, ...]  # "items", "contest_entry", "marketing_consent", ...
    categories: tuple[DataCategory, ...]  # of this person's items in it
    objected: bool  # art. 21(1) upheld: no longer processed for this purpose

    @property
    def legal_duty(self) -> bool:
        """Kept under a legal obligation: art. 17(3)(b) keeps it out of an erasure."""
        return self.legal_basis == "legal_obligation"


@dataclass(frozen=True, slots=True)
class Provenance:
    person_id: int
    items: tuple[ItemLink, ...]
    activities: tuple[ActivityLink, ...]
    recipients: tuple[RecipientLink, ...]  # receivers first, possible flows after
    transfers: tuple[TransferLink, ...]
    problems: tuple[Sentence, ...] = field(default=())
    restricted_since: date | None = None

    @property
    def receivers(self) -> tuple[RecipientLink, ...]:
        return tuple(r for r in self.recipients if not r.possible)

    def activity(self, activity_id: int | None) -> ActivityLink | None:
        return next((a for a in self.activities if a.id == activity_id), None)
