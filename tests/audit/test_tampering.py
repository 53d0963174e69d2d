"""The 14 tamperings of issue 10: each one is reported by ``check`` with the first bad event.

The attacker holds the key and uses SQL the way the ``sqlcipher`` tool allows: the desk's
triggers refuse the edits, so the attacker drops them, tampers, and (carefully) puts them
back, so that only the chain and its anchor can tell.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from albanera_desk.cli import main
from albanera_desk.domain.audit_chain import GENESIS_HASH, AuditEventContent, event_hash
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.backup import BackupFailed, make_backup, verify_backup
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.restore import restore_backup
from albanera_desk.settings import app_paths
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from tests.audit.conftest import audit_triggers, sqlcipher_tool, tamper

EVENTS = 6
INSERT = (
    "INSERT INTO audit_event (seq, at, actor, action, record_type, record_id, fields, note, "
    "prev_hash, hash) VALUES "
)


def _forged(seq: int, prev_hash: str, note: str = "nothing happened") -> str:
    content = AuditEventContent(
        seq=seq,
        at="2026-12-01T09:00:00.000000+00:00",
        actor="tester",
        action="update",
        record_type="organisation",
        record_id="1",
        fields=("city",),
        note=note,
    )
    digest = event_hash(prev_hash, content)
    return (
        f"'{content.at}', 'tester', 'update', 'organisation', '1', "
        f"'{json.dumps(list(content.fields))}', '{note}', '{prev_hash}', '{digest}'"
    )


def _hash_of(store: Store, seq: int) -> str:
    with store.engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT hash FROM audit_event WHERE seq = ?", (seq,)).scalar()
    return str(value) if value is not None else GENESIS_HASH


def _append_forged(store: Store) -> list[str]:
    prev = _hash_of(store, EVENTS)
    return [f"{INSERT}({EVENTS + 1}, {_forged(EVENTS + 1, prev)})"]


def _replace_existing(store: Store) -> list[str]:
    prev = _hash_of(store, 2)
    return [
        f"INSERT OR REPLACE INTO audit_event (seq, at, actor, action, record_type, "
        f"record_id, fields, note, prev_hash, hash) VALUES (3, {_forged(3, prev)})"
    ]


# (name, statements for the attacker, first bad event)
CASES: list[tuple[str, Callable[[Store], list[str]], int]] = [
    ("delete the last event", lambda s: [f"DELETE FROM audit_event WHERE seq = {EVENTS}"], 6),
    ("delete the last 3", lambda s: [f"DELETE FROM audit_event WHERE seq > {EVENTS - 3}"], 4),
    ("delete all", lambda s: ["DELETE FROM audit_event"], 1),
    ("delete a middle event", lambda s: ["DELETE FROM audit_event WHERE seq = 3"], 4),
    (
        "update a field of a middle event",
        lambda s: ["UPDATE audit_event SET fields = '[\"phone\"]' WHERE seq = 3"],
        3,
    ),
    (
        "update the hash of the last event",
        lambda s: [f"UPDATE audit_event SET hash = '{'a' * 64}' WHERE seq = {EVENTS}"],
        6,
    ),
    ("append a forged event with its hash recomputed", _append_forged, 7),
    ("insert or replace an existing event", _replace_existing, 4),
]


def _assert_reported(
    store: Store,
    store_path: Path,
    first_bad: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = check_store(store)
    assert not report.ok
    assert report.chain.first_bad_event == first_bad
    assert f"broken at event {first_bad}:" in report.chain.describe()
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"FAIL audit chain: broken at event {first_bad}:" in out
    assert "PROBLEMS FOUND" in out


@pytest.mark.parametrize(("name", "statements", "first_bad"), CASES, ids=[c[0] for c in CASES])
def test_tampering_is_reported_with_the_first_bad_event(
    name: str,
    statements: Callable[[Store], list[str]],
    first_bad: int,
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert check_store(trail).ok and trail_events(trail) == EVENTS
    tamper(store_path, trail.key, *statements(trail))
    _assert_reported(trail, store_path, first_bad, capsys, monkeypatch)


def trail_events(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar_one())


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_event WHERE seq = 6",
        "DELETE FROM audit_event",
        "UPDATE audit_event SET note = 'x' WHERE seq = 3",
        "INSERT OR REPLACE INTO audit_event SELECT * FROM audit_event WHERE seq = 3",
        "REPLACE INTO audit_event SELECT * FROM audit_event WHERE seq = 6",
        "INSERT OR REPLACE INTO audit_event (id, seq, at, actor, action, record_type, record_id, "
        "fields, note, prev_hash, hash) SELECT 2, 7, at, actor, action, record_type, record_id, "
        "fields, note, (SELECT hash FROM audit_event WHERE seq = 6), hash "
        "FROM audit_event WHERE seq = 2",
        "DELETE FROM audit_anchor",
        "INSERT INTO audit_anchor SELECT * FROM audit_anchor",
        "INSERT OR REPLACE INTO audit_anchor SELECT * FROM audit_anchor",
        "UPDATE audit_anchor SET events = 3",
        "UPDATE audit_anchor SET mac = 'forged'",
    ],
)
def test_the_store_refuses_edits_even_through_the_desks_own_connection(
    trail: Store, statement: str
) -> None:
    """The desk's connections carry the signing function: the triggers still say no."""
    with pytest.raises(IntegrityError), trail.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert check_store(trail).ok
    assert trail_events(trail) == EVENTS


def test_the_sqlcipher_tool_cannot_append_or_move_the_anchor_without_dropping_triggers(
    trail: Store, store_path: Path
) -> None:
    statements = _append_forged(trail)
    with sqlcipher_tool(store_path, trail.key) as conn:
        for sql in [*statements, "UPDATE audit_anchor SET next_mac = NULL, events = 7"]:
            with pytest.raises(Exception, match="no such function: audit_anchor_mac"):
                conn.execute(sql)
    assert check_store(trail).ok


@pytest.mark.parametrize(
    "trigger",
    [
        "audit_event_no_update",
        "audit_event_no_delete",
        "audit_event_append_only",
        "audit_event_anchor",
        "audit_anchor_no_delete",
        "audit_anchor_single",
        "audit_anchor_in_step",
    ],
)
def test_a_dropped_trigger_is_reported(
    trigger: str,
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sqlcipher_tool(store_path, trail.key) as conn:
        conn.execute(f"DROP TRIGGER {trigger}")
    report = check_store(trail)
    (finding,) = [f for f in report.findings if f.name == "safeguards"]
    assert not finding.ok and trigger in finding.detail and "missing" in finding.detail
    assert report.chain.intact  # nothing else was touched
    trail.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    assert f"FAIL safeguards: missing: {trigger}" in capsys.readouterr().out


def test_a_trigger_replaced_by_one_that_does_nothing_is_reported(
    trail: Store, store_path: Path
) -> None:
    with sqlcipher_tool(store_path, trail.key) as conn:
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute(
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            "WHEN 0 BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
        conn.execute(
            "CREATE TRIGGER audit_event_sweep AFTER INSERT ON person "
            "BEGIN DELETE FROM audit_event WHERE seq = 1; END"
        )
    (finding,) = [f for f in check_store(trail).findings if f.name == "safeguards"]
    assert not finding.ok
    assert "altered: audit_event_no_delete" in finding.detail
    assert "not of this schema: audit_event_sweep" in finding.detail


def test_dropping_the_triggers_then_editing_is_reported_twice(
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tamper(
        store_path,
        trail.key,
        "UPDATE audit_event SET actor = 'someone else' WHERE seq = 2",
        restore_triggers=False,
    )
    report = check_store(trail)
    failed = {f.name for f in report.findings if not f.ok}
    assert failed == {"safeguards", "audit chain"}
    _assert_reported(trail, store_path, 2, capsys, monkeypatch)


def _anchor(store: Store) -> tuple[object, ...]:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT id, salt, events, head, mac FROM audit_anchor").one()
    return tuple(row)


def test_a_stale_anchor_put_back_is_reported(
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A replayed older anchor over the whole trail: the events after it are not covered."""
    with sqlcipher_tool(store_path, trail.key) as conn:
        (old,) = conn.execute("SELECT * FROM audit_anchor").fetchall()
    profile = profile_from_privacy_policy()
    profile.city = "Metz"
    OrganisationService(trail, "tester").save(profile)  # event 7 moves the anchor
    values = ", ".join(repr(v) if v is not None else "NULL" for v in old)
    tamper(
        store_path,
        trail.key,
        "DELETE FROM audit_anchor",
        f"INSERT INTO audit_anchor VALUES ({values})",
    )
    assert _anchor(trail)[2] == EVENTS
    _assert_reported(trail, store_path, EVENTS + 1, capsys, monkeypatch)


def test_a_cut_trail_with_a_replayed_anchor_is_caught_by_the_newest_backup(
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Inside the store a cut plus a replayed anchor is consistent: the backup is the witness."""
    with sqlcipher_tool(store_path, trail.key) as conn:
        (old,) = conn.execute("SELECT * FROM audit_anchor").fetchall()
    profile = profile_from_privacy_policy()
    for city in ("Metz", "Nancy"):
        profile.city = city
        OrganisationService(trail, "tester").save(profile)
    make_backup(trail, app_paths().backup_dir)  # holds events 1..8
    values = ", ".join(repr(v) if v is not None else "NULL" for v in old)
    tamper(
        store_path,
        trail.key,
        f"DELETE FROM audit_event WHERE seq > {EVENTS}",
        "DELETE FROM audit_anchor",
        f"INSERT INTO audit_anchor VALUES ({values})",
    )
    assert check_store(trail).chain.intact  # the store alone cannot tell (see audit_chain)
    report = check_store(trail, backup_dir=app_paths().backup_dir)
    assert not report.ok
    assert report.chain.first_bad_event == EVENTS + 1
    trail.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"FAIL trail against the newest backup: events {EVENTS + 1} to {EVENTS + 2}" in out


def test_without_a_newer_backup_a_cut_with_a_replayed_anchor_goes_unseen(
    trail: Store, store_path: Path
) -> None:
    """The stated limit: nothing outside the store remembers the longer trail."""
    with sqlcipher_tool(store_path, trail.key) as conn:
        (old,) = conn.execute("SELECT * FROM audit_anchor").fetchall()
    OrganisationService(trail, "tester").save(profile_from_privacy_policy())
    values = ", ".join(repr(v) if v is not None else "NULL" for v in old)
    tamper(
        store_path,
        trail.key,
        f"DELETE FROM audit_event WHERE seq > {EVENTS}",
        "DELETE FROM audit_anchor",
        f"INSERT INTO audit_anchor VALUES ({values})",
    )
    assert check_store(trail, backup_dir=app_paths().backup_dir).ok


def test_an_anchor_with_edited_values_is_reported(trail: Store, store_path: Path) -> None:
    tamper(
        store_path,
        trail.key,
        f"DELETE FROM audit_event WHERE seq = {EVENTS}",
        f"UPDATE audit_anchor SET events = {EVENTS - 1}, "
        f"head = (SELECT hash FROM audit_event WHERE seq = {EVENTS - 1})",
    )
    report = check_store(trail)
    assert not report.ok
    assert report.chain.breaks == ()
    assert "signature does not match" in report.chain.describe()


def test_a_deleted_anchor_is_reported(
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tamper(store_path, trail.key, "DELETE FROM audit_anchor")
    report = check_store(trail)
    assert not report.ok and "anchor of the audit trail is missing" in report.chain.describe()
    # The desk goes on working; the missing anchor stays reported.
    OrganisationService(trail, "tester").save(profile_from_privacy_policy())
    assert "missing" in check_store(trail).chain.describe()
    trail.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    assert "FAIL audit chain: the anchor of the audit trail is missing" in capsys.readouterr().out


def test_a_second_anchor_is_refused_and_reported(
    trail: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with (
        pytest.raises(Exception, match="the audit trail has one anchor"),
        sqlcipher_tool(store_path, trail.key) as conn,
    ):
        conn.execute(
            "INSERT INTO audit_anchor SELECT 2, salt, events, head, mac, NULL FROM audit_anchor"
        )
    # Rebuilt without the constraint, with the second row the attacker wants.
    tamper(
        store_path,
        trail.key,
        "CREATE TABLE anchor_copy AS SELECT * FROM audit_anchor",
        "DROP TABLE audit_anchor",
        "CREATE TABLE audit_anchor (id INTEGER, salt VARCHAR(32), events INTEGER, "
        "head VARCHAR(64), mac VARCHAR(64), next_mac VARCHAR(64))",
        "INSERT INTO audit_anchor SELECT * FROM anchor_copy",
        "INSERT INTO audit_anchor SELECT 2, salt, 3, head, mac, NULL FROM anchor_copy",
        "DROP TABLE anchor_copy",
    )
    assert "2 anchors instead of one" in check_store(trail).chain.describe()
    trail.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    assert "FAIL audit chain: the audit trail has 2 anchors" in capsys.readouterr().out


def test_an_appended_event_after_a_cut_does_not_move_the_anchor(
    trail: Store, store_path: Path
) -> None:
    """The desk keeps working on a tampered store, but never re-signs over the cut."""
    tamper(store_path, trail.key, f"DELETE FROM audit_event WHERE seq > {EVENTS - 2}")
    OrganisationService(trail, "tester").save(profile_from_privacy_policy())
    report = check_store(trail)
    assert not report.ok
    # Event 5 is the desk's new one; the anchor proves only that event 6 is gone.
    assert report.chain.first_bad_event == EVENTS
    assert _anchor(trail)[2] == EVENTS


def test_a_backup_tampered_with_is_refused_by_verify_and_restore(
    trail: Store,
    store_path: Path,
    tmp_path: Path,
    keys: KeyringKeys,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = make_backup(trail, tmp_path / "backups")
    assert verify_backup(backup, trail.key).ok
    tamper(backup, trail.key, f"DELETE FROM audit_event WHERE seq = {EVENTS}")
    check = verify_backup(backup, trail.key)
    assert not check.ok
    # The manifest's row counts or the chain itself: either way the trail's cut is named.
    assert f"broken at event {EVENTS}" in check.detail or "audit_event" in check.detail
    trail.close()
    with pytest.raises(BackupFailed, match="cannot be restored"):
        restore_backup(backup, store_path, trail.key)
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["restore", str(backup)]) == 2
    assert f"broken at event {EVENTS}" in capsys.readouterr().err
    reopened = open_store(store_path, keys)
    try:
        assert trail_events(reopened) == EVENTS
        assert check_store(reopened).ok
    finally:
        reopened.close()


def test_the_anchor_holds_through_backups_and_a_wrong_key_does_not_verify_it(
    trail: Store, tmp_path: Path
) -> None:
    backup = make_backup(trail, tmp_path / "backups")
    assert verify_backup(backup, trail.key).ok
    assert audit_triggers_of(backup, trail.key) == audit_triggers_of(trail.path, trail.key)
    other = StoreKey.generate_raw()
    assert not verify_backup(backup, other).ok


def audit_triggers_of(path: Path, key: StoreKey) -> dict[str, str]:
    with sqlcipher_tool(path, key) as conn:
        return audit_triggers(conn)


def test_a_dropped_anchor_table_is_reported_as_a_missing_anchor(
    trail: Store, store_path: Path
) -> None:
    tamper(store_path, trail.key, "DROP TABLE audit_anchor", restore_triggers=False)
    report = check_store(trail)
    failed = {f.name: f.detail for f in report.findings if not f.ok}
    assert failed["audit chain"] == "the anchor of the audit trail is missing"
    assert "audit_anchor_in_step" in failed["safeguards"]
