"""Writing imported rows: parse each row, match it to a person, then bulk inserts and updates.

Used by ``importing.import_people`` inside its one transaction. New people are inserted
with plain ``executemany`` (the ORM would cost seconds per 100,000 rows); updates go
through the same SQL with a Correction row for each changed identity field, so a
re-import leaves a trail. The search index is written in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from albanera_desk.domain.customer_import import ImportReport, ParsedRow, parse_row
from albanera_desk.domain.people_rules import (
    InvalidPersonValue,
    identifier_digest,
    search_text,
)
from albanera_desk.domain.records import AuditAction, DataCategory, DataSource
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.people_index import (
    IDS,
    allocate_references,
    erased_digests,
    erasure_secret,
    index_new,
    reindex,
)

SOURCE = "shop import"
PURCHASES_DESCRIPTION = "Orders on the online shop (number of orders, total spent)"
ERASED_REASON = QT_TRANSLATE_NOOP(
    "Core",
    "This person's data was erased at their request: not imported again (add them by hand "
    "if they have come back as a new customer).",
)


@dataclass(slots=True)
class Existing:
    """What a matched person holds now, kept current while rows update it."""

    first_name: str
    last_name: str
    customer_id: str
    notes: str
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    addresses: set[tuple[str, str]] = field(default_factory=set)
    marketing: dict[str, tuple[bool, str]] = field(default_factory=dict)  # (opted in, source)
    purchases: tuple[int, str] | None = None


class ImportWriter:
    """Matches and writes one batch of rows at a time inside the caller's transaction."""

    def __init__(self, session: Session, actor: str, indexes: dict[str, int], width: int) -> None:
        self._session = session
        self._actor = actor
        self._indexes = indexes
        self._width = width
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
            self.added, self.updated, self.unchanged, tuple(self.rejected), self.opt_outs_kept
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
        now, today = self._now, self._today.isoformat()
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
                addresses.append((pid, _json(lines), postcode, city, region, country, 1))
            choices.extend((pid, ch, int(yes), now, SOURCE) for ch, yes in row.accepts.items())
            if row.purchases:
                items.append((pid, PURCHASES_DESCRIPTION, row.purchases, today, now, now))
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
            f"collected_on, retention_rule, created_at, updated_at) VALUES "
            f"(?, '{DataCategory.PURCHASES.value}', ?, ?, '{DataSource.PURCHASE.value}', ?, '', "
            "?, ?)",
            items,
        )

    def _existing(self, ids: Sequence[int]) -> dict[int, Existing]:
        marks = (json.dumps(sorted(set(ids))),)
        found = {
            pid: Existing(first or "", last or "", cid or "", notes or "")
            for pid, first, last, cid, notes in self._raw.execute(
                "SELECT id, first_name, last_name, customer_id, notes FROM person "
                f"WHERE id IN {IDS}",
                marks,
            )
        }
        for pid, kind, value in self._raw.execute(
            f"SELECT person_id, kind, value FROM contact_point WHERE person_id IN {IDS}", marks
        ):
            (found[pid].emails if kind == "email" else found[pid].phones).add(value)
        for pid, lines, postcode in self._raw.execute(
            f"SELECT person_id, lines, postcode FROM postal_address WHERE person_id IN {IDS}",
            marks,
        ):
            found[pid].addresses.add((lines, postcode))
        for pid, channel, opted_in, source in self._raw.execute(
            "SELECT person_id, channel, opted_in, source FROM marketing_choice "
            f"WHERE person_id IN {IDS} "
            "ORDER BY changed_at, id",
            marks,
        ):
            found[pid].marketing[channel] = (bool(opted_in), source)
        for pid, item_id, value in self._raw.execute(
            f"SELECT person_id, id, value FROM held_item WHERE person_id IN {IDS} "
            "AND category = ? AND description = ? ORDER BY id",
            (*marks, DataCategory.PURCHASES.value, PURCHASES_DESCRIPTION),
        ):
            found[pid].purchases = (item_id, value)
        return found

    def _update(self, updates: Sequence[tuple[int, ParsedRow]]) -> None:
        if not updates:
            return
        state = self._existing([pid for pid, _ in updates])
        touched: set[int] = set()
        for pid, row in updates:
            if self._update_one(pid, row, state[pid]):
                touched.add(pid)
                self.updated += 1
            else:
                self.unchanged += 1
        if touched:
            reindex(self._session, touched)

    def _update_one(self, pid: int, row: ParsedRow, now: Existing) -> bool:
        changed = False
        for name in ("first_name", "last_name", "customer_id", "notes"):
            after = getattr(row, name)
            before = getattr(now, name)
            if after and after != before:
                self._raw.execute(
                    f"UPDATE person SET {name} = ?, updated_at = ? WHERE id = ?",  # name is ours
                    (after, self._now, pid),
                )
                self._correction(pid, name, before, after)
                setattr(now, name, after)
                changed = True
        contacts: list[tuple[Any, ...]] = []
        if row.email and row.email not in now.emails:
            contacts.append((pid, "email", row.email, int(not now.emails)))
            now.emails.add(row.email)
        for phone in row.phones:
            if phone not in now.phones:
                contacts.append((pid, "phone", phone, int(not now.phones)))
                now.phones.add(phone)
        addresses: list[tuple[Any, ...]] = []
        if row.address is not None:
            lines, postcode, city, region, country = row.address
            key = (_json(lines), postcode)
            if key not in now.addresses:
                primary = int(not now.addresses)
                addresses.append((pid, key[0], postcode, city, region, country, primary))
                now.addresses.add(key)
        choices: list[tuple[Any, ...]] = []
        for channel, yes in row.accepts.items():
            current = now.marketing.get(channel)
            if current is not None and current[0] == yes:
                continue
            if yes and current is not None and current[1] != SOURCE:
                # An opt-out the office recorded (a letter, a call) outlives the shop's flag.
                self.opt_outs_kept += 1
                continue
            choices.append((pid, channel, int(yes), self._now, SOURCE))
            now.marketing[channel] = (yes, SOURCE)
        items: list[tuple[Any, ...]] = []
        if row.purchases:
            if now.purchases is None:
                today = self._today.isoformat()
                items.append(
                    (pid, PURCHASES_DESCRIPTION, row.purchases, today, self._now, self._now)
                )
                now.purchases = (0, row.purchases)
            elif now.purchases[1] != row.purchases and now.purchases[0]:
                item_id, before = now.purchases
                self._raw.execute(
                    "UPDATE held_item SET value = ?, updated_at = ? WHERE id = ?",
                    (row.purchases, self._now, item_id),
                )
                self._correction(pid, f"item:{item_id}", before, row.purchases)
                now.purchases = (item_id, row.purchases)
                changed = True
        if contacts or addresses or choices or items:
            self._write_children(contacts, addresses, choices, items)
            changed = True
        return changed

    def _correction(self, pid: int, name: str, before: str, after: str) -> None:
        self._raw.execute(
            "INSERT INTO correction (person_id, request_id, field, before, after, reason, actor, "
            "at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)",
            (pid, name, before, after, "shop import", self._actor, self._now),
        )


def _json(lines: Sequence[str]) -> str:
    """Address lines as the JSONList column stores them."""
    return json.dumps(list(lines), ensure_ascii=False, separators=(",", ":"))


def _search_text(row: ParsedRow) -> str:
    return search_text(
        first_name=row.first_name,
        last_name=row.last_name,
        customer_id=row.customer_id,
        emails=[row.email] if row.email else [],
        phones=row.phones,
        postcodes=[row.address[1]] if row.address else [],
    )
