"""The window's sections, each built the first time it is shown (or asked for).

The first paint needs only the shown section: the others' modules are not even imported
until then, and nothing of their records is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from albanera_desk.services.desk import Desk

(
    SECTION_TODAY,
    SECTION_PEOPLE,
    SECTION_REQUESTS,
    SECTION_REGISTER,
    SECTION_TRANSFERS,
    SECTION_AUDIT,
) = range(6)


def _today(desk: Desk) -> QWidget:
    from albanera_desk.ui.today_page import TodayPage

    return TodayPage(desk)


def _people(desk: Desk) -> QWidget:
    from albanera_desk.ui.people_view import build_people_section

    return build_people_section(desk)


def _requests(desk: Desk) -> QWidget:
    from albanera_desk.ui.requests_view import build_requests_section

    return build_requests_section(desk)


def _register(desk: Desk) -> QWidget:
    from albanera_desk.ui.register_view import build_register_section

    return build_register_section(desk)


def _transfers(desk: Desk) -> QWidget:
    from albanera_desk.ui.transfers_view import build_transfers_section

    return build_transfers_section(desk)


def _audit(desk: Desk) -> QWidget:
    from albanera_desk.ui.audit_view import AuditView

    return AuditView(desk.audit)


BUILDERS: tuple[Callable[[Desk], QWidget], ...] = (
    _today,
    _people,
    _requests,
    _register,
    _transfers,
    _audit,
)


class SectionStack(QStackedWidget):
    """A stack of placeholders; a section's view takes its place the first time it is needed."""

    built = Signal(int, object)  # the section's row and its new view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None  # given once the store is open (``attach``)
        self._views: dict[int, QWidget] = {}
        self._early: dict[int, QWidget] = {}  # placed before the desk (see ``place``)
        for _ in BUILDERS:
            self.addWidget(QWidget())

    def attach(self, desk: Desk) -> None:
        """The store is open: sections placed before it get the desk, and are wired now."""
        self._desk = desk
        for row, view in sorted(self._early.items()):
            view.attach(desk)  # type: ignore[attr-defined]
            self.built.emit(row, view)
        self._early.clear()

    def place(self, row: int, view: QWidget) -> None:
        """A section shown before the store opened (its first page read ahead): it takes its
        place now, and is given the desk and wired when the store is open (``attach``)."""
        self._early[row] = view
        self._put(row, view)

    def is_built(self, row: int) -> bool:
        return row in self._views

    def built_view(self, row: int) -> QWidget | None:
        """The section's view if it was built, without building it."""
        return self._views.get(row)

    def view(self, row: int) -> QWidget:
        """The section's view, built now if it was not yet."""
        found = self._views.get(row)
        if found is not None:
            return found
        if self._desk is None:
            raise RuntimeError("a section is built once the store is open")
        view = BUILDERS[row](self._desk)
        self._put(row, view)
        self.built.emit(row, view)
        return view

    def _put(self, row: int, view: QWidget) -> None:
        self._views[row] = view
        current = self.currentIndex()
        placeholder = self.widget(row)
        self.insertWidget(row, view)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        self.setCurrentIndex(current)

    def show_section(self, row: int) -> QWidget:
        view = self.view(row)
        self.setCurrentIndex(row)
        return view
