"""``check`` compares a store with db/schema.json: the snapshot must be what the revisions make."""

from __future__ import annotations

import json

from albanera_desk.store import migrations


def test_the_schema_snapshot_is_what_the_revisions_make() -> None:
    written = json.loads(migrations.SCHEMA_SNAPSHOT.read_text(encoding="utf-8"))
    assert written == migrations.scratch_schema(), (
        "run `.venv/bin/python -m albanera_desk.store.migrations snapshot` after a new revision"
    )


def test_the_snapshot_holds_the_audit_triggers_and_the_search_index() -> None:
    expected = migrations.expected_schema()
    triggers = {name for kind, name in expected if kind == "trigger"}
    assert {"audit_event_append_only", "audit_event_anchor", "audit_anchor_in_step"} <= triggers
    assert ("table", "person_search") in expected
