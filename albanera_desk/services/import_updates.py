"""Updating people an import matched: what they hold now, and each change with its trail.

The half of ``import_writer.ImportWriter`` that touches people already in the file: an
identity field that changed gets a Correction row ("shop import"); new emails, phones,
addresses and marketing choices are added; an opt-out the office recorded outlives the
shop's flag; the import's own items (the account, the order totals) are added when missing,
updated when their value changed, and linked to the import's activity when an earlier
import left them unlinked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from albanera_desk.domain.customer_import import ParsedRow
from albanera_desk.services.import_activity import (
    ACCOUNT,
    ACCOUNT_ITEM,
    PURCHASES,
    PURCHASES_ITEM,
    ImportItems,
)
from albanera_desk.services.people_index import IDS, reindex

SOURCE = "shop import"


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
    # The import's own items: (item id, value, activity id); id 0 for one added this batch.
    account: tuple[int, str, int | None] | None = None
    purchases: tuple[int, str, int | None] | None = None


class ImportUpdates:
    """Mixed into ``ImportWriter``: the update path (same connection, same transaction)."""

    _raw: Any
    _session: Any
    _actor: str
    _now: str
    _today: date
    _items: ImportItems
    updated: int
    unchanged: int
    opt_outs_kept: int
    linked: int

    def _write_children(
        self,
        contacts: list[tuple[Any, ...]],
        addresses: list[tuple[Any, ...]],
        choices: list[tuple[Any, ...]],
        items: list[tuple[Any, ...]],
    ) -> None:
        raise NotImplementedError  # ImportWriter's

    def _item_row(self, pid: int, kind: str, value: str) -> tuple[Any, ...]:
        raise NotImplementedError  # ImportWriter's

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
        kinds = {(ACCOUNT_ITEM[0].value, text): "account" for text in (ACCOUNT.fr, ACCOUNT.en)} | {
            (PURCHASES_ITEM[0].value, text): "purchases" for text in (PURCHASES.fr, PURCHASES.en)
        }
        for pid, item_id, category, description, value, activity_id in self._raw.execute(
            "SELECT person_id, id, category, description, value, activity_id FROM held_item "
            f"WHERE person_id IN {IDS} AND description IN (?, ?, ?, ?) ORDER BY id",
            (*marks, ACCOUNT.fr, ACCOUNT.en, PURCHASES.fr, PURCHASES.en),
        ):
            kind = kinds.get((category, description))
            if kind is not None:
                setattr(found[pid], kind, (item_id, value, activity_id))
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
            key = (json_lines(lines), postcode)
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
        if now.account is None:
            items.append(self._item_row(pid, "account", now.customer_id))
            now.account = (0, now.customer_id, self._items.activity_id)
        else:
            changed |= self._keep_item(pid, now.account, now.customer_id)
        if row.purchases:
            if now.purchases is None:
                items.append(self._item_row(pid, "purchases", row.purchases))
                now.purchases = (0, row.purchases, self._items.activity_id)
            else:
                changed |= self._keep_item(pid, now.purchases, row.purchases)
                now.purchases = (now.purchases[0], row.purchases, now.purchases[2])
        if contacts or addresses or choices or items:
            self._write_children(contacts, addresses, choices, items)
            changed = True
        return changed

    def _keep_item(self, pid: int, held: tuple[int, str, int | None], value: str) -> bool:
        """An import item already held: link it if an earlier import could not, and update
        its value (with a correction) when the shop's changed. True when the value changed."""
        item_id, before, activity_id = held
        if not item_id:
            return False  # added earlier in this same batch
        if activity_id is None and self._items.activity_id is not None:
            self._raw.execute(
                "UPDATE held_item SET activity_id = ? WHERE id = ?",
                (self._items.activity_id, item_id),
            )
            self.linked += 1
        if value == before:
            return False
        self._raw.execute(
            "UPDATE held_item SET value = ?, updated_at = ? WHERE id = ?",
            (value, self._now, item_id),
        )
        self._correction(pid, f"item:{item_id}", before, value)
        return True

    def _correction(self, pid: int, name: str, before: str, after: str) -> None:
        self._raw.execute(
            "INSERT INTO correction (person_id, request_id, field, before, after, reason, actor, "
            "at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)",
            (pid, name, before, after, SOURCE, self._actor, self._now),
        )


def json_lines(lines: Sequence[str]) -> str:
    """Address lines as the JSONList column stores them."""
    return json.dumps(list(lines), ensure_ascii=False, separators=(",", ":"))
