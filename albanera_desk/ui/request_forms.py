"""The guided steps of a request: ask for identity, identity confirmed, extend, change status.

Each form says what the step is for, offers the usual answers to tick, asks the
date, and shows the sentence the letter will carry before anything is saved.
The sentences themselves are ``presenters.request_steps``; OK stays greyed
until the form is complete, and the reason why is said under it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.records import RequestStatus
from albanera_desk.services.requests import RequestSummary
from albanera_desk.ui.dates import pydate, qdate, text_date, text_format
from albanera_desk.ui.presenters.request_steps import (
    ExtensionForm,
    ExtensionReason,
    IdentityAsk,
    IdentityDoubt,
    IdentityQuestion,
    StepProblem,
    extension_problem,
    extension_text,
    identity_problem,
    identity_text,
    letter_language,
)
from albanera_desk.ui.presenters.requests import StatusChoice
from albanera_desk.ui.request_words import status_label

ERROR_STYLE = "color: #b00020;"


def _date_edit(day: date, first: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(text_format())
    edit.setMinimumDate(qdate(first))
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _StepDialog(QDialog):
    """The frame the steps share: explanation, form, the letter's sentence, problem, buttons."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.preview = _wrapped()
        self.preview.setStyleSheet("QLabel { background: palette(base); padding: 6px; }")
        self.problem = _wrapped()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _set_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _date_words(self, problem: StepProblem | None) -> str:
        # Translated in this class's context, whichever step asks (self.tr would use the step's).
        if problem is StepProblem.BEFORE_RECEIPT:
            return QCoreApplication.translate(
                "_StepDialog", "The date cannot be before the letter arrived."
            )
        if problem is StepProblem.IN_THE_FUTURE:
            return QCoreApplication.translate("_StepDialog", "The date cannot be in the future.")
        return ""


class IdentityAskDialog(_StepDialog):
    """Art. 12(6): what to ask (only what is needed), why identity is in doubt, and when."""

    def __init__(self, item: RequestSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ask for identity — {ref}").format(ref=item.reference),
            self.tr(
                "Ask only what removes the doubt, never an identity document by default. "
                "The answer's deadline waits until the reply arrives."
            ),
            parent,
        )
        self._item = item
        self._language = letter_language(item.writer_country)
        labels = {
            IdentityQuestion.CUSTOMER_NUMBER: self.tr("The customer number on an invoice"),
            IdentityQuestion.ACCOUNT_EMAIL: self.tr("The email address of their account"),
            IdentityQuestion.LAST_ORDER: self.tr("The date and amount of their last order"),
            IdentityQuestion.ORDER_ADDRESS: self.tr("The delivery address of their last order"),
            IdentityQuestion.PHONE_DIGITS: self.tr("The last four digits of their phone number"),
        }
        self.questions: dict[IdentityQuestion, QCheckBox] = {}
        asked = QVBoxLayout()
        for question, label in labels.items():
            box = QCheckBox(label)
            self.questions[question] = box
            asked.addWidget(box)
            box.toggled.connect(self._changed)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("another question, as the letter will say it"))
        asked.addWidget(self.other)
        self.doubt = QComboBox()
        for doubt, label in (
            (IdentityDoubt.ADDRESS_DIFFERS, self.tr("The address differs from the file")),
            (IdentityDoubt.NOT_SIGNED, self.tr("The letter is not signed")),
            (IdentityDoubt.SAME_NAME, self.tr("Several customers share this name")),
            (IdentityDoubt.ON_BEHALF, self.tr("Made for someone else, no mandate enclosed")),
            (None, self.tr("Another reason…")),
        ):
            self.doubt.addItem(label, doubt)
        self.other_doubt = QLineEdit()
        self.other_doubt.setPlaceholderText(self.tr("the reason, as the letter will say it"))
        self.asked_on = _date_edit(date.today(), item.received_on)
        self.form.addRow(self.tr("Ask for"), asked)
        self.form.addRow(self.tr("Why"), self.doubt)
        self.form.addRow("", self.other_doubt)
        self.form.addRow(self.tr("Asked on"), self.asked_on)
        self.other.textChanged.connect(self._changed)
        self.doubt.currentIndexChanged.connect(self._changed)
        self.other_doubt.textChanged.connect(self._changed)
        self.asked_on.dateChanged.connect(self._changed)
        self._changed()

    def value(self) -> IdentityAsk:
        return IdentityAsk(
            questions=[q for q, box in self.questions.items() if box.isChecked()],
            other=self.other.text(),
            doubt=self.doubt.currentData(),
            other_doubt=self.other_doubt.text() if self.doubt.currentData() is None else "",
            asked_on=pydate(self.asked_on.date()),
        )

    def text(self) -> str:
        """What the identity letter will ask, in the letter's language."""
        return identity_text(self.value(), self._language)

    def _changed(self) -> None:
        self.other_doubt.setEnabled(self.doubt.currentData() is None)
        form = self.value()
        problem = identity_problem(form, self._item.received_on, date.today())
        if problem is StepProblem.NOTHING_ASKED:
            self._set_problem(self.tr("Tick what to ask, or type another question."))
        elif problem is StepProblem.NO_REASON:
            self._set_problem(self.tr("Say why identity is in doubt."))
        else:
            self._set_problem(self._date_words(problem))
        text = self.text()
        self.preview.setVisible(bool(text))
        self.preview.setText(
            self.tr("The letter will ask: « {text} »").format(text=text) if text else ""
        )


class IdentityConfirmedDialog(_StepDialog):
    """How identity was confirmed (never the documents themselves) and when the reply came."""

    def __init__(self, item: RequestSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Identity confirmed — {ref}").format(ref=item.reference),
            self.tr(
                "Keep how identity was confirmed, not the documents. The deadline starts "
                "again from the day the reply arrived."
            ),
            parent,
        )
        self._item = item
        self.how = QComboBox()
        for label in (
            self.tr("The answers match the file"),
            self.tr("The customer number matches"),
            self.tr("Confirmed in person at the shop"),
            self.tr("Another way…"),
        ):
            self.how.addItem(label)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("how it was confirmed"))
        self.received_on = _date_edit(date.today(), item.received_on)
        self.form.addRow(self.tr("How"), self.how)
        self.form.addRow("", self.other)
        self.form.addRow(self.tr("Reply received on"), self.received_on)
        self.preview.setVisible(False)
        self.how.currentIndexChanged.connect(self._changed)
        self.other.textChanged.connect(self._changed)
        self._changed()

    def _another(self) -> bool:
        return self.how.currentIndex() == self.how.count() - 1

    def method(self) -> str:
        return self.other.text().strip() if self._another() else self.how.currentText()

    def day(self) -> date:
        return pydate(self.received_on.date())

    def _changed(self) -> None:
        self.other.setEnabled(self._another())
        self._set_problem(self.tr("Say how identity was confirmed.") if not self.method() else "")


class ExtensionDialog(_StepDialog):
    """Art. 12(3): two more months, notified with the reasons within the first month."""

    def __init__(self, item: RequestSummary, parent: QWidget | None = None) -> None:
        due = text_date(item.due) if item.due else "—"
        super().__init__(
            self.tr("Extend by two months — {ref}").format(ref=item.reference),
            self.tr(
                "Only for a complex request or many requests at once, once, and the writer "
                "is told why within the first month. Due now: {due}."
            ).format(due=due),
            parent,
        )
        self._item = item
        self._language = letter_language(item.writer_country)
        self.reasons: dict[ExtensionReason, QCheckBox] = {}
        ticks = QVBoxLayout()
        for reason, label in (
            (ExtensionReason.VOLUME, self.tr("A large amount of information, in several systems")),
            (ExtensionReason.PROCESSORS, self.tr("Information to obtain from service providers")),
            (ExtensionReason.NUMBER, self.tr("An unusual number of requests")),
        ):
            box = QCheckBox(label)
            self.reasons[reason] = box
            ticks.addWidget(box)
            box.toggled.connect(self._changed)
        self.other = QPlainTextEdit()
        self.other.setTabChangesFocus(True)
        self.other.setPlaceholderText(self.tr("another reason, as the letter will say it"))
        self.other.setFixedHeight(self.other.fontMetrics().lineSpacing() * 3 + 12)
        ticks.addWidget(self.other)
        self.notice_on = _date_edit(date.today(), item.received_on)
        self.form.addRow(self.tr("Reasons"), ticks)
        self.form.addRow(self.tr("Notice sent on"), self.notice_on)
        self.other.textChanged.connect(self._changed)
        self.notice_on.dateChanged.connect(self._changed)
        self._changed()

    def value(self) -> ExtensionForm:
        return ExtensionForm(
            reasons=[r for r, box in self.reasons.items() if box.isChecked()],
            other=self.other.toPlainText(),
            notice_on=pydate(self.notice_on.date()),
        )

    def text(self) -> str:
        return extension_text(self.value(), self._language)

    def _changed(self) -> None:
        form = self.value()
        problem = extension_problem(form, self._item.received_on, date.today())
        if problem is StepProblem.NO_REASON:
            self._set_problem(self.tr("Give the writer at least one reason."))
        else:
            self._set_problem(self._date_words(problem))
        text = self.text()
        self.preview.setVisible(bool(text))
        self.preview.setText(
            self.tr("The notice will say: « {text} »").format(text=text) if text else ""
        )


class StatusDialog(_StepDialog):
    """Move a request by hand: only the moves the rules allow, with the reason when needed."""

    def __init__(
        self, item: RequestSummary, choices: list[StatusChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change status — {ref}").format(ref=item.reference),
            self.tr(
                "Now {status}. A request becomes answered by itself when its answer letter "
                "is recorded as posted."
            ).format(status=status_label(item.status)),
            parent,
        )
        self._choices = choices
        self.status = QComboBox()
        for choice in choices:
            label = status_label(choice.status)
            if choice.override:
                label = self.tr("{status} — without a posted answer letter").format(status=label)
            self.status.addItem(label)
        self.reason = QLineEdit()
        self.form.addRow(self.tr("New status"), self.status)
        self.form.addRow(self.tr("Why"), self.reason)
        self.preview.setVisible(False)
        self.status.currentIndexChanged.connect(self._changed)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def choice(self) -> StatusChoice | None:
        index = self.status.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def why(self) -> str:
        return self.reason.text().strip()

    def _changed(self) -> None:
        choice = self.choice()
        if choice is None:
            self._set_problem(self.tr("No change of status is possible now."))
            return
        if choice.override:
            self.reason.setPlaceholderText(
                self.tr("how it was answered (by email, handed over…): kept in its history")
            )
        elif choice.status is RequestStatus.REFUSED:
            self.reason.setPlaceholderText(
                self.tr("manifestly unfounded or excessive, and why: the refusal letter says it")
            )
        else:
            self.reason.setPlaceholderText(self.tr("kept in the request's history"))
        missing = choice.needs_reason and not self.why()
        self._set_problem(self.tr("Give the reason.") if missing else "")
