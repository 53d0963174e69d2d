"""Where a store stands is read without Alembic, and agrees with Alembic's own reading."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from albanera_desk.store import migrations
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.store.support import engine_at


def test_the_revision_chain_is_alembics_own() -> None:
    script = migrations.script_directory()
    alembic_order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert migrations.revisions_oldest_first() == alembic_order
    assert migrations.head_revision() == script.get_current_head()


def test_an_older_store_reads_its_revision_as_alembic_does(tmp_path: Path) -> None:
    from alembic.runtime.migration import MigrationContext

    first = migrations.revisions_oldest_first()[0]
    key = StoreKey.generate_raw()
    with engine_at(tmp_path / "old.db", key, first) as engine, engine.connect() as conn:
        state = migrations.schema_state(conn)
        assert state.current == first == MigrationContext.configure(conn).get_current_revision()
        assert state.known and state.has_tables and not state.up_to_date


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    Store.create(path, StoreKey.passphrase(STRONG_PASSPHRASE)).close()
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from albanera_desk.store.keys import StoreKey
        from albanera_desk.store.store import Store
        store = Store.open(Path({str(path)!r}), StoreKey.passphrase({STRONG_PASSPHRASE!r}))
        print(store.schema_revision())
        store.close()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split("\n")
    assert out[0] == migrations.head_revision()
    assert out[1] == "[]"
