"""office settings kept in the store

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:10:42.327608
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('store_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_store_setting'))
    )


def downgrade() -> None:
    op.drop_table('store_setting')
