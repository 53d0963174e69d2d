"""Erasures survive a restore: what the current store erased is erased again in the backup.

A backup made before an erasure still holds the person. Before the current store
is set aside, its erasure records, their keyed digests and the store's digest
secret are read; in the restored store, every erasure it does not have is done
again (the person blanked, their data deleted, the tombstone and digests added),
all in one transaction with one audit event.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.records import AuditAction
from albanera_desk.services import audit
from albanera_desk.services.people_index import ERASURE_SECRET, unindex
from albanera_desk.store.models import ErasedIdentifier, ErasureRecord, Person, StoreSetting


@dataclass(frozen=True, slots=True)
class Tombstone:
    person_reference: str
    erased_at: str  # as stored (ISO text), the tombstone's identity with the reference
    actor: str
    digests: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tombstones:
    secret: str | None = None
    erasures: tuple[Tombstone, ...] = field(default_factory=tuple)


def read_tombstones(raw: Any) -> Tombstones:
    """The erasures of the store open on ``raw`` (a keyed DB-API connection)."""
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "erasure_record" not in tables:
        return Tombstones()
    digests: dict[int, list[str]] = defaultdict(list)
    if "erased_identifier" in tables:
        for digest, erasure_id in raw.execute("SELECT digest, erasure_id FROM erased_identifier"):
            digests[int(erasure_id)].append(str(digest))
    erasures = tuple(
        Tombstone(str(ref), str(at), str(actor), tuple(sorted(digests[int(eid)])))
        for eid, ref, at, actor in raw.execute(
            "SELECT id, person_reference, erased_at, actor FROM erasure_record ORDER BY id"
        )
    )
    row = raw.execute("SELECT value FROM store_setting WHERE key = ?", (ERASURE_SECRET,)).fetchone()
    return Tombstones(secret=str(row[0]) if row else None, erasures=erasures)


def reapply(session: Session, tombstones: Tombstones, actor: str, backup_name: str) -> int:
    """Erase again, in ``session``'s transaction, what the restored store does not know.

    Returns how many erasures were re-applied (0 changes nothing and writes no event).
    """
    known = {
        (ref, _iso(at))
        for ref, at in session.execute(
            select(ErasureRecord.person_reference, ErasureRecord.erased_at)
        )
    }
    missing = [t for t in tombstones.erasures if (t.person_reference, t.erased_at) not in known]
    if not missing:
        return 0
    if tombstones.secret is not None and session.get(StoreSetting, ERASURE_SECRET) is None:
        # The digests were keyed with this secret: the restored store must use the same.
        session.add(StoreSetting(key=ERASURE_SECRET, value=tombstones.secret))
    present = set(session.scalars(select(ErasedIdentifier.digest)))
    for tomb in missing:
        person = session.scalars(
            select(Person).where(Person.reference == tomb.person_reference)
        ).one_or_none()
        if person is not None and person.erased_at is None:
            _blank(session, person)
        record = ErasureRecord(
            person_reference=tomb.person_reference,
            request_id=None,
            erased_at=datetime.fromisoformat(tomb.erased_at).astimezone(UTC),
            actor=tomb.actor,
        )
        session.add(record)
        session.flush()
        fresh = [d for d in tomb.digests if d not in present]
        session.add_all(ErasedIdentifier(digest=d, erasure_id=record.id) for d in fresh)
        present.update(fresh)
    audit.append(
        session,
        actor=actor,
        action=AuditAction.ERASE,
        record_type="store",
        fields=["erasure"],
        note=f"restore of {backup_name[:200]}: {len(missing)} erasures made after it re-applied",
    )
    return len(missing)


def _blank(session: Session, person: Person) -> None:
    """The same blanking as an erasure: data and history deleted, identity emptied."""
    for collection in (
        person.contacts,
        person.addresses,
        person.items,
        person.marketing_choices,
        person.corrections,
    ):
        collection.clear()
    person.first_name = ""
    person.last_name = ""
    person.birth_date = None
    person.age_band = None
    person.customer_id = None
    person.notes = ""
    person.erased_at = datetime.now(UTC)
    unindex(session, person.id)


def _iso(value: datetime | str) -> str:
    if isinstance(value, str):
        return value
    return value.astimezone(UTC).isoformat(timespec="microseconds")
