"""The People list's rows for a page of ids, read with SQL text on any connection that runs it
(``exec_driver_sql``): the engine's, or SQLCipher's alone before the engine loads
(``store.peek``), for the window's first frame."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from albanera_desk.domain.people_rules import is_minor
from albanera_desk.domain.person_file import PersonRow, display_name

IDS = "(SELECT value FROM json_each(?))"  # a list of ids bound as one JSON parameter


def person_rows(conn: Any, ids: Sequence[int]) -> list[PersonRow]:
    """PersonRows for ``ids`` in the same order, in four small queries whatever the page."""
    if not ids:
        return []
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
    places: dict[int, tuple[str, str, str]] = {}
    for pid, postcode, city, country in conn.exec_driver_sql(
        f"SELECT person_id, postcode, city, country_code FROM postal_address "
        f"WHERE person_id IN {IDS} ORDER BY is_primary, id DESC",
        marks,
    ):
        places[pid] = (postcode, city, country or "")
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
        postcode, city, country = places.get(pid, ("", "", ""))
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
                country_code=country,
            )
        )
    return rows
