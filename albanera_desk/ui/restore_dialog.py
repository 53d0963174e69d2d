"""File ▸ Restore: this store's backups, newest first, each with its date, size and what it
holds (from its manifest), checked in a worker before they are listed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.services.backup import BackupCheck, list_backups, verify_with_any
from albanera_desk.services.opening import StoreKey
from albanera_desk.ui.dates import table_datetime
from albanera_desk.ui.messages import said
from albanera_desk.ui.table_model import Index, RowTableModel
from albanera_desk.ui.worker import Progress, Task


@dataclass(frozen=True, slots=True)
class BackupRow:
    path: Path
    size: int
    check: BackupCheck

    @property
    def made_at(self) -> datetime | None:
        manifest = self.check.manifest
        if manifest is None:
            return None
        try:
            return datetime.fromisoformat(manifest.made_at)
        except ValueError:
            return None

    def count(self, *tables: str) -> int | None:
        manifest = self.check.manifest
        if manifest is None:
            return None
        return sum(manifest.tables.get(table, 0) for table in tables)


def find_backups(
    folders: Iterable[Path],
    store_path: Path,
    keys: Sequence[StoreKey],
    store_id: str | None,
    progress: Progress | None = None,
) -> list[BackupRow]:
    """This store's backups in ``folders``, newest first, each checked against its manifest."""
    paths: list[Path] = []
    for folder in folders:
        for path in list_backups(folder, store_path):
            if path not in paths:
                paths.append(path)
    rows = []
    for n, path in enumerate(paths):
        if progress is not None:
            progress.report(n, len(paths))
        # A backup made before a key change opens with one of the store's older keys.
        check = verify_with_any(path, keys, store_id=store_id)[0]
        rows.append(BackupRow(path, path.stat().st_size, check))
    # Newest first: by the manifest's time, then by the name's finer stamp (list order).
    order = {row.path: n for n, row in enumerate(rows)}
    return sorted(
        rows,
        key=lambda r: (r.made_at.timestamp() if r.made_at else 0.0, order[r.path]),
        reverse=True,
    )


# What the list counts, by the tables of the store.
COUNTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("people", ("person",)),
    ("requests", ("request",)),
    ("register", ("processor", "processing_activity", "transfer")),
    ("audit", ("audit_event",)),
)


class BackupTableModel(RowTableModel[BackupRow]):
    COL_DATE, COL_SIZE, COL_PEOPLE, COL_REQUESTS, COL_REGISTER, COL_AUDIT, COL_STATE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Made on"),
            self.tr("Size"),
            self.tr("People"),
            self.tr("Requests"),
            self.tr("Register entries"),
            self.tr("Audit events"),
            self.tr("Check"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COL_SIZE <= column < self.COL_STATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_DATE:
            return table_datetime(row.made_at) if row.made_at else self.tr("unknown")
        if column == self.COL_SIZE:
            return QLocale().formattedDataSize(row.size, 1)
        if self.COL_PEOPLE <= column <= self.COL_AUDIT:
            count = row.count(*COUNTS[column - self.COL_PEOPLE][1])
            return "" if count is None else QLocale().toString(count)
        return self.tr("verified") if row.check.ok else said(row.check.detail)


class RestoreDialog(QDialog):
    """Choose a backup of this store to restore (or another file); the caller restores."""

    def __init__(
        self,
        folders: list[Path],
        store_path: Path,
        keys: Sequence[StoreKey],
        store_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(820, 420)
        self.chosen: Path | None = None
        self.other_file = False
        self.about = QLabel(
            self.tr(
                "The backups of this store, newest first. Restoring replaces the store "
                "with the backup; the current store is set aside, not deleted."
            )
        )
        self.about.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = QPushButton(self.tr("Another file…"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._other)
        self.table.activated.connect(lambda _: self._restore())
        self.table.selectionModel().selectionChanged.connect(self._refresh)
        self._refresh()

        def work(progress: Progress) -> list[BackupRow]:
            return find_backups(folders, store_path, keys, store_id, progress)

        self.task = Task(work, parent=self, label=self.tr("Checking the backups…"))
        self.task.succeeded.connect(self.show_rows)
        self.task.failed.connect(self._not_checked)
        self.empty.setText(self.tr("Checking the backups…"))
        self.task.start()

    def _not_checked(self, exc: BaseException) -> None:
        """The list could not be made (a folder unreadable…): said; "Another file…" stays."""
        self.empty.setText(
            self.tr("The backups could not be checked: choose the file with “Another file…”.")
        )

    def show_rows(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setText(
            "" if rows else self.tr("No backup of this store was found in its backup folder.")
        )
        if rows:
            self.table.selectRow(0)
        self._refresh()

    def _selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _refresh(self) -> None:
        row = self._selected()
        self.restore_button.setEnabled(row is not None and row.check.ok)

    def _restore(self) -> None:
        row = self._selected()
        if row is None or not row.check.ok:
            return
        self.chosen = row.path
        self.accept()

    def _other(self) -> None:
        self.other_file = True
        self.accept()
