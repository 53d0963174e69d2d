"""The People list's counts, kept by the store itself as people come and go.

Counting three million people walks three million index entries, and a page far down
the list by ``OFFSET`` walks every entry before it. So the store keeps, in the same
transaction as every insert, erasure, rename or deletion (triggers, revision 0011):

- ``person_count``: one row, how many people the list shows (not erased);
- ``person_tally``: how many of them fall in each stretch of the list. A stretch is the
  people whose last names start with the same four characters; people with a shorter last
  name are split further by the first four characters of their first name, and those
  with both names short by blocks of 1,024 ids. Stretches follow the list's own order
  (last name, first name, id: binary text order), so a page is found by adding up the
  stretches before it, seeking to its stretch's first person on the list's index and
  walking at most half a stretch.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, Connection, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from albanera_desk.store.models.base import Base
from albanera_desk.store.tally_sizes import ID_BLOCK, STRETCH_CHARS

__all__ = ["ID_BLOCK", "STRETCH_CHARS"]  # and the tables below


class PersonCount(Base):
    """How many people the People list shows: one row, kept by triggers."""

    __tablename__ = "person_count"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    listed: Mapped[int] = mapped_column(Integer)


class PersonTally(Base):
    """How many listed people fall in one stretch of the list (see the module)."""

    __tablename__ = "person_tally"
    __table_args__ = ({"sqlite_with_rowid": False},)

    last_part: Mapped[str] = mapped_column(String(STRETCH_CHARS), primary_key=True)
    first_part: Mapped[str] = mapped_column(String(STRETCH_CHARS), primary_key=True)
    id_block: Mapped[int] = mapped_column(Integer, primary_key=True)
    listed: Mapped[int] = mapped_column(Integer)


def stretch_of(row: str) -> tuple[str, str, str]:
    """SQL for the stretch of ``row`` (``NEW``, ``OLD`` or a table alias): three values."""
    n = STRETCH_CHARS
    short_last = f"length({row}.last_name) < {n}"
    return (
        f"substr({row}.last_name, 1, {n})",
        f"CASE WHEN {short_last} THEN substr({row}.first_name, 1, {n}) ELSE '' END",
        f"CASE WHEN {short_last} AND length({row}.first_name) < {n} "
        f"THEN {row}.id / {ID_BLOCK} ELSE 0 END",
    )


def _is_stretch_of(row: str) -> str:
    last, first, block = stretch_of(row)
    return f"last_part = {last} AND first_part = {first} AND id_block = {block}"


def _add_to_stretch(row: str, when: str = "true") -> str:
    last, first, block = stretch_of(row)
    return (
        "INSERT INTO person_tally (last_part, first_part, id_block, listed) "
        f"SELECT {last}, {first}, {block}, 1 WHERE {when} "
        "ON CONFLICT (last_part, first_part, id_block) DO UPDATE SET listed = listed + 1;"
    )


def _take_from_stretch(row: str, when: str | None = None) -> str:
    where = f"{when} AND {_is_stretch_of(row)}" if when else _is_stretch_of(row)
    return (
        f"UPDATE person_tally SET listed = listed - 1 WHERE {where}; "
        f"DELETE FROM person_tally WHERE listed <= 0 AND {where};"
    )


LISTED = "erased_at IS NULL"
# name -> CREATE TRIGGER; revision 0011 holds the same text (the schema snapshot checks it).
TRIGGERS = {
    "person_listed_insert": (
        "CREATE TRIGGER person_listed_insert AFTER INSERT ON person "
        f"WHEN NEW.{LISTED} BEGIN "
        + _add_to_stretch("NEW")
        + " UPDATE person_count SET listed = listed + 1 WHERE id = 1; END"
    ),
    "person_listed_delete": (
        "CREATE TRIGGER person_listed_delete AFTER DELETE ON person "
        f"WHEN OLD.{LISTED} BEGIN "
        + _take_from_stretch("OLD")
        + " UPDATE person_count SET listed = listed - 1 WHERE id = 1; END"
    ),
    "person_listed_update": (
        "CREATE TRIGGER person_listed_update AFTER UPDATE OF last_name, first_name, erased_at "
        f"ON person WHEN OLD.{LISTED} OR NEW.{LISTED} BEGIN "
        + _take_from_stretch("OLD", f"OLD.{LISTED}")
        + " "
        + _add_to_stretch("NEW", f"NEW.{LISTED}")
        + f" UPDATE person_count SET listed = listed + (NEW.{LISTED}) - (OLD.{LISTED}) "
        "WHERE id = 1; END"
    ),
}

# What revision 0011 does to a store that already has people, and ``create_all`` to a new
# file: the counts as they stand, then the triggers that keep them.
_FILL_COUNT = (
    f"INSERT INTO person_count (id, listed) SELECT 1, count(*) FROM person p WHERE p.{LISTED}"
)
_FILL_TALLY = "INSERT INTO person_tally (last_part, first_part, id_block, listed) " + (
    "SELECT {}, {}, {}, count(*) FROM person p WHERE p.{} GROUP BY 1, 2, 3".format(
        *stretch_of("p"), LISTED
    )
)
FILL = (_FILL_COUNT, _FILL_TALLY)


@event.listens_for(Base.metadata, "after_create")
def _count_and_keep_counting(target: Any, connection: Connection, **kw: Any) -> None:
    """A file made by ``create_all`` (no revisions: the benchmark's plain file) counts too."""
    made = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (next(iter(TRIGGERS)),),
    ).scalar_one()
    if made:
        return
    for sql in (*FILL, *TRIGGERS.values()):
        connection.exec_driver_sql(sql)
