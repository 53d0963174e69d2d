"""The audit trail: append an event inside the caller's transaction; list and verify.

Appending moves the anchor in the same transaction (the store's ``audit_event_anchor``
trigger signs it with the connection's key); ``verify`` checks the chain against the
anchor. What that can and cannot detect is said in ``domain.audit_chain``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from albanera_desk.domain.audit_chain import (
    GENESIS_HASH,
    AnchorRow,
    AuditEventContent,
    ChainReport,
    anchor_key,
    anchor_mac,
    event_hash,
    verify_chain,
)
from albanera_desk.domain.records import AuditAction
from albanera_desk.store.engine import build_engine
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.models import AuditEvent
from albanera_desk.store.models.audit import AuditAnchor
from albanera_desk.store.store import Store


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: AuditAction
    record_type: str
    record_id: str | None
    fields: tuple[str, ...]
    note: str


def append(
    session: Session,
    *,
    actor: str,
    action: AuditAction,
    record_type: str,
    record_id: str | int | None = None,
    fields: Sequence[str] = (),
    note: str = "",
) -> AuditEvent:
    """Add one event to the chain, in the caller's transaction (it commits with the change).

    ``fields`` are field names and ``note`` a short non-personal remark: never values.
    """
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    content = AuditEventContent(
        seq=seq,
        at=datetime.now(UTC).isoformat(timespec="microseconds"),
        actor=actor,
        action=action.value,
        record_type=record_type,
        record_id=None if record_id is None else str(record_id),
        fields=tuple(fields),
        note=note,
    )
    event = AuditEvent(
        seq=content.seq,
        at=content.at,
        actor=content.actor,
        action=action,
        record_type=content.record_type,
        record_id=content.record_id,
        fields=list(content.fields),
        note=content.note,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, content),
    )
    session.add(event)
    session.flush()
    return event


def append_many(
    session: Session,
    *,
    actor: str,
    action: AuditAction,
    record_type: str,
    record_ids: Sequence[str | int | None],
    note: str = "",
) -> None:
    """One event per record, alike but for the record (a batch of letters printed): the
    chain is read once and the events written in one go, in the caller's transaction."""
    if not record_ids:
        return
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    rows = []
    for offset, record_id in enumerate(record_ids):
        content = AuditEventContent(
            seq=seq + offset,
            at=at,
            actor=actor,
            action=action.value,
            record_type=record_type,
            record_id=None if record_id is None else str(record_id),
            fields=(),
            note=note,
        )
        digest = event_hash(prev_hash, content)
        rows.append(
            {
                "seq": content.seq,
                "at": at,
                "actor": actor,
                "action": action,
                "record_type": record_type,
                "record_id": content.record_id,
                "fields": [],
                "note": note,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    session.execute(insert(AuditEvent), rows)  # one statement for the batch


def _content(event: AuditEvent) -> AuditEventContent:
    return AuditEventContent(
        seq=event.seq,
        at=event.at,
        actor=event.actor,
        action=str(event.action),
        record_type=event.record_type,
        record_id=event.record_id,
        fields=tuple(event.fields),
        note=event.note,
    )


def _to_entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        seq=event.seq,
        at=datetime.fromisoformat(event.at),
        actor=event.actor,
        action=event.action,
        record_type=event.record_type,
        record_id=event.record_id,
        fields=tuple(event.fields),
        note=event.note,
    )


@dataclass(frozen=True, slots=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None  # inclusive
    record_type: str | None = None
    record_id: str | None = None


class AuditTrail:
    """Reading the trail: filtered pages for the Audit section, the chain for ``check``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @staticmethod
    def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if flt.since is not None:
            conditions.append(AuditEvent.at >= _day_start(flt.since))
        if flt.until is not None:
            conditions.append(AuditEvent.at < _day_start(flt.until + timedelta(days=1)))
        if flt.record_type:
            conditions.append(AuditEvent.record_type == flt.record_type)
        if flt.record_id:
            conditions.append(AuditEvent.record_id == flt.record_id)
        return conditions

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        stmt = select(func.count()).select_from(AuditEvent).where(*self._conditions(flt))
        with self._store.session_factory() as session:
            return int(session.execute(stmt).scalar_one())

    def page(
        self, flt: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200
    ) -> list[AuditEntry]:
        """Newest first."""
        stmt = (
            select(AuditEvent)
            .where(*self._conditions(flt))
            .order_by(AuditEvent.seq.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._store.session_factory() as session:
            return [_to_entry(e) for e in session.scalars(stmt)]

    def record_types(self) -> list[str]:
        with self._store.session_factory() as session:
            return sorted(session.scalars(select(AuditEvent.record_type).distinct()))

    def verify(self) -> ChainReport:
        """The chain, event by event, and its end against the keyed anchor."""
        key = anchor_key(self._store.key.secret)
        with self._store.session_factory() as session, session.begin():
            # One read transaction: the anchor and the events are seen at the same instant.
            anchors = anchor_rows(session)
            return verify_chain(self._walk(session), anchors, key)

    @staticmethod
    def _walk(session: Session) -> Iterator[tuple[AuditEventContent, str, str]]:
        stmt = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=1000)
        for event in session.scalars(stmt):
            yield _content(event), event.prev_hash, event.hash


def anchor_rows(session: Session) -> list[AnchorRow]:
    """The anchor rows as stored (one in a sound store; none when its table was dropped)."""
    exists = session.connection().exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'"
    )
    if not exists.scalar_one():
        return []
    return [
        AnchorRow(a.salt, a.events, a.head, a.mac, a.next_mac)
        for a in session.scalars(select(AuditAnchor).order_by(AuditAnchor.id))
    ]


def sign_anchor_for_next_key(session: Session, new_key: StoreKey) -> bool:
    """Before a key change: sign the anchor for ``new_key`` too, in the caller's transaction.

    Call it last before the rekey (any later append clears it). Until the next append,
    the anchor verifies under the old key (its ``mac``) and under the new one (``next_mac``),
    so a change interrupted at any step leaves a store whose anchor checks out. Only a
    sound anchor (its signature holds under the current key) is signed again: a rewritten
    one stays reported after the change. Returns whether the anchor was signed.
    """
    key = anchor_key(new_key.secret)
    signed = 0
    for row in session.scalars(select(AuditAnchor)).all():
        holds = session.execute(
            select(
                func.audit_anchor_mac(row.salt, row.events, row.head).in_(
                    [row.mac, row.next_mac or ""]
                )
            )
        ).scalar_one()
        if holds:
            row.next_mac = anchor_mac(key, row.salt, row.events, row.head)
            signed += 1
    session.flush()
    return signed == 1


def rekey_keeping_anchor(path: Path, old_key: StoreKey, new_key: StoreKey) -> None:
    """``PRAGMA rekey`` of the closed store at ``path``, with the anchor signed for the new
    key first (see ``sign_anchor_for_next_key``): every rekey of a store or a backup goes
    through here, or the anchor would be reported as rewritten after it."""
    engine = build_engine(path, old_key, pool_size=1)
    try:
        store = Store(path, engine, old_key)
        with store.writer.begin() as session:
            sign_anchor_for_next_key(session, new_key)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"PRAGMA rekey = {new_key.pragma_literal()}")
    finally:
        engine.dispose()


def carry_anchor_to_key(session: Session, old_key: StoreKey, new_key: StoreKey) -> None:
    """A copy keyed anew (a restore): sign the anchor for ``new_key`` where ``old_key``'s holds.

    The next append then moves it as after a key change; an anchor that does not verify
    under ``old_key`` is left as it is, so ``check`` still reports it.
    """
    old, new = anchor_key(old_key.secret), anchor_key(new_key.secret)
    for row in session.scalars(select(AuditAnchor)).all():
        if row.mac == anchor_mac(old, row.salt, row.events, row.head):
            row.next_mac = anchor_mac(new, row.salt, row.events, row.head)
    session.flush()


def _day_start(day: date) -> str:
    """Local midnight of ``day`` as the UTC ISO text the trail stores."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")
