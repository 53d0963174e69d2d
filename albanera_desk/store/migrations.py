"""Schema versions: where a store stands, and bringing it to the head revision.

Alembic runs on the store's own keyed connection, inside one transaction with
foreign keys off (batch migrations rebuild tables), and checks foreign keys
before it commits.

Reading where a store stands needs no Alembic: the revision is one row of
``alembic_version``, and the chain of revisions is read from ``db/versions``
itself (its ``revision`` / ``down_revision`` lines). Alembic (~150 ms to import)
is loaded only when a store must be created or upgraded.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine

from albanera_desk.domain.errors import MigrationFailed
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.settings import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"
# Every table, index and trigger the revisions make, as ``check`` expects to find them:
# written by ``python -m albanera_desk.store.migrations snapshot`` after a new revision
# (a test says when it is stale), read by ``check`` without importing Alembic.
SCHEMA_SNAPSHOT = MIGRATIONS_DIR / "schema.json"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    """Parsed once per process: the revisions do not change while the app runs."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _declared(source: str) -> dict[str, object]:
    """The module-level ``revision`` and ``down_revision`` of one revision file."""
    found: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(value)
    return found


@cache
def _chain() -> tuple[str, ...]:
    """The revisions of ``db/versions``, oldest first, read without Alembic.

    The chain here is linear (one head, each revision naming one parent); anything else
    (branches, merges) is left to Alembic's own reading of the same files.
    """
    parents: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        declared = _declared(path.read_text(encoding="utf-8"))
        revision, parent = declared.get("revision"), declared.get("down_revision")
        if not isinstance(revision, str) or not (parent is None or isinstance(parent, str)):
            return _alembic_chain()
        parents[revision] = parent
    children = {parent: child for child, parent in parents.items()}
    if len(children) != len(parents) or None not in children:
        return _alembic_chain()
    order: list[str] = []
    current = children.get(None)
    while current is not None:
        order.append(current)
        current = children.get(current)
    return tuple(order) if len(order) == len(parents) else _alembic_chain()


def _alembic_chain() -> tuple[str, ...]:
    return tuple(rev.revision for rev in reversed(list(script_directory().walk_revisions())))


def head_revision() -> str:
    chain = _chain()
    assert chain, "db/versions holds no revision"
    return chain[-1]


def revisions_oldest_first() -> list[str]:
    return list(_chain())


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None
    head: str
    known: bool  # False for a revision this version of the app has never heard of
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def is_empty(self) -> bool:
        return self.current is None and not self.has_tables


def current_revision(conn: Connection) -> str | None:
    """The store's revision, read from its ``alembic_version`` row (none: a new store)."""
    if not conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).first():
        return None
    rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    if len(rows) > 1:  # several heads: Alembic says what that means
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0][0]) if rows else None


def schema_state(conn: Connection) -> SchemaState:
    current = current_revision(conn)
    tables = {
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    known = current is None or current in set(revisions_oldest_first())
    return SchemaState(
        current=current,
        head=head_revision(),
        known=known,
        has_tables=bool(tables - {"alembic_version"}),
    )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the store to ``target`` in one transaction: all revisions or none."""
    from alembic import command

    with engine.connect() as conn:
        # Outside any transaction (SQLite ignores this pragma inside one).
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "The schema upgrade would leave {count} broken links; "
                            "nothing was changed.",
                        ).format(count=len(broken))
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _new_revision(message: str) -> None:
    """Autogenerate a revision against a scratch in-memory database at head (no store, no key)."""
    # SQLCipher's own SQLite (the stores' version, with FTS5 secure-delete), unkeyed.
    from alembic import command
    from sqlcipher3 import dbapi2

    scratch = create_engine("sqlite://", module=dbapi2)
    with scratch.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.revision(cfg, message=message, autogenerate=True)


def normalized_sql(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def scratch_schema() -> dict[str, str]:
    """``"type name" -> SQL`` of every object the revisions create, on a scratch database."""
    from sqlcipher3 import dbapi2

    scratch = create_engine("sqlite://", module=dbapi2)
    try:
        upgrade(scratch)
        with scratch.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master").fetchall()
    finally:
        scratch.dispose()
    return {f"{kind} {name}": normalized_sql(sql) for kind, name, sql in sorted(rows)}


@cache
def expected_schema() -> dict[tuple[str, str], str]:
    """``(type, name) -> SQL`` of every object of the head revision, from the snapshot."""
    found = json.loads(SCHEMA_SNAPSHOT.read_text(encoding="utf-8"))
    pairs = ((key.split(" ", 1), sql) for key, sql in found.items())
    return {(kind, name): sql for (kind, name), sql in pairs}


def write_snapshot() -> None:
    text = json.dumps(scratch_schema(), indent=1, ensure_ascii=False) + "\n"
    SCHEMA_SNAPSHOT.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Developer tools for the store schema.")
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("revision", help="autogenerate a new revision from the models")
    rev.add_argument("-m", "--message", required=True)
    sub.add_parser("snapshot", help="write db/schema.json, the objects check expects")
    args = parser.parse_args()
    if args.command == "revision":
        _new_revision(args.message)
    elif args.command == "snapshot":
        write_snapshot()


if __name__ == "__main__":
    main()
