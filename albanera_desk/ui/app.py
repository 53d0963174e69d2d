"""The application: language, theme, how a bug is shown, and its run from launch to exit
(the store and the window come from ``ui.launcher``)."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from albanera_desk import __version__
from albanera_desk.domain.errors import StoreError
from albanera_desk.settings import RESOURCES_DIR, app_paths
from albanera_desk.ui.launcher import Launcher
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.theme import apply_theme

if TYPE_CHECKING:
    from albanera_desk.ui.main_window import MainWindow

__all__ = ["Launcher", "crash_report", "install_translators", "run_gui"]

log = logging.getLogger(__name__)

LOADED_AFTER_MS = 5000  # collection turns on at the first section's frame, or after this
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICON = RESOURCES_DIR / "icons" / "albanera-desk.svg"


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
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
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

    launcher = Launcher(store_path, section=section)
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
        # The frame is complete here; ``make bench`` reads these lines (no record values).
        log.info("first paint at %.6f", time.time())

    def loaded() -> None:
        # Everything loaded so far lives until the end: later collections (and the last one,
        # at exit) need not walk it again. Collection was off while loading (see __main__).
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def section_painted() -> None:
        log.info("section painted at %.6f", time.time())  # its content, read from the store
        loaded()
        if exit_after_first_paint:
            app.quit()

    def shown(window: MainWindow) -> None:
        window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
        window.section_painted.connect(lambda: QTimer.singleShot(0, section_painted))

    launcher.gave_up.connect(gave_up)
    launcher.failed.connect(failed)
    launcher.shown.connect(shown)

    def begin() -> None:
        # A worker tries the key while the window's code loads here; once the window is on
        # screen, the worker loads the engine and the desk's code while this thread waits.
        launcher.start()
        QTimer.singleShot(LOADED_AFTER_MS, loaded)  # a dialog instead of the window, say

    QTimer.singleShot(0, begin)
    code = app.exec()
    window = launcher.window
    if window is not None and not window.attached:
        launcher.finish_opening()  # its store was still opening: not opened, or closed
        window = None
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
