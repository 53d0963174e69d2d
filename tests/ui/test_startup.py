"""What the window does before its first paint: only what that paint needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.main_window import MainWindow, ui_settings
from bench.people_stores import build
from tests.conftest import STRONG_PASSPHRASE

SECTION_PEOPLE = 1
OTHER_SECTIONS = (
    "albanera_desk.ui.people_view",
    "albanera_desk.ui.requests_view",
    "albanera_desk.ui.register_view",
    "albanera_desk.ui.transfers_view",
    "albanera_desk.ui.audit_view",
)


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def _counting(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each count of the People file, as it runs (the real count, noted)."""
    counts: list[int] = []
    real_count = desk.people.count

    def count() -> int:
        counts.append(real_count())
        return counts[-1]

    monkeypatch.setattr(desk.people, "count", count)
    return counts


def test_nothing_of_the_people_file_is_read_until_its_section_is_shown(
    qtbot: QtBot, desk: Desk, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Durand", "Martin", "Petit"):
        desk.people.create(PersonDraft(first_name="Anne", last_name=name))
    counts = _counting(desk, monkeypatch)
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.people_view.model.loaded  # Today is shown: the People file is not read
    win.sidebar.setCurrentRow(SECTION_PEOPLE)
    assert win.people_view.model.rowCount() == 3
    assert counts == []  # one page holds everyone: nothing to count
    assert win.people_view.count_label.text().startswith("3 ")
    qtbot.waitUntil(lambda: win._health_task is None, timeout=20_000)


def test_a_big_file_shows_its_first_page_then_counts_once_in_a_worker(
    qtbot: QtBot, desk: Desk, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(desk.store, 250)  # more than one page
    counts = _counting(desk, monkeypatch)
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()
    win.sidebar.setCurrentRow(SECTION_PEOPLE)
    view = win.people_view
    assert view.model.rowCount() >= 100  # the first page, before any count
    qtbot.waitUntil(lambda: view.model.counted, timeout=20_000)
    assert counts == [250] and view.model.rowCount() == 250
    assert view.count_label.text().startswith("250 ")
    assert view.model.person_at(249) is not None  # the rows after the first page exist
    win.sidebar.setCurrentRow(0)
    win.sidebar.setCurrentRow(SECTION_PEOPLE)
    assert counts == [250]  # shown again: not counted again
    qtbot.waitUntil(lambda: win._health_task is None and view.count_task is None, timeout=20_000)


def _launch(store: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``code`` run in a fresh process on ``store`` (its passphrase given), as the app runs."""
    env = dict(
        os.environ,
        ALBANERA_DESK_STORE=str(store),
        ALBANERA_DESK_PASSPHRASE=STRONG_PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done


def test_the_window_starts_without_reportlab_openpyxl_alembic_or_every_country(
    tmp_path: Path, keys: KeyringKeys
) -> None:
    """The real entry point, up to the first paint and out; what it imported on the way."""
    store = tmp_path / "office.db"
    create_store(store, keys, STRONG_PASSPHRASE).close()
    code = textwrap.dedent(
        """
        import atexit, json, runpy, sys
        def loaded():
            tops = sorted({m.split(".")[0] for m in sys.modules})
            countries = [m for m in sys.modules if m.startswith("holidays.countries")]
            ours = [m for m in sys.modules if m.startswith("albanera_desk")]
            print(json.dumps({"tops": tops, "countries": countries, "ours": ours}))
        atexit.register(loaded)
        sys.argv = ["albanera-desk", "--exit-after-first-paint"]
        runpy.run_module("albanera_desk", run_name="__main__")
        """
    )
    done = _launch(store, code)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    for heavy in ("alembic", "reportlab", "openpyxl", "mako", "zxcvbn", "phonenumbers"):
        assert heavy not in seen["tops"]
    # Only Today's code: not the other sections', nor the commands'.
    for module in (*OTHER_SECTIONS, "albanera_desk.cli"):
        assert module not in seen["ours"]
    assert "holidays.countries" not in seen["countries"]  # France alone, if at all
    assert len(seen["countries"]) <= 1


def test_the_first_paint_builds_only_the_shown_section(
    qtbot: QtBot, desk: Desk, isolated_env: Path
) -> None:
    win = MainWindow(desk, ui_settings(isolated_env), section=SECTION_PEOPLE)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.stack.currentIndex() == SECTION_PEOPLE
    assert [row for row in range(win.stack.count()) if win.stack.is_built(row)] == [SECTION_PEOPLE]
    assert win.stack.currentWidget() is win.people_view
    # After the first frame the sidebar counts the requests, although Today was never built.
    qtbot.waitUntil(lambda: bool(win.sidebar.item(2).toolTip()), timeout=10_000)
    assert not win.stack.is_built(0)
    win.sidebar.setCurrentRow(0)  # Today, built now, shows the check that ran meanwhile
    assert win.stack.is_built(0) and win.stack.currentWidget() is win.today
    qtbot.waitUntil(lambda: win._health_task is None, timeout=20_000)
    qtbot.waitUntil(lambda: "Healthy" in win.today.store_card.body.text(), timeout=20_000)


def _frames(store: Path, *args: str) -> list[dict[str, object]]:
    """The app launched on ``store`` up to its section's frame: at each frame it notes,
    whether the engine and the desk's code were loaded, and the People rows on screen."""
    code = textwrap.dedent(
        """
        import json, logging, runpy, sys
        class Frames(logging.Handler):  # printed at once: the app may end with os._exit
            def emit(self, record):
                text = record.getMessage()
                if " at " not in text or "paint" not in text:
                    return
                from PySide6.QtWidgets import QApplication
                rows = [w.stack.built_view(1).model.rowCount()
                        for w in QApplication.topLevelWidgets()
                        if hasattr(w, "stack") and w.stack.built_view(1) is not None]
                print(json.dumps({
                    "frame": text.split(" at ")[0],
                    "engine": "sqlalchemy" in sys.modules,
                    "models": "albanera_desk.store.models" in sys.modules,
                    "desk": "albanera_desk.services.desk" in sys.modules,
                    "people_rows": rows[0] if rows else None,
                }), flush=True)
        logging.getLogger().addHandler(Frames())
        sys.argv = ["albanera-desk", "--exit-after-first-paint", *sys.argv[1:]]
        runpy.run_module("albanera_desk", run_name="__main__")
        """
    )
    done = _launch(store, code, *args)
    assert "QThread" not in done.stderr  # no worker left running at exit
    return [json.loads(line) for line in done.stdout.strip().splitlines()]


def test_the_window_paints_once_the_key_reads_the_store_and_its_section_once_it_is_open(
    tmp_path: Path, keys: KeyringKeys
) -> None:
    """At the first frame the key has read the store, and nothing of the engine is loaded
    (SQLAlchemy, the models, the desk's services); Today's cards come with the open store,
    at the section's frame, where the process quits (``--exit-after-first-paint``)."""
    store = tmp_path / "office.db"
    create_store(store, keys, STRONG_PASSPHRASE).close()
    frames = _frames(store)
    assert [f["frame"] for f in frames] == ["first paint", "section painted"]
    first, section = frames
    assert not first["engine"] and not first["models"] and not first["desk"]
    assert section["engine"] and section["desk"]


def test_the_people_list_is_in_the_first_frame_before_the_engine_loads(
    tmp_path: Path, keys: KeyringKeys
) -> None:
    """Opened on People: the list's first rows are read by SQLCipher alone and painted in the
    window's first frame; the app ends there without leaving the store's opening behind."""
    store = tmp_path / "office.db"
    created = create_store(store, keys, STRONG_PASSPHRASE)
    desk = Desk.for_store(created, actor="coordinator")
    for name in ("Durand", "Martin", "Petit"):
        desk.people.create(PersonDraft(first_name="Anne", last_name=name))
    desk.close()
    frames = _frames(store, "--section", "people")
    assert [f["frame"] for f in frames] == ["first paint", "section painted"]
    for frame in frames:  # one frame: the rows were there before the engine
        assert frame["people_rows"] == 3
        assert not frame["engine"] and not frame["desk"]


def test_a_wrong_passphrase_paints_no_window(tmp_path: Path, keys: KeyringKeys) -> None:
    """The window paints only for a key that reads the store: a wrong one gets the sentence."""
    store = tmp_path / "office.db"
    create_store(store, keys, STRONG_PASSPHRASE).close()
    env = dict(
        os.environ,
        ALBANERA_DESK_STORE=str(store),
        ALBANERA_DESK_PASSPHRASE=STRONG_PASSPHRASE + "x",
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-m", "albanera_desk", "--exit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "passphrase" in done.stderr or "key" in done.stderr
    log_dir = Path(env.get("ALBANERA_DESK_LOG_DIR", tmp_path))
    logged = "".join(p.read_text() for p in log_dir.glob("*.log")) if log_dir.exists() else ""
    assert "first paint" not in logged
