"""register, record of processing and transfers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Processors and activities remember which policy starter they came from; activities
link their transfers; transfers gain purpose, onward transfers, SCC date and document,
BCR reference, art. 49 derogation, DPF certification, TIA document and next review.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processor", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("starter_key", sa.String(length=60), nullable=False, server_default="")
        )
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("transfer_ids", sa.Text(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("to_complete", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("starter_key", sa.String(length=60), nullable=False, server_default="")
        )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("onward_transfers", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("scc_signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("scc_document_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("bcr_reference", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("derogation", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("derogation_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("importer_dpf_certified", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("tia_document_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("next_review", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_transfer_scc_document_id_attachment"),
            "attachment",
            ["scc_document_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_transfer_tia_document_id_attachment"),
            "attachment",
            ["tia_document_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_transfer_tia_document_id_attachment"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_transfer_scc_document_id_attachment"), type_="foreignkey"
        )
        for name in (
            "next_review",
            "tia_document_id",
            "importer_dpf_certified",
            "derogation_reason",
            "derogation",
            "bcr_reference",
            "scc_document_id",
            "scc_signed_on",
            "onward_transfers",
            "purpose",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.drop_column("starter_key")
        batch_op.drop_column("to_complete")
        batch_op.drop_column("transfer_ids")
    with op.batch_alter_table("processor", schema=None) as batch_op:
        batch_op.drop_column("starter_key")
