"""people search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The FTS5 index over people (folded names, emails, phones, postcodes, customer IDs) and
the People list's index. People already in an older store are indexed here from their
records (the tokenizer folds accents); ``PeopleService.rebuild_index`` writes the full
form (national phone digits too) whenever asked.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE person_search USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    # Deleting a row rewrites the index pages that held its words: an erased name leaves
    # nothing in the index (needs SQLite 3.42; SQLCipher 4.x bundles a newer one).
    op.execute("INSERT INTO person_search(person_search, rank) VALUES ('secure-delete', 1)")
    op.execute(
        "INSERT INTO person_search (rowid, body) "
        "SELECT p.id, p.first_name || ' ' || p.last_name || ' ' || coalesce(p.customer_id, '') "
        "|| ' ' || coalesce((SELECT group_concat(c.value, ' ') FROM contact_point c "
        "WHERE c.person_id = p.id), '') "
        "|| ' ' || coalesce((SELECT group_concat(a.postcode, ' ') FROM postal_address a "
        "WHERE a.person_id = p.id), '') "
        "FROM person p WHERE p.erased_at IS NULL"
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_listing",
            ["last_name", "first_name", "id"],
            unique=False,
            sqlite_where=sa.text("erased_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_listing")
    op.execute("DROP TABLE person_search")
