"""Schema versions: where a store stands, and bringing it to the head revision.

Alembic runs on the store's own keyed connection, inside one transaction with
foreign keys off (batch migrations rebuild tables), and checks foreign keys
before it commits.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from functools import cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.settings import MIGRATIONS_DIR
from albanera_desk.store.errors import MigrationFailed


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    """Parsed once per process: the revisions do not change while the app runs."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


def revisions_oldest_first() -> list[str]:
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


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


def schema_state(conn: Connection) -> SchemaState:
    current = MigrationContext.configure(conn).get_current_revision()
    tables = set(inspect(conn).get_table_names())
    known = current is None or current in set(revisions_oldest_first())
    return SchemaState(
        current=current,
        head=head_revision(),
        known=known,
        has_tables=bool(tables - {"alembic_version"}),
    )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the store to ``target`` in one transaction: all revisions or none."""
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
    from sqlcipher3 import dbapi2

    scratch = create_engine("sqlite://", module=dbapi2)
    with scratch.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.revision(cfg, message=message, autogenerate=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Developer tools for the store schema.")
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("revision", help="autogenerate a new revision from the models")
    rev.add_argument("-m", "--message", required=True)
    args = parser.parse_args()
    if args.command == "revision":
        _new_revision(args.message)


if __name__ == "__main__":
    main()
