"""The People section: find anyone in a keystroke or two, open their file, import the shop.

The list is lazy (see people_model): nothing is read when the window is built; when the
section is first shown, its first page is painted at once and the file is counted in a
worker (a million people take a while to count). A person's file opens only on an explicit
action (Enter or double-click), because opening it is recorded in the audit trail.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.ui.messages import said
from albanera_desk.ui.narrow_table import NarrowTable
from albanera_desk.ui.people_model import FirstPage, PeopleModel
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.worker import Progress, Task

SEARCH_DELAY_MS = 120  # typing pauses this long before the search runs
COUNT_AT_THE_LATEST_MS = 500  # the count starts after the first paint, or after this

if TYPE_CHECKING:
    from albanera_desk.services.desk import Desk


class PeopleView(QWidget):
    changed = Signal()
    request_chosen = Signal(str)  # a person's file asked to show one of their requests

    def __init__(
        self, desk: Desk | None, parent: QWidget | None = None, *, first: FirstPage | None = None
    ) -> None:
        """With its desk; or, before the store opens, with the list's ``first`` page (the
        window's first frame) and the desk later (``attach``)."""
        super().__init__(parent)
        if desk is None and first is None:
            raise ValueError("the People view needs its desk or the list's first page")
        self._desk = desk
        self.model = PeopleModel(desk.people if desk is not None else first, self)  # type: ignore[arg-type]
        self.count_task: Task | None = None  # the first count, in a worker (see _first_show)
        self._generation = 0  # a count started before the latest reload is not shown
        self._count_pending: int | None = None  # the generation whose count waits to start
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, email, postcode, phone or customer ID (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.import_button = QPushButton(self.tr("Import customers…"))
        self.import_button.setToolTip(
            self.tr("The shop's customer export, or any CSV with a column mapping")
        )
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setToolTip(self.tr("Add someone by hand (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.links_button = QPushButton(self.tr("Link items…"))
        self.links_button.setToolTip(
            self.tr("Say which processing activity the items of older imports serve")
        )
        self.open_button.setToolTip(self.tr("Open the selected person's file (Enter)"))
        self.table = PeopleTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and column widths: nothing is measured row by row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Each column at least as wide as its heading ("Code postal" is wider than a postcode).
        bold = QFont(header.font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        for column, width in enumerate((80, 180, 210, 70, 115, 105, 105)):  # 1366 px: no scroll
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, heading.horizontalAdvance(title) + 24))
        self.empty = EmptyState(
            QCoreApplication.translate("MainWindow", "People"),
            QCoreApplication.translate(
                "MainWindow",
                "The personal-information file: each customer or writer, and what we "
                "hold about them by category (contact, payment, purchases, devices, "
                "location, browsing…), with its source, date and retention.",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Add a person when you log a letter about them, or import the shop's "
                "customer export (CSV). Opening a file is itself recorded in the audit trail.",
            ),
        )
        empty_import = QPushButton(self.tr("Import customers…"))
        empty_import.clicked.connect(lambda: self.import_customers())
        self.empty.layout().insertWidget(4, empty_import, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.links_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self._count_timer = QTimer(self)  # owned: it dies with the view, never calls a dead one
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._start_count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._search_now_and_open_single)
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.import_button.clicked.connect(lambda: self.import_customers())
        self.new_button.clicked.connect(self.new_person)
        self.links_button.clicked.connect(self.link_items)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_person)

    # --- list and search -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Nothing is read until someone looks at the list.
        if not self.model.loaded:
            self._first_show()
        super().showEvent(event)

    def _first_show(self) -> None:
        """The first page at once; the count, a walk of the whole list, in a worker started
        once that page is painted (on two cores it would otherwise slow the paint down)."""
        if self.model.show_first_page():
            self._generation += 1
            self._count_pending = self._generation
            self.table.viewport().installEventFilter(self)
            self._count_timer.start(COUNT_AT_THE_LATEST_MS)  # if no paint comes
        self._show_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._count_timer.start(0)  # once this frame is done
        return False

    @property
    def desk(self) -> Desk:
        """The open store's desk (input waits while it opens: nothing asks for it before)."""
        if self._desk is None:
            raise RuntimeError("the store is still opening")
        return self._desk

    def attach(self, desk: Desk) -> None:
        """The store is open: the desk's source reads on from the first page shown."""
        self._desk = desk
        self.model.use_source(desk.people)
        if self._count_pending is not None:
            self._count_timer.start(0)

    def _start_count(self) -> None:
        if self._count_pending is None or self._count_pending != self._generation:
            return  # started already, or a reload counted since
        if self._desk is None:
            return  # counted once the store is open (attach)
        self._count_pending = None
        self.table.viewport().removeEventFilter(self)
        generation, people = self._generation, self.desk.people

        def work(progress: Progress) -> int:
            return people.count()

        task = Task(work)
        task.succeeded.connect(lambda total: self._counted(generation, total))
        task.finished.connect(self._count_finished)
        self.count_task = task
        task.start()

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.model.set_total(total)
            self._show_counts()

    def _count_finished(self) -> None:
        self.count_task = None

    def reload(self) -> None:
        self._generation += 1  # a count still running is now stale
        self.model.refresh()
        self._show_counts()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        self.model.set_query(self.search.text())
        self._show_counts()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _search_now_and_open_single(self) -> None:
        self._timer.stop()
        self._run_search()
        if self.model.rowCount() == 1:
            self.open_selected()
        elif self.model.rowCount():
            self.table.setFocus()

    def _show_counts(self) -> None:
        total = self.model.total
        self.stack.setCurrentIndex(1 if total else 0)
        self.open_button.setEnabled(self.model.rowCount() > 0)
        in_file = (
            self.tr("%n person(s) in the file", "", total)
            if self.model.counted
            else self.tr("Counting the people in the file…")
        )
        if self.model.query:
            matches = self.tr("%n match(es)", "", self.model.rowCount())
            note = self.desk.people.search_note(self.model.query)
            self.count_label.setText(
                matches + "  ·  " + in_file + (f"  ·  {said(note)}" if note else "")
            )
        else:
            self.count_label.setText(in_file)

    # --- a person's file -----------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        person = self.model.person_at(rows[0].row())
        return person.id if person is not None else None

    def open_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is not None:
            self.open_person(person_id)

    def _open_index(self, index: QModelIndex) -> None:
        person = self.model.person_at(index.row())
        if person is not None:
            self.open_person(person.id)

    def open_person(self, person_id: int) -> None:
        from albanera_desk.ui.person_file import PersonFileDialog

        dialog = PersonFileDialog(self.desk, person_id, self)
        dialog.changed.connect(self._after_change)
        dialog.request_chosen.connect(self.request_chosen)
        dialog.exec()

    def _after_change(self) -> None:
        self.model.refresh()
        self._show_counts()
        self.changed.emit()

    def new_person(self) -> None:
        from albanera_desk.ui.person_new import NewPersonDialog

        dialog = NewPersonDialog(self.desk, self)
        if dialog.exec() and dialog.person_id is not None:
            self._after_change()
            self.open_person(dialog.person_id)

    def link_items(self) -> None:
        from albanera_desk.ui.provenance_links import ItemLinksDialog

        ItemLinksDialog(self.desk, self).exec()

    # --- import --------------------------------------------------------------------------

    def import_customers(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import customers"),
                "",
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        from albanera_desk.ui.people_import import ImportDialog

        dialog = ImportDialog(self.desk, path, self)
        dialog.imported.connect(self._after_change)
        dialog.exec()


def build_people_section(desk: Desk) -> PeopleView:
    return PeopleView(desk)


class PeopleTable(NarrowTable):
    """The people table: in a narrow window (1024x700) the postcode and the country step
    aside (the city says where; the file and the search have both) and names and emails
    narrow, so no column is cut off."""

    NAME, EMAIL = 1, 2
    NARROW_WIDTHS = ((NAME, 150), (EMAIL, 150))  # names and emails elide, whole in tooltips

    def __init__(self) -> None:
        super().__init__()
        self.set_aside = (3, 5)  # postcode, country
        self._wide: dict[int, int] = {}

    def became_narrow(self, narrow: bool) -> None:
        if narrow:
            for column, width in self.NARROW_WIDTHS:
                self._wide[column] = self.columnWidth(column)
                self.setColumnWidth(column, min(self._wide[column], width))
        else:
            for column, width in self._wide.items():
                self.setColumnWidth(column, width)
