"""The personal-information file: find people, open their file, correct it, erase it.

The API the People section codes against (plain dataclasses in, plain dataclasses out):

``PeopleService(store, actor)``
  * ``count() -> int`` and ``rows(offset, limit) -> list[PersonRow]``: the People list, in
    last name, first name, id order; a lazy model asks for the visible window
    (``rows(k * 100, 100)``). Erased people are not listed.
  * ``search(text, limit=50) -> list[PersonRow]``: search-as-you-type over names, emails,
    phones (E.164 or national digits), postcodes and customer IDs; accent-insensitive, by
    prefix; any text is safe (never an FTS syntax error). Whole-word matches come first.
  * ``open_file(person_id) -> PersonFile``: everything held; the opening is audited (VIEW).
  * ``create(PersonDraft) -> int``, ``create_many(drafts) -> list[int]`` (one transaction).
  * ``correct(person_id, field, after, reason, request_id=None)`` and ``correct_many``: field
    names are ``first_name``, ``last_name``, ``birth_date`` (YYYY-MM-DD or DD/MM/YYYY, empty
    to clear), ``age_band``, ``customer_id``, ``notes``, ``email:<contact id>``,
    ``phone:<contact id>`` (empty ``after`` removes the contact), ``address:<address id>``
    (lines separated by line breaks, the last one "POSTCODE City"), ``item:<item id>`` (the
    item's value). A bad value raises ``InvalidPersonValue`` (a ``ValueError``) whose message
    is one sentence for the user; nothing is saved then.
  * ``add_contact``, ``add_address``, ``add_item(person_id, ItemDraft) -> int``,
    ``set_marketing(person_id, channel, opted_in, source)``.
  * ``erase(person_id, request_id=None) -> str``: the person's data and history go; the
    reference stays on a tombstone (``ErasureRecord``) with the date and the request.
  * ``rebuild_index() -> int``: rewrite the search index from the records (repair).
  * ``export_json(person_id) -> bytes``, ``export_csv(person_id) -> bytes`` (art. 20), and
    ``export_pdf(person_id, language="fr") -> bytes`` (the access response's annex, audited;
    built by ``albanera_desk.documents.person_file.render_person_file(file, organisation)``).

Data in: ``PersonDraft`` (first_name, last_name, emails, phones, addresses: ``AddressDraft``
(lines, postcode, city, region, country_code), customer_id, birth_date, age_band, notes,
items: ``ItemDraft``, marketing: ``MarketingDraft``). Data out: ``PersonRow`` (id, reference,
display_name, email, postcode, city, customer_id, flagged_minor, opted_out) and
``PersonFile`` with its views (``AddressView``, ``ContactView``, ``MarketingView``,
``MarketingChange``, ``ItemView`` with ``recipients``, ``CorrectionView``); those live in
``albanera_desk.domain.person_file`` (the PDF reads them too) and are re-exported here.

Unknown ids raise ``PersonNotFound`` (a ``StoreError``). Every change is one transaction with
its audit event; audit events name fields and the person's reference, never values.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.people_rules import (
    MINOR_AGE,
    InvalidPersonValue,
    band_is_minor,
    display_phone,
    identifier_digest,
    is_minor,
    normalise_email,
    parse_birth_date,
    parse_phone,
    split_field,
)
from albanera_desk.domain.person_file import (
    AddressView,
    ContactView,
    CorrectionView,
    ItemView,
    MarketingChange,
    MarketingView,
    PersonFile,
    display_name,
    file_lines,
)
from albanera_desk.domain.records import (
    AuditAction,
    ContactKind,
    DataCategory,
    DataSource,
    MarketingChannel,
)
from albanera_desk.domain.text_input import TextRejected, clean_lines, clean_text
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.answers import latest_choices, recipients_of
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people_index import (
    IDS,
    allocate_references,
    erased_digests,
    erasure_secret,
    match_expression,
    reindex,
    unindex,
)
from albanera_desk.store.errors import StoreError
from albanera_desk.store.models import (
    ContactPoint,
    Correction,
    ErasedIdentifier,
    ErasureRecord,
    HeldItem,
    MarketingChoice,
    Person,
    PostalAddress,
    Request,
)
from albanera_desk.store.store import Store

RECORD_TYPE = "person"

__all__ = [
    "AddressDraft",
    "AddressView",
    "ContactView",
    "CorrectionView",
    "InvalidPersonValue",
    "ItemDraft",
    "ItemView",
    "MarketingChange",
    "MarketingDraft",
    "MarketingView",
    "PeopleService",
    "PersonDraft",
    "PersonFile",
    "PersonNotFound",
    "PersonRow",
    "parse_address_text",
]


class PersonNotFound(StoreError):
    """No person with that id (or the file was erased in the meantime)."""


# The contacts a correction names (``email:12``), in words the window translates.
_CONTACT_WORDS = {
    "email": QT_TRANSLATE_NOOP("Core", "email"),
    "phone": QT_TRANSLATE_NOOP("Core", "phone"),
}


# --- what comes in -------------------------------------------------------------------------


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


# --- what goes out -------------------------------------------------------------------------


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


# --- the service ------------------------------------------------------------------------------


class PeopleService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    # --- the list and search -----------------------------------------------------------------

    def count(self) -> int:
        with self._store.session_factory() as session:
            return int(
                session.connection()
                .exec_driver_sql(
                    "SELECT count(*) FROM person INDEXED BY ix_person_listing "
                    "WHERE erased_at IS NULL"
                )
                .scalar_one()
            )

    def rows(self, offset: int, limit: int) -> list[PersonRow]:
        """The People list's window ``[offset, offset + limit)``.

        The offset is walked on the list's covering index only (ids), then the page's rows
        are read by id: the cost is the index walk, measured in ``bench/people.py``.
        """
        if limit <= 0:
            return []
        with self._store.session_factory() as session:
            ids = [
                row[0]
                for row in session.connection().exec_driver_sql(
                    "SELECT id FROM person INDEXED BY ix_person_listing WHERE erased_at IS NULL "
                    "ORDER BY last_name, first_name, id LIMIT ? OFFSET ?",
                    (int(limit), max(0, int(offset))),
                )
            ]
            return _rows_for_ids(session, ids)

    def to_review(self, today: date | None = None, limit: int = 50) -> list[PersonRow]:
        """People flagged as under 16 (the policy says the shop does not knowingly collect
        their data): from the birth date, or else from an age band that is under 16."""
        day = today or date.today()
        cutoff = _years_before(day, MINOR_AGE)
        with self._store.session_factory() as session:
            conn = session.connection()
            bands = [
                band
                for (band,) in conn.exec_driver_sql(
                    "SELECT DISTINCT age_band FROM person INDEXED BY ix_person_age_band "
                    "WHERE age_band IS NOT NULL AND age_band != '' AND erased_at IS NULL"
                )
                if band_is_minor(band)
            ]
            # Two searches, each on its partial index (revision 0006): no full scan.
            ids = {
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT id FROM person INDEXED BY ix_person_birth_date "
                    "WHERE birth_date IS NOT NULL AND erased_at IS NULL AND birth_date > ? "
                    "LIMIT ?",
                    (cutoff.isoformat(), int(limit)),
                )
            }
            ids |= {
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT id FROM person INDEXED BY ix_person_age_band "
                    "WHERE age_band IS NOT NULL AND age_band != '' AND erased_at IS NULL "
                    "AND age_band IN (SELECT value FROM json_each(?)) AND birth_date IS NULL "
                    "LIMIT ?",
                    (json.dumps(bands), int(limit)),
                )
            }
            ordered = [
                row[0]
                for row in conn.exec_driver_sql(
                    f"SELECT id FROM person WHERE id IN {IDS} ORDER BY last_name, first_name, id",
                    (json.dumps(sorted(ids)),),
                )
            ]
            return [row for row in _rows_for_ids(session, ordered) if row.flagged_minor][:limit]

    def expired_items(self, today: date | None = None) -> int:
        """How many items are kept past their retention end (storage limitation, art. 5(1)(e))."""
        day = today or date.today()
        with self._store.session_factory() as session:
            found = session.connection().exec_driver_sql(
                "SELECT count(*) FROM held_item INDEXED BY ix_held_item_retention_end "
                "WHERE retention_end IS NOT NULL AND retention_end < ?",
                (day.isoformat(),),
            )
            return int(found.scalar() or 0)

    def purge_expired_items(self, today: date | None = None) -> int:
        """Delete every item past its retention end, one audit event per person; returns how
        many. Freed pages are zeroed (``secure_delete``); the rest of each file stays."""
        day = today or date.today()
        with self._store.writer.begin() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT h.id, h.person_id, p.reference FROM held_item h "
                    "INDEXED BY ix_held_item_retention_end JOIN person p ON p.id = h.person_id "
                    "WHERE h.retention_end IS NOT NULL AND h.retention_end < ?",
                    (day.isoformat(),),
                )
                .all()
            )
            per_person: dict[str, list[int]] = defaultdict(list)
            for item_id, _, reference in rows:
                per_person[reference].append(item_id)
            ids = [item_id for item_id, _, _ in rows]
            if not ids:
                return 0
            session.connection().exec_driver_sql(
                f"DELETE FROM held_item WHERE id IN {IDS}", (json.dumps(ids),)
            )
            for reference, items in per_person.items():
                audit.append(
                    session,
                    actor=self._actor,
                    action=AuditAction.DELETE,
                    record_type=RECORD_TYPE,
                    record_id=reference,
                    fields=[f"item:{item_id}" for item_id in items],
                    note="retention ended",
                )
            return len(ids)

    def search(self, text: str, limit: int = 50) -> list[PersonRow]:
        """People matching every word typed; whole-word matches first, then by name."""
        exact = match_expression(text, prefix=False)
        if exact is None or limit <= 0:
            return []
        prefixed = match_expression(text, prefix=True)
        with self._store.session_factory() as session:
            conn = session.connection()
            sql = "SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?"
            first = [r[0] for r in conn.exec_driver_sql(sql, (exact, limit))]
            ids = list(first)
            if len(ids) < limit and prefixed != exact:
                seen = set(ids)
                for (pid,) in conn.exec_driver_sql(sql, (prefixed, limit + len(ids))):
                    if pid not in seen and len(ids) < limit:
                        ids.append(pid)
                        seen.add(pid)
            rows = _rows_for_ids(session, ids)
        whole = set(first)
        rows.sort(key=lambda r: (r.id not in whole, _name_key(r)))
        return rows

    def find_for_request(self, text: str, limit: int = 50) -> list[PersonRow]:
        """Whom a letter is about: the same search as the search box."""
        return self.search(text, limit)

    # --- the file ----------------------------------------------------------------------------

    def open_file(self, person_id: int) -> PersonFile:
        """Everything held about the person; the opening itself goes to the audit trail."""
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            file = _load_file(session, person)
            self._audit(session, AuditAction.VIEW, person, [])
        return file

    def export_json(self, person_id: int) -> bytes:
        """The file as JSON (art. 20 portability): UTF-8, dates in ISO 8601."""
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            file = _load_file(session, person)
            self._audit(session, AuditAction.EXPORT, person, [], note="json")
        payload = _jsonable(asdict(file))
        return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")

    def export_pdf(self, person_id: int, language: str = "fr") -> bytes:
        """The file as the PDF annex of an access response; the export is audited."""
        organisation = OrganisationService(self._store, self._actor).get()
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            file = _load_file(session, person)
            self._audit(session, AuditAction.EXPORT, person, [], note="pdf")
        from albanera_desk.documents.person_file import render_person_file  # ReportLab, on use

        return render_person_file(
            file, organisation or profile_from_privacy_policy(), language=language
        )

    def export_csv(self, person_id: int) -> bytes:
        """The file as CSV (art. 20): one line per value, section/field/value/source/date.

        UTF-8 with a BOM and semicolons, so a French Excel opens it as written.
        """
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            file = _load_file(session, person)
            self._audit(session, AuditAction.EXPORT, person, [], note="csv")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["section", "field", "value", "source", "date"])
        for line in file_lines(file):
            writer.writerow([_safe_cell(v) for v in line])
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    # --- changes -------------------------------------------------------------------------------

    def create(self, draft: PersonDraft) -> int:
        return self.create_many([draft])[0]

    def create_many(self, drafts: Sequence[PersonDraft]) -> list[int]:
        """New people, all in one transaction (all or none); returns their ids in order."""
        cleaned = [_clean_draft(d) for d in drafts]
        with self._store.writer.begin() as session:
            references = allocate_references(session, len(cleaned))
            people: list[Person] = []
            for draft, reference in zip(cleaned, references, strict=True):
                person = _new_person(draft, reference)
                session.add(person)
                people.append(person)
            session.flush()
            reindex(session, [p.id for p in people])
            for person in people:
                self._audit(session, AuditAction.CREATE, person, _draft_fields(person))
            return [p.id for p in people]

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
        why = _clean(reason, 2000, QT_TRANSLATE_NOOP("Core", "reason"), multiline=True)
        if not why:
            raise InvalidPersonValue(
                QT_TRANSLATE_NOOP(
                    "Core", "Say why the value is corrected (the letter, a call ...)."
                )
            )
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
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
                self._audit(session, AuditAction.UPDATE, person, changed, note="correction")
            return changed

    def add_contact(self, person_id: int, kind: ContactKind, value: str) -> int:
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            stored = _contact_value(kind, value, _region(person))
            contact = ContactPoint(
                kind=kind,
                value=stored,
                is_primary=not any(c.kind == kind for c in person.contacts),
            )
            person.contacts.append(contact)
            session.flush()
            reindex(session, [person.id])
            self._audit(session, AuditAction.UPDATE, person, [f"{kind.value}:{contact.id}"])
            return contact.id

    def add_address(self, person_id: int, draft: AddressDraft) -> int:
        address = _clean_address(draft)
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            row = _address_row(address, primary=not person.addresses)
            person.addresses.append(row)
            session.flush()
            reindex(session, [person.id])
            self._audit(session, AuditAction.UPDATE, person, [f"address:{row.id}"])
            return row.id

    def add_item(self, person_id: int, item: ItemDraft) -> int:
        draft = _clean_item(item)
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            row = _item_row(draft)
            person.items.append(row)
            session.flush()
            self._audit(session, AuditAction.UPDATE, person, [f"item:{row.id}"])
            return row.id

    def set_marketing(
        self, person_id: int, channel: MarketingChannel, opted_in: bool, source: str
    ) -> None:
        """Record a change of choice on one channel; the history keeps every change."""
        where = _clean(source, 100, "source of the choice")
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            person.marketing_choices.append(
                MarketingChoice(channel=MarketingChannel(channel), opted_in=opted_in, source=where)
            )
            session.flush()
            self._audit(session, AuditAction.UPDATE, person, [f"marketing:{channel.value}"])

    def erase(self, person_id: int, request_id: int | None = None) -> str:
        """Erase the person's data and history; returns the reference kept on the tombstone.

        Contacts, addresses, items, marketing history and corrections are deleted, the
        identity fields blanked, the search row removed (pages zeroed: ``secure_delete``
        for tables, FTS5 ``secure-delete`` for the index). ``ErasureRecord`` keeps the
        reference, the date and the request; the audit trail never held values. Keyed
        digests of the customer ID, emails and phones (``ErasedIdentifier``) let a later
        shop import refuse to bring the person back, without keeping who they were.
        """
        with self._store.writer.begin() as session:
            person = self._get(session, person_id)
            reference = person.reference
            secret = erasure_secret(session)
            identifiers = [("customer_id", person.customer_id or "")] + [
                (contact.kind.value, contact.value) for contact in person.contacts
            ]
            digests = {
                identifier_digest(secret, kind, value) for kind, value in identifiers if value
            }
            for collection in (
                person.contacts,
                person.addresses,
                person.items,
                person.marketing_choices,
                person.corrections,
            ):
                collection.clear()
            person.first_name = ""
            person.last_name = ""
            person.birth_date = None
            person.age_band = None
            person.customer_id = None
            person.notes = ""
            person.erased_at = datetime.now(UTC)
            record = ErasureRecord(
                person_reference=reference, request_id=request_id, actor=self._actor
            )
            session.add(record)
            session.flush()
            known = erased_digests(session, digests)  # erased before under another file
            session.add_all(
                ErasedIdentifier(digest=d, erasure_id=record.id) for d in digests - known
            )
            unindex(session, person.id)
            self._audit(session, AuditAction.ERASE, person, [], note="erased")
        # Old page images in the WAL are encrypted, but need not linger either.
        with self._store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # outside any transaction, or it cannot run
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return reference

    def rebuild_index(self) -> int:
        """Rewrite every search row from the records (repair, or after an old store upgrade).

        Returns how many people are indexed. One transaction; minutes for a million people.
        """
        with self._store.writer.begin() as session:
            conn = session.connection()
            conn.exec_driver_sql("DELETE FROM person_search")
            ids = [
                r[0] for r in conn.exec_driver_sql("SELECT id FROM person WHERE erased_at IS NULL")
            ]
            reindex(session, ids)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type=RECORD_TYPE,
                fields=["search_index"],
                note=f"search index rebuilt for {len(ids)} people",
            )
            return len(ids)

    # --- inside --------------------------------------------------------------------------------

    def _get(self, session: Session, person_id: int) -> Person:
        person = session.get(Person, int(person_id))
        if person is None:
            raise PersonNotFound(
                QT_TRANSLATE_NOOP(
                    "Core", "This person is not in the file (erased or never recorded)."
                )
            )
        return person

    def _audit(
        self,
        session: Session,
        action: AuditAction,
        person: Person,
        fields: Sequence[str],
        note: str = "",
    ) -> None:
        audit.append(
            session,
            actor=self._actor,
            action=action,
            record_type=RECORD_TYPE,
            record_id=person.reference,
            fields=list(fields),
            note=note,
        )

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
            new = _contact_value(ContactKind(kind), after, _region(person))
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
            parsed = _clean_address(parse_address_text(after, address.country_code))
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
        new = _clean(after, 20000, QT_TRANSLATE_NOOP("Core", "item's value"), multiline=True)
        if new == item.value:
            return None
        before = item.value
        item.value = new
        return before, new


# --- reading helpers ------------------------------------------------------------------------


def _name_key(row: PersonRow) -> tuple[str, int]:
    return (row.display_name.casefold(), row.id)


def _rows_for_ids(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """PersonRows for ``ids`` in the same order, in four small queries whatever the page."""
    if not ids:
        return []
    conn = session.connection()
    marks = (json.dumps([int(i) for i in ids]),)
    people = {
        r[0]: r
        for r in conn.exec_driver_sql(
            "SELECT id, reference, first_name, last_name, customer_id, birth_date, age_band "
            f"FROM person WHERE id IN {IDS} AND erased_at IS NULL",
            marks,
        )
    }
    emails: dict[int, str] = {}
    for pid, value in conn.exec_driver_sql(
        f"SELECT person_id, value FROM contact_point WHERE person_id IN {IDS} AND kind = 'email' "
        "ORDER BY is_primary, id DESC",
        marks,
    ):
        emails[pid] = value  # the last written wins: the primary, else the oldest
    places: dict[int, tuple[str, str]] = {}
    for pid, postcode, city in conn.exec_driver_sql(
        f"SELECT person_id, postcode, city FROM postal_address WHERE person_id IN {IDS} "
        "ORDER BY is_primary, id DESC",
        marks,
    ):
        places[pid] = (postcode, city)
    latest: dict[tuple[int, str], bool] = {}
    for pid, channel, opted_in in conn.exec_driver_sql(
        f"SELECT person_id, channel, opted_in FROM marketing_choice WHERE person_id IN {IDS} "
        "ORDER BY changed_at, id",
        marks,
    ):
        latest[(pid, channel)] = bool(opted_in)
    opted_out = {pid for (pid, _), yes in latest.items() if not yes}
    today = date.today()
    rows: list[PersonRow] = []
    for pid in ids:
        r = people.get(pid)
        if r is None:
            continue
        birth = date.fromisoformat(r[5]) if r[5] else None
        postcode, city = places.get(pid, ("", ""))
        rows.append(
            PersonRow(
                id=pid,
                reference=r[1],
                display_name=display_name(r[2], r[3]),
                email=emails.get(pid, ""),
                postcode=postcode,
                city=city,
                customer_id=r[4] or "",
                flagged_minor=is_minor(birth, r[6], today),
                opted_out=pid in opted_out,
            )
        )
    return rows


def _load_file(session: Session, person: Person) -> PersonFile:
    today = date.today()
    if person.erased_at is not None:
        return PersonFile(
            id=person.id,
            reference=person.reference,
            first_name="",
            last_name="",
            birth_date=None,
            age_band=None,
            customer_id=None,
            notes="",
            created_at=person.created_at,
            flagged_minor=False,
            erased=True,
            erased_at=person.erased_at,
        )
    # Who receives each category: the same rule as the letters (active, named entries).
    recipients: dict[str, list[str]] = defaultdict(list)
    for fact in recipients_of(session, [c.value for c in DataCategory]):
        for category in fact.categories:
            recipients[category].append(fact.name)
    history = sorted(person.marketing_choices, key=lambda m: (m.changed_at, m.id), reverse=True)
    latest = latest_choices(person.marketing_choices)
    current = [
        MarketingView(
            channel=channel,
            opted_in=latest[channel].opted_in if channel in latest else None,
            changed_at=latest[channel].changed_at if channel in latest else None,
            source=latest[channel].source if channel in latest else "",
        )
        for channel in MarketingChannel
    ]
    request_refs: dict[int, str] = {}
    request_ids = {c.request_id for c in person.corrections if c.request_id is not None}
    if request_ids:
        request_refs = {
            rid: ref
            for rid, ref in session.execute(
                select(Request.id, Request.reference).where(Request.id.in_(request_ids))
            )
        }
    contacts = sorted(person.contacts, key=lambda c: (not c.is_primary, c.id))
    return PersonFile(
        id=person.id,
        reference=person.reference,
        first_name=person.first_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        age_band=person.age_band,
        customer_id=person.customer_id,
        notes=person.notes,
        created_at=person.created_at,
        flagged_minor=is_minor(person.birth_date, person.age_band, today),
        erased=False,
        addresses=tuple(
            AddressView(
                id=a.id,
                lines=tuple(a.lines),
                postcode=a.postcode,
                city=a.city,
                region=a.region,
                country_code=a.country_code,
                is_primary=a.is_primary,
            )
            for a in sorted(person.addresses, key=lambda a: (not a.is_primary, a.id))
        ),
        emails=tuple(_contact_view(c) for c in contacts if c.kind == ContactKind.EMAIL),
        phones=tuple(_contact_view(c) for c in contacts if c.kind == ContactKind.PHONE),
        marketing=tuple(current),
        marketing_history=tuple(
            MarketingChange(m.channel, m.opted_in, m.changed_at, m.source) for m in history
        ),
        items=tuple(
            ItemView(
                id=i.id,
                category=i.category,
                description=i.description,
                value=i.value,
                source=i.source,
                collected_on=i.collected_on,
                retention_rule=i.retention_rule,
                retention_end=i.retention_end,
                recipients=tuple(sorted(recipients.get(i.category.value, []))),
            )
            for i in sorted(
                person.items, key=lambda i: (list(DataCategory).index(i.category), i.id)
            )
        ),
        corrections=tuple(
            CorrectionView(
                field=c.field,
                before=c.before,
                after=c.after,
                who=c.actor,
                when=c.at,
                why=c.reason,
                request_reference=request_refs.get(c.request_id) if c.request_id else None,
            )
            for c in sorted(person.corrections, key=lambda c: (c.at, c.id), reverse=True)
        ),
    )


def _contact_view(contact: ContactPoint) -> ContactView:
    shown = display_phone(contact.value) if contact.kind == ContactKind.PHONE else contact.value
    return ContactView(contact.id, contact.kind, contact.value, shown, contact.is_primary)


def _text(value: date | datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _safe_cell(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: keep them text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


# --- writing helpers ------------------------------------------------------------------------


def _clean(value: str, max_length: int, what: str, *, multiline: bool = False) -> str:
    try:
        return clean_text(value, max_length=max_length, what=what, multiline=multiline)
    except TextRejected as exc:
        raise InvalidPersonValue(exc.args[0]) from None


def _clean_address(draft: AddressDraft) -> AddressDraft:
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
        postcode=_clean(draft.postcode.lstrip("'"), 20, QT_TRANSLATE_NOOP("Core", "postcode")),
        city=_clean(draft.city, 100, QT_TRANSLATE_NOOP("Core", "city")),
        region=_clean(draft.region, 100, QT_TRANSLATE_NOOP("Core", "region")),
        country_code=country,
    )


def _clean_item(item: ItemDraft) -> ItemDraft:
    description = _clean(item.description, 300, QT_TRANSLATE_NOOP("Core", "item's description"))
    if not description:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "Say what the item is (its description).")
        )
    return ItemDraft(
        category=DataCategory(item.category),
        description=description,
        source=DataSource(item.source),
        value=_clean(item.value, 20000, QT_TRANSLATE_NOOP("Core", "item's value"), multiline=True),
        collected_on=item.collected_on,
        retention_rule=_clean(
            item.retention_rule, 300, QT_TRANSLATE_NOOP("Core", "retention rule")
        ),
        retention_end=item.retention_end,
    )


def _clean_draft(draft: PersonDraft) -> PersonDraft:
    first = _clean(draft.first_name, 200, QT_TRANSLATE_NOOP("Core", "first name"))
    last = _clean(draft.last_name, 200, QT_TRANSLATE_NOOP("Core", "last name"))
    emails = [normalise_email(e) for e in draft.emails if e.strip()]
    addresses = [_clean_address(a) for a in draft.addresses]
    region = addresses[0].country_code if addresses else "FR"
    phones = [parse_phone(p, region) for p in draft.phones if p.strip()]
    customer_id = (draft.customer_id or "").lstrip("'")
    customer = _clean(customer_id, 64, QT_TRANSLATE_NOOP("Core", "customer ID")) or None
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
        age_band=_clean(draft.age_band or "", 20, QT_TRANSLATE_NOOP("Core", "age band")) or None,
        notes=_clean(draft.notes, 4000, QT_TRANSLATE_NOOP("Core", "notes"), multiline=True),
        items=tuple(_clean_item(i) for i in draft.items),
        marketing=tuple(
            MarketingDraft(
                MarketingChannel(m.channel),
                m.opted_in,
                _clean(m.source, 100, QT_TRANSLATE_NOOP("Core", "source of the choice")),
                m.changed_at,
            )
            for m in draft.marketing
        ),
    )


def _address_row(draft: AddressDraft, *, primary: bool) -> PostalAddress:
    return PostalAddress(
        lines=list(draft.lines),
        postcode=draft.postcode,
        city=draft.city,
        region=draft.region,
        country_code=draft.country_code,
        is_primary=primary,
    )


def _item_row(draft: ItemDraft) -> HeldItem:
    return HeldItem(
        category=draft.category,
        description=draft.description,
        value=draft.value,
        source=draft.source,
        collected_on=draft.collected_on,
        retention_rule=draft.retention_rule,
        retention_end=draft.retention_end,
    )


def _new_person(draft: PersonDraft, reference: str) -> Person:
    person = Person(
        reference=reference,
        first_name=draft.first_name,
        last_name=draft.last_name,
        customer_id=draft.customer_id,
        birth_date=draft.birth_date,
        age_band=draft.age_band,
        notes=draft.notes,
    )
    person.contacts.extend(
        ContactPoint(kind=ContactKind.EMAIL, value=e, is_primary=i == 0)
        for i, e in enumerate(draft.emails)
    )
    person.contacts.extend(
        ContactPoint(kind=ContactKind.PHONE, value=p, is_primary=i == 0)
        for i, p in enumerate(draft.phones)
    )
    person.addresses.extend(_address_row(a, primary=i == 0) for i, a in enumerate(draft.addresses))
    person.items.extend(_item_row(i) for i in draft.items)
    now = datetime.now(UTC)
    person.marketing_choices.extend(
        MarketingChoice(
            channel=m.channel, opted_in=m.opted_in, source=m.source, changed_at=m.changed_at or now
        )
        for m in draft.marketing
    )
    return person


def _draft_fields(person: Person) -> list[str]:
    names = ("first_name", "last_name", "customer_id", "birth_date", "age_band")
    present = [n for n in names if getattr(person, n)]
    present += sorted({f"{c.kind.value}" for c in person.contacts})
    if person.addresses:
        present.append("address")
    if person.items:
        present.append("items")
    if person.marketing_choices:
        present.append("marketing")
    return present


def _region(person: Person) -> str:
    primary = next((a for a in person.addresses if a.is_primary), None)
    return primary.country_code if primary else "FR"


def _contact_value(kind: ContactKind, value: str, region: str) -> str:
    if kind == ContactKind.EMAIL:
        return normalise_email(value)
    return parse_phone(value, region)


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
        new = _clean(after, 4000, QT_TRANSLATE_NOOP("Core", "notes"), multiline=True)
    else:
        new = _clean(after.lstrip("'") if name == "customer_id" else after, limits[name], name)
    before = getattr(person, name) or ""
    if new == before:
        return None
    setattr(person, name, new if new or name in ("first_name", "last_name", "notes") else None)
    return before, new


def _address_text(address: PostalAddress) -> str:
    place = " ".join(p for p in (address.postcode, address.city) if p)
    return "\n".join([*address.lines, place]).strip()


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


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
