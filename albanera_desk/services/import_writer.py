"""Writing imported rows: parse each row, match it to a person, then bulk inserts and updates.

Used by ``importing.import_people`` inside its one transaction. New people are inserted
with plain ``executemany`` (the ORM would cost seconds per 100,000 rows); updates
(``import_updates``) go through the same SQL with a Correction row for each changed
identity field, so a re-import leaves a trail. The search index is written in the same
transaction. Each customer gets two items of the import's own, linked to the activity the
shop's data serves (``import_activity``): the account, and the order totals when any.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from albanera_desk.domain.customer_import import ImportReport, ParsedRow, parse_row
from albanera_desk.domain.people_rules import (
    InvalidPersonValue,
    identifier_digest,
    search_text,
)
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.import_activity import ACCOUNT_ITEM, PURCHASES_ITEM, ImportItems
from albanera_desk.services.import_updates import SOURCE, ImportUpdates, json_lines
from albanera_desk.services.people_index import (
    IDS,
    allocate_references,
    erased_digests,
    erasure_secret,
    index_new,
)

ERASED_REASON = QT_TRANSLATE_NOOP(
    "Core",
    "This person's data was erased at their request: not imported again (add them by hand "
    "if they have come back as a new customer).",
)


class ImportWriter(ImportUpdates):
    """Matches and writes one batch of rows at a time inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        actor: str,
        indexes: dict[str, int],
        width: int,
        items: ImportItems,
    ) -> None:
        self._session = session
        self._actor = actor
        self._indexes = indexes
        self._width = width
        self._items = items
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        self._raw: Any = raw
        self._next_id = (
            int(self._raw.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]) + 1
        )
        self._now = datetime.now(UTC).isoformat(timespec="microseconds")
        self._today = date.today()
        self._seen: dict[str, int] = {}  # this batch: "c:<customer id>" / "e:<email>" -> id
        self.added = 0
        self.updated = 0
        self.unchanged = 0
        self.opt_outs_kept = 0
        self.linked = 0
        self.unlinked = 0
        self.rejected: list[tuple[int, str]] = []
        self._secret: bytes | None = None

    # --- one batch ------------------------------------------------------------------------

    def add_batch(self, batch: Sequence[tuple[int, list[str]]]) -> None:
        # Earlier batches are in the store already (same transaction): the lookups find them,
        # so only this batch's keys are held in memory, whatever the file's size.
        self._seen.clear()
        parsed: list[tuple[int, ParsedRow]] = []
        for line, values in batch:
            if not any(v.strip() for v in values):
                continue
            if len(values) != self._width:
                reason = QT_TRANSLATE_NOOP(
                    "Core", "{values} values where the header has {columns} columns."
                ).format(values=len(values), columns=self._width)
                self.rejected.append((line, reason))
                continue
            try:
                parsed.append((line, parse_row(values, self._indexes, self._today)))
            except InvalidPersonValue as exc:
                self.rejected.append((line, exc.args[0]))
        parsed = self._without_erased(parsed)
        if not parsed:
            return
        by_customer, by_email = self._lookup(parsed)
        new: list[tuple[int, ParsedRow]] = []
        updates: list[tuple[int, ParsedRow]] = []
        for _, row in parsed:
            keys = ([f"c:{row.customer_id}"] if row.customer_id else []) + (
                [f"e:{row.email}"] if row.email else []
            )
            pid = next((self._seen[k] for k in keys if k in self._seen), None)
            if pid is None and row.customer_id:
                pid = by_customer.get(row.customer_id)
            if pid is None and row.email:
                pid = by_email.get(row.email)
            if pid is None:
                pid = self._next_id
                self._next_id += 1
                new.append((pid, row))
            else:
                updates.append((pid, row))
            for key in keys:
                self._seen.setdefault(key, pid)
        self._insert(new)
        self._update(updates)

    def finish(self, fields: Sequence[str]) -> ImportReport:
        report = ImportReport(
            self.added,
            self.updated,
            self.unchanged,
            tuple(self.rejected),
            self.opt_outs_kept,
            activity=self._items.activity,
            activity_created=self._items.created,
            unlinked=self.unlinked,
            linked=self.linked,
        )
        audit.append(
            self._session,
            actor=self._actor,
            action=AuditAction.IMPORT,
            record_type="person",
            fields=list(fields),
            note=report.summary(),
        )
        return report

    # --- inside ------------------------------------------------------------------------------

    def _without_erased(self, parsed: list[tuple[int, ParsedRow]]) -> list[tuple[int, ParsedRow]]:
        """Rows of people erased at their request are refused, not brought back."""
        if self._secret is None:
            self._secret = erasure_secret(self._session)
        secret = self._secret

        def digests(row: ParsedRow) -> set[str]:
            pairs = [("customer_id", row.customer_id), ("email", row.email)]
            pairs += [("phone", phone) for phone in row.phones]
            return {identifier_digest(secret, kind, value) for kind, value in pairs if value}

        per_row = [(line, row, digests(row)) for line, row in parsed]
        erased = erased_digests(self._session, (d for _, _, ds in per_row for d in ds))
        if not erased:
            return parsed
        kept = []
        for line, row, ds in per_row:
            if ds & erased:
                self.rejected.append((line, ERASED_REASON))
            else:
                kept.append((line, row))
        return kept

    def _lookup(
        self, parsed: Sequence[tuple[int, ParsedRow]]
    ) -> tuple[dict[str, int], dict[str, int]]:
        customers = sorted({r.customer_id for _, r in parsed if r.customer_id})
        emails = sorted({r.email for _, r in parsed if r.email})
        by_customer = {
            cid: pid
            for pid, cid in self._raw.execute(
                f"SELECT id, customer_id FROM person WHERE customer_id IN {IDS} "
                "AND erased_at IS NULL ORDER BY id DESC",
                (json.dumps(customers),),
            )
        }
        by_email = {
            value: pid
            for pid, value in self._raw.execute(
                f"SELECT person_id, value FROM contact_point WHERE value IN {IDS} "
                "AND kind = 'email' ORDER BY person_id DESC",
                (json.dumps(emails),),
            )
        }
        return by_customer, by_email

    def _insert(self, new: Sequence[tuple[int, ParsedRow]]) -> None:
        if not new:
            return
        references = allocate_references(self._session, len(new))
        now = self._now
        people: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        addresses: list[tuple[Any, ...]] = []
        choices: list[tuple[Any, ...]] = []
        items: list[tuple[Any, ...]] = []
        index: list[tuple[int, str]] = []
        for (pid, row), reference in zip(new, references, strict=True):
            people.append(
                (
                    pid,
                    reference,
                    row.first_name,
                    row.last_name,
                    row.birth_date.isoformat() if row.birth_date else None,
                    row.age_band or None,
                    row.customer_id or None,
                    row.notes,
                    now,
                    now,
                )
            )
            if row.email:
                contacts.append((pid, "email", row.email, 1))
            contacts.extend((pid, "phone", p, int(i == 0)) for i, p in enumerate(row.phones))
            if row.address is not None:
                lines, postcode, city, region, country = row.address
                addresses.append((pid, json_lines(lines), postcode, city, region, country, 1))
            choices.extend((pid, ch, int(yes), now, SOURCE) for ch, yes in row.accepts.items())
            items.append(self._item_row(pid, "account", row.customer_id))
            if row.purchases:
                items.append(self._item_row(pid, "purchases", row.purchases))
            index.append((pid, _search_text(row)))
        self._raw.executemany(
            "INSERT INTO person (id, reference, first_name, last_name, birth_date, age_band, "
            "customer_id, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            people,
        )
        self._write_children(contacts, addresses, choices, items)
        index_new(self._session, index)
        self.added += len(new)

    def _write_children(
        self,
        contacts: list[tuple[Any, ...]],
        addresses: list[tuple[Any, ...]],
        choices: list[tuple[Any, ...]],
        items: list[tuple[Any, ...]],
    ) -> None:
        self._raw.executemany(
            "INSERT INTO contact_point (person_id, kind, value, is_primary) VALUES (?,?,?,?)",
            contacts,
        )
        self._raw.executemany(
            "INSERT INTO postal_address (person_id, label, recipient, lines, postcode, city, "
            "region, country_code, is_primary) VALUES (?, '', '', ?,?,?,?,?,?)",
            addresses,
        )
        self._raw.executemany(
            "INSERT INTO marketing_choice (person_id, channel, opted_in, changed_at, source) "
            "VALUES (?,?,?,?,?)",
            choices,
        )
        self._raw.executemany(
            "INSERT INTO held_item (person_id, category, description, value, source, "
            "collected_on, retention_rule, activity_id, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
            items,
        )
        if self._items.activity_id is None:
            self.unlinked += len(items)

    def _item_row(self, pid: int, kind: str, value: str) -> tuple[Any, ...]:
        """One of the import's own items ("account" or "purchases"), for its activity."""
        category, source = ACCOUNT_ITEM if kind == "account" else PURCHASES_ITEM
        description = self._items.account if kind == "account" else self._items.purchases
        return (
            pid,
            category.value,
            description,
            value,
            source.value,
            self._today.isoformat(),
            self._items.activity_id,
            self._now,
            self._now,
        )


def _search_text(row: ParsedRow) -> str:
    return search_text(
        first_name=row.first_name,
        last_name=row.last_name,
        customer_id=row.customer_id,
        emails=[row.email] if row.email else [],
        phones=row.phones,
        postcodes=[row.address[1]] if row.address else [],
    )
