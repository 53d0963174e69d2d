"""What the start dialogs share: a title, an error line, and the new-passphrase fields
(entry, confirmation and a strength meter)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from albanera_desk.domain.passphrase import MIN_LENGTH, assess
from albanera_desk.ui.messages import strength_text


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet("QLabel#error { color: #b00020; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PassphraseFields(QWidget):
    """New passphrase, confirmation and a strength meter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_LENGTH))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.verdict = QLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Same again"), self.second)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        verdict = assess(self.first.text())
        self.meter.setValue(int(verdict.strength))
        text = strength_text(int(verdict.strength))
        if self.second.text() and self.second.text() != self.first.text():
            text += " · " + self.tr("the two entries differ")
        self.verdict.setText(text)
        self.changed.emit()

    def clear(self) -> None:
        """Drop the typed passphrase once it has been used (see ``domain.passphrase``)."""
        self.first.clear()
        self.second.clear()

    def passphrase(self) -> str | None:
        """The passphrase when both entries match and it is strong enough, else ``None``."""
        text = self.first.text()
        if text != self.second.text() or not assess(text).acceptable:
            return None
        return text
