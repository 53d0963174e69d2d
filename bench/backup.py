"""``make bench`` figures on a store of 1M people: the People view's first paint, then
making, verifying and restoring its backup.

Beside plain SQLite in the same run: the same people in an unencrypted file, backed
up with sqlite3's online backup API and restored by the same API. Ours is an
encrypted SQLCipher export, verified (key, integrity, audit chain) before restore.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from albanera_desk.services.backup import make_backup, verify_backup
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store
from bench.measure import figure
from bench.people import PlainStore, build, sizes


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 1)


def _plain_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _plain_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def people_view_first_paint(store: Store, plain_path: Path) -> tuple[float, float]:
    """Ms from building the People section to its first painted frame, ours and bare Qt.

    The bare baseline is a QTableView over a QStandardItemModel of the first 100 rows read
    with sqlite3 from the plain file: what any table must at least do.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    from albanera_desk.services.desk import Desk
    from albanera_desk.ui.people_view import PeopleView

    app = QApplication.instance() or QApplication([])

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def until_painted(make: Callable[[], QWidget]) -> float:
        start = time.perf_counter()
        widget = make()
        spy = Painted()
        widget.installEventFilter(spy)
        widget.resize(1000, 700)
        widget.show()
        while not spy.seen:
            app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return round(elapsed, 1)

    desk = Desk.for_store(store, actor="bench")

    def bare() -> QWidget:
        conn = sqlite3.connect(plain_path)
        rows = conn.execute(
            "SELECT reference, first_name, last_name FROM person "
            "ORDER BY last_name, first_name, id LIMIT 100"
        ).fetchall()
        conn.close()
        model = QStandardItemModel(len(rows), 3)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem(str(value)))
        table = QTableView()
        table.setModel(model)
        table._model = model  # type: ignore[attr-defined]
        return table

    until_painted(lambda: PeopleView(desk))  # warm the page cache once
    until_painted(bare)
    ours = sorted(until_painted(lambda: PeopleView(desk)) for _ in range(3))[1]
    baseline = sorted(until_painted(bare) for _ in range(3))[1]
    return ours, baseline


def figures() -> list[dict[str, object]]:
    count = max(sizes())
    label = f"{count // 1000}k" if count < 1_000_000 else f"{count // 1_000_000}m"
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="albanera-bench-backup-") as tmp:
        folder = Path(tmp)
        key = StoreKey.generate_raw()
        ours_path, plain_path = folder / "ours.db", folder / "plain.db"
        ours = Store.create(ours_path, key)
        plain = PlainStore.create(plain_path)
        try:
            build(ours, count)
            build(plain, count)
        finally:
            plain.close()
        backups = folder / "backups"
        made: list[Path] = []
        try:
            ours_paint, bare_paint = people_view_first_paint(ours, plain_path)
            results.append(
                figure(
                    f"people_{label}_view_first_paint",
                    ours_paint,
                    bare_paint,
                    "bare QTableView of the first 100 rows read with sqlite3",
                )
            )
            backup_ms = _ms(lambda: made.append(make_backup(ours, backups, keep=2)))
        finally:
            ours.close()
        plain_copy = folder / "plain-backup.db"
        plain_ms = _ms(lambda: _plain_backup(plain_path, plain_copy))
        size_mib = round(made[0].stat().st_size / 1024**2, 1)
        results.append(
            figure(
                f"backup_{label}_people_make",
                backup_ms,
                plain_ms,
                "sqlite3 online backup API of the same people, unencrypted",
            )
        )
        results[-1]["backup_mib"] = size_mib
        results.append(
            figure(
                f"backup_{label}_people_verify",
                _ms(lambda: verify_backup(made[0], key)),
                _ms(
                    lambda: sqlite3.connect(plain_copy).execute("PRAGMA integrity_check").fetchall()
                ),
                "PRAGMA integrity_check of the plain copy",
            )
        )
        results.append(
            figure(
                f"backup_{label}_people_restore_verified",
                _ms(lambda: restore_backup(made[0], ours_path, key)),
                _ms(lambda: _plain_backup(plain_copy, plain_path)),
                "sqlite3 backup API from the plain copy back over the store",
            )
        )
        for leftover in folder.rglob("*"):
            if leftover.is_file():
                leftover.unlink()
    return results
