"""audit anchor

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

The audit chain's head (event count, last hash) kept in one row under an HMAC keyed from
the store key, and triggers that let the trail grow only at its end:

- ``audit_event_append_only`` refuses an event that is not the next one (REPLACE of an
  existing event included: REPLACE deletes by conflict resolution without firing DELETE
  triggers, so the refusal is at INSERT);
- ``audit_event_anchor`` moves the anchor with each append (from the previous head, when
  its signature holds), signed by the connection's ``audit_anchor_mac`` SQL function (only the desk's keyed connections have it, so the
  ``sqlcipher`` tool cannot append at all without dropping triggers);
- ``audit_anchor_*`` refuse deleting, adding or rewriting the anchor other than in step
  with the chain and with a valid signature.

The anchor of an existing chain is made here, on the store's own keyed connection. A
connection without the function (the developers' scratch database) gets no anchor row.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
HEAD_SEQ = "(SELECT coalesce(max(seq), 0) FROM audit_event)"
HEAD_HASH = f"coalesce((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), '{GENESIS}')"

TRIGGERS = {
    "audit_event_append_only": (
        "CREATE TRIGGER audit_event_append_only BEFORE INSERT ON audit_event "
        f"WHEN NEW.seq IS NOT {HEAD_SEQ} + 1 OR NEW.prev_hash IS NOT {HEAD_HASH} "
        "OR (NEW.id > 0 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_event)) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail only grows at its end'); END"
    ),
    # The anchor moves only from the previous head and only when its signature holds:
    # an anchor left behind by tampering stays where it is (the evidence), the work goes on.
    "audit_event_anchor": (
        "CREATE TRIGGER audit_event_anchor AFTER INSERT ON audit_event "
        "BEGIN UPDATE audit_anchor SET events = NEW.seq, head = NEW.hash, next_mac = NULL, "
        "mac = audit_anchor_mac(salt, NEW.seq, NEW.hash) "
        "WHERE id = 1 AND events = NEW.seq - 1 AND head = NEW.prev_hash "
        "AND (mac = audit_anchor_mac(salt, events, head) "
        "OR next_mac = audit_anchor_mac(salt, events, head)); END"
    ),
    "audit_anchor_no_delete": (
        "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor "
        "BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be removed'); END"
    ),
    "audit_anchor_single": (
        "CREATE TRIGGER audit_anchor_single BEFORE INSERT ON audit_anchor "
        "WHEN (SELECT count(*) FROM audit_anchor) > 0 "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail has one anchor'); END"
    ),
    "audit_anchor_in_step": (
        "CREATE TRIGGER audit_anchor_in_step BEFORE UPDATE ON audit_anchor "
        "WHEN (NEW.id IS NOT OLD.id OR NEW.salt IS NOT OLD.salt OR NEW.events IS NOT OLD.events "
        "OR NEW.head IS NOT OLD.head OR NEW.mac IS NOT OLD.mac) AND ("
        f"NEW.id IS NOT OLD.id OR NEW.salt IS NOT OLD.salt OR NEW.events IS NOT {HEAD_SEQ} "
        f"OR NEW.head IS NOT {HEAD_HASH} "
        "OR NEW.mac IS NOT audit_anchor_mac(NEW.salt, NEW.events, NEW.head)) "
        "BEGIN SELECT RAISE(ABORT, 'the audit anchor moves only with the trail'); END"
    ),
}


def _can_sign(conn: sa.Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM pragma_function_list WHERE name = 'audit_anchor_mac'"
    ).scalar()
    return bool(found)


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("next_mac", sa.String(length=64), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_anchor_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    conn = op.get_bind()
    if _can_sign(conn):
        conn.exec_driver_sql(
            "INSERT INTO audit_anchor (id, salt, events, head, mac) "
            f"SELECT 1, :salt, {HEAD_SEQ}, {HEAD_HASH}, "
            f"audit_anchor_mac(:salt, {HEAD_SEQ}, {HEAD_HASH})",
            {"salt": secrets.token_hex(16)},
        )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_anchor")
