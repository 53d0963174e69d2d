"""The File menu's care of the store: back up (now, daily, on exit), restore a backup,
print the recovery sheet, change the key.

Backups and restore checks run in workers; restoring and changing the key are
handed to the launcher (it closes the store first) through two signals. Its
words keep the main window's translation context, where they were first written.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.recovery_sheet import render_recovery_sheet
from albanera_desk.domain.errors import StoreError
from albanera_desk.services.backup import (
    BackupCheck,
    backup_folder_for,
    latest_backup_age_hours,
    make_backup,
    verify_with_any,
)
from albanera_desk.services.desk import Desk
from albanera_desk.services.key_management import recovery_facts
from albanera_desk.services.opening import KeyringKeys, StoreKey, backup_keys
from albanera_desk.settings import app_paths
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.dates import text_datetime
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.messages import as_plain, said, store_error_text
from albanera_desk.ui.presenters.backups import CloseStep, close_step, needs_daily_backup
from albanera_desk.ui.restore_dialog import RestoreDialog
from albanera_desk.ui.saved_notice import show_saved
from albanera_desk.ui.worker import Progress, Task


class StoreActions(QObject):
    restore_requested = Signal(object)  # a verified backup's Path: the launcher swaps stores
    key_change_requested = Signal(object)  # the new passphrase, or None for a keyring key

    def __init__(self, desk: Desk, window: QMainWindow, *, auto_backup: bool = False) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        # Daily and on-exit backups (the real app); tests open windows without them.
        self._auto_backup = auto_backup
        self.backup_task: Task | None = None
        self._exit_backup_done = False
        self._restore_check: Task | None = None
        self._tell_when_made = False  # "Back up now" says where the backup went
        self.notice: QMessageBox | None = None
        self._daily_timer = QTimer(self)
        self._daily_timer.setSingleShot(True)
        self._daily_timer.timeout.connect(self._daily_backup)
        if auto_backup:
            self._daily_timer.start(2000)

    # --- backups -------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        return backup_folder_for(self._desk.settings.get().backup_folder, app_paths().backup_dir)

    def back_up_now(self) -> None:
        self._start_backup(parent=self._window)
        self._tell_when_made = True

    def _daily_backup(self) -> None:
        if needs_daily_backup(latest_backup_age_hours(self.backup_folder(), self._desk.store.path)):
            self._start_backup(parent=None)

    def _start_backup(self, parent: QWidget | None) -> None:
        if self.backup_task is not None:
            return
        store, folder = self._desk.store, self.backup_folder()
        kept = self._desk.settings.get().backups_kept

        def work(progress: Progress) -> Path:
            return make_backup(store, folder, keep=kept)

        self.backup_task = Task(
            work,
            parent=parent,
            label=QCoreApplication.translate("MainWindow", "Backing up the store…"),
        )
        self.backup_task.succeeded.connect(self._backup_made)
        self.backup_task.failed.connect(self._backup_failed)
        self.backup_task.cancelled.connect(self._backup_cancelled)
        self.backup_task.start()

    def _backup_made(self, path: Path) -> None:
        self.backup_task = None
        # Said with its time in words: the file's name carries an ISO stamp, kept off screen.
        made = QCoreApplication.translate("StoreActions", "Backup made on {when}.").format(
            when=text_datetime(datetime.now(UTC))
        )
        if self._tell_when_made and not self._exit_backup_done:
            self.notice = show_saved(self._window, path, made)
        self._tell_when_made = False
        self._window.statusBar().showMessage(made, 8000)
        self._close_if_exiting()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_task = None
        self._tell_when_made = False
        text = store_error_text(exc) if isinstance(exc, StoreError) else str(type(exc).__name__)
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Backup"),
            as_plain(
                QCoreApplication.translate("MainWindow", "The backup failed: {why}").format(
                    why=text
                )
            ),
        )
        self._close_if_exiting()

    def _backup_cancelled(self) -> None:
        self.backup_task = None
        self._tell_when_made = False
        self._close_if_exiting()

    def _close_if_exiting(self) -> None:
        if self._exit_backup_done:
            self._window.close()

    def may_close(self) -> bool:
        """Asked by the window's close: False while the exit backup is still to be made."""
        step = close_step(
            auto_backup=self._auto_backup,
            exit_backup_done=self._exit_backup_done,
            backup_on_exit=lambda: self._desk.settings.get().backup_on_exit,
            backup_running=self.backup_task is not None,
        )
        if step is CloseStep.CLOSE:
            self._daily_timer.stop()
            return True
        self._exit_backup_done = True  # the window closes when the backup is done
        if step is CloseStep.BACK_UP_FIRST and self.backup_task is None:
            self._start_backup(parent=self._window)
        return False

    # --- restore -------------------------------------------------------------------------

    def restore_dialog(self) -> RestoreDialog:
        """This store's backups (its folder, and the app's own for pre-upgrade copies)."""
        store = self._desk.store
        folders = [self.backup_folder()]
        if app_paths().backup_dir not in folders:
            folders.append(app_paths().backup_dir)
        return RestoreDialog(folders, store.path, self._keys(), store.store_id, self._window)

    def choose_restore(self) -> None:
        dialog = self.restore_dialog()
        if not dialog.exec():
            return
        if dialog.chosen is not None:
            self.check_then_restore(dialog.chosen)
            return
        path = file_dialogs.open_file(
            self._window,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            file_dialogs.BACKUP,
            QCoreApplication.translate("MainWindow", "Backups (*.albanera-backup *.db)"),
            self.backup_folder(),
        )
        if path is not None:
            self.check_then_restore(path)

    def _keys(self) -> list[StoreKey]:
        """The store's key, then its older ones: a backup made before a key change opens."""
        return backup_keys(self._desk.store, KeyringKeys())

    def check_then_restore(self, backup: Path) -> None:
        """Verify the backup in a worker, ask for confirmation, then hand over to the launcher."""
        keys, store_id = self._keys(), self._desk.store.store_id

        def work(progress: Progress) -> BackupCheck:
            return verify_with_any(backup, keys, store_id=store_id)[0]

        task = Task(
            work,
            parent=self._window,
            label=QCoreApplication.translate("MainWindow", "Checking the backup…"),
            cancellable=False,
        )
        task.succeeded.connect(self._confirm_restore)
        self._restore_check = task
        task.start()

    def _confirm_restore(self, check: BackupCheck) -> None:
        title = QCoreApplication.translate("MainWindow", "Restore")
        if not check.ok:
            QMessageBox.warning(
                self._window,
                title,
                as_plain(
                    QCoreApplication.translate(
                        "MainWindow", "This backup cannot be restored ({why}); nothing was changed."
                    ).format(why=said(check.detail))
                ),
            )
            return
        answer = QMessageBox.question(
            self._window,
            title,
            as_plain(
                QCoreApplication.translate(
                    "MainWindow",
                    "Replace the store with the backup {name}? Everything since that backup is "
                    "set aside with the current store, not deleted.",
                ).format(name=check.path.name)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(check.path)

    # --- another store ------------------------------------------------------------------

    def open_another_store(self) -> None:
        """Choose a store (or a new file name), then open it in place of this one."""
        dialog = QFileDialog(
            self._window,
            QCoreApplication.translate("StoreActions", "Open another store"),
            str(file_dialogs.last_folder(file_dialogs.STORE, self._desk.store.path.parent)),
            QCoreApplication.translate(
                "StoreActions", "Alba Nera Desk stores (*.db *.albanera);;All files (*)"
            ),
        )
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new name creates a store
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if dialog.exec() and dialog.selectedFiles():
            path = Path(dialog.selectedFiles()[0])
            file_dialogs.remember(file_dialogs.STORE, path)
            self.switch_to(path)

    def switch_to(self, path: Path) -> bool:
        """Start the desk on ``path`` and close this window (after its exit backup).

        The other store opens in a fresh process: it asks for its own passphrase, takes its
        own lock, and nothing of this store stays in memory.
        """
        if path.resolve() == self._desk.store.path.resolve():
            self._window.statusBar().showMessage(
                QCoreApplication.translate("StoreActions", "This store is already open."), 8000
            )
            return False
        program, arguments = relaunch_command(path)
        started = self.start_process(program, arguments)
        if not started:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("StoreActions", "Open another store"),
                QCoreApplication.translate(
                    "StoreActions", "The desk could not be started on {name}."
                ).format(name=path.name),
            )
            return False
        self._window.close()
        return True

    @staticmethod
    def start_process(program: str, arguments: list[str]) -> bool:
        started = QProcess.startDetached(program, arguments)
        return bool(started[0] if isinstance(started, tuple) else started)

    # --- key -----------------------------------------------------------------------------

    def recovery_sheet(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Recovery sheet")
        answer = QMessageBox.warning(
            self._window,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "The sheet shows the store's key: anyone with it and the file can read "
                "everything. Save it, print it for the office safe, then delete the file.",
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path = file_dialogs.save_file(
            self._window, title, file_dialogs.SHEET, "recovery-sheet.pdf", "PDF (*.pdf)"
        )
        if path is not None:
            self.save_recovery_sheet(path)

    def save_recovery_sheet(self, path: Path) -> None:
        try:
            write_atomically(path, render_recovery_sheet(recovery_facts(self._desk.store)))
        except StoreError as exc:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("MainWindow", "Recovery sheet"),
                store_error_text(exc),
            )
            return
        self.notice = show_saved(self._window, path)

    def change_key(self) -> None:
        from albanera_desk.ui.key_dialog import KeyChangeDialog

        store = self._desk.store
        dialog = KeyChangeDialog(store.key_kind, KeyringKeys(), self._window, current_key=store.key)
        if dialog.exec():
            self.key_change_requested.emit(dialog.new_passphrase())
        dialog.deleteLater()  # the typed passphrase goes with its fields


def relaunch_command(store: Path) -> tuple[str, list[str]]:
    """The command that starts the desk on ``store`` in the window's language."""
    language = ["--lang", ui_language()]
    if getattr(sys, "frozen", False):  # the packaged app: its own executable
        return sys.executable, ["--store", str(store), *language]
    return sys.executable, ["-m", "albanera_desk", "--store", str(store), *language]
