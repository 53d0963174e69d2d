"""The Today page filled from the desk: what is due this week, the register checks, people to
review, items kept too long, this store and the organisation.

What it lists and counts is ``albanera_desk.ui.presenters.today``; this page words it.
Its words keep the main window's translation context, where they were first written.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from albanera_desk.services.desk import Desk
from albanera_desk.services.health import HealthReport
from albanera_desk.services.register_health import check_register
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.today import (
    check_lines,
    due_this_week,
    failed_checks,
    profile_lines,
)
from albanera_desk.ui.request_words import due_in_words
from albanera_desk.ui.sections import TodayView

RED = "#b00020"
AMBER = "#8a6d00"


class TodayPage(TodayView):
    record_chosen = Signal(str)  # a link such as "processor:12": open the record that fixes it
    said = Signal(str)  # a passing message for the status bar

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.checks.body.linkActivated.connect(self.record_chosen)
        self.review.body.linkActivated.connect(self.record_chosen)
        # Not connected directly: clicked(checked=False) would skip the confirmation.
        self.retention_button.clicked.connect(lambda: self.purge_expired_items())

    def refresh(self, key_text: str) -> None:
        """Every card again; the store's health follows when its check is done."""
        self.store_card.body.setText(
            QCoreApplication.translate(
                "MainWindow", "{path}\nEncrypted (SQLCipher), {key}.\nChecking…"
            ).format(path=str(self._desk.store.path), key=key_text)
        )
        self.show_due()
        self.show_register_checks()
        self.show_review()
        self.show_retention()
        self.show_profile()

    def show_due(self) -> None:
        today = date.today()
        lines = []
        for line in due_this_week(self._desk.requests.list(), today):
            words = due_in_words(line.due, today)
            if line.ccpa_acknowledgement:
                words = QCoreApplication.translate(
                    "MainWindow", "CCPA acknowledgement {when}"
                ).format(when=words)
            colour = RED if line.overdue else "inherit"
            lines.append(
                f'<span style="color:{colour}"><b>{line.reference}</b> · {html.escape(words)}'
                f" · {html.escape(line.writer)}</span>"
            )
        if lines:  # otherwise the card keeps its explanation of what appears here
            self.due.body.setText("<br>".join(lines))

    def show_register_checks(self) -> None:
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
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
            text = html.escape(check.text)
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
            verdict = QCoreApplication.translate("MainWindow", "Problems found: {list}").format(
                list="; ".join(failed_checks(report))
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
