"""Small editors the record forms share: optional dates, lines, check lists, countries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache

import pycountry
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from albanera_desk.services.addresses import country_name
from albanera_desk.ui.dates import DATE_EDIT_FORMAT


def ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date on."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_EDIT_FORMAT)
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


class CheckList(QListWidget):
    """Choose several from a fixed list; each item carries its key."""

    def __init__(
        self, choices: Iterable[tuple[str, str]], checked: Iterable[object] = (), rows: int = 5
    ) -> None:
        super().__init__()
        wanted = {str(c) for c in checked}
        for key, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if str(key) in wanted else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 8 if self.count() else 40)
        # What is chosen is in view when the form opens, not scrolled out of sight.
        first = next(
            (
                self.item(i)
                for i in range(self.count())
                if str(self.item(i).data(Qt.ItemDataRole.UserRole)) in wanted
            ),
            None,
        )
        if first is not None:
            self.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop)

    def checked_keys(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, key: str, on: bool = True) -> None:
        for i in range(self.count()):
            if str(self.item(i).data(Qt.ItemDataRole.UserRole)) == key:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


@cache
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    found = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return tuple(sorted(found, key=lambda pair: pair[1].casefold()))


class CountryCombo(QComboBox):
    """ISO 3166 countries by name in the UI's language; type to jump ("Éta…", "Uni…")."""

    def __init__(self, code: str = "FR") -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for alpha_2, name in _countries(ui_language()):
            self.addItem(f"{name} ({alpha_2})", alpha_2)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_code(code)

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper())
        self.setCurrentIndex(index if index >= 0 else self.findData("FR"))

    def code(self) -> str:
        index = self.findText(self.currentText())
        if index >= 0:
            return str(self.itemData(index))
        return str(self.currentData() or "")


def codes(text: str) -> list[str]:
    """Country codes typed as "US, IE de" → ["US", "IE", "DE"]."""
    return [part.upper() for part in text.replace(",", " ").split() if part]
