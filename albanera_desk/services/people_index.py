"""The search index and the reference counter, shared by every path that writes people.

Every write path (``PeopleService``, ``importing``) calls ``reindex`` or ``index_new`` in its
own transaction, so the index never lags the records; ``erase`` calls ``unindex``. The index
holds folded words only (see ``domain.people_rules.search_text``), one row per person,
rowid = person id. FTS5 ``secure-delete`` is on (revision 0003): a removed row's words are
taken out of the index pages, not just marked deleted.
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from albanera_desk.domain.people_rules import search_text
from albanera_desk.services.people.row_reading import IDS as IDS  # JSON ids: one parameter
from albanera_desk.store.models import StoreSetting

REFERENCE_COUNTER = "person_last_number"
_CHUNK = 500


def allocate_references(session: Session, count: int) -> list[str]:
    """``count`` new references P-000001, ... in order; never reused, even after erasure."""
    setting = session.get(StoreSetting, REFERENCE_COUNTER)
    last = int(setting.value) if setting else 0
    if setting is None:
        session.add(StoreSetting(key=REFERENCE_COUNTER, value=str(last + count)))
    else:
        setting.value = str(last + count)
    session.flush()
    return [format_reference(last + i) for i in range(1, count + 1)]


ERASURE_SECRET = "erasure_secret"


def erasure_secret(session: Session) -> bytes:
    """The store's own key for the digests of erased identifiers (made on first use)."""
    setting = session.get(StoreSetting, ERASURE_SECRET)
    if setting is None:
        setting = StoreSetting(key=ERASURE_SECRET, value=secrets.token_hex(32))
        session.add(setting)
        session.flush()
    return bytes.fromhex(setting.value)


def erased_digests(session: Session, digests: Iterable[str]) -> set[str]:
    """Which of ``digests`` belong to people erased at their request."""
    wanted = sorted(set(digests))
    if not wanted:
        return set()
    found = session.connection().exec_driver_sql(
        f"SELECT digest FROM erased_identifier WHERE digest IN {IDS}", (json.dumps(wanted),)
    )
    return {row[0] for row in found}


def format_reference(number: int) -> str:
    return f"P-{number:06d}"


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def reindex(session: Session, person_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these people from the records (erased people get none)."""
    ids = sorted(set(person_ids))
    for chunk in _chunks(ids):
        marks = (json.dumps([int(i) for i in chunk]),)
        conn = session.connection()
        conn.exec_driver_sql(f"DELETE FROM person_search WHERE rowid IN {IDS}", marks)
        people = conn.exec_driver_sql(
            "SELECT id, first_name, last_name, customer_id FROM person "
            f"WHERE id IN {IDS} AND erased_at IS NULL",
            marks,
        ).all()
        contacts: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"email": [], "phone": []})
        for pid, kind, value in conn.exec_driver_sql(
            f"SELECT person_id, kind, value FROM contact_point WHERE person_id IN {IDS}", marks
        ):
            contacts[pid][kind].append(value)
        postcodes: dict[int, list[str]] = defaultdict(list)
        for pid, postcode in conn.exec_driver_sql(
            f"SELECT person_id, postcode FROM postal_address WHERE person_id IN {IDS}", marks
        ):
            postcodes[pid].append(postcode)
        rows = [
            (
                pid,
                search_text(
                    first_name=first,
                    last_name=last,
                    customer_id=customer,
                    emails=contacts[pid]["email"],
                    phones=contacts[pid]["phone"],
                    postcodes=postcodes[pid],
                ),
            )
            for pid, first, last, customer in people
        ]
        index_new(session, rows)


def index_new(session: Session, rows: Sequence[tuple[int, str]]) -> None:
    """Add index rows ``(person id, search text)`` for people not yet in the index."""
    if rows:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.executemany("INSERT INTO person_search(rowid, body) VALUES (?, ?)", rows)


def unindex(session: Session, person_id: int) -> None:
    session.connection().exec_driver_sql(
        "DELETE FROM person_search WHERE rowid = ?", (int(person_id),)
    )
