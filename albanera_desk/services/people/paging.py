"""A page of the People list anywhere in it, without walking every person before it.

The list is in last name, first name, id order, on the partial index ``ix_person_listing``.
``OFFSET n`` walks n index entries: the last page of three million people walks them all.
Instead (counts kept by the store, ``store.models.people_listing``):

- near either end the page is read from that end (forwards, or backwards from the last
  person), walking at most ``NEAR_END`` entries;
- elsewhere the stretches' counts, added up in list order, say which stretch holds the
  page and where in it; the page is read from that stretch's first person (a seek on the
  index by name and id: keyset, not offset) or backwards from the next stretch's first
  person, whichever is nearer: at most half a stretch is walked.

Every read is in the caller's one transaction, so the counts and the list agree.
"""

from __future__ import annotations

from typing import Any

from albanera_desk.store.tally_sizes import ID_BLOCK

# A page this close to an end is read from that end directly.
NEAR_END = 2000
_IDS = "SELECT id FROM person INDEXED BY ix_person_listing WHERE erased_at IS NULL"
_FORWARD = " ORDER BY last_name, first_name, id LIMIT ? OFFSET ?"
_BACKWARD = " ORDER BY last_name DESC, first_name DESC, id DESC LIMIT ? OFFSET ?"

Key = tuple[str, str, int]


def listed_count(conn: Any) -> int:
    """How many people the list shows (the store's own count; counted if it has none)."""
    kept = conn.exec_driver_sql("SELECT listed FROM person_count WHERE id = 1").scalar()
    if kept is not None:
        return int(kept)
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM person INDEXED BY ix_person_listing WHERE erased_at IS NULL"
        ).scalar_one()
    )


def page_ids(conn: Any, offset: int, limit: int) -> list[int]:
    """Ids of the list's people at positions ``[offset, offset + limit)``."""
    if offset <= NEAR_END:
        return _forward(conn, None, offset, limit)
    total = listed_count(conn)
    if offset >= total:
        return []
    limit = min(limit, total - offset)
    if total - offset - limit <= NEAR_END:
        return _backward(conn, None, total - offset - limit, limit)
    before = 0
    stretches = conn.exec_driver_sql(
        "SELECT last_part, first_part, id_block, listed FROM person_tally "
        "ORDER BY last_part, first_part, id_block"
    ).all()
    for index, (last, first, block, listed) in enumerate(stretches):
        if offset < before + listed:
            start: Key = (last, first, block * ID_BLOCK)
            within, end = offset - before, before + listed
            if within <= listed - within or index + 1 == len(stretches):
                return _forward(conn, start, within, limit)
            n_last, n_first, n_block, _ = stretches[index + 1]
            following: Key = (n_last, n_first, n_block * ID_BLOCK)
            inside = min(limit, end - offset)  # the part of the page in this stretch
            ids = _backward(conn, following, end - offset - inside, inside)
            if inside < limit:
                ids += _forward(conn, following, 0, limit - inside)
            return ids
        before += listed
    return _forward(conn, None, offset, limit)  # counts behind the list: walk it


def _forward(conn: Any, start: Key | None, skip: int, limit: int) -> list[int]:
    """``limit`` ids in list order, ``skip`` people after ``start`` (or the beginning)."""
    return _read(conn, start, skip, limit, forward=True)


def _backward(conn: Any, before: Key | None, skip: int, limit: int) -> list[int]:
    """``limit`` ids in list order, ending ``skip`` people before ``before`` (or the end)."""
    found = _read(conn, before, skip, limit, forward=False)
    found.reverse()
    return found


def _read(conn: Any, key: Key | None, skip: int, limit: int, *, forward: bool) -> list[int]:
    """Ids from ``key`` on (forward, inclusive) or before it (backward, nearest first).

    SQLite seeks a row value on the index's two name columns only (the id is the table's
    own rowid), so a key inside one name pair (a block of ids) is read in two steps: that
    pair's ids from the key, then the pairs after (or before) it.
    """
    order = _FORWARD if forward else _BACKWARD
    if key is None:
        return [r[0] for r in conn.exec_driver_sql(_IDS + order, (limit, skip))]
    last, first, start_id = key
    found: list[int] = []
    if start_id > 0:
        same = " AND last_name = ? AND first_name = ? AND id " + (">= ?" if forward else "< ?")
        args = (last, first, start_id)
        found = [r[0] for r in conn.exec_driver_sql(_IDS + same + order, (*args, limit, skip))]
        if len(found) == limit:
            return found
        if found:
            skip = 0
        else:
            skipped = conn.exec_driver_sql(
                f"SELECT count(*) FROM ({_IDS}{same} LIMIT ?)", (*args, skip)
            ).scalar_one()
            skip -= int(skipped)
        beyond = " AND (last_name, first_name) " + ("> (?, ?)" if forward else "< (?, ?)")
    else:
        beyond = " AND (last_name, first_name) " + (">= (?, ?)" if forward else "< (?, ?)")
    rest = conn.exec_driver_sql(_IDS + beyond + order, (last, first, limit - len(found), skip))
    return found + [r[0] for r in rest]
