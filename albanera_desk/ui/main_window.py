"""The main window: a sidebar of sections, a stack of views, menus with shortcuts."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QSize,
    Qt,
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
    QFileDialog,
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

from albanera_desk import __version__
from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.recovery_sheet import render_recovery_sheet
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.backup import (
    BackupCheck,
    backup_folder_for,
    latest_backup_age_hours,
    make_backup,
    verify_with_any,
)
from albanera_desk.services.desk import Desk
from albanera_desk.services.health import HealthReport
from albanera_desk.services.key_management import recovery_facts
from albanera_desk.services.register_health import check_register
from albanera_desk.settings import app_paths
from albanera_desk.store.errors import StoreError
from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.ui.audit_view import AuditView
from albanera_desk.ui.messages import said, store_error_text
from albanera_desk.ui.organisation_form import OrganisationDialog
from albanera_desk.ui.people_view import build_people_section
from albanera_desk.ui.register_view import build_register_section
from albanera_desk.ui.requests_view import build_requests_section, due_in_words
from albanera_desk.ui.sections import TodayView
from albanera_desk.ui.settings_dialog import SettingsDialog
from albanera_desk.ui.transfers_view import build_transfers_section
from albanera_desk.ui.worker import Progress, Task

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
        # Daily and on-exit backups (the real app); tests open windows without them.
        self._auto_backup = auto_backup
        self._backup_task: Task | None = None
        self._exit_backup_done = False
        self._settings = settings
        self._painted = False
        self._health_task: Task | None = None
        self.setWindowTitle(self.tr("Alba Nera Desk — {name}").format(name=desk.store.path.name))
        self.setMinimumSize(QSize(760, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.today = TodayView()
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
        self._connect_signals()
        self._restore_geometry()
        self.sidebar.setCurrentRow(SECTION_TODAY)
        self.refresh()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        minutes = desk.settings.get().auto_lock_minutes
        if minutes > 0:
            self._idle_timer.start(minutes * 60_000)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._daily_timer = QTimer(self)
        self._daily_timer.setSingleShot(True)
        self._daily_timer.timeout.connect(self._daily_backup)
        if auto_backup:
            self._daily_timer.start(2000)

    # --- layout ------------------------------------------------------------------------

    def _add_section(self, title: str, icon: QStyle.StandardPixmap, view: QWidget) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.sidebar.addItem(item)
        self.stack.addWidget(view)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.profile_action = QAction(self.tr("Organisation &profile…"), self)
        self.profile_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.check_action = QAction(self.tr("&Check the store"), self)
        self.check_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_K)
        )
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B))
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.sheet_action = QAction(self.tr("Recovery &sheet…"), self)
        self.key_action = QAction(self.tr("Change the &key…"), self)
        self.settings_action = QAction(self.tr("Office &settings…"), self)
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.check_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.sheet_action)
        file_menu.addAction(self.key_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

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
        self.profile_action.triggered.connect(self.edit_profile)
        self.settings_action.triggered.connect(self.edit_settings)
        self.backup_action.triggered.connect(lambda: self._start_backup(parent=self))
        self.restore_action.triggered.connect(self._choose_restore)
        self.sheet_action.triggered.connect(self._recovery_sheet)
        self.key_action.triggered.connect(self._change_key)
        self.check_action.triggered.connect(self.check_store)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.requests_view.changed.connect(self.refresh)
        self.register_view.changed.connect(self._register_changed)
        self.transfers_view.changed.connect(self._register_changed)
        self.people_view.changed.connect(self.requests_view.reload)
        self.people_view.changed.connect(self._show_review)
        self.today.checks.body.linkActivated.connect(self.open_record)
        self.today.review.body.linkActivated.connect(self.open_record)
        self.today.retention_button.clicked.connect(self.purge_expired_items)

    # --- behaviour ---------------------------------------------------------------------

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if row == SECTION_AUDIT:
            self.audit_view.reload()

    def refresh(self) -> None:
        store = self.desk.store
        if store.key_kind is KeyKind.RAW:
            key_text = self.tr("key in the system keyring")
        else:
            key_text = self.tr("locked with a passphrase")
        self.store_label.setText(f"{store.path.name} · {key_text}")
        self.today.store_card.body.setText(
            self.tr("{path}\nEncrypted (SQLCipher), {key}.\nChecking…").format(
                path=str(store.path), key=key_text
            )
        )
        self._show_due()
        self._show_register_checks()
        self._show_review()
        self._show_retention()
        profile = self.desk.organisation.get()
        if profile is None:
            self.today.profile_card.body.setText(
                self.tr("No organisation profile yet: File ▸ Organisation profile (Ctrl+,).")
            )
        else:
            lines = [profile.controller_name, *profile.address_lines]
            lines.append(" ".join(p for p in (profile.postcode, profile.city) if p))
            self.today.profile_card.body.setText("\n".join(line for line in lines if line))
        self.check_store(quiet=True)

    def _register_changed(self) -> None:
        self.register_view.reload()
        self.transfers_view.reload()
        self._show_register_checks()

    def _show_register_checks(self) -> None:
        items = check_register(self.desk.store, date.today())
        if not items:
            self.today.checks.body.setText(
                self.tr(
                    "Nothing missing: every processor has its agreement and terms, every "
                    "transfer its ground, and no review is overdue."
                )
            )
            return
        french = QLocale().language() == QLocale.Language.French
        lines = []
        for item in items[:12]:
            colour = "#b00020" if item.severity == "problem" else "#8a6d00"
            text = html.escape(item.message_fr if french else item.message_en)
            if item.record_id is not None:
                text = f'<a href="{item.record_type}:{item.record_id}">{text}</a>'
            lines.append(f'<span style="color:{colour}">● </span>{text}')
        if len(items) > 12:
            lines.append(self.tr("… and %n more.", "", len(items) - 12))
        self.today.checks.body.setText("<br>".join(lines))

    def _show_review(self) -> None:
        """People flagged under 16: the policy says their data is not knowingly collected."""
        flagged = self.desk.people.to_review(limit=20)
        self.today.review.setVisible(bool(flagged))
        if not flagged:
            return
        intro = self.tr(
            "Under 16 according to their file: check how their data came in, and erase it "
            "unless there is a reason to keep it."
        )
        links = [
            f'<a href="person:{row.id}">{html.escape(row.reference)}</a> '
            f"{html.escape(row.display_name)}"
            for row in flagged
        ]
        self.today.review.body.setText(html.escape(intro) + "<br>" + "<br>".join(links))

    def _show_retention(self) -> None:
        """Storage limitation (art. 5(1)(e)): items past their retention end are deleted."""
        expired = self.desk.people.expired_items()
        self.today.retention.setVisible(expired > 0)
        self.today.retention.body.setText(
            self.tr(
                "%n item(s) in the people file are kept past their retention end: they "
                "should be deleted.",
                "",
                expired,
            )
        )

    def purge_expired_items(self, confirm: bool = True) -> int:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Kept too long"),
                self.tr(
                    "Delete every item kept past its retention end? The rest of each file "
                    "stays; each deletion is recorded in the audit trail."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            deleted = self.desk.people.purge_expired_items()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Kept too long"), store_error_text(exc))
            return 0
        self._show_retention()
        self.statusBar().showMessage(self.tr("%n item(s) deleted.", "", deleted), 8000)
        return deleted

    def open_record(self, link: str) -> None:
        """A check's link ("processor:12") opens the record that fixes it."""
        kind, _, ident = link.partition(":")
        if not ident.isdigit():
            return
        if kind == "person":
            self.sidebar.setCurrentRow(SECTION_PEOPLE)
            self.people_view.open_person(int(ident))
        elif kind == "transfer":
            self.sidebar.setCurrentRow(SECTION_TRANSFERS)
            self.transfers_view.edit_transfer(int(ident))
        elif kind in ("processor", "activity"):
            self.sidebar.setCurrentRow(SECTION_REGISTER)
            if kind == "processor":
                self.register_view.edit_processor(int(ident))
            else:
                self.register_view.edit_activity(int(ident))

    def _show_due(self) -> None:
        today = date.today()
        everything = self.desk.requests.list()
        due = [
            item
            for item in everything
            if item.status in OPEN_STATUSES and item.due and (item.due - today).days <= 7
        ]
        acknowledge = [
            item
            for item in everything
            if item.acknowledge_by is not None and (item.acknowledge_by - today).days <= 7
        ]
        if not due and not acknowledge:
            return  # the card keeps its explanation of what appears here
        lines = []
        for item in due:
            assert item.due is not None
            words = due_in_words(item.due, today)
            colour = "#b00020" if item.due < today else "inherit"
            lines.append(
                f'<span style="color:{colour}"><b>{item.reference}</b> · {html.escape(words)}'
                f" · {html.escape(item.writer_name)}</span>"
            )
        for item in acknowledge:
            assert item.acknowledge_by is not None
            colour = "#b00020" if item.acknowledge_by < today else "inherit"
            words = self.tr("CCPA acknowledgement {when}").format(
                when=due_in_words(item.acknowledge_by, today)
            )
            lines.append(
                f'<span style="color:{colour}"><b>{item.reference}</b> · {html.escape(words)}'
                f" · {html.escape(item.writer_name)}</span>"
            )
        self.today.due.body.setText("<br>".join(lines))

    def check_store(self, quiet: bool = False) -> None:
        if self._health_task is not None:
            return
        desk = self.desk

        def work(progress: Progress) -> HealthReport:
            return desk.health()

        self._health_task = Task(
            work,
            parent=None if quiet else self,
            label=self.tr("Checking the store…"),
            cancellable=False,
        )
        self._health_task.succeeded.connect(lambda report: self._show_health(report, quiet))
        self._health_task.failed.connect(self._health_failed)
        self._health_task.start()

    def _show_health(self, report: HealthReport, quiet: bool) -> None:
        self._health_task = None
        store = self.desk.store
        key_text = (
            self.tr("key in the system keyring")
            if store.key_kind is KeyKind.RAW
            else self.tr("locked with a passphrase")
        )
        verdict = (
            self.tr("Healthy: integrity, encryption, schema and audit chain all hold.")
            if report.ok
            else self.tr("Problems found: {list}").format(
                list="; ".join(f.name for f in report.findings if not f.ok)
            )
        )
        self.today.store_card.body.setText(
            self.tr("{path}\nEncrypted (SQLCipher), {key}.\n{verdict}").format(
                path=str(store.path), key=key_text, verdict=verdict
            )
        )
        if not quiet:
            box = QMessageBox.information if report.ok else QMessageBox.warning
            box(self, self.tr("Check the store"), verdict + "\n\n" + "\n".join(report.lines()))

    def _health_failed(self, exc: BaseException) -> None:
        self._health_task = None
        self.today.store_card.body.setText(self.tr("The store could not be checked."))

    def edit_settings(self) -> None:
        if SettingsDialog(self.desk.settings, self).exec():
            self.refresh()
            self.requests_view.reload()  # deadlines depend on holidays and transit time

    def edit_profile(self) -> None:
        if OrganisationDialog(self.desk.organisation, self).exec():
            self.refresh()

    def shortcuts_text(self) -> str:
        rows = [
            ("Ctrl+1 … Ctrl+6", self.tr("Today, People, Requests, Register, Transfers, Audit")),
            ("Ctrl+N", self.tr("New request, person or register entry (in that section)")),
            ("Ctrl+F", self.tr("Search the people file")),
            ("Enter", self.tr("Open the selected file or record")),
            ("Ctrl+P", self.tr("Print, in the letter preview")),
            ("PgUp / PgDown", self.tr("Previous or next page, in the letter preview")),
            ("Ctrl+B", self.tr("Back up now")),
            ("Ctrl+,", self.tr("Organisation profile")),
            ("Ctrl+Shift+K", self.tr("Check the store")),
            ("F1", self.tr("This list")),
            (QKeySequence(QKeySequence.StandardKey.Quit).toString(), self.tr("Quit")),
        ]
        cells = "".join(
            f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
            for keys, what in rows
        )
        return f"<table cellpadding='3'>{cells}</table>"

    def show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.shortcuts_text())
        box.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Alba Nera Desk"),
            self.tr(
                "Alba Nera Desk {version}\nThe privacy office's desk: requests, the "
                "personal-information file, the processor register and transfers, kept in "
                "one encrypted file on this computer."
            ).format(version=__version__),
        )

    # --- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

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
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.takeCentralWidget().deleteLater()  # no record stays on screen
        self.locked.emit()

    def wait_for_work(self) -> None:
        """Let the workers still running finish before the store closes (at shutdown)."""
        for task in (self._health_task, self._backup_task, self.audit_view.verify_task):
            if task is not None:
                task.wait_until_done()

    def _change_key(self) -> None:
        from albanera_desk.store.keys import KeyringKeys
        from albanera_desk.ui.key_dialog import KeyChangeDialog

        dialog = KeyChangeDialog(self.desk.store.key_kind, KeyringKeys(), self)
        if dialog.exec():
            self.key_change_requested.emit(dialog.new_passphrase())

    def _recovery_sheet(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Recovery sheet"),
            self.tr(
                "The sheet shows the store's key: anyone with it and the file can read "
                "everything. Save it, print it for the office safe, then delete the file."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Recovery sheet"), "recovery-sheet.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_recovery_sheet(Path(path))

    def save_recovery_sheet(self, path: Path) -> None:
        try:
            write_atomically(path, render_recovery_sheet(recovery_facts(self.desk.store)))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), store_error_text(exc))

    def _choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self._backup_folder()),
            self.tr("Backups (*.albanera-backup *.db)"),
        )
        if path:
            self.check_then_restore(Path(path))

    def check_then_restore(self, backup: Path) -> None:
        """Verify the backup in a worker, ask for confirmation, then hand over to the launcher."""
        store = self.desk.store
        # A backup made before a key change opens with one of the store's older keys.
        keys = [store.key, *KeyringKeys().history(store.store_id)]
        store_id = store.store_id

        def work(progress: Progress) -> BackupCheck:
            return verify_with_any(backup, keys, store_id=store_id)[0]

        task = Task(work, parent=self, label=self.tr("Checking the backup…"), cancellable=False)
        task.succeeded.connect(self._confirm_restore)
        self._restore_check = task
        task.start()

    def _confirm_restore(self, check: BackupCheck) -> None:
        if not check.ok:
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("This backup cannot be restored ({why}); nothing was changed.").format(
                    why=said(check.detail)
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the store with the backup {name}? Everything since that backup is "
                "set aside with the current store, not deleted."
            ).format(name=check.path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(check.path)

    def _backup_folder(self) -> Path:
        return backup_folder_for(self.desk.settings.get().backup_folder, app_paths().backup_dir)

    def _daily_backup(self) -> None:
        age = latest_backup_age_hours(self._backup_folder(), self.desk.store.path)
        if age is None or age >= 24:
            self._start_backup(parent=None)

    def _start_backup(self, parent: QWidget | None) -> None:
        if self._backup_task is not None:
            return
        store, folder = self.desk.store, self._backup_folder()
        kept = self.desk.settings.get().backups_kept

        def work(progress: Progress) -> Path:
            return make_backup(store, folder, keep=kept)

        self._backup_task = Task(work, parent=parent, label=self.tr("Backing up the store…"))
        self._backup_task.succeeded.connect(self._backup_made)
        self._backup_task.failed.connect(self._backup_failed)
        self._backup_task.cancelled.connect(self._backup_cancelled)
        self._backup_task.start()

    def _backup_made(self, path: Path) -> None:
        self._backup_task = None
        self.statusBar().showMessage(self.tr("Backup made: {name}").format(name=path.name), 8000)
        self._close_if_exiting()

    def _backup_failed(self, exc: BaseException) -> None:
        self._backup_task = None
        text = store_error_text(exc) if isinstance(exc, StoreError) else str(type(exc).__name__)
        QMessageBox.warning(
            self, self.tr("Backup"), self.tr("The backup failed: {why}").format(why=text)
        )
        self._close_if_exiting()

    def _backup_cancelled(self) -> None:
        self._backup_task = None
        self._close_if_exiting()

    def _close_if_exiting(self) -> None:
        if self._exit_backup_done:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        wants_backup = self._auto_backup and not self._exit_backup_done
        if wants_backup and self.desk.settings.get().backup_on_exit:
            event.ignore()  # back up first (with a progress dialog), then close
            self._exit_backup_done = True
            if self._backup_task is None:
                self._start_backup(parent=self)
            return
        if self._backup_task is not None:
            event.ignore()  # a backup is being written; closing waits for it
            self._exit_backup_done = True
            return
        self._daily_timer.stop()
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
