"""The Today page filled from the desk: what is due this week, the register checks, people to
review, items kept too long, this store and the organisation.

What it lists and counts is ``albanera_desk.ui.presenters.today``; this page words it.
Its words keep the main window's translation context, where they were first written.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from albanera_desk.domain.errors import StoreError
from albanera_desk.services.desk import Desk
from albanera_desk.services.health import HealthReport
from albanera_desk.services.register_health import check_register
from albanera_desk.services.request_search import RequestFilter, RequestSearch
from albanera_desk.ui.dates import readable_dates, text_date
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.today import (
    DUE_SHOWN,
    check_lines,
    due_days,
    due_this_week,
    failed_checks,
    first_steps,
    profile_lines,
    request_link,
    two_months,
)
from albanera_desk.ui.request_words import due_in_words
from albanera_desk.ui.sections import Card, heading
from albanera_desk.ui.today_widgets import CountTiles, DueCalendar, FirstSteps

RED = "#b00020"
AMBER = "#8a6d00"

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class TodayPage(QScrollArea):
    """The page scrolls as a whole: every card grows with what it says, nothing is cut."""

    record_chosen = Signal(str)  # a link such as "processor:12" or "request:R-2026-0001"
    said = Signal(str)  # a passing message for the status bar
    filter_chosen = Signal(object)  # a count clicked: show the requests it counts
    step_chosen = Signal(str)  # a first step: "profile", "import" or "letter"
    counts_changed = Signal(object)  # RequestCounts, for the sidebar

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._search = RequestSearch(desk.store, desk.actor)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        today = text_date(date.today())
        self.title = heading(translate("TodayView", "Today"))
        self.date_label = QLabel(QLocale().toString(QDate.currentDate(), "dddd") + " " + today)
        self.counts = CountTiles()
        self.first_steps = FirstSteps()
        self.due = Card(translate("TodayView", "Due this week"))
        self.due.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.due.body.setOpenExternalLinks(False)
        self.calendar_card = Card(self.tr("Due dates, this month and next"))
        self.calendar = DueCalendar()
        self.calendar_card.layout().addWidget(self.calendar)
        self.calendar_card.body.setVisible(False)
        self.checks = Card(translate("TodayView", "Register checks"))
        self.checks.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.checks.body.setOpenExternalLinks(False)
        self.review = Card(translate("TodayView", "People to review"))
        self.review.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.review.setVisible(False)
        self.retention = Card(translate("TodayView", "Kept too long"))
        self.retention_button = QPushButton(translate("TodayView", "Delete them…"))
        self.retention.layout().addWidget(self.retention_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retention.setVisible(False)
        self.store_card = Card(translate("TodayView", "This store"))
        self.profile_card = Card(translate("TodayView", "Organisation"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.date_label)
        layout.addSpacing(8)
        layout.addWidget(self.counts)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.due)
        layout.addWidget(self.calendar_card)
        layout.addWidget(self.checks)
        layout.addWidget(self.review)
        layout.addWidget(self.retention)
        layout.addWidget(self.store_card)
        layout.addWidget(self.profile_card)
        layout.addStretch(1)
        self.setWidget(content)
        self.checks.body.linkActivated.connect(self.record_chosen)
        self.review.body.linkActivated.connect(self.record_chosen)
        self.due.body.linkActivated.connect(self.record_chosen)
        self.calendar.request_chosen.connect(self.record_chosen)
        self.counts.chosen.connect(self.filter_chosen)
        self.first_steps.chosen.connect(self.step_chosen)
        # Not connected directly: clicked(checked=False) would skip the confirmation.
        self.retention_button.clicked.connect(lambda: self.purge_expired_items())

    def refresh(self, key_text: str) -> None:
        """Every card again; the store's health follows when its check is done."""
        self.store_card.body.setText(
            QCoreApplication.translate(
                "MainWindow", "{path}\nEncrypted (SQLCipher), {key}.\nChecking…"
            ).format(path=str(self._desk.store.path), key=key_text)
        )
        self.show_counts()
        self.show_due()
        self.show_register_checks()
        self.show_review()
        self.show_retention()
        self.show_profile()

    def show_counts(self) -> None:
        counts = self._search.counts(date.today())
        self.counts.set_counts(counts)
        self.counts_changed.emit(counts)
        self.first_steps.set_steps(
            first_steps(
                self._desk.organisation.get() is not None,
                1 if self._desk.people.anyone() else 0,  # never a count of the whole file
                0 if self._search.is_empty() else 1,
            )
        )

    def show_due(self) -> None:
        today = date.today()
        open_ = self._search.find(which=RequestFilter.OPEN, today=today, limit=None).items
        lines = []
        due = due_this_week(open_, today)
        for line in due[:DUE_SHOWN]:
            words = due_in_words(line.due, today)
            if line.ccpa_acknowledgement:
                words = QCoreApplication.translate(
                    "MainWindow", "CCPA acknowledgement {when}"
                ).format(when=words)
            colour = RED if line.overdue else "inherit"
            lines.append(
                f'<a href="{request_link(line.reference)}" style="color:{colour}">'
                f"<b>{line.reference}</b></a>"
                f'<span style="color:{colour}"> · {html.escape(words)}'
                f" · {html.escape(line.writer)}</span>"
            )
        if len(due) > DUE_SHOWN:
            lines.append(
                QCoreApplication.translate("MainWindow", "… and %n more.", "", len(due) - DUE_SHOWN)
            )
        self.due.body.setText(
            "<br>".join(lines)
            if lines
            else translate(
                "TodayView",
                "Nothing is due. Each letter you log under Requests appears here when its "
                "answer is due within seven days; overdue answers stand out in red.",
            )
        )
        first, last = two_months(today)
        coming = self._search.due_between(first, last)
        self.calendar.set_marks(
            first,
            due_days(coming, today),
            {item.reference: item.writer_name for item in coming},
            today,
        )

    def show_register_checks(self) -> None:
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        if not self._desk.register.list_processors():
            self.checks.body.setText(
                self.tr(
                    "The register is empty, so nothing can be checked yet: add the third "
                    "parties that receive personal information (Register ▸ Add entries from "
                    "the privacy policy)."
                )
            )
            return
        shown, more = check_lines(check_register(self._desk.store, date.today()), language)
        if not shown:
            self.checks.body.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Nothing missing: every processor has its agreement and terms, every "
                    "transfer its ground, and no review is overdue.",
                )
            )
            return
        lines = []
        for check in shown:
            text = html.escape(readable_dates(check.text))
            if check.link is not None:
                text = f'<a href="{check.link}">{text}</a>'
            colour = RED if check.problem else AMBER
            lines.append(f'<span style="color:{colour}">● </span>{text}')
        if more:
            lines.append(QCoreApplication.translate("MainWindow", "… and %n more.", "", more))
        self.checks.body.setText("<br>".join(lines))

    def show_review(self) -> None:
        """People flagged under 16: the policy says their data is not knowingly collected."""
        flagged = self._desk.people.to_review(limit=20)
        self.review.setVisible(bool(flagged))
        if not flagged:
            return
        intro = QCoreApplication.translate(
            "MainWindow",
            "Under 16 according to their file: check how their data came in, and erase it "
            "unless there is a reason to keep it.",
        )
        links = [
            f'<a href="person:{row.id}">{html.escape(row.reference)}</a> '
            f"{html.escape(row.display_name)}"
            for row in flagged
        ]
        self.review.body.setText(html.escape(intro) + "<br>" + "<br>".join(links))

    def show_retention(self) -> None:
        """Storage limitation (art. 5(1)(e)): items past their retention end are deleted."""
        expired = self._desk.people.expired_items()
        self.retention.setVisible(expired > 0)
        self.retention.body.setText(
            QCoreApplication.translate(
                "MainWindow",
                "%n item(s) in the people file are kept past their retention end: they "
                "should be deleted.",
                "",
                expired,
            )
        )

    def show_profile(self) -> None:
        profile = self._desk.organisation.get()
        if profile is None:
            self.profile_card.body.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "No organisation profile yet: File ▸ Organisation profile (Ctrl+,).",
                )
            )
        else:
            self.profile_card.body.setText("\n".join(profile_lines(profile)))

    def show_health(self, report: HealthReport, key_text: str) -> str:
        """The store card after its check; returns the verdict in words."""
        if report.ok:
            verdict = QCoreApplication.translate(
                "MainWindow", "Healthy: integrity, encryption, schema and audit chain all hold."
            )
        else:
            names = {
                "integrity": self.tr("integrity"),
                "encryption": self.tr("encryption"),
                "links": self.tr("links between records"),
                "schema": self.tr("version of the file"),
                "audit chain": self.tr("audit chain"),
            }
            verdict = QCoreApplication.translate("MainWindow", "Problems found: {list}").format(
                list="; ".join(names.get(name, name) for name in failed_checks(report))
            )
        self.store_card.body.setText(
            QCoreApplication.translate(
                "MainWindow", "{path}\nEncrypted (SQLCipher), {key}.\n{verdict}"
            ).format(path=str(self._desk.store.path), key=key_text, verdict=verdict)
        )
        return verdict

    def show_health_failed(self) -> None:
        self.store_card.body.setText(
            QCoreApplication.translate("MainWindow", "The store could not be checked.")
        )

    def purge_expired_items(self, confirm: bool = True) -> int:
        if confirm:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("MainWindow", "Kept too long"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Delete every item kept past its retention end? The rest of each file "
                    "stays; each deletion is recorded in the audit trail.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            deleted = self._desk.people.purge_expired_items()
        except StoreError as exc:
            title = QCoreApplication.translate("MainWindow", "Kept too long")
            QMessageBox.warning(self, title, store_error_text(exc))
            return 0
        self.show_retention()
        self.said.emit(QCoreApplication.translate("MainWindow", "%n item(s) deleted.", "", deleted))
        return deleted
