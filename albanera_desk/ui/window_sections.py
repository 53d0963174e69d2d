"""The main window's sections: each built when first needed, wired to the others, and how
a link or a first step moves from one section to another."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QListWidget, QStatusBar

from albanera_desk.ui.section_stack import (
    SECTION_AUDIT,
    SECTION_PEOPLE,
    SECTION_REGISTER,
    SECTION_REQUESTS,
    SECTION_TODAY,
    SECTION_TRANSFERS,
    SectionStack,
)
from albanera_desk.ui.sidebar_badges import show_request_counts

if TYPE_CHECKING:
    from albanera_desk.services.health import HealthReport
    from albanera_desk.ui.audit_view import AuditView
    from albanera_desk.ui.people_view import PeopleView
    from albanera_desk.ui.register_view import RegisterView
    from albanera_desk.ui.requests_view import RequestsView
    from albanera_desk.ui.today_page import TodayPage
    from albanera_desk.ui.transfers_view import TransfersView


class WindowSections:
    """Mixed into ``MainWindow``: the sections as attributes (built on first use)."""

    stack: SectionStack
    sidebar: QListWidget
    _last_health: HealthReport | None

    if TYPE_CHECKING:

        def statusBar(self) -> QStatusBar: ...
        def refresh(self) -> None: ...
        def edit_profile(self) -> None: ...
        def _key_text(self) -> str: ...

    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.stack.view(SECTION_TODAY))

    @property
    def people_view(self) -> PeopleView:
        return cast("PeopleView", self.stack.view(SECTION_PEOPLE))

    @property
    def requests_view(self) -> RequestsView:
        return cast("RequestsView", self.stack.view(SECTION_REQUESTS))

    @property
    def register_view(self) -> RegisterView:
        return cast("RegisterView", self.stack.view(SECTION_REGISTER))

    @property
    def transfers_view(self) -> TransfersView:
        return cast("TransfersView", self.stack.view(SECTION_TRANSFERS))

    @property
    def audit_view(self) -> AuditView:
        return cast("AuditView", self.stack.view(SECTION_AUDIT))

    def _built(self, row: int) -> Any:
        """A section's view only if it exists already (``None`` otherwise): never built here."""
        return self.stack.built_view(row)

    def _wire(self, row: int, view: Any) -> None:
        """A section just built: its signals, and what it shows of the store now."""
        if row == SECTION_TODAY:
            view.record_chosen.connect(self.open_record)
            view.counts_changed.connect(self._show_request_counts)
            view.filter_chosen.connect(self._show_requests)
            view.step_chosen.connect(self._first_step)
            view.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view.refresh(self._key_text())
            if self._last_health is not None:
                view.show_health(self._last_health, self._key_text())
        elif row == SECTION_PEOPLE:
            view.changed.connect(self._people_changed)
            view.request_chosen.connect(lambda ref: self.open_record(f"request:{ref}"))
        elif row == SECTION_REQUESTS:
            view.changed.connect(self.refresh)
            view.person_chosen.connect(lambda pid: self.open_record(f"person:{pid}"))
        elif row in (SECTION_REGISTER, SECTION_TRANSFERS):
            view.changed.connect(self._register_changed)

    def _show_request_counts(self, counts: object) -> None:
        show_request_counts(self.sidebar.item(SECTION_REQUESTS), counts)  # type: ignore[arg-type]

    def _people_changed(self) -> None:
        requests, today = self._built(SECTION_REQUESTS), self._built(SECTION_TODAY)
        if requests is not None:
            requests.reload()
        if today is not None:
            today.show_review()
            today.show_counts()

    def _register_changed(self) -> None:
        for row in (SECTION_REGISTER, SECTION_TRANSFERS):
            view = self._built(row)
            if view is not None:
                view.reload()
        today = self._built(SECTION_TODAY)
        if today is not None:
            today.show_register_checks()

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
        from albanera_desk.ui.presenters.today import record_link

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
