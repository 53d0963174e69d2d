"""Small editors the record forms share: optional dates, lines, check lists shown whole,
and what a form holds (to ask before discarding changes). Countries: ``country_fields``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from albanera_desk.ui.dates import table_format


def ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date on."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(table_format())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        shown = value or date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class LinesEdit(QPlainTextEdit):
    """One entry per line (purposes, address lines, ...)."""

    def __init__(self, lines: Sequence[str] = (), rows: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlainText("\n".join(lines))
        height = self.fontMetrics().lineSpacing() * rows + 12
        self.setFixedHeight(height)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class CheckList(QWidget):
    """Choose several from a fixed list, shown whole (no scrolling inside the form), in
    ``columns`` columns; each box carries its key."""

    changed = Signal()

    def __init__(
        self,
        choices: Iterable[tuple[str, str]],
        checked: Iterable[object] = (),
        rows: int = 0,
        columns: int = 1,
    ) -> None:
        super().__init__()
        wanted = {str(c) for c in checked}
        self.boxes: list[tuple[str, QCheckBox]] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        entries = list(choices)
        per_column = max(1, -(-len(entries) // max(columns, 1)))
        for n, (key, label) in enumerate(entries):
            box = QCheckBox(label)
            box.setChecked(str(key) in wanted)
            box.toggled.connect(self.changed)
            self.boxes.append((str(key), box))
            grid.addWidget(box, n % per_column, n // per_column)
        if not entries:
            grid.addWidget(QLabel(self.tr("None yet")), 0, 0)
        grid.setColumnStretch(max(columns, 1), 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def count(self) -> int:
        return len(self.boxes)

    def checked_keys(self) -> list[str]:
        return [key for key, box in self.boxes if box.isChecked()]

    def set_checked(self, key: str, on: bool = True) -> None:
        for own, box in self.boxes:
            if own == key:
                box.setChecked(on)


def codes(text: str) -> list[str]:
    """Country codes typed as "US, IE de" → ["US", "IE", "DE"]."""
    return [part.upper() for part in text.replace(",", " ").split() if part]


def form_state(root: QWidget) -> tuple[object, ...]:
    """What the editors under ``root`` hold now: compared before closing, to ask first."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            if isinstance(widget.parent(), QComboBox):
                continue  # an editable combo: its text is read below
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText() if widget.isEditable() else widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QDateEdit):
            values.append(widget.date().toString("yyyyMMdd"))
        elif isinstance(widget, QSpinBox):
            values.append(widget.value())
        elif isinstance(widget, QListWidget):
            values.append(tuple(widget.item(i).text() for i in range(widget.count())))
    return tuple(values)
