"""people search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The FTS5 index over people (folded names, emails, phones, postcodes, customer IDs) and
the People list's index. Rows of existing people are indexed by the service at first
use (``PeopleService.ensure_index``); a store at 0002 holds no people yet.
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
