"""The main window: a sidebar of sections, a stack of views, menus with shortcuts."""

from __future__ import annotations

from pathlib import Path

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
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from albanera_desk.domain.keys import KeyKind
from albanera_desk.services.desk import Desk
from albanera_desk.services.health import BackgroundCheck, CheckCancelled, HealthReport
from albanera_desk.ui import help_texts
from albanera_desk.ui.audit_view import AuditView
from albanera_desk.ui.file_menu import build_file_menu
from albanera_desk.ui.form_guard import GuardedDialog
from albanera_desk.ui.organisation_form import OrganisationDialog
from albanera_desk.ui.people_view import build_people_section
from albanera_desk.ui.presenters.today import record_link
from albanera_desk.ui.register_view import build_register_section
from albanera_desk.ui.requests_view import build_requests_section
from albanera_desk.ui.screen_fit import available_area, fit_to_screen
from albanera_desk.ui.settings_dialog import SettingsDialog
from albanera_desk.ui.sidebar_badges import BadgeDelegate, show_request_counts
from albanera_desk.ui.store_actions import StoreActions
from albanera_desk.ui.theme import dress_sidebar
from albanera_desk.ui.today_page import TodayPage
from albanera_desk.ui.transfers_view import build_transfers_section
from albanera_desk.ui.worker import Cancelled, Progress, Task

(
    SECTION_TODAY,
    SECTION_PEOPLE,
    SECTION_REQUESTS,
    SECTION_REGISTER,
    SECTION_TRANSFERS,
    SECTION_AUDIT,
) = range(6)

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class MainWindow(QMainWindow):
    first_painted = Signal()
    locked = Signal()  # idle too long: the launcher closes the store and asks to unlock
    restore_requested = Signal(object)  # a verified backup's Path: the launcher swaps stores
    key_change_requested = Signal(object)  # the new passphrase, or None for a keyring key

    def __init__(
        self,
        desk: Desk,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        auto_backup: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        # Backups (daily and on exit in the real app), restore, recovery sheet, key change.
        self.store_actions = StoreActions(desk, self, auto_backup=auto_backup)
        self._settings = settings
        self._painted = False
        self._health_task: Task | None = None
        self.health_check: BackgroundCheck | None = None  # the latest, cancelled at exit
        self.setWindowTitle(self.tr("Alba Nera Desk — {name}").format(name=desk.store.path.name))
        self.setMinimumSize(QSize(760, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setItemDelegate(BadgeDelegate(self.sidebar))  # counts beside the names
        self.stack = QStackedWidget()
        self.today = TodayPage(desk)
        self.audit_view = AuditView(desk.audit)
        self._add_section(self.tr("Today"), QStyle.StandardPixmap.SP_FileDialogInfoView, self.today)
        self.people_view = build_people_section(desk)
        self._add_section(self.tr("People"), QStyle.StandardPixmap.SP_DirHomeIcon, self.people_view)
        self.requests_view = build_requests_section(desk)
        self._add_section(
            self.tr("Requests"), QStyle.StandardPixmap.SP_FileDialogDetailedView, self.requests_view
        )
        self.register_view = build_register_section(desk)
        self._add_section(
            self.tr("Register"), QStyle.StandardPixmap.SP_FileDialogListView, self.register_view
        )
        self.transfers_view = build_transfers_section(desk)
        self._add_section(
            self.tr("Transfers"), QStyle.StandardPixmap.SP_DriveNetIcon, self.transfers_view
        )
        self._add_section(
            self.tr("Audit"), QStyle.StandardPixmap.SP_FileDialogContentsView, self.audit_view
        )

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)

        self.setAcceptDrops(True)  # a scanned letter dropped on the window starts a request
        self._build_menus()
        dress_sidebar(self.sidebar)  # the desk's own icons, one set
        self._connect_signals()
        self._restore_geometry()
        self.sidebar.setCurrentRow(SECTION_TODAY)
        self.refresh()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self.apply_settings()

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

    def _add_section(self, title: str, icon: QStyle.StandardPixmap, view: QWidget) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.sidebar.addItem(item)
        self.stack.addWidget(view)

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
        self.store_actions.restore_requested.connect(self.restore_requested)
        self.store_actions.key_change_requested.connect(self.key_change_requested)
        self.about_action.triggered.connect(lambda: help_texts.show_about(self))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.requests_view.changed.connect(self.refresh)
        self.register_view.changed.connect(self._register_changed)
        self.transfers_view.changed.connect(self._register_changed)
        self.people_view.changed.connect(self.requests_view.reload)
        self.people_view.changed.connect(self.today.show_review)
        self.people_view.changed.connect(self.today.show_counts)
        self.today.record_chosen.connect(self.open_record)
        self.today.counts_changed.connect(
            lambda counts: show_request_counts(self.sidebar.item(SECTION_REQUESTS), counts)
        )
        self.today.filter_chosen.connect(self._show_requests)
        self.today.step_chosen.connect(self._first_step)
        self.people_view.request_chosen.connect(lambda ref: self.open_record(f"request:{ref}"))
        self.requests_view.person_chosen.connect(lambda pid: self.open_record(f"person:{pid}"))
        self.today.said.connect(lambda text: self.statusBar().showMessage(text, 8000))

    # --- behaviour ---------------------------------------------------------------------

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if row == SECTION_AUDIT:
            self.audit_view.reload()

    def _key_text(self) -> str:
        if self.desk.store.key_kind is KeyKind.RAW:
            return self.tr("key in the system keyring")
        return self.tr("locked with a passphrase")

    def refresh(self) -> None:
        key_text = self._key_text()
        self.store_label.setText(f"{self.desk.store.path.name} · {key_text}")
        self.today.refresh(key_text)
        self.check_store(quiet=True)

    def _register_changed(self) -> None:
        self.register_view.reload()
        self.transfers_view.reload()
        self.today.show_register_checks()

    def purge_expired_items(self, confirm: bool = True) -> int:
        return self.today.purge_expired_items(confirm)

    def _show_requests(self, which: object) -> None:
        self.sidebar.setCurrentRow(SECTION_REQUESTS)
        self.requests_view.show_filter(which)  # type: ignore[arg-type]

    def _first_step(self, step: str) -> None:
        """A new store's first steps, from Today: the profile, the import, the first letter."""
        if step == "profile":
            self.edit_profile()
        elif step == "import":
            self.sidebar.setCurrentRow(SECTION_PEOPLE)
            self.people_view.import_customers()
        else:
            self.sidebar.setCurrentRow(SECTION_REQUESTS)
            self.requests_view.new_request()

    def open_record(self, link: str) -> None:
        """A check's link ("processor:12") opens the record that fixes it."""
        if link.startswith("request:"):  # a request's reference, not a row id
            self.sidebar.setCurrentRow(SECTION_REQUESTS)
            self.requests_view.show_request(link.partition(":")[2])
            return
        target = record_link(link)
        if target is None:
            return
        kind, ident = target
        if kind == "person":
            self.sidebar.setCurrentRow(SECTION_PEOPLE)
            self.people_view.open_person(ident)
        elif kind == "transfer":
            self.sidebar.setCurrentRow(SECTION_TRANSFERS)
            self.transfers_view.edit_transfer(ident)
        elif kind in ("processor", "activity"):
            self.sidebar.setCurrentRow(SECTION_REGISTER)
            if kind == "processor":
                self.register_view.edit_processor(ident)
            else:
                self.register_view.edit_activity(ident)

    def check_store(self, quiet: bool = False) -> None:
        if self._health_task is not None:
            return
        check = self.health_check = BackgroundCheck(
            self.desk.store, backup_dir=self.desk.backup_folder()
        )

        def work(progress: Progress) -> HealthReport:
            try:
                return check.run()
            except CheckCancelled:
                raise Cancelled from None

        self._health_task = Task(
            work,
            parent=None if quiet else self,
            label=self.tr("Checking the store…"),
            cancellable=False,
        )
        self._health_task.succeeded.connect(lambda report: self._show_health(report, quiet))
        self._health_task.failed.connect(self._health_failed)
        self._health_task.cancelled.connect(self._health_cancelled)
        self._health_task.start()

    def _show_health(self, report: HealthReport, quiet: bool) -> None:
        self._health_task = None
        verdict = self.today.show_health(report, self._key_text())
        if not quiet:
            box = QMessageBox.information if report.ok else QMessageBox.warning
            box(self, self.tr("Check the store"), verdict + "\n\n" + "\n".join(report.lines()))

    def _health_failed(self, exc: BaseException) -> None:
        self._health_task = None
        self.today.show_health_failed()

    def _health_cancelled(self) -> None:
        self._health_task = None  # stopped at exit: nothing to show

    def edit_settings(self) -> None:
        if SettingsDialog(self.desk.settings, self).exec():
            self.apply_settings()
            self.refresh()
            self.requests_view.reload()  # deadlines depend on holidays and transit time

    def edit_profile(self) -> None:
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
        for task in (
            self._health_task,
            self._backup_task,
            self.audit_view.verify_task,
            self.people_view.count_task,
        ):
            if task is not None:
                task.wait_until_done()

    @property
    def _backup_task(self) -> Task | None:
        return self.store_actions.backup_task

    def check_then_restore(self, backup: Path) -> None:
        self.store_actions.check_then_restore(backup)

    def save_recovery_sheet(self, path: Path) -> None:
        self.store_actions.save_recovery_sheet(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.store_actions.may_close():
            event.ignore()  # the exit backup first (or the one being written); then it closes
            return
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


def ui_settings(data_dir: Path) -> QSettings:
    """Window state only (no personal data), in the app's data folder, not the registry."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
