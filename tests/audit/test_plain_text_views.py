"""No view renders what a person typed as HTML.

Qt's labels, tooltips and message boxes guess "rich text" when a line holds something
like a tag: a name such as ``<b>Ève</b>`` (or an ``<img>``, a link) would be drawn as
markup. Every record here carries markup in its names and texts; then every label,
tooltip and text view of the window and of the dialogs that show them is inspected.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.records import RequestKind
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.main_window import MainWindow, ui_settings
from albanera_desk.ui.messages import as_plain
from albanera_desk.ui.person_file import CorrectionDialog, PersonFileDialog
from albanera_desk.ui.register_view import ProcessorDialog, RegisterView
from albanera_desk.ui.start_dialogs import FirstStartDialog

# Each value as typed, and the word a reader would spot in it: wherever the word shows,
# the whole value must show as typed, tags and ampersands included.
TYPED = {
    "first name": ("<b>Èvezed</b>", "Èvezed"),
    "last name": ("<i>Roybaz</i> & Fils", "Roybaz"),
    "notes": ("<img src=x>Notequx", "Notequx"),
    "writer": ("<b>Writerqo</b> Dupont", "Writerqo"),
    "summary": ("<u>Summaryzu</u>", "Summaryzu"),
    "processor": ("<b>Procyonix</b> & Cie", "Procyonix"),
    "signatory": ("<b>Signatix</b> Tory", "Signatix"),
    "city": ("<i>Parisix</i>", "Parisix"),
    "actor": ("<b>actorix</b>", "actorix"),
}


@pytest.fixture
def hostile_desk(store_path: Path, keys: KeyringKeys) -> Iterator[tuple[Desk, int, int]]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor=TYPED["actor"][0])
    profile = profile_from_privacy_policy()
    profile.signatory_name = TYPED["signatory"][0]
    profile.city = TYPED["city"][0]
    desk.organisation.save(profile)
    person_id = desk.people.create(
        PersonDraft(
            first_name=TYPED["first name"][0],
            last_name=TYPED["last name"][0],
            notes=TYPED["notes"][0],
        )
    )
    summary = desk.requests.log(
        NewRequest(
            date.today(),
            [RequestKind.ACCESS],
            TYPED["writer"][0],
            summary=TYPED["summary"][0],
            person_id=person_id,
        )
    )
    assert summary.reference
    processor_id = desk.register.save_processor(
        ProcessorRecord(legal_name=TYPED["processor"][0], country_code="FR")
    )
    yield desk, person_id, processor_id
    desk.close()


def _as_shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for ``text``: markup rendered when the format (or its guess) says so."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _misdrawn(shown: str) -> list[str]:
    return [label for label, (value, word) in TYPED.items() if word in shown and value not in shown]


def _offenders(roots: list[QWidget]) -> list[str]:
    """Every place where a typed value is drawn otherwise than as typed."""
    found: list[str] = []
    widgets: list[QWidget] = []
    for root in roots:
        widgets.append(root)
        widgets.extend(root.findChildren(QWidget))
    for widget in widgets:
        where = f"{type(widget.parentWidget()).__name__}/{type(widget).__name__}"
        if isinstance(widget, QLabel):
            for label in _misdrawn(_as_shown(widget.text(), widget.textFormat())):
                found.append(f"{where} label draws the {label} as markup")
        for label in _misdrawn(_as_shown(widget.toolTip())):
            found.append(f"{where} tooltip draws the {label} as markup")
        if isinstance(widget, QTextEdit):
            for label in _misdrawn(widget.toPlainText()):
                found.append(f"{where} text view draws the {label} as markup")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models hide it: one column
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(columns):
                    index = model.index(row, column, QModelIndex())
                    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                    for label in _misdrawn(_as_shown(tip) if isinstance(tip, str) else ""):
                        found.append(
                            f"{type(model).__name__} row tooltip (column {column}) draws the "
                            f"{label} as markup"
                        )
    return sorted(set(found))


def _seen(roots: list[QWidget]) -> set[str]:
    texts: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if isinstance(widget, QLabel):
                texts.append(_as_shown(widget.text(), widget.textFormat()))
            if isinstance(widget, QTextEdit):
                texts.append(widget.toPlainText())
            texts.append(_as_shown(widget.toolTip()))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(min(model.rowCount(QModelIndex()), 50)):
                    for column in range(8):
                        index = model.index(row, column, QModelIndex())
                        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                        texts.append(_as_shown(tip) if isinstance(tip, str) else "")
    return {label for label, (value, _) in TYPED.items() if any(value in t for t in texts)}


def test_no_view_draws_typed_text_as_markup(
    qtbot: QtBot, hostile_desk: tuple[Desk, int, int], isolated_env: Path
) -> None:
    desk, person_id, processor_id = hostile_desk
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._health_task is None, timeout=10_000)
    for section in range(window.stack.count()):
        window.sidebar.setCurrentRow(section)
        QApplication.processEvents()
        for view in window.stack.widget(section).findChildren(QAbstractItemView):
            if view.model() is not None and view.model().rowCount() and view.selectionModel():
                view.selectRow(0) if hasattr(view, "selectRow") else None
                QApplication.processEvents()
    file_dialog = PersonFileDialog(desk, person_id, window)
    qtbot.addWidget(file_dialog)
    file_dialog.show()
    correction = CorrectionDialog(desk.people.open_file(person_id), [], window)
    qtbot.addWidget(correction)
    correction.show()
    processor_dialog = ProcessorDialog(
        desk.register, desk.register.get_processor(processor_id), window
    )
    qtbot.addWidget(processor_dialog)
    processor_dialog.show()
    QApplication.processEvents()
    roots: list[QWidget] = [window, file_dialog, correction, processor_dialog]
    offenders = _offenders(roots)
    seen = _seen(roots)
    qtbot.waitUntil(lambda: window.audit_view._verify_task is None, timeout=10_000)
    assert offenders == [], "\n".join(offenders)
    # The inspection saw the values it guards (it is not empty-handed).
    assert {"first name", "last name", "notes", "writer", "processor", "actor"} <= seen, seen


def test_confirmations_and_errors_show_names_as_typed(
    qtbot: QtBot,
    hostile_desk: tuple[Desk, int, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    desk, _, _ = hostile_desk
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    view = RegisterView(desk)
    qtbot.addWidget(view)
    view.show()
    view.processor_table.selectRow(0)
    view.delete_selected()
    (text,) = asked
    value = TYPED["processor"][0]
    assert value in _as_shown(text)
    assert as_plain("Roy & Fils") == "Roy & Fils"  # nothing to guess: left alone

    dialog = FirstStartDialog(tmp_path / "<b>Nowhere</b>.db", KeyringKeys())
    qtbot.addWidget(dialog)
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
