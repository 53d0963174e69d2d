"""What the office decides on a request, from the window: refuse it on its ground, answer it
partly, restrict processing (and announce the lifting), uphold an objection, make the
portable copy, record the art. 19 notices as posted. Each choice goes through the services
(``RequestDecisions``, ``LetterService``), which record it with its trail.

``DecisionsButton`` is a push button with these choices in its menu, for the Requests
section to place beside its other buttons; it needs only the desk and the current request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import DecisionGround
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import LetterService
from albanera_desk.services.request_decisions import REFUSAL_GROUNDS, RequestDecisions
from albanera_desk.ui.messages import store_error_text

G = DecisionGround


def ground_label(ground: DecisionGround) -> str:
    words = {
        G.MANIFESTLY_UNFOUNDED: QCoreApplication.translate(
            "RequestDecisions", "Manifestly unfounded (art. 12(5)(b))"
        ),
        G.EXCESSIVE: QCoreApplication.translate(
            "RequestDecisions", "Manifestly excessive, repetitive (art. 12(5)(b))"
        ),
        G.IDENTITY_NOT_ESTABLISHED: QCoreApplication.translate(
            "RequestDecisions", "Identity not established (art. 11(2), 12(2))"
        ),
        G.STATUTORY_RESTRICTION: QCoreApplication.translate(
            "RequestDecisions", "Restricted by law (art. 23)"
        ),
        G.LEGAL_RETENTION: QCoreApplication.translate(
            "RequestDecisions", "Legal duty to keep (art. 17(3)(b))"
        ),
        G.LEGAL_CLAIMS: QCoreApplication.translate(
            "RequestDecisions", "Legal claims (art. 17(3)(e), 21(1))"
        ),
        G.RIGHTS_OF_OTHERS: QCoreApplication.translate(
            "RequestDecisions", "Rights of others (art. 15(4), 20(4))"
        ),
        G.COMPELLING_GROUNDS: QCoreApplication.translate(
            "RequestDecisions", "Compelling legitimate grounds (art. 21(1))"
        ),
        G.NOT_PROVIDED_BY_PERSON: QCoreApplication.translate(
            "RequestDecisions", "Not provided by the person (art. 20(1))"
        ),
        G.CCPA_EXCEPTION: QCoreApplication.translate(
            "RequestDecisions", "CCPA exception (§1798.105(d), §1798.145)"
        ),
    }
    return words[ground]


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class _DecisionDialog(QDialog):
    """A small form whose Save runs one service call; its sentence shows if refused."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def work(self) -> None:  # pragma: no cover - each dialog says what it does
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.work()
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.accept()

    def grounds(self, allowed: frozenset[DecisionGround] | None = None) -> QComboBox:
        box = QComboBox()
        for ground in DecisionGround:
            if allowed is None or ground in allowed:
                box.addItem(ground_label(ground), ground.value)
        return box


class RefuseDialog(_DecisionDialog):
    def __init__(self, desk: Desk, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RequestDecisions", "Refuse {ref}").format(ref=reference),
            parent,
        )
        self._decisions = RequestDecisions(desk.store, desk.actor)
        self._reference = reference
        self.ground = self.grounds(REFUSAL_GROUNDS)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "RequestDecisions", "The reason, as the letter will quote it"
            )
        )
        self.form.addRow(
            QCoreApplication.translate("RequestDecisions", "Legal ground"), self.ground
        )
        self.form.addRow(QCoreApplication.translate("RequestDecisions", "Reason"), self.reason)

    def work(self) -> None:
        self._decisions.refuse(
            self._reference, G(self.ground.currentData()), self.reason.toPlainText()
        )


class PartialAnswerDialog(_DecisionDialog):
    def __init__(self, desk: Desk, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RequestDecisions", "Answer {ref} partly").format(
                ref=reference
            ),
            parent,
        )
        self._decisions = RequestDecisions(desk.store, desk.actor)
        self._reference = reference
        self.ground = self.grounds()
        self.left = QLineEdit()
        self.left.setPlaceholderText(
            QCoreApplication.translate(
                "RequestDecisions", "what is not done, as the letter will say it"
            )
        )
        self.reason = QPlainTextEdit()
        self.form.addRow(QCoreApplication.translate("RequestDecisions", "Not done"), self.left)
        self.form.addRow(
            QCoreApplication.translate("RequestDecisions", "Legal ground"), self.ground
        )
        self.form.addRow(QCoreApplication.translate("RequestDecisions", "Reason"), self.reason)

    def work(self) -> None:
        self._decisions.answer_partly(
            self._reference,
            G(self.ground.currentData()),
            self.left.text(),
            self.reason.toPlainText(),
        )


class RestrictionDialog(_DecisionDialog):
    """Start a restriction (art. 18), or plan its lifting (told to the person first)."""

    def __init__(
        self, desk: Desk, reference: str, *, lifting: bool, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("RequestDecisions", "Lift the restriction for {ref}")
            if lifting
            else QCoreApplication.translate("RequestDecisions", "Restrict processing for {ref}")
        )
        super().__init__(title.format(ref=reference), parent)
        self._decisions = RequestDecisions(desk.store, desk.actor)
        self._reference = reference
        self._lifting = lifting
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            QCoreApplication.translate("RequestDecisions", "why it ends")
            if lifting
            else QCoreApplication.translate("RequestDecisions", "while what is checked")
        )
        self.form.addRow(
            QCoreApplication.translate("RequestDecisions", "Lifted on")
            if lifting
            else QCoreApplication.translate("RequestDecisions", "From"),
            self.on,
        )
        self.form.addRow(QCoreApplication.translate("RequestDecisions", "Reason"), self.reason)

    def work(self) -> None:
        if self._lifting:
            self._decisions.lift_restriction(self._reference, _day(self.on), self.reason.text())
        else:
            self._decisions.restrict(self._reference, _day(self.on), self.reason.text())


class ObjectionDialog(_DecisionDialog):
    """Art. 21(1) upheld: choose the processing activities that stop for the person."""

    def __init__(self, desk: Desk, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RequestDecisions", "Uphold the objection of {ref}").format(
                ref=reference
            ),
            parent,
        )
        self._decisions = RequestDecisions(desk.store, desk.actor)
        self._reference = reference
        self.activities = QListWidget()
        for activity in desk.register.list_activities():
            item = QListWidgetItem(activity.name)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.activities.addItem(item)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.form.addRow(
            QCoreApplication.translate("RequestDecisions", "Processing that stops"), self.activities
        )
        self.form.addRow(QCoreApplication.translate("RequestDecisions", "From"), self.on)

    def chosen(self) -> list[int]:
        out = []
        for row in range(self.activities.count()):
            item = self.activities.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def work(self) -> None:
        self._decisions.uphold_objection(self._reference, self.chosen(), _day(self.on))


class DecisionsButton(QPushButton):
    """ "Decide…": the decisions a request may need, each recorded with its trail."""

    decided = Signal()

    def __init__(
        self, desk: Desk, current: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("RequestDecisions", "Decide…"), parent)
        self.setToolTip(
            QCoreApplication.translate(
                "RequestDecisions",
                "Refuse on a legal ground, answer partly, restrict, uphold an objection",
            )
        )
        self._desk = desk
        self._current = current
        self.error = ""
        menu = QMenu(self)
        self.actions_by_name = {
            "refuse": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Refuse on a legal ground…")
            ),
            "partial": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Answer partly…")
            ),
            "restrict": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Restrict processing…")
            ),
            "lift": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Plan the end of the restriction…")
            ),
            "objection": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Uphold an objection…")
            ),
            "portable": menu.addAction(
                QCoreApplication.translate("RequestDecisions", "Make and save the portable copy…")
            ),
        }
        self.setMenu(menu)
        self.actions_by_name["refuse"].triggered.connect(lambda: self._open(RefuseDialog))
        self.actions_by_name["partial"].triggered.connect(lambda: self._open(PartialAnswerDialog))
        self.actions_by_name["restrict"].triggered.connect(
            lambda: self._open(lambda d, r, p: RestrictionDialog(d, r, lifting=False, parent=p))
        )
        self.actions_by_name["lift"].triggered.connect(
            lambda: self._open(lambda d, r, p: RestrictionDialog(d, r, lifting=True, parent=p))
        )
        self.actions_by_name["objection"].triggered.connect(lambda: self._open(ObjectionDialog))
        self.actions_by_name["portable"].triggered.connect(self.portable_copy)

    def _open(self, make: Callable[[Desk, str, QWidget], QDialog]) -> None:
        reference = self._current()
        if reference is None:
            return
        if make(self._desk, reference, self).exec():
            self.decided.emit()

    def portable_copy(self, folder: Path | None = None) -> list[Path]:
        """Make the JSON and CSV copy (kept with the request) and save both where asked."""
        reference = self._current()
        if reference is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("RequestDecisions", "Save the portable copy")
            )
            if not chosen:
                return []
            folder = Path(chosen)
        try:
            files = LetterService(self._desk.store, self._desk.actor).make_portable_copy(reference)
            written = []
            for made in files:
                write_atomically(folder / made.name, made.content)
                written.append(folder / made.name)
        except StoreError as exc:
            self.error = store_error_text(exc)
            self.setToolTip(self.error)
            return []
        self.decided.emit()
        return written
