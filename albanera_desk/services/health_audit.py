"""The parts of ``check`` that guard the audit trail and the store's own machinery.

- safeguards: every trigger the schema revisions create is there, unaltered, and no
  other trigger was added (compared with a scratch database built from the revisions);
- search index: the people search index of revision 0003 is there and covers everyone;
- backup age, and the trail against the newest backup: a store that lost events its
  newest backup still holds was cut (or an older backup was restored since).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from albanera_desk.domain.audit_chain import ChainBreak
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.backup import latest_backup_age_hours, list_backups
from albanera_desk.store import migrations
from albanera_desk.store.engine import build_engine
from albanera_desk.store.store import Store

# A backup older than this makes ``check`` fail: the window makes one a day.
BACKUP_STALE_HOURS = 7 * 24
SEARCH_INDEX = "person_search"


@dataclass(frozen=True, slots=True)
class Finding:
    name: str
    ok: bool
    detail: str


def _objects(conn: Connection) -> dict[tuple[str, str], str]:
    rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(r[0], r[1]): migrations.normalized_sql(r[2]) for r in rows}


def safeguards(conn: Connection) -> Finding:
    """The triggers that make the trail append-only and keep its anchor: all there, as written."""
    expected = {
        name: sql for (kind, name), sql in migrations.expected_schema().items() if kind == "trigger"
    }
    found = {name: sql for (kind, name), sql in _objects(conn).items() if kind == "trigger"}
    missing = sorted(set(expected) - set(found))
    altered = sorted(n for n in set(expected) & set(found) if expected[n] != found[n])
    added = sorted(set(found) - set(expected))
    problems: list[str] = []
    if missing:
        problems.append(
            QT_TRANSLATE_NOOP("Core", "missing: {names}").format(names=", ".join(missing))
        )
    if altered:
        problems.append(
            QT_TRANSLATE_NOOP("Core", "altered: {names}").format(names=", ".join(altered))
        )
    if added:
        problems.append(
            QT_TRANSLATE_NOOP("Core", "not of this schema: {names}").format(names=", ".join(added))
        )
    if problems:
        return Finding("safeguards", False, "; ".join(problems))
    return Finding(
        "safeguards",
        True,
        QT_TRANSLATE_NOOP("Core", "all {count} triggers in place").format(count=len(expected)),
    )


def search_index(conn: Connection) -> Finding:
    """The people search index (revision 0003): its tables, and one entry per person."""
    wanted = {
        key
        for key in migrations.expected_schema()
        if key[1].startswith(SEARCH_INDEX) or key[1] == "ix_person_listing"
    }
    missing = sorted(name for _, name in wanted - set(_objects(conn)))
    if missing:
        return Finding(
            "search index",
            False,
            QT_TRANSLATE_NOOP(
                "Core", "the people search index is missing ({names}): searching cannot work"
            ).format(names=", ".join(missing)),
        )
    indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {SEARCH_INDEX}").scalar_one()
    people = conn.exec_driver_sql(
        "SELECT count(*) FROM person WHERE erased_at IS NULL"
    ).scalar_one()
    if indexed != people:
        return Finding(
            "search index",
            False,
            QT_TRANSLATE_NOOP(
                "Core", "the people search index holds {indexed} entries for {people} people"
            ).format(indexed=indexed, people=people),
        )
    return Finding(
        "search index",
        True,
        QT_TRANSLATE_NOOP("Core", "covers all {people} people").format(people=people),
    )


def backup_age(store: Store, folder: Path) -> Finding:
    hours = latest_backup_age_hours(folder, store.path)
    if hours is None:
        return Finding("backup age", True, QT_TRANSLATE_NOOP("Core", "no backup yet"))
    if hours < 1:
        detail = QT_TRANSLATE_NOOP("Core", "the newest backup is less than an hour old")
    elif hours < 48:
        detail = QT_TRANSLATE_NOOP("Core", "the newest backup is {hours} hours old").format(
            hours=int(hours)
        )
    else:
        detail = QT_TRANSLATE_NOOP("Core", "the newest backup is {days} days old").format(
            days=int(hours // 24)
        )
    return Finding("backup age", hours <= BACKUP_STALE_HOURS, detail)


def _hashes(conn: Connection) -> Iterator[tuple[int, str]]:
    rows = conn.exec_driver_sql("SELECT seq, hash FROM audit_event ORDER BY seq")
    for seq, digest in rows:
        yield int(seq), str(digest)


def _first_difference(
    theirs: Iterator[tuple[int, str]], ours: Iterator[tuple[int, str]]
) -> tuple[int, int] | None:
    """The first event of the backup this store lacks or holds otherwise, and the backup's
    last event; ``None`` when every event of the backup is here, unchanged. Streams both."""
    mine = next(ours, None)
    for seq, digest in theirs:
        while mine is not None and mine[0] < seq:
            mine = next(ours, None)
        if mine is None or mine != (seq, digest):
            rest = [later for later, _ in theirs]
            return seq, rest[-1] if rest else seq
    return None


def _restored_since(store: Store, seq: int) -> bool:
    """A restore recorded at or after ``seq``: the trail left the newer backups' on purpose."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT fields FROM audit_event WHERE seq >= ? AND record_type = 'store'", (seq,)
        ).fetchall()
    return any("restore" in json.loads(fields or "[]") for (fields,) in rows)


def chain_against_backup(store: Store, folder: Path) -> tuple[Finding, ChainBreak | None] | None:
    """Does this store still hold every event of its newest backup, unchanged?

    ``None`` when there is no backup. A backup that this key does not open (made
    before a key change) cannot be compared: said, not failed.
    """
    backups = list_backups(folder, store.path)
    if not backups:
        return None
    newest = backups[-1]
    name = "trail against the newest backup"
    try:
        engine = build_engine(newest, store.key, pool_size=1)
    except StoreError:
        return Finding(
            name,
            True,
            QT_TRANSLATE_NOOP("Core", "{backup} does not open with this key: not compared").format(
                backup=newest.name
            ),
        ), None
    try:
        with engine.connect() as theirs, store.engine.connect() as ours:
            difference = _first_difference(_hashes(theirs), _hashes(ours))
    except DBAPIError:
        return Finding(
            name,
            False,
            QT_TRANSLATE_NOOP("Core", "{backup} cannot be read").format(backup=newest.name),
        ), None
    finally:
        engine.dispose()
    if difference is not None and _restored_since(store, difference[0]):
        return Finding(
            name,
            True,
            QT_TRANSLATE_NOOP(
                "Core",
                "the store was restored from an older backup since {backup} was made: "
                "its trail goes on from that backup",
            ).format(backup=newest.name),
        ), None
    if difference is not None:
        seq, last = difference
        reason = QT_TRANSLATE_NOOP(
            "Core",
            "events {first} to {last} of the newest backup ({backup}) are not in this "
            "store as they were: the trail was cut or rewritten, or an older backup "
            "was restored since",
        ).format(first=seq, last=last, backup=newest.name)
        return Finding(name, False, reason), ChainBreak(seq, reason)
    return Finding(
        name,
        True,
        QT_TRANSLATE_NOOP("Core", "every event of {backup} is here").format(backup=newest.name),
    ), None
