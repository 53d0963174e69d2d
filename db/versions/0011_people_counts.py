"""people counts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

The People list's counts kept by the store (``store.models.people_listing``):
``person_count`` (how many people are listed) and ``person_tally`` (how many in each
stretch of the list: the first four characters of the last name; for shorter last names
also of the first name; for both short, blocks of 1,024 ids), filled here from the people
already in the store, then kept by triggers in the same transaction as every insert,
rename, erasure or deletion. Counting is one row, and a page anywhere in the list is a seek
and at most half a stretch, not an ``OFFSET`` walk of every person before it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

LISTED = "erased_at IS NULL"


def _stretch(row: str) -> tuple[str, str, str]:
    short_last = f"length({row}.last_name) < 4"
    return (
        f"substr({row}.last_name, 1, 4)",
        f"CASE WHEN {short_last} THEN substr({row}.first_name, 1, 4) ELSE '' END",
        f"CASE WHEN {short_last} AND length({row}.first_name) < 4 THEN {row}.id / 1024 ELSE 0 END",
    )


def _is_stretch_of(row: str) -> str:
    last, first, block = _stretch(row)
    return f"last_part = {last} AND first_part = {first} AND id_block = {block}"


def _add_to_stretch(row: str, when: str = "true") -> str:
    last, first, block = _stretch(row)
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


def upgrade() -> None:
    op.create_table(
        "person_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("listed", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_person_count_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_count")),
    )
    op.create_table(
        "person_tally",
        sa.Column("last_part", sa.String(length=4), nullable=False),
        sa.Column("first_part", sa.String(length=4), nullable=False),
        sa.Column("id_block", sa.Integer(), nullable=False),
        sa.Column("listed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "last_part", "first_part", "id_block", name=op.f("pk_person_tally")
        ),
        sqlite_with_rowid=False,
    )
    op.execute(
        f"INSERT INTO person_count (id, listed) SELECT 1, count(*) FROM person p WHERE p.{LISTED}"
    )
    last, first, block = _stretch("p")
    op.execute(
        "INSERT INTO person_tally (last_part, first_part, id_block, listed) "
        f"SELECT {last}, {first}, {block}, count(*) FROM person p WHERE p.{LISTED} "
        "GROUP BY 1, 2, 3"
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("person_tally")
    op.drop_table("person_count")
