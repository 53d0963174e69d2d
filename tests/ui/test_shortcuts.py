"""Every keyboard shortcut F1 lists does what it says, pressed as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import LegalGround, RequestKind
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.services.backup import list_backups
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.settings import app_paths
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.help_texts import shortcut_rows
from albanera_desk.ui.main_window import MainWindow, ui_settings
from albanera_desk.ui.print_preview import Fit, PrintPreviewDialog
from albanera_desk.ui.processor_form import ProcessorDialog
from tests.ui.test_print_preview import _letters

CTRL = Qt.KeyboardModifier.ControlModifier


class ModalWatcher(QObject):
    """Notes each modal window that opens (its class and title) and closes it at once."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        self.seen.append((type(modal).__name__, modal.windowTitle()))
        if isinstance(modal, QDialog):
            modal.done(0)  # not reject(): a form would ask about its changes
        else:
            modal.close()

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    desk.register.save_processor(ProcessorRecord(legal_name="Courriel Mistral SAS"))
    desk.register.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_name="Nimbus",
            destination_country="US",
            legal_ground=LegalGround.SCC,
            scc_module="2",
        )
    )
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, isolated_env: Path) -> Iterator[MainWindow]:
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: win._health_task is None and win.audit_view._verify_task is None)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen windows
def test_every_shortcut_listed_under_f1_works(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    modals = ModalWatcher()

    def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
        # As after a click on it: a closed dialog leaves no window active offscreen.
        widget.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
        qtbot.keyClick(widget, key, modifier)

    def opens(name: str, key: Qt.Key, widget: QWidget | None = None) -> None:
        before = len(modals.seen)
        press(widget or window, key)
        try:
            qtbot.waitUntil(lambda: name in modals.names()[before:], timeout=10_000)
        except WaitTimeout:
            raise AssertionError((name, modals.seen)) from None

    def sections() -> None:
        for row in range(6):
            press(window, Qt.Key(Qt.Key.Key_1 + row))
            assert window.sidebar.currentRow() == row

    def new_entry() -> None:
        for row, dialog in ((1, "NewPersonDialog"), (3, "ProcessorDialog"), (4, "TransferDialog")):
            press(window, Qt.Key(Qt.Key.Key_1 + row))
            opens(dialog, Qt.Key.Key_N)
        press(window, Qt.Key.Key_3)
        before = len(modals.seen)
        press(window, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: len(modals.seen) > before, timeout=10_000)  # a new request

    def find() -> None:
        press(window, Qt.Key.Key_2)
        press(window, Qt.Key.Key_F)
        assert QApplication.focusWidget() is window.people_view.search
        # F1 says: people or requests, in that section (a store with a request to search).
        desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Jean Dupont"))
        window.requests_view.reload()
        press(window, Qt.Key.Key_3)
        press(window, Qt.Key.Key_F)
        assert QApplication.focusWidget() is window.requests_view.filters.search

    def enter() -> None:
        press(window, Qt.Key.Key_4)
        table = window.register_view.processor_table
        table.setFocus()
        table.selectRow(0)
        before = len(modals.seen)
        press(table, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        qtbot.waitUntil(lambda: "ProcessorDialog" in modals.names()[before:], timeout=10_000)

    def escape() -> None:
        record = desk.register.list_processors()[0]
        form = ProcessorDialog(desk.register, record, window)
        form.show()
        qtbot.waitExposed(form)
        press(form, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        assert not form.isVisible()

    def preview_keys(check: Callable[[PrintPreviewDialog], None]) -> Callable[[], None]:
        def run() -> None:
            preview = PrintPreviewDialog(_letters(3), "Letters", "letters.pdf", window)
            qtbot.addWidget(preview)
            preview.show()
            qtbot.waitExposed(preview)
            check(preview)
            preview.done(0)

        return run

    def printing(preview: PrintPreviewDialog) -> None:
        opens("QPrintDialog", Qt.Key.Key_P, preview)

    def pages(preview: PrintPreviewDialog) -> None:
        press(preview, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        assert preview.index == 1
        press(preview, Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)
        assert preview.index == 0

    def zoom(preview: PrintPreviewDialog) -> None:
        start = preview.zoom
        press(preview, Qt.Key.Key_Plus)
        assert preview.zoom > start
        press(preview, Qt.Key.Key_Minus)
        assert abs(preview.zoom - start) < 1e-9
        press(preview, Qt.Key.Key_0)
        assert preview.fit is Fit.PAGE

    def open_store() -> None:
        opens("QFileDialog", Qt.Key.Key_O)

    def back_up() -> None:
        press(window, Qt.Key.Key_B)
        qtbot.waitUntil(lambda: window._backup_task is None, timeout=20_000)
        assert len(list_backups(app_paths().backup_dir, desk.store.path)) == 1

    def profile() -> None:
        opens("OrganisationDialog", Qt.Key.Key_Comma)

    def check() -> None:
        before = len(modals.seen)
        press(window, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(
            lambda: any(title == "Check the store" for _, title in modals.seen[before:]),
            timeout=30_000,
        )

    def help_list() -> None:
        press(window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.windowTitle() == "Keyboard shortcuts"
        ]
        qtbot.waitUntil(lambda: any(w.isVisible() for w in shown) or bool(modals.seen))
        for box in shown:
            box.close()

    def lock() -> None:
        with qtbot.waitSignal(window.locked, timeout=10_000):
            press(window, Qt.Key.Key_L)

    def quit_window() -> None:
        press(window, Qt.Key.Key_Q)
        qtbot.waitUntil(lambda: not window.isVisible())

    checks: dict[str, Callable[[], None]] = {
        "Ctrl+1 … Ctrl+6": sections,
        "Ctrl+N": new_entry,
        "Ctrl+F": find,
        "Enter": enter,
        "Esc": escape,
        "Ctrl+P": preview_keys(printing),
        "PgUp / PgDown": preview_keys(pages),
        "Ctrl++ / Ctrl+- / Ctrl+0": preview_keys(zoom),
        "Ctrl+O": open_store,
        "Ctrl+B": back_up,
        "Ctrl+,": profile,
        "Ctrl+Shift+K": check,
        "F1": help_list,
        "Ctrl+L": lock,  # the window is cleared: only Quit after it
        "Ctrl+Q": quit_window,
    }
    listed = [keys for keys, _ in shortcut_rows()]
    assert sorted(listed) == sorted(checks)  # each key F1 lists is tried here, none more
    for keys in checks:
        checks[keys]()
