"""Corrections: before, after, who, when, why and the request, for each field corrected.

Field names are ``first_name``, ``last_name``, ``birth_date`` (YYYY-MM-DD or DD/MM/YYYY,
empty to clear), ``age_band``, ``customer_id``, ``notes``, ``email:<contact id>``,
``phone:<contact id>`` (empty ``after`` removes the contact), ``address:<address id>``
(lines separated by line breaks, the last one "POSTCODE City"), ``item:<item id>`` (the
item's value). A bad value raises ``InvalidPersonValue`` (one sentence); nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy.orm import Session

from albanera_desk.domain.people_rules import InvalidPersonValue, parse_birth_date, split_field
from albanera_desk.domain.person_drafts import (
    clean_address,
    clean_field,
    contact_value,
    parse_address_text,
)
from albanera_desk.domain.records import AuditAction, ContactKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.people.audited import audit_person, get_person, home_region
from albanera_desk.services.people_index import reindex
from albanera_desk.store.models import Correction, Person, PostalAddress
from albanera_desk.store.store import Store

# The contacts a correction names (``email:12``), in words the window translates.
_CONTACT_WORDS = {
    "email": QT_TRANSLATE_NOOP("Core", "email"),
    "phone": QT_TRANSLATE_NOOP("Core", "phone"),
}


class Corrections:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def correct(
        self,
        person_id: int,
        field: str,
        after: str,
        reason: str,
        request_id: int | None = None,
    ) -> None:
        """Correct one field, keeping before, after, who, when, why and the request."""
        self.correct_many(person_id, {field: after}, reason, request_id)

    def correct_many(
        self,
        person_id: int,
        changes: Mapping[str, str],
        reason: str,
        request_id: int | None = None,
    ) -> list[str]:
        """Several corrections in one transaction; returns the fields that really changed."""
        why = clean_field(reason, 2000, QT_TRANSLATE_NOOP("Core", "reason"), multiline=True)
        if not why:
            raise InvalidPersonValue(
                QT_TRANSLATE_NOOP(
                    "Core", "Say why the value is corrected (the letter, a call ...)."
                )
            )
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            changed: list[str] = []
            for name, after in changes.items():
                before_after = self._apply(session, person, name, after)
                if before_after is None:
                    continue
                before, new = before_after
                session.add(
                    Correction(
                        person_id=person.id,
                        request_id=request_id,
                        field=name,
                        before=before,
                        after=new,
                        reason=why,
                        actor=self._actor,
                    )
                )
                changed.append(name)
            if changed:
                session.flush()
                reindex(session, [person.id])
                audit_person(
                    session, self._actor, AuditAction.UPDATE, person, changed, note="correction"
                )
            return changed

    def _apply(
        self, session: Session, person: Person, name: str, after: str
    ) -> tuple[str, str] | None:
        """Set one field; ``(before, after)`` as text, or None when nothing changes."""
        if person.erased_at is not None:
            raise InvalidPersonValue(
                QT_TRANSLATE_NOOP("Core", "This file was erased: there is nothing left to correct.")
            )
        kind, key = split_field(name)
        if key is None:
            return _apply_simple(person, kind, after)
        if kind in ("email", "phone"):
            contact = next((c for c in person.contacts if c.id == key), None)
            if contact is None or contact.kind.value != kind:
                raise InvalidPersonValue(
                    QT_TRANSLATE_NOOP("Core", "This person has no {kind} with id {key}.").format(
                        kind=_CONTACT_WORDS[kind], key=key
                    )
                )
            before = contact.value
            if not after.strip():
                person.contacts.remove(contact)
                return before, ""
            new = contact_value(ContactKind(kind), after, home_region(person))
            if new == before:
                return None
            contact.value = new
            return before, new
        if kind == "address":
            address = next((a for a in person.addresses if a.id == key), None)
            if address is None:
                raise InvalidPersonValue(
                    QT_TRANSLATE_NOOP("Core", "This person has no address with id {key}.").format(
                        key=key
                    )
                )
            before = _address_text(address)
            if not after.strip():
                person.addresses.remove(address)
                return before, ""
            parsed = clean_address(parse_address_text(after, address.country_code))
            address.lines = list(parsed.lines)
            address.postcode = parsed.postcode
            address.city = parsed.city
            new = _address_text(address)
            return None if new == before else (before, new)
        item = next((i for i in person.items if i.id == key), None)
        if item is None:
            raise InvalidPersonValue(
                QT_TRANSLATE_NOOP("Core", "This person has no item with id {key}.").format(key=key)
            )
        new = clean_field(after, 20000, QT_TRANSLATE_NOOP("Core", "item's value"), multiline=True)
        if new == item.value:
            return None
        before = item.value
        item.value = new
        return before, new


def _apply_simple(person: Person, name: str, after: str) -> tuple[str, str] | None:
    if name == "birth_date":
        before_date = person.birth_date
        new_date = parse_birth_date(after, date.today())
        if new_date == before_date:
            return None
        person.birth_date = new_date
        return _text(before_date), _text(new_date)
    limits = {"first_name": 200, "last_name": 200, "age_band": 20, "customer_id": 64}
    if name == "notes":
        new = clean_field(after, 4000, QT_TRANSLATE_NOOP("Core", "notes"), multiline=True)
    else:
        new = clean_field(after.lstrip("'") if name == "customer_id" else after, limits[name], name)
    before = getattr(person, name) or ""
    if new == before:
        return None
    setattr(person, name, new if new or name in ("first_name", "last_name", "notes") else None)
    return before, new


def _address_text(address: PostalAddress) -> str:
    place = " ".join(p for p in (address.postcode, address.city) if p)
    return "\n".join([*address.lines, place]).strip()


def _text(value: date | datetime | None) -> str:
    return "" if value is None else value.isoformat()
