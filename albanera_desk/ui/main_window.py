"""The main window: a sidebar of sections, a stack of views, menus with shortcuts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStyle,
    QWidget,
)

from albanera_desk.domain.keys import KeyKind
from albanera_desk.ui import help_texts
from albanera_desk.ui.file_menu import build_file_menu
from albanera_desk.ui.form_guard import GuardedDialog
from albanera_desk.ui.held_input import HeldInput
from albanera_desk.ui.screen_fit import available_area, fit_to_screen
from albanera_desk.ui.section_stack import (
    SECTION_AUDIT,
    SECTION_PEOPLE,
    SECTION_REGISTER,
    SECTION_REQUESTS,
    SECTION_TODAY,
    SECTION_TRANSFERS,
    SectionStack,
)
from albanera_desk.ui.sidebar_badges import BadgeDelegate
from albanera_desk.ui.theme import dress_sidebar
from albanera_desk.ui.window_health import WindowHealth
from albanera_desk.ui.window_sections import WindowSections
from albanera_desk.ui.worker import Task

if TYPE_CHECKING:
    from albanera_desk.domain.person_file import PersonRow
    from albanera_desk.services.desk import Desk
    from albanera_desk.services.health import BackgroundCheck, HealthReport
    from albanera_desk.ui.store_actions import StoreActions

__all__ = [
    "SECTION_AUDIT",
    "SECTION_PEOPLE",
    "SECTION_REGISTER",
    "SECTION_REQUESTS",
    "SECTION_TODAY",
    "SECTION_TRANSFERS",
    "MainWindow",
    "ui_settings",
]

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class MainWindow(WindowHealth, WindowSections, QMainWindow):
    """Made with its desk, or first as the opening store's window (``desk`` None, the key
    already known to read the file): it paints at once, ignores input, and shows its sections
    when ``attach`` gives it the desk (the store opened with its engine meanwhile)."""

    first_painted = Signal()  # the window's first frame
    section_painted = Signal()  # the first frame with the shown section's content
    locked = Signal()  # idle too long: the launcher closes the store and asks to unlock
    restore_requested = Signal(object)  # a verified backup's Path: the launcher swaps stores
    key_change_requested = Signal(object)  # the new passphrase, or None for a keyring key

    def __init__(
        self,
        desk: Desk | None,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        auto_backup: bool = False,
        section: int = SECTION_TODAY,
        opening: tuple[Path, KeyKind] | None = None,
        first_people: list[PersonRow] | None = None,
    ) -> None:
        super().__init__(parent)
        if desk is None and opening is None:
            raise ValueError("a window without its desk needs the opening store's path and key")
        store_path, key_kind = opening if desk is None else (desk.store.path, desk.store.key_kind)
        self._key_kind = key_kind
        self._auto_backup = auto_backup
        self._settings = settings
        self._painted = False
        self._section_painted = False
        self._rest_started = False  # the store's check and the counts, after the first frame
        self._section_ready = desk is not None  # the shown section has its content
        self.attached = False  # the desk given (``attach``): sections, menus and input work
        self._cleared = False  # locked or closed: nothing more is shown or started
        self._after_paint = QTimer(self)  # owned: never calls a window that is gone
        self._after_paint.setSingleShot(True)
        self._after_paint.timeout.connect(self._after_first_paint)
        self._health_task: Task | None = None
        self.health_check: BackgroundCheck | None = None  # the latest, cancelled at exit
        self.setWindowTitle(self.tr("Alba Nera Desk — {name}").format(name=store_path.name))
        self.setMinimumSize(QSize(760, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setItemDelegate(BadgeDelegate(self.sidebar))  # counts beside the names
        # Only the shown section is built (first paint); the others when first shown.
        self.stack = SectionStack()
        self.stack.built.connect(self._wire)
        self._last_health: HealthReport | None = None
        for title, icon in (
            (self.tr("Today"), QStyle.StandardPixmap.SP_FileDialogInfoView),
            (self.tr("People"), QStyle.StandardPixmap.SP_DirHomeIcon),
            (self.tr("Requests"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
            (self.tr("Register"), QStyle.StandardPixmap.SP_FileDialogListView),
            (self.tr("Transfers"), QStyle.StandardPixmap.SP_DriveNetIcon),
            (self.tr("Audit"), QStyle.StandardPixmap.SP_FileDialogContentsView),
        ):
            self._add_section(title, icon)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)
        self.store_actions: StoreActions | None = None  # made with the desk

        self.setAcceptDrops(True)  # a scanned letter dropped on the window starts a request
        self._build_menus()
        dress_sidebar(self.sidebar)  # the desk's own icons, one set
        self._connect_signals()
        self._restore_geometry()
        self._show_store_label(store_path.name)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self.sidebar.blockSignals(True)  # the section is built with the desk (attach)
        self.sidebar.setCurrentRow(section)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentIndex(section)
        if desk is not None:
            self.attach(desk)
            return
        self._input_held = HeldInput(self)
        if section == SECTION_PEOPLE and first_people is not None:
            from albanera_desk.ui.people_model import FirstPage
            from albanera_desk.ui.people_view import PeopleView

            self.stack.place(section, PeopleView(None, first=FirstPage(first_people)))
            self._section_ready = True

    def attach(self, desk: Desk) -> None:
        """The store is open: the shown section is built and filled, the menus work."""
        from albanera_desk.ui.store_actions import StoreActions

        self.desk = desk
        self.attached = True
        self._section_ready = True
        # Backups (daily and on exit in the real app), restore, recovery sheet, key change.
        self.store_actions = StoreActions(desk, self, auto_backup=self._auto_backup)
        self.store_actions.restore_requested.connect(self.restore_requested)
        self.store_actions.key_change_requested.connect(self.key_change_requested)
        self.stack.attach(desk)
        held = getattr(self, "_input_held", None)
        if held is not None:
            held.release()
        self._show_section(self.sidebar.currentRow())  # builds it (Today fills itself)
        # The rest waits for the first frame (see paintEvent): the store's check, a worker
        # that would compete with the paint, and the sidebar's counts when Today is not shown.
        self.apply_settings()
        if self._painted:
            self.update()  # the section's frame: section_painted, then the rest

    def apply_settings(self) -> None:
        """The office settings take effect at once (the auto-lock delay, from now)."""
        minutes = self.desk.settings.get().auto_lock_minutes
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if minutes > 0:
            self._idle_timer.start(minutes * 60_000)
            if app is not None:
                app.installEventFilter(self)
        else:
            self._idle_timer.stop()

    # --- layout ------------------------------------------------------------------------

    def _add_section(self, title: str, icon: QStyle.StandardPixmap) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.sidebar.addItem(item)

    def _build_menus(self) -> None:
        build_file_menu(self)  # its actions are the window's: window.backup_action, ...

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions: list[QAction] = []
        for row in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
            self.section_actions.append(action)
        self.addActions(self.section_actions)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About Alba Nera Desk"), self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._show_section)
        self.about_action.triggered.connect(lambda: help_texts.show_about(self))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    # --- behaviour ---------------------------------------------------------------------

    def _show_section(self, row: int) -> None:
        self.stack.show_section(row)
        if row == SECTION_AUDIT:
            self.audit_view.reload()

    def _key_text(self) -> str:
        if self._key_kind is KeyKind.RAW:
            return self.tr("key in the system keyring")
        return self.tr("locked with a passphrase")

    def _show_store_label(self, name: str | None = None) -> None:
        name = name if name is not None else self.desk.store.path.name
        self.store_label.setText(f"{name} · {self._key_text()}")

    def refresh(self, today_too: bool = True) -> None:
        key_text = self._key_text()
        self._show_store_label()
        today = self._built(SECTION_TODAY)
        if today is not None:
            if today_too:
                today.refresh(key_text)  # its counts reach the sidebar too
        else:
            from albanera_desk.services.request_search import RequestSearch

            counts = RequestSearch(self.desk.store, self.desk.actor).counts(date.today())
            self._show_request_counts(counts)
        self.check_store(quiet=True)

    def purge_expired_items(self, confirm: bool = True) -> int:
        return self.today.purge_expired_items(confirm)

    def edit_settings(self) -> None:
        from albanera_desk.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.desk.settings, self).exec():
            self.apply_settings()
            self.refresh()
            requests = self._built(SECTION_REQUESTS)
            if requests is not None:
                requests.reload()  # deadlines depend on holidays and transit time

    def edit_profile(self) -> None:
        from albanera_desk.ui.organisation_form import OrganisationDialog

        if OrganisationDialog(self.desk.organisation, self).exec():
            self.refresh()

    def shortcuts_text(self) -> str:
        return help_texts.shortcuts_text()

    def show_shortcuts(self) -> None:
        help_texts.show_shortcuts(self)

    # --- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, QSize(1280, 820))
        # Never larger than the screen it opens on (a smaller screen than last time).
        area = available_area(self)
        if self.width() > area.width() or self.height() > area.height():
            fit_to_screen(self, self.size(), area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key or mouse use restarts the idle countdown."""
        if event.type() in _USER_INPUT and self._idle_timer.isActive():
            self._idle_timer.start()
        return False

    def lock(self) -> None:
        """Close the store and clear the views; the launcher asks to unlock."""
        self._idle_timer.stop()
        self._cleared = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.wait_for_work()
        # Open dialogs (a person's file, a form, a preview) close first: no record stays on
        # screen, and no dialog's loop outlives the views it belongs to.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, GuardedDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)  # locking does not ask, it clears
            elif isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.takeCentralWidget().deleteLater()  # no record stays on screen
        self.locked.emit()

    def wait_for_work(self) -> None:
        """Let the workers still running finish before the store closes (at shutdown)."""
        if self.health_check is not None:
            self.health_check.cancel()  # a check of the whole file never holds up quitting
        audit, people = self._built(SECTION_AUDIT), self._built(SECTION_PEOPLE)
        for task in (
            self._health_task,
            self._backup_task,
            audit.verify_task if audit is not None else None,
            people.count_task if people is not None else None,
        ):
            if task is not None:
                task.wait_until_done()

    @property
    def _backup_task(self) -> Task | None:
        return self.store_actions.backup_task if self.store_actions is not None else None

    def check_then_restore(self, backup: Path) -> None:
        assert self.store_actions is not None
        self.store_actions.check_then_restore(backup)

    def save_recovery_sheet(self, path: Path) -> None:
        assert self.store_actions is not None
        self.store_actions.save_recovery_sheet(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store_actions is None:  # closed while its store opens: the app ends, and
            self._cleared = True  # the launcher does not open it (``finish_opening``)
            super().closeEvent(event)
            return
        if not self.store_actions.may_close():
            event.ignore()  # the exit backup first (or the one being written); then it closes
            return
        self._cleared = True
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return
        event.acceptProposedAction()
        self.sidebar.setCurrentRow(SECTION_REQUESTS)
        path = Path(urls[0].toLocalFile())
        QTimer.singleShot(0, lambda: self.requests_view.new_request(scan=path))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        if self._section_ready and not self._section_painted:
            self._section_painted = True
            self.section_painted.emit()
        if self.attached and not self._rest_started:
            self._rest_started = True
            self._after_paint.start(0)  # once this frame is done

    def _after_first_paint(self) -> None:
        """The shown section was filled for its first frame; the rest follows now."""
        if not self._cleared:
            self.refresh(today_too=False)


def ui_settings(data_dir: Path) -> QSettings:
    """Window state only (no personal data), in the app's data folder, not the registry."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
