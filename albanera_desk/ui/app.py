"""Starting the window: language, opening or creating the store, then the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from albanera_desk import __version__
from albanera_desk.services.desk import Desk
from albanera_desk.services.key_management import change_key
from albanera_desk.services.opening import current_actor, open_store
from albanera_desk.services.restore import RestoreOutcome, restore_backup
from albanera_desk.settings import RESOURCES_DIR, app_paths, passphrase_from_env
from albanera_desk.store.errors import (
    KeyUnavailable,
    StoreError,
    StoreFilesReplaced,
    StoreLocked,
)
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.lock import StoreLock
from albanera_desk.store.store import Store
from albanera_desk.ui.main_window import MainWindow, ui_settings
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.restore_notice import show_restored
from albanera_desk.ui.start_dialogs import FirstStartDialog, UnlockDialog
from albanera_desk.ui.theme import apply_theme
from albanera_desk.ui.worker import Progress, Task

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICON = RESOURCES_DIR / "icons" / "albanera-desk.svg"
FILES_CHECK_MS = 3000  # how often the window checks its store's files are still the ones opened


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """French or English, following ``lang`` or the system; Qt's own dialogs follow too.

    English needs a translator as well: it carries the plural forms ("1 event").
    """
    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() != QLocale.Language.French:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, "albanera_desk", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if locale.language() == QLocale.Language.French and qt_base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
        gaps = QtGapsTranslator(app)  # after qtbase: asked first, answers only its own
        app.installTranslator(gaps)
        installed.append(gaps)
    return installed


QT_GAPS_FR = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    ("QPrintSettingsOutput", "Page &Set:"): "Pages à &imprimer\u00a0:",
}


class QtGapsTranslator(QTranslator):
    """The few words of Qt's own dialogs that qtbase_fr lacks (their sources changed)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets the other translators answer; "" would stop the search.
        return QT_GAPS_FR.get((context, source))

    def isEmpty(self) -> bool:
        return False


def install_excepthook(app: QApplication, *, interactive: bool = True) -> None:
    """A bug is logged with its traceback and shown as a bug, not as a user error."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if not interactive:
            print("albanera-desk: unexpected error (a bug); see the log.", file=sys.stderr)
            app.exit(3)
            return
        if isinstance(exc, StoreError):
            QMessageBox.critical(None, "Alba Nera Desk", as_plain(store_error_text(exc)))
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("App", "Unexpected error"),
            QApplication.translate(
                "App",
                "Something unexpected went wrong (a bug). Your data is safe: nothing "
                "half-done was saved. The details are in the log folder:\n{folder}",
            ).format(folder=str(app_paths().log_dir)),
        )
        # The report names code, not records: tracebacks carry no field values here
        # (SQL parameters are hidden by the engine).
        box.setDetailedText(crash_report(kind, exc, tb))
        box.exec()

    sys.excepthook = hook


def crash_report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """A report the user can copy to the developers: versions and the traceback."""
    lines = [
        f"Alba Nera Desk {__version__}",
        f"Python {sys.version.split()[0]}, Qt {qVersion()}, {sys.platform}",
        "",
        *traceback.format_exception(kind, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class Launcher(QObject):
    """Open the store the user means, asking only what is needed, then show the window."""

    ready = Signal(object)  # the MainWindow
    gave_up = Signal()
    failed = Signal(str)  # only when non-interactive: the sentence, and no dialog

    def __init__(self, store_path: Path, keys: KeyringKeys | None = None) -> None:
        super().__init__()
        self.store_path = store_path
        self.keys = keys or KeyringKeys()
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._task: Task | None = None
        # Smoke runs and benchmarks: never wait for a person, say why and stop.
        self.non_interactive = False
        self.lock: StoreLock | None = None
        self.auto_backup = False  # the real app backs up daily and on exit
        self.stopped: MainWindow | None = None  # a window whose store files went away
        # The store's files replaced or removed under the app: stop at once, keep nothing more.
        self._watch = QTimer(self)
        self._watch.setInterval(FILES_CHECK_MS)
        self._watch.timeout.connect(self._check_files)

    def start(self) -> None:
        if not self.store_path.exists():
            self._first_start()
            return
        try:
            self.lock = StoreLock(self.store_path).acquire()
        except StoreLocked as exc:
            self._open_failed(exc)
            return
        path, keys, passphrase = self.store_path, self.keys, passphrase_from_env()

        def work(progress: Progress) -> Store:
            return open_store(path, keys, passphrase, backup_dir=app_paths().backup_dir)

        self._task = Task(work)
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(self._open_failed)
        self._task.start()

    def _first_start(self) -> None:
        if self.non_interactive:
            self.failed.emit(f"There is no store at {self.store_path}.")
            return
        dialog = FirstStartDialog(self.store_path, self.keys)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._show(dialog.store))
        dialog.rejected.connect(self.gave_up)
        dialog.show()

    def _open_failed(self, exc: BaseException) -> None:
        self._task = None
        if self.non_interactive:
            self.failed.emit(str(exc) if isinstance(exc, StoreError) else repr(exc))
            return
        if self.lock is not None and not isinstance(exc, KeyUnavailable):
            self.lock.release()
            self.lock = None
        if isinstance(exc, KeyUnavailable):
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
                self.lock = StoreLock(store.path).acquire()
            except StoreLocked as exc:
                store.close()
                self._open_failed(exc)
                return
        self.window = MainWindow(
            Desk.for_store(store), ui_settings(app_paths().data_dir), auto_backup=self.auto_backup
        )
        self._watch.start()
        self.window.locked.connect(self._locked)
        self.window.restore_requested.connect(self._restore)
        self.window.key_change_requested.connect(self.change_key)
        self.window.show()
        self.ready.emit(self.window)

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
        older = self.keys.history(old.desk.store.store_id)
        old.desk.close()
        told: list[RestoreOutcome] = []

        def work(progress: Progress) -> Store:
            told.append(restore_backup(backup, path, key, backup_keys=older, actor=current_actor()))
            return Store.open(path, key)

        def restored(store: Store) -> None:
            self._swap(old, store)
            if told and self.window is not None:
                self.dialog = show_restored(self.window, told[0])

        def failed(exc: BaseException) -> None:
            # restore_backup put the current store back: reopen it as it was.
            QMessageBox.critical(old, "Alba Nera Desk", as_plain(store_error_text(exc)))
            self._swap(old, Store.open(path, key))

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

        def work(progress: Progress) -> Store:
            new = change_key(path, key, new_passphrase, keys, app_paths().backup_dir)
            return Store.open(path, new)

        def failed(exc: BaseException) -> None:
            # The rekey is one SQLCipher transaction: on failure the old key still opens it.
            QMessageBox.critical(
                old,
                "Alba Nera Desk",
                as_plain(store_error_text(exc))
                if isinstance(exc, StoreError)
                else QApplication.translate("App", "The key was not changed."),
            )
            self._swap(old, Store.open(path, key))

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


def run_gui(
    store_path: Path,
    lang: str | None = None,
    exit_after_first_paint: bool = False,
    section: int = 0,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Alba Nera Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Alba Nera")
    app.setDesktopFileName("albanera-desk")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    install_translators(app, lang)
    apply_theme(app)
    install_excepthook(app, interactive=not exit_after_first_paint)

    launcher = Launcher(store_path)
    launcher.non_interactive = exit_after_first_paint
    launcher.auto_backup = not exit_after_first_paint
    status = {"code": 0}

    def gave_up() -> None:
        QTimer.singleShot(0, app.quit)

    def failed(sentence: str) -> None:
        print(f"albanera-desk: {sentence}", file=sys.stderr)
        status["code"] = 2
        QTimer.singleShot(0, app.quit)

    def painted() -> None:
        # The frame is complete here; ``make bench`` reads this line (no record values).
        log.info("first paint at %.6f", time.time())
        if exit_after_first_paint:
            app.quit()

    def ready(window: MainWindow) -> None:
        window.sidebar.setCurrentRow(section)
        window.first_painted.connect(lambda: QTimer.singleShot(0, painted))

    launcher.gave_up.connect(gave_up)
    launcher.failed.connect(failed)
    launcher.ready.connect(ready)
    # Everything loaded so far lives until the end: later collections (and the last one, at
    # exit) need not walk it again. Collection was off while loading (see __main__).
    gc.freeze()
    gc.enable()
    # One thread imports at a time: two importing at once can meet a module half-made
    # ("partially initialized module"). The store opens once all the code is loaded.
    QTimer.singleShot(0, launcher.start)
    code = app.exec()
    window = launcher.window
    check = window.health_check if window is not None else None
    if check is not None:
        check.cancel()  # the start-up check of the whole file never holds up quitting
    if window is not None:
        if check is not None and check.running_uninterruptible:
            _end_without_waiting(launcher, status["code"] or code)
        window.wait_for_work()
        window.desk.close()
    if launcher.lock is not None:
        launcher.lock.release()
    return status["code"] or code


def _end_without_waiting(launcher: Launcher, code: int) -> NoReturn:
    """Quit now although the check is inside SQLCipher's page-by-page HMAC check, the one
    step SQLite cannot interrupt (seconds on a big store): everything that writes is closed
    and flushed first; the check only reads, and SQLite tidies its -wal at the next open."""
    assert launcher.window is not None
    launcher.window.desk.close()
    if launcher.lock is not None:
        launcher.lock.release()
    log.info("quit during the encryption check: not waiting for it")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
