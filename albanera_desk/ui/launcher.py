"""Opening the store the user means, then the main window; and swapping stores under it
(restore, key change, unlock after the auto-lock, files replaced under the app).

At start a worker first asks SQLCipher alone whether the keyring's key (or the passphrase)
reads the file, while the window's code loads: once it does, the window paints, and only then
does the worker open the store with its engine (SQLAlchemy, its models, the checks of
``open_store``) and hand the desk to the window on screen. A key that does not read the file
paints nothing: the worker's open says why, as before.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from albanera_desk.domain.errors import (
    KeyUnavailable,
    StoreError,
    StoreFilesReplaced,
    StoreLocked,
)
from albanera_desk.services.first_look import FirstLook, first_look
from albanera_desk.services.opening import (
    KeyringKeys,
    StoreLock,
    current_actor,
    older_keys,
    open_store,
    reopen_store,
    store_lock,
)
from albanera_desk.settings import app_paths, passphrase_from_env
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.worker import Progress, Task

if TYPE_CHECKING:
    from albanera_desk.services.opening import Store
    from albanera_desk.services.restore import RestoreOutcome
    from albanera_desk.ui.main_window import MainWindow

# What each section's first frame needs, loaded by the worker with the store (not on the
# GUI thread, which keeps painting meanwhile).
SECTION_MODULES = (
    "albanera_desk.ui.today_page",
    "albanera_desk.ui.people_view",
    "albanera_desk.ui.requests_view",
    "albanera_desk.ui.register_view",
    "albanera_desk.ui.transfers_view",
    "albanera_desk.ui.audit_view",
)
PEOPLE_SECTION = 1
FIRST_PEOPLE_ROWS = 100  # the People list's first page (``ui.people_model.PAGE``)
FIRST_PAINT_WAIT_S = 10.0  # the worker waits this long at most for the window's first frame
FILES_CHECK_MS = 3000  # how often the window checks its store's files are still the ones opened


def load_desk_code(section_module: str) -> None:
    """The desk's services, France's holidays (Today's deadlines count them) and the shown
    section's view: loaded with the store, before the window is given its desk."""
    importlib.import_module("albanera_desk.services.desk")
    importlib.import_module(section_module)
    from albanera_desk.services.holiday_calendar import french_holidays

    french_holidays()


class _KeyFound(QObject):
    """The worker's word that the key reads the store, before the store opens."""

    found = Signal(object)  # FirstLook


class Launcher(QObject):
    """Open the store the user means, asking only what is needed, then show the window."""

    shown = Signal(object)  # a MainWindow on screen, its store open or still opening
    ready = Signal(object)  # the MainWindow, its store open (its desk given)
    gave_up = Signal()
    failed = Signal(str)  # only when non-interactive: the sentence, and no dialog

    def __init__(
        self, store_path: Path, keys: KeyringKeys | None = None, *, section: int = 0
    ) -> None:
        super().__init__()
        self.store_path = store_path
        self.section = section  # the section the window opens on (its first paint)
        self.keys = keys or KeyringKeys()
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._task: Task | None = None
        # Smoke runs and benchmarks: never wait for a person, say why and stop.
        self.non_interactive = False
        self.lock: StoreLock | None = None
        self.auto_backup = False  # the real app backs up daily and on exit
        self.stopped: MainWindow | None = None  # a window whose store files went away
        self._opening: MainWindow | None = None  # painted while its store opens (``start``)
        self._painted = threading.Event()  # the opening window's first frame is on screen
        self._quitting = threading.Event()  # the app ends: a store not yet opened is not
        self._key_found = _KeyFound(self)
        self._key_found.found.connect(self._paint_while_opening)
        # The store's files replaced or removed under the app: stop at once, keep nothing more.
        self._watch = QTimer(self)
        self._watch.setInterval(FILES_CHECK_MS)
        self._watch.timeout.connect(self._check_files)

    def start(self) -> None:
        if not self.store_path.exists():
            self._first_start()
            return
        try:
            self.lock = store_lock(self.store_path).acquire()
        except StoreLocked as exc:
            self._open_failed(exc)
            return
        path, keys, passphrase = self.store_path, self.keys, passphrase_from_env()
        backup_dir = app_paths().backup_dir
        keys.status()  # the keyring's backend loads here, not in the worker
        found, painted = self._key_found.found, self._painted
        section_module = SECTION_MODULES[self.section]
        people_rows = FIRST_PEOPLE_ROWS if self.section == PEOPLE_SECTION else 0
        quitting = self._quitting

        def work(progress: Progress) -> Store | None:
            look = first_look(path, keys, passphrase, people_page=people_rows)
            if look is not None:
                found.emit(look)  # the window paints: the engine's code loads after its frame
                painted.wait(FIRST_PAINT_WAIT_S)
            if quitting.is_set():
                return None  # the app ended on its first frame: nothing to open
            store = open_store(path, keys, passphrase, backup_dir=backup_dir)
            try:
                load_desk_code(section_module)
            except BaseException:
                store.close()
                raise
            return store

        self._task = Task(work)
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(self._open_failed)
        self._task.start()
        self.load_window_code()  # while the worker tries the key

    def load_window_code(self) -> None:
        """The window's own code (no section's: each is loaded with the desk it shows)."""
        importlib.import_module("albanera_desk.ui.main_window")

    def finish_opening(self) -> Store | None:
        """At exit: a store still opening is not opened, or, already on its way, closed once
        open (the worker is waited for; its result is no longer delivered)."""
        self._quitting.set()
        self._painted.set()
        task, self._task = self._task, None
        if task is None or self._opening is None:
            return None
        task.succeeded.disconnect(self._show)  # nothing more is shown: the app is ending
        task.failed.disconnect(self._open_failed)
        result: list[Store | None] = []
        task.succeeded.connect(result.append)
        task.wait_until_done()
        store = result[0] if result else None
        if store is not None:
            store.close()
        return store

    def _paint_while_opening(self, look: FirstLook) -> None:
        """The key reads the store: its window shows now, its sections once it is open."""
        if self._task is None or self.window is not None:
            self._painted.set()
            return  # the open already ended (failed): nothing to paint
        from albanera_desk.ui.main_window import MainWindow, ui_settings

        window = MainWindow(
            None,
            ui_settings(app_paths().data_dir),
            auto_backup=self.auto_backup,
            section=self.section,
            opening=(self.store_path, look.key_kind),
            first_people=look.people,
        )
        self._opening = window
        self._present(window)
        # Once that frame is complete (after the app's own notes of it): the worker goes on.
        # With People's rows in it, that frame is also the section's.
        shown = window.section_painted if look.people is not None else window.first_painted
        shown.connect(lambda: QTimer.singleShot(0, self._painted.set))

    def _first_start(self) -> None:
        if self.non_interactive:
            self.failed.emit(f"There is no store at {self.store_path}.")
            return
        from albanera_desk.ui.start_dialogs import FirstStartDialog

        dialog = FirstStartDialog(self.store_path, self.keys)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._show(dialog.store))
        dialog.rejected.connect(self.gave_up)
        dialog.show()

    def _open_failed(self, exc: BaseException) -> None:
        self._task = None
        opening, self._opening = self._opening, None
        if opening is not None:  # painted while the store opened: it goes, nothing in it
            self.window = None
            self._watch.stop()
            opening.hide()
            opening.deleteLater()
        if self.non_interactive:
            self.failed.emit(str(exc) if isinstance(exc, StoreError) else repr(exc))
            return
        if self.lock is not None and not isinstance(exc, KeyUnavailable):
            self.lock.release()
            self.lock = None
        if isinstance(exc, KeyUnavailable):
            from albanera_desk.ui.start_dialogs import UnlockDialog

            dialog = UnlockDialog(self.store_path, self.keys)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._show(dialog.store))
            dialog.rejected.connect(self.gave_up)
            dialog.show()
            return
        text = (
            store_error_text(exc)
            if isinstance(exc, StoreError)
            else QApplication.translate(
                "App", "Something unexpected went wrong (a bug); it was written to the log."
            )
        )
        box = QMessageBox(QMessageBox.Icon.Critical, "Alba Nera Desk", text)
        other = box.addButton(
            QApplication.translate("App", "Open or create another store…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        self.dialog = box
        box.exec()
        if box.clickedButton() is other:
            self._first_start()
        else:
            self.gave_up.emit()

    def _show(self, store: Store | None) -> None:
        self._task = None
        if store is None:
            self.gave_up.emit()
            return
        if (
            self.lock is None
            or self.lock.path.parent != store.path.parent
            or (self.lock.path.name != store.path.name + ".lock")
        ):
            try:
                self.lock = store_lock(store.path).acquire()
            except StoreLocked as exc:
                store.close()
                self._open_failed(exc)
                return
        from albanera_desk.services.desk import Desk
        from albanera_desk.ui.main_window import MainWindow, ui_settings

        opening, self._opening = self._opening, None
        if opening is not None:  # on screen already: it gets its desk
            opening.attach(Desk.for_store(store))
            self.ready.emit(opening)
            return
        self._present(
            MainWindow(
                Desk.for_store(store),
                ui_settings(app_paths().data_dir),
                auto_backup=self.auto_backup,
                section=self.section,
            )
        )

    def _present(self, window: MainWindow) -> None:
        self.window = window
        self._watch.start()
        window.locked.connect(self._locked)
        window.restore_requested.connect(self._restore)
        window.key_change_requested.connect(self.change_key)
        window.show()
        self.shown.emit(window)
        if window.attached:
            self.ready.emit(window)

    def _check_files(self) -> None:
        window = self.window
        if window is None or not window.isVisible() or self._task is not None:
            return  # no window, or its store closed on purpose (restore, key change)
        try:
            window.desk.store.check_files()
        except StoreFilesReplaced as exc:
            self.window = None
            self.stopped = window  # hidden, kept: nothing in it can be saved any more
            window.wait_for_work()
            window.hide()
            window.desk.close()
            self._open_failed(exc)

    def _restore(self, backup: Path) -> None:
        """Close the store, put the verified backup in its place, open it in a fresh window."""
        old = self.window
        assert old is not None
        old.wait_for_work()
        path, key = old.desk.store.path, old.desk.store.key
        older = older_keys(old.desk.store, self.keys)
        old.desk.close()
        told: list[RestoreOutcome] = []
        from albanera_desk.services.restore import restore_backup

        def work(progress: Progress) -> Store:
            told.append(restore_backup(backup, path, key, backup_keys=older, actor=current_actor()))
            return reopen_store(path, key)

        from albanera_desk.ui.restore_notice import show_restored

        def restored(store: Store) -> None:
            self._swap(old, store)
            if told and self.window is not None:
                self.dialog = show_restored(self.window, told[0])

        def failed(exc: BaseException) -> None:
            # restore_backup put the current store back: reopen it as it was.
            QMessageBox.critical(old, "Alba Nera Desk", as_plain(store_error_text(exc)))
            self._swap(old, reopen_store(path, key))

        label = QApplication.translate("App", "Restoring…")
        self._task = Task(work, parent=old, label=label, cancellable=False)
        self._task.succeeded.connect(restored)
        self._task.failed.connect(failed)
        self._task.start()

    def change_key(self, new_passphrase: str | None) -> Task:
        """Close the store, back it up, rekey it, and open it again with the new key."""
        old = self.window
        assert old is not None
        old.wait_for_work()
        path, key, keys = old.desk.store.path, old.desk.store.key, self.keys
        old.desk.close()
        from albanera_desk.services.key_management import change_key

        def work(progress: Progress) -> Store:
            new = change_key(path, key, new_passphrase, keys, app_paths().backup_dir)
            return reopen_store(path, new)

        def failed(exc: BaseException) -> None:
            # The rekey is one SQLCipher transaction: on failure the old key still opens it.
            QMessageBox.critical(
                old,
                "Alba Nera Desk",
                as_plain(store_error_text(exc))
                if isinstance(exc, StoreError)
                else QApplication.translate("App", "The key was not changed."),
            )
            self._swap(old, reopen_store(path, key))

        label = QApplication.translate("App", "Changing the key…")
        task = Task(work, parent=old, label=label, cancellable=False)
        self._task = task
        task.succeeded.connect(lambda store: self._swap(old, store))
        task.failed.connect(failed)
        task.start()
        return task

    def _swap(self, old: MainWindow, store: Store) -> None:
        self._task = None
        old.hide()
        old.deleteLater()
        self._show(store)

    def _locked(self) -> None:
        """Auto-lock: the store is closed; unlocking opens it again in a fresh window."""
        old = self.window
        assert old is not None
        old.desk.close()
        from albanera_desk.ui.start_dialogs import UnlockDialog

        dialog = UnlockDialog(self.store_path_of(old), self.keys, locked_after_idle=True)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._unlocked(old, dialog.store))
        dialog.rejected.connect(self.gave_up)
        dialog.show()
        old.hide()

    def _unlocked(self, old: MainWindow, store: Store | None) -> None:
        old.deleteLater()
        self._show(store)

    @staticmethod
    def store_path_of(window: MainWindow) -> Path:
        return window.desk.store.path
