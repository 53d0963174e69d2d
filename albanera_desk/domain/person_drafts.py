"""What comes into the personal-information file, and whether it can be saved (pure rules).

``PersonDraft`` (with ``AddressDraft``, ``ItemDraft``, ``MarketingDraft``) is what the
window, the CLI and the demo hand in; ``clean_draft``, ``clean_address`` and ``clean_item``
return it cleaned (control and invisible characters refused, lengths bounded, emails and
phones normalised) or raise ``InvalidPersonValue`` with one sentence naming the field.
``parse_address_text`` reads an address typed as lines, the last one "POSTCODE City".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from albanera_desk.domain.people_rules import InvalidPersonValue, normalise_email, parse_phone
from albanera_desk.domain.records import ContactKind, DataCategory, DataSource, MarketingChannel
from albanera_desk.domain.text_input import TextRejected, clean_lines, clean_text
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class AddressDraft:
    lines: Sequence[str] = ()
    postcode: str = ""
    city: str = ""
    region: str = ""
    country_code: str = "FR"


@dataclass(frozen=True, slots=True)
class ItemDraft:
    category: DataCategory
    description: str
    source: DataSource
    value: str = ""
    collected_on: date | None = None
    retention_rule: str = ""
    retention_end: date | None = None


@dataclass(frozen=True, slots=True)
class MarketingDraft:
    channel: MarketingChannel
    opted_in: bool
    source: str = ""
    changed_at: datetime | None = None  # now when None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    first_name: str = ""
    last_name: str = ""
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    addresses: Sequence[AddressDraft] = ()
    customer_id: str | None = None
    birth_date: date | None = None
    age_band: str | None = None
    notes: str = ""
    items: Sequence[ItemDraft] = ()
    marketing: Sequence[MarketingDraft] = ()


# --- whether it can be saved ---------------------------------------------------------


def clean_field(value: str, max_length: int, what: str, *, multiline: bool = False) -> str:
    try:
        return clean_text(value, max_length=max_length, what=what, multiline=multiline)
    except TextRejected as exc:
        raise InvalidPersonValue(exc.args[0]) from None


def clean_address(draft: AddressDraft) -> AddressDraft:
    try:
        lines = clean_lines(
            list(draft.lines),
            max_lines=6,
            max_length=120,
            what=QT_TRANSLATE_NOOP("Core", "postal address"),
        )
    except TextRejected as exc:
        raise InvalidPersonValue(exc.args[0]) from None
    country = (draft.country_code or "FR").strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The country is a two-letter code such as FR, BE or DE.")
        )
    return AddressDraft(
        lines=tuple(lines),
        postcode=clean_field(draft.postcode.lstrip("'"), 20, QT_TRANSLATE_NOOP("Core", "postcode")),
        city=clean_field(draft.city, 100, QT_TRANSLATE_NOOP("Core", "city")),
        region=clean_field(draft.region, 100, QT_TRANSLATE_NOOP("Core", "region")),
        country_code=country,
    )


def clean_item(item: ItemDraft) -> ItemDraft:
    description = clean_field(
        item.description, 300, QT_TRANSLATE_NOOP("Core", "item's description")
    )
    if not description:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "Say what the item is (its description).")
        )
    return ItemDraft(
        category=DataCategory(item.category),
        description=description,
        source=DataSource(item.source),
        value=clean_field(
            item.value, 20000, QT_TRANSLATE_NOOP("Core", "item's value"), multiline=True
        ),
        collected_on=item.collected_on,
        retention_rule=clean_field(
            item.retention_rule, 300, QT_TRANSLATE_NOOP("Core", "retention rule")
        ),
        retention_end=item.retention_end,
    )


def clean_draft(draft: PersonDraft) -> PersonDraft:
    first = clean_field(draft.first_name, 200, QT_TRANSLATE_NOOP("Core", "first name"))
    last = clean_field(draft.last_name, 200, QT_TRANSLATE_NOOP("Core", "last name"))
    emails = [normalise_email(e) for e in draft.emails if e.strip()]
    addresses = [clean_address(a) for a in draft.addresses]
    region = addresses[0].country_code if addresses else "FR"
    phones = [parse_phone(p, region) for p in draft.phones if p.strip()]
    customer_id = (draft.customer_id or "").lstrip("'")
    customer = clean_field(customer_id, 64, QT_TRANSLATE_NOOP("Core", "customer ID")) or None
    if not (first or last or emails or customer):
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "Give at least a name, an email address or a customer ID.")
        )
    if draft.birth_date is not None and draft.birth_date > date.today():
        raise InvalidPersonValue(QT_TRANSLATE_NOOP("Core", "The birth date is in the future."))
    return PersonDraft(
        first_name=first,
        last_name=last,
        emails=tuple(dict.fromkeys(emails)),
        phones=tuple(dict.fromkeys(phones)),
        addresses=tuple(addresses),
        customer_id=customer,
        birth_date=draft.birth_date,
        age_band=clean_field(draft.age_band or "", 20, QT_TRANSLATE_NOOP("Core", "age band"))
        or None,
        notes=clean_field(draft.notes, 4000, QT_TRANSLATE_NOOP("Core", "notes"), multiline=True),
        items=tuple(clean_item(i) for i in draft.items),
        marketing=tuple(
            MarketingDraft(
                MarketingChannel(m.channel),
                m.opted_in,
                clean_field(m.source, 100, QT_TRANSLATE_NOOP("Core", "source of the choice")),
                m.changed_at,
            )
            for m in draft.marketing
        ),
    )


def contact_value(kind: ContactKind, value: str, region: str) -> str:
    if kind == ContactKind.EMAIL:
        return normalise_email(value)
    return parse_phone(value, region)


def parse_address_text(text: str, country_code: str) -> AddressDraft:
    """Lines as typed; the last one is "POSTCODE City" when it starts with a digit."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return AddressDraft(country_code=country_code)
    last = lines[-1]
    head, _, tail = last.partition(" ")
    if any(ch.isdigit() for ch in head) and tail:
        return AddressDraft(tuple(lines[:-1]), head, tail.strip(), "", country_code)
    return AddressDraft(tuple(lines[:-1]), "", last, "", country_code)


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
