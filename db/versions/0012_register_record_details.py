"""record of processing details, transfer starters

Each processing activity says whether it holds art. 9 or 10 data (``sensitive_data``) and
who inside the organisation receives it (``internal_recipients``, art. 30(1)(d)); a
transfer can be a starter from the privacy policy that the office completes and confirms
(``to_complete``, ``starter_key``), like register entries and activities already are.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sensitive_data", sa.Boolean(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("internal_recipients", sa.Text(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("to_complete", sa.Boolean(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("starter_key", sa.String(length=60), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_column("starter_key")
        batch_op.drop_column("to_complete")
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.drop_column("internal_recipients")
        batch_op.drop_column("sensitive_data")
