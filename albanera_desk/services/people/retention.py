"""Items kept past their retention end (storage limitation, GDPR art. 5(1)(e))."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from albanera_desk.domain.records import AuditAction
from albanera_desk.services import audit
from albanera_desk.services.people.audited import RECORD_TYPE
from albanera_desk.services.people_index import IDS
from albanera_desk.store.store import Store


class Retention:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def expired_items(self, today: date | None = None) -> int:
        """How many items are kept past their retention end (storage limitation, art. 5(1)(e))."""
        day = today or date.today()
        with self._store.session_factory() as session:
            found = session.connection().exec_driver_sql(
                "SELECT count(*) FROM held_item INDEXED BY ix_held_item_retention_end "
                "WHERE retention_end IS NOT NULL AND retention_end < ?",
                (day.isoformat(),),
            )
            return int(found.scalar() or 0)

    def purge_expired_items(self, today: date | None = None) -> int:
        """Delete every item past its retention end, one audit event per person; returns how
        many. Freed pages are zeroed (``secure_delete``); the rest of each file stays."""
        day = today or date.today()
        with self._store.writer.begin() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT h.id, h.person_id, p.reference FROM held_item h "
                    "INDEXED BY ix_held_item_retention_end JOIN person p ON p.id = h.person_id "
                    "WHERE h.retention_end IS NOT NULL AND h.retention_end < ?",
                    (day.isoformat(),),
                )
                .all()
            )
            per_person: dict[str, list[int]] = defaultdict(list)
            for item_id, _, reference in rows:
                per_person[reference].append(item_id)
            ids = [item_id for item_id, _, _ in rows]
            if not ids:
                return 0
            session.connection().exec_driver_sql(
                f"DELETE FROM held_item WHERE id IN {IDS}", (json.dumps(ids),)
            )
            for reference, items in per_person.items():
                audit.append(
                    session,
                    actor=self._actor,
                    action=AuditAction.DELETE,
                    record_type=RECORD_TYPE,
                    record_id=reference,
                    fields=[f"item:{item_id}" for item_id in items],
                    note="retention ended",
                )
            return len(ids)
