"""A person's file as plain data: what the People section, exports and the PDF annex show.

Built by ``albanera_desk.services.people.person_file``; read by the UI and by
``albanera_desk.documents.person_file``. No behaviour beyond presentation helpers.
``PersonRow`` is one line of the People list or of search results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from albanera_desk.domain.records import ContactKind, DataCategory, DataSource, MarketingChannel


@dataclass(frozen=True, slots=True)
class AddressView:
    id: int
    lines: tuple[str, ...]
    postcode: str
    city: str
    region: str
    country_code: str
    is_primary: bool


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    kind: ContactKind
    value: str  # email as stored, phone in E.164
    display: str  # phone in international format with spaces
    is_primary: bool


@dataclass(frozen=True, slots=True)
class MarketingChange:
    channel: MarketingChannel
    opted_in: bool
    changed_at: datetime
    source: str


@dataclass(frozen=True, slots=True)
class MarketingView:
    """The current choice on a channel; ``opted_in`` is None when never asked."""

    channel: MarketingChannel
    opted_in: bool | None
    changed_at: datetime | None
    source: str


@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    category: DataCategory
    description: str
    value: str
    source: DataSource
    collected_on: date | None
    retention_rule: str
    retention_end: date | None
    recipients: tuple[str, ...] = ()  # who received it, through the activity it serves
    activity: str = ""  # the processing activity it serves ("" while not linked)
    partner: str = ""  # the partner it came from, when its source is a partner


@dataclass(frozen=True, slots=True)
class CorrectionView:
    field: str
    before: str
    after: str
    who: str
    when: datetime
    why: str
    request_reference: str | None


@dataclass(frozen=True, slots=True)
class PersonFile:
    id: int
    reference: str
    first_name: str
    last_name: str
    birth_date: date | None
    age_band: str | None
    customer_id: str | None
    notes: str
    created_at: datetime | None
    flagged_minor: bool
    erased: bool
    erased_at: datetime | None = None
    addresses: tuple[AddressView, ...] = ()
    emails: tuple[ContactView, ...] = ()
    phones: tuple[ContactView, ...] = ()
    marketing: tuple[MarketingView, ...] = ()
    marketing_history: tuple[MarketingChange, ...] = ()  # newest first
    items: tuple[ItemView, ...] = ()
    corrections: tuple[CorrectionView, ...] = field(default=())  # newest first

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name)


def display_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def file_lines(file: PersonFile) -> Iterable[tuple[str, str, str, str, str, str, str]]:
    """The file flattened to (section, field, value, source, date, activity, recipients):
    for CSV; an item's activity and recipients are the annex's, empty on other lines."""
    for line in _lines(file):
        yield (*line, "", "")
    if file.erased:
        return
    for i in file.items:
        yield (
            f"item:{i.category.value}",
            i.description,
            i.value,
            i.source.value,
            _text(i.collected_on),
            i.activity,
            ", ".join(i.recipients),
        )
    for fix in file.corrections:
        yield (
            "correction",
            fix.field,
            f"{fix.before} -> {fix.after}",
            fix.why,
            _text(fix.when),
            "",
            "",
        )


def _lines(file: PersonFile) -> Iterable[tuple[str, str, str, str, str]]:
    yield ("identity", "reference", file.reference, "", "")
    if file.erased:
        yield ("identity", "erased", "yes", "", _text(file.erased_at))
        return
    yield ("identity", "first_name", file.first_name, "", "")
    yield ("identity", "last_name", file.last_name, "", "")
    yield ("identity", "birth_date", _text(file.birth_date), "", "")
    yield ("identity", "age_band", file.age_band or "", "", "")
    yield ("identity", "customer_id", file.customer_id or "", "", "")
    yield ("identity", "notes", file.notes, "", "")
    for a in file.addresses:
        place = " ".join(p for p in (a.postcode, a.city) if p)
        value = ", ".join([*a.lines, place, a.region, a.country_code])
        yield ("address", f"address:{a.id}", value, "", "")
    for c in (*file.emails, *file.phones):
        yield ("contact", f"{c.kind.value}:{c.id}", c.value, "", "")
    for m in file.marketing_history:
        yield (
            "marketing",
            m.channel.value,
            "opted in" if m.opted_in else "opted out",
            m.source,
            _text(m.changed_at),
        )


def _text(value: date | datetime | None) -> str:
    return "" if value is None else value.isoformat()


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the People list or of search results."""

    id: int
    reference: str
    display_name: str
    email: str
    postcode: str
    city: str
    customer_id: str
    flagged_minor: bool
    opted_out: bool  # some channel's latest choice is "no": do not contact on it
    country_code: str = ""  # of the address shown (ISO 3166); the window shows its name
