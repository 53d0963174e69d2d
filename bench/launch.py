"""The app as a person starts it: a fresh process, timed from launch to its first painted frame
and from there (it quits at once) to the end of the process.

The child runs exactly as ``albanera-desk`` runs, on compiled bytecode. Two things only are
given to it: ``QT_QPA_PLATFORM=offscreen`` (no screen here) and, for stores keyed by the
keyring, a keyring backend named as a user names one (``PYTHON_KEYRING_BACKEND``). It is this
system's own backend class (Secret Service on Linux) with its reply read from the
environment: the app imports everything it imports on a real desk, and only the OS
keyring's own reply is not counted.

The app writes ``first paint at <epoch>`` to its log when its window's first frame is painted
(the key read the store; the store then opens with its engine while the window is on screen),
and ``section painted at <epoch>`` at the first frame with the shown section's content read
from the store (Today's cards, People's first rows); it quits right then with
``--exit-after-first-paint``. The bare baselines print the first line; their one frame is both.
"""

from __future__ import annotations

import compileall
import functools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEYRING_ENV = "ALBANERA_BENCH_KEYRING"  # JSON {entry name: value} for the bench keyring backend
FIRST_PAINT = re.compile(r"first paint at (\d+\.\d+)")
SECTION_PAINTED = re.compile(r"section painted at (\d+\.\d+)")

_KEYRING_MODULE = '''
"""A keyring backend for ``make bench`` only: this system's own backend, its reply (a throwaway
store's key) read from the environment instead of asked of the OS keyring."""
import json, os, sys

if sys.platform == "darwin":
    from keyring.backends.macOS import Keyring as SystemKeyring
elif sys.platform == "win32":
    from keyring.backends.Windows import WinVaultKeyring as SystemKeyring
else:
    from keyring.backends.SecretService import Keyring as SystemKeyring


class BenchKeyring(SystemKeyring):
    priority = 1

    def get_password(self, service, username):
        return json.loads(os.environ.get("ALBANERA_BENCH_KEYRING", "{}")).get(username)

    def set_password(self, service, username, password):
        raise NotImplementedError("the bench keyring is read-only")

    def delete_password(self, service, username):
        raise NotImplementedError("the bench keyring is read-only")
'''

BARE_QT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class W(QMainWindow):
        painted = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: (print(f"first paint at {time.time():.6f}"),
                                              app.quit()))

    app = QApplication(sys.argv[:1])
    w = W()
    w.resize(1100, 720)
    w.show()
    app.exec()
    """
)

# The least any People list must do: SQLCipher's own SQLite (unkeyed, on the plain copy) reads
# the first 100 rows in list order, and a QTableView paints them.
BARE_TABLE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    from sqlcipher3 import dbapi2

    class W(QMainWindow):
        painted = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: (print(f"first paint at {time.time():.6f}"),
                                              app.quit()))

    app = QApplication(sys.argv[:1])
    conn = dbapi2.connect(sys.argv[1])
    rows = conn.execute(
        "SELECT reference, first_name, last_name FROM person "
        "ORDER BY last_name, first_name, id LIMIT 100"
    ).fetchall()
    conn.close()
    model = QStandardItemModel(len(rows), 3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value)))
    w = W()
    table = QTableView()
    table.setModel(model)
    w.setCentralWidget(table)
    w.resize(1100, 720)
    w.show()
    app.exec()
    """
)


def compile_bytecode() -> None:
    """The packaged app runs from compiled bytecode: so does every measured process here."""
    for folder in ("albanera_desk", "db"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


@dataclass(frozen=True, slots=True)
class Launch:
    """One process: launch to first paint, and first paint (it quits there) to its end, ms;
    and the CPU time (user + system) of the whole process, which a busy machine blurs less
    than the wall clock."""

    to_first_paint_ms: float
    quit_ms: float  # from the last frame measured (the section's) to the end of the process
    cpu_ms: float = 0.0
    to_section_ms: float = 0.0  # launch to the first frame with the section's content


def _children_cpu_ms() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (used.ru_utime + used.ru_stime) * 1000


class Launcher:
    """Starts the app (or a bare baseline) in fresh processes under one bench folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        compile_bytecode()
        keyring_dir = folder / "keyring-path"
        keyring_dir.mkdir(parents=True, exist_ok=True)
        (keyring_dir / "bench_keyring.py").write_text(_KEYRING_MODULE)
        self._keyring_dir = keyring_dir
        self._runs = 0
        base = {k: v for k, v in os.environ.items() if not k.startswith("ALBANERA_")}
        base.pop("PYTHONDONTWRITEBYTECODE", None)  # the packaged app has no such setting
        base["QT_QPA_PLATFORM"] = "offscreen"
        self._base_env = base

    def _env(self, store: Path | None, passphrase: str | None, keyring_key: str | None) -> dict:
        self._runs += 1
        env = dict(self._base_env)
        run_dir = self.folder / f"run-{self._runs}"
        env["ALBANERA_DESK_DATA_DIR"] = str(run_dir / "data")
        env["ALBANERA_DESK_LOG_DIR"] = str(run_dir / "logs")
        if store is not None:
            env["ALBANERA_DESK_STORE"] = str(store)
        if passphrase is not None:
            env["ALBANERA_DESK_PASSPHRASE"] = passphrase
        if keyring_key is not None and store is not None:
            env["PYTHONPATH"] = str(self._keyring_dir)
            env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.BenchKeyring"
            env[KEYRING_ENV] = json.dumps(keyring_entries(store, keyring_key))
        return env

    def app(
        self,
        store: Path,
        *,
        passphrase: str | None = None,
        keyring_key: str | None = None,
        section: str | None = None,
    ) -> Launch:
        args = [sys.executable, "-m", "albanera_desk", "--exit-after-first-paint"]
        if section:
            args += ["--section", section]
        env = self._env(store, passphrase, keyring_key)
        cpu = _children_cpu_ms()
        start = time.time()
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
        end = time.time()
        cpu = _children_cpu_ms() - cpu
        log = Path(env["ALBANERA_DESK_LOG_DIR"]) / "albanera-desk.log"
        text = log.read_text() if log.exists() else ""
        if done.returncode != 0 or not SECTION_PAINTED.search(text):
            raise RuntimeError(f"the app did not paint (exit {done.returncode}): {done.stderr}")
        painted = float(FIRST_PAINT.findall(text)[-1])
        section = float(SECTION_PAINTED.findall(text)[-1])
        return Launch(
            round((painted - start) * 1000, 1),
            round((end - section) * 1000, 1),
            round(cpu, 1),
            round((section - start) * 1000, 1),
        )

    def bare(self, script: str, *args: str) -> Launch:
        path = self.folder / "bare.py"
        path.write_text(script)
        env = self._env(None, None, None)
        cpu = _children_cpu_ms()
        start = time.time()
        done = subprocess.run(
            [sys.executable, str(path), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        end = time.time()
        cpu = _children_cpu_ms() - cpu
        painted = float(FIRST_PAINT.findall(done.stdout)[-1])
        first = round((painted - start) * 1000, 1)
        return Launch(first, round((end - painted) * 1000, 1), round(cpu, 1), first)


@functools.cache
def keyring_entries(store: Path, key_hex: str) -> dict[str, str]:
    """The entries a keyring holds for ``store`` once the desk has opened it: its key under the
    store's id, and the file's salt naming that id (so no launch writes to the keyring)."""
    from sqlcipher3 import dbapi2

    from albanera_desk.store.identity import read_salt, read_store_id

    salt = read_salt(store)
    conn = dbapi2.connect(str(store))
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        store_id = read_store_id(conn)
    finally:
        conn.close()
    if salt is None or store_id is None:
        raise RuntimeError(f"{store} has no salt or no id: not a store made by this desk")
    # A raw key given with its salt (96 digits) is kept as the keyring keeps it: 64 digits.
    return {f"store:{store_id}": key_hex[:64], f"file:{salt.hex()}": store_id}


def medians(launches: list[Launch]) -> Launch:
    return Launch(
        round(statistics.median(x.to_first_paint_ms for x in launches), 1),
        round(statistics.median(x.quit_ms for x in launches), 1),
        round(statistics.median(x.cpu_ms for x in launches), 1),
        round(statistics.median(x.to_section_ms for x in launches), 1),
    )


def with_cpu(found: dict[str, object], ours: Launch, bare: Launch) -> dict[str, object]:
    """A launch figure, with both processes' CPU time beside the wall clock."""
    found["cpu_ms"], found["baseline_cpu_ms"] = ours.cpu_ms, bare.cpu_ms
    return found


def interleaved(runs: int, *makers: object) -> list[Launch]:
    """Median of each maker over ``runs`` rounds, ours and baseline taking turns (fair noise)."""
    results: list[list[Launch]] = [[] for _ in makers]
    for _ in range(runs):
        for i, make in enumerate(makers):
            results[i].append(make())  # type: ignore[operator]
    return [medians(r) for r in results]


def large_store_figures(launcher: Launcher, built: Any) -> list[dict[str, object]]:
    """The app launched on a big store (a ``bench.people_stores.Built``): the People section's first
    paint from launch (keyring and passphrase), and quitting right after launch."""
    from bench.measure import figure
    from bench.people_stores import PASSPHRASE

    label = built.label
    plain = str(built.plain)

    def people(**how: str) -> Launch:
        return launcher.app(built.ours, section="people", **how)

    keyring, passphrase, today, bare = interleaved(
        3,
        lambda: people(keyring_key=built.key.secret),
        lambda: people(passphrase=PASSPHRASE),
        lambda: launcher.app(built.ours, keyring_key=built.key.secret),
        lambda: launcher.bare(BARE_TABLE, plain),
    )
    bare_name = "bare PySide6 process: first 100 rows of the plain file in a QTableView"
    return [
        with_cpu(
            figure(
                f"people_{label}_first_paint_from_launch_keyring",
                keyring.to_section_ms,  # its rows painted, as the bare table's
                bare.to_first_paint_ms,
                bare_name,
            ),
            keyring,
            bare,
        ),
        with_cpu(
            figure(
                f"people_{label}_first_paint_from_launch_passphrase",
                passphrase.to_section_ms,
                bare.to_first_paint_ms,
                bare_name,
            ),
            passphrase,
            bare,
        ),
        with_cpu(
            figure(
                f"startup_to_first_paint_keyring_{label}",
                today.to_first_paint_ms,
                bare.to_first_paint_ms,
                bare_name,
            ),
            today,
            bare,
        ),
        with_cpu(
            figure(
                f"today_{label}_painted_from_launch_keyring",
                today.to_section_ms,
                bare.to_first_paint_ms,
                bare_name,
            ),
            today,
            bare,
        ),
        figure(
            f"quit_right_after_launch_{label}",
            today.quit_ms,
            bare.quit_ms,
            "the same bare process, from its first paint to its end",
        ),
    ]
