"""The People list, search-as-you-type, the people to review, and the search index's repair.

The list is in last name, first name, id order; a lazy model asks for the visible window
(``rows(k * 100, 100)``). Erased people are not listed. The search runs over names,
emails, phones (E.164 or national digits), postcodes and customer IDs; accent-insensitive,
by prefix; any text is safe (never an FTS syntax error). Whole-word matches come first.
Every search is audited (how many were found, never the text); at most 200 results.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from albanera_desk.domain.people_rules import MINOR_AGE, band_is_minor, search_terms
from albanera_desk.domain.person_drafts import years_before
from albanera_desk.domain.person_file import PersonRow
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP, Sentence
from albanera_desk.services import audit
from albanera_desk.services.busy import when_busy
from albanera_desk.services.people.audited import RECORD_TYPE
from albanera_desk.services.people.matching import (
    whole_letters_note,
    whole_word_matches,
    word_start_matches,
)
from albanera_desk.services.people.paging import listed_count, page_ids
from albanera_desk.services.people.row_reading import person_rows
from albanera_desk.services.people_index import IDS, reindex
from albanera_desk.store.store import Store

# A search lists at most this many people (the window asks for 200; the CLI is capped).
MAX_SEARCH_RESULTS = 200
SEARCH_BUSY = QT_TRANSLATE_NOOP(
    "Core",
    "Another program is writing to {name}, so the search cannot be recorded in the audit "
    "trail: try again when it has finished.",
)


class Listing:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def count(self) -> int:
        """How many people the list shows: one row the store keeps (revision 0011)."""
        with self._store.session_factory() as session:
            return listed_count(session.connection())

    def anyone(self) -> bool:
        """Whether the file holds anybody (one row read, whatever its size)."""
        with self._store.session_factory() as session:
            return (
                session.connection()
                .exec_driver_sql("SELECT 1 FROM person WHERE erased_at IS NULL LIMIT 1")
                .first()
                is not None
            )

    def rows(self, offset: int, limit: int) -> list[PersonRow]:
        """The People list's window ``[offset, offset + limit)``.

        Found without walking the list from its start (``paging``): the same few index
        reads for the first page, the last, or one in the middle.
        """
        if limit <= 0:
            return []
        with self._store.session_factory() as session:
            ids = page_ids(session.connection(), max(0, int(offset)), int(limit))
            return rows_for_ids(session, ids)

    def to_review(self, today: date | None = None, limit: int = 50) -> list[PersonRow]:
        """People flagged as under 16 (the policy says the shop does not knowingly collect
        their data): from the birth date, or else from an age band that is under 16."""
        day = today or date.today()
        cutoff = years_before(day, MINOR_AGE)
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
            return [row for row in rows_for_ids(session, ordered) if row.flagged_minor][:limit]

    def search(self, text: str, limit: int = 50) -> list[PersonRow]:
        """People matching every word typed; whole-word matches first, then by name.

        At most ``MAX_SEARCH_RESULTS`` people, whatever ``limit`` asks. Each search is
        audited (SEARCH, with how many were found), never with the text searched.
        """
        terms = search_terms(text)
        if not terms or limit <= 0:
            return []
        limit = min(limit, MAX_SEARCH_RESULTS)
        with self._store.session_factory() as session:
            conn = session.connection()
            first = whole_word_matches(conn, terms, limit)
            ids = list(first)
            if len(ids) < limit and any(len(t) > 1 for t in terms):
                seen = set(ids)
                for pid in word_start_matches(conn, terms, limit + len(ids)):
                    if pid not in seen and len(ids) < limit:
                        ids.append(pid)
                        seen.add(pid)
            rows = rows_for_ids(session, ids)
        whole = set(first)
        rows.sort(key=lambda r: (r.id not in whole, _name_key(r)))
        with when_busy(self._store, SEARCH_BUSY), self._store.writer.begin() as session:
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.SEARCH,
                record_type=RECORD_TYPE,
                note=f"{len(rows)} found",
            )
        return rows

    def search_note(self, text: str) -> Sentence | None:
        """What to tell the user about how ``text`` is searched (one-letter words), if any."""
        return whole_letters_note(text)

    def find_for_request(self, text: str, limit: int = 50) -> list[PersonRow]:
        """Whom a letter is about: the same search as the search box."""
        return self.search(text, limit)

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


def _name_key(row: PersonRow) -> tuple[str, int]:
    return (row.display_name.casefold(), row.id)


def rows_for_ids(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """PersonRows for ``ids`` in the same order, in four small queries whatever the page."""
    return person_rows(session.connection(), ids)
