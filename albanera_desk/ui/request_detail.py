"""The pane under the requests table: one request's deadline, person, letters and history.

What it lists is ``presenters.requests.detail_of``; this pane words it, with the
window's dates, and offers the person's file when the letter is linked to one.
It scrolls, so a long history is never cut.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from albanera_desk.ui.dates import readable_dates, text_date, text_datetime
from albanera_desk.ui.presenters.requests import Detail
from albanera_desk.ui.request_words import event_label, letter_label, status_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def detail_html(detail: Detail) -> str:
    """The pane's lines: heading, rule, person, letters sent, CCPA receipt, history."""
    e = html.escape
    about = (
        translate("RequestsView", "Linked to a person in the file.")
        if detail.linked
        else translate("RequestsView", "Not linked to anyone in the file yet (Person…).")
    )
    lines = [
        f"<b>{e(detail.reference)}</b> — {e(status_label(detail.status))}",
        e(readable_dates(detail.rule)),
        e(about),
    ]
    for sent in detail.sent:
        posted = text_date(sent.posted_on) if sent.posted_on else "—"
        tracking = f" · {sent.tracking}" if sent.tracking else ""
        lines.append(
            e(
                translate("RequestsView", "Letter sent: {kind}, posted {day}").format(
                    kind=letter_label(sent.kind), day=posted
                )
                + tracking
            )
        )
    if detail.acknowledge_by is not None:
        lines.append(
            e(
                translate(
                    "RequestsView", "CCPA: acknowledge receipt by {day} (10 business days)."
                ).format(day=text_date(detail.acknowledge_by))
            )
        )
    for event in detail.events:
        words = event_label(event.kind)
        note = f" · {event.note}" if event.note else ""
        lines.append(e(f"{text_datetime(event.at)} · {words}{readable_dates(note)}"))
    return "<br>".join(lines)


class RequestDetail(QWidget):
    person_chosen = Signal(int)  # open this person's file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.person_button = QPushButton(self.tr("Open the person's file"))
        self.person_button.setToolTip(
            self.tr("The file of the person this letter is about (opening it is recorded)")
        )
        self.person_button.setVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._person: int | None = None
        self._html = ""
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.hint, 1)
        top.addWidget(self.person_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 100)
        layout.addStretch(1)  # the hint stays at the top when there is no detail to show
        self.person_button.clicked.connect(self._open_person)

    def show_nothing(self, hint: str) -> None:
        self._person = None
        self._html = ""
        self.person_button.setVisible(False)
        self.hint.setText(hint)
        self.hint.setVisible(True)
        self.body.clear()
        self.body.setVisible(False)

    def show_detail(self, detail: Detail, person_id: int | None) -> None:
        self._person = person_id
        self.person_button.setVisible(person_id is not None)
        self.hint.clear()
        self.hint.setVisible(False)
        self.body.setVisible(True)
        self._html = detail_html(detail)
        self.body.setHtml(self._html)

    def text(self) -> str:
        """What the pane shows (its rich text), or the hint when nothing is selected."""
        return self._html or self.hint.text()

    def _open_person(self) -> None:
        if self._person is not None:
            self.person_chosen.emit(self._person)
