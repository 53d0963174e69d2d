"""Countries by name in the window's language, found by typing any part of the name (accents
optional); the ISO 3166 code stays inside, never on screen."""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.services.addresses import country_name
from albanera_desk.ui.form_fields import ui_language

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def folded(text: str) -> str:
    """ "États-Unis" → "etats-unis": what a search compares, typed with or without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) for every ISO 3166 country, by name in ``language``."""
    found = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return tuple(sorted(found, key=lambda pair: folded(pair[1])))


class _NameCompleter(QCompleter):
    """Matches what is typed anywhere in a name, accents optional; writes back the name."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:
        return [folded(path)]


def _country_model(parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for code, name in countries(ui_language()):
        item = QStandardItem(name)
        item.setData(code, CODE_ROLE)
        item.setData(f"{folded(name)} {code.lower()}", SEARCH_ROLE)
        model.appendRow(item)
    return model


class CountryCombo(QComboBox):
    """ISO 3166 countries by name in the window's language; type any part of a name."""

    def __init__(self, code: str = "FR") -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        model = _country_model(self)
        self.setModel(model)
        completer = _NameCompleter(model, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self.set_code(code)

    def _chosen(self, index: QModelIndex) -> None:
        self.set_code(str(index.data(CODE_ROLE)))

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper(), CODE_ROLE)
        self.setCurrentIndex(index if index >= 0 else self.findData("FR", CODE_ROLE))

    def code(self) -> str:
        """The ISO code of the country shown (the one typed, if its name is typed whole)."""
        typed = folded(self.currentText().strip())
        for row in range(self.count()):
            if folded(self.itemText(row)) == typed:
                return str(self.itemData(row, CODE_ROLE))
        return str(self.currentData(CODE_ROLE) or "")


class CountriesEdit(QWidget):
    """Several countries (where a third party processes data): chosen by name, shown by
    name, kept as ISO codes."""

    changed = Signal()

    def __init__(self, codes: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__()
        self.chosen = QListWidget()
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.chosen.setSpacing(2)
        self.chosen.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.picker = CountryCombo("FR")
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add(self.picker.code()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(self._refresh)
        for code in codes:
            self.add(code)
        self._refresh()

    def add(self, code: str) -> None:
        code = code.upper()
        if not code or code in self.codes():
            return
        item = QListWidgetItem(country_name(code, ui_language()))
        item.setData(CODE_ROLE, code)
        self.chosen.addItem(item)
        self.changed.emit()
        self._refresh()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()
        self._refresh()

    def codes(self) -> list[str]:
        return [str(self.chosen.item(i).data(CODE_ROLE)) for i in range(self.chosen.count())]

    def _refresh(self) -> None:
        self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
