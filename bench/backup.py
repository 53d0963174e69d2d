"""``make bench`` figures on a store of 1M people: the People view's first paint, then
making, verifying and restoring its backup.

Beside plain SQLite in the same run: the same people in an unencrypted file, backed
up with the online backup API of the same SQLite build (SQLCipher's, no key) and restored
by the same API. Ours is an encrypted SQLCipher export, verified (key, integrity, audit
chain) before restore. The stores are the People bench's (``bench.people_stores.build_pair``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from albanera_desk.services.backup import make_backup, verify_backup
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.store import Store
from bench.measure import figure
from bench.people_stores import Built, plain_connect


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 1)


def _plain_backup(source: Path, target: Path) -> None:
    src = plain_connect(source)
    dst = plain_connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _plain_check(path: Path) -> None:
    conn = plain_connect(path)
    try:
        conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def people_view_first_paint(store: Store, plain_path: Path) -> tuple[float, float]:
    """Ms from building the People section to its first painted frame, ours and bare Qt.

    The bare baseline is a QTableView over a QStandardItemModel of the first 100 rows read
    from the plain file by the same SQLite build: what any table must at least do.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    from albanera_desk.services.desk import Desk
    from albanera_desk.ui.people_view import PeopleView

    app = QApplication.instance() or QApplication([])  # kept alive while we paint
    loop = QEventLoop()  # not the static processEvents(): it leaks a reference to None (6.12)

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
        while not spy.seen and app is not None:
            loop.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        if isinstance(widget, PeopleView):  # it counts after its first paint: let it finish
            while not widget.model.counted and widget.count_task is None:
                loop.processEvents()
            if widget.count_task is not None:
                widget.count_task.wait_until_done()
        widget.close()
        widget.deleteLater()
        loop.processEvents()
        return round(elapsed, 1)

    desk = Desk.for_store(store, actor="bench")

    def bare() -> QWidget:
        conn = plain_connect(plain_path)
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


def figures_for(built: Built, backups: Path) -> list[dict[str, object]]:
    """On one built pair: the People view's first paint, then its backup made, verified and
    restored (last: the restore puts the backup in the store's place)."""
    # The store's own key, its passphrase: the audit anchor is signed with what the key is
    # (the raw key SQLCipher derives from it would sign another anchor, and restore refuses).
    label, key = built.label, built.open_key
    ours_path, plain_path = built.ours, built.plain
    results: list[dict[str, object]] = []
    ours = Store.open(ours_path, key)
    made: list[Path] = []
    try:
        ours_paint, bare_paint = people_view_first_paint(ours, plain_path)
        results.append(
            figure(
                f"people_{label}_view_first_paint",
                ours_paint,
                bare_paint,
                "bare QTableView of the first 100 rows read from the plain file",
            )
        )
        backup_ms = _ms(lambda: made.append(make_backup(ours, backups, keep=2)))
    finally:
        ours.close()
    plain_copy = plain_path.with_name(plain_path.stem + "-backup.db")
    plain_ms = _ms(lambda: _plain_backup(plain_path, plain_copy))
    size_mib = round(made[0].stat().st_size / 1024**2, 1)
    results.append(
        figure(
            f"backup_{label}_people_make",
            backup_ms,
            plain_ms,
            "online backup API of the same people, unencrypted, same SQLite build",
        )
    )
    results[-1]["backup_mib"] = size_mib
    results.append(
        figure(
            f"backup_{label}_people_verify",
            _ms(lambda: verify_backup(made[0], key)),
            _ms(lambda: _plain_check(plain_copy)),
            "PRAGMA integrity_check of the plain copy",
        )
    )
    results.append(
        figure(
            f"backup_{label}_people_restore_verified",
            _ms(lambda: restore_backup(made[0], ours_path, key)),
            _ms(lambda: _plain_backup(plain_copy, plain_path)),
            "online backup API from the plain copy back over the plain file",
        )
    )
    for leftover in [*backups.rglob("*"), *plain_copy.parent.glob(plain_copy.name + "*")]:
        if leftover.is_file():
            leftover.unlink()
    return results
