"""The register and transfer forms on a 1024x700 screen, in French and English: no sideways
scrolling, checklists whole, missing art. 28(3) terms in sight, Escape asks before
discarding a change, countries chosen by name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import ProcessorRole
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.domain.register_rules import ART28_KEYS
from albanera_desk.services import demo
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.activity_form import ActivityDialog
from albanera_desk.ui.app import install_translators
from albanera_desk.ui.country_fields import CountryCombo
from albanera_desk.ui.form_fields import CheckList
from albanera_desk.ui.processor_form import ProcessorDialog
from albanera_desk.ui.record_dialog import RecordDialog
from albanera_desk.ui.screen_fit import fit_to_screen
from albanera_desk.ui.transfer_form import TransferDialog

SMALL_SCREEN = QRect(0, 0, 1024, 700)


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    desk.organisation.save(profile_from_privacy_policy())
    demo.fill(store, "coordinator")
    yield desk
    desk.close()


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    installed = install_translators(qapp, lang) if lang == "fr" else []
    yield lang
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def _forms(desk: Desk) -> list[RecordDialog]:
    register = desk.register
    processors = register.list_processors()
    widest = max(processors, key=lambda p: len(p.legal_name) + len(p.service))
    activity = max(register.list_activities(), key=lambda a: len(a.recipient_ids))
    return [
        ProcessorDialog(register, register.get_processor(widest.id)),  # type: ignore[arg-type]
        ActivityDialog(register, register.get_activity(activity.id)),  # type: ignore[arg-type]
        TransferDialog(register, register.list_transfers()[0]),
        ProcessorDialog(register, ProcessorRecord()),
    ]


def _show_on_small_screen(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fit_to_screen(dialog, dialog.size().expandedTo(dialog.sizeHint()), SMALL_SCREEN)
    qtbot.waitUntil(lambda: dialog.scroll.viewport().width() <= 1024)


def test_forms_fit_a_1024x700_screen_without_sideways_scrolling(
    qtbot: QtBot, desk: Desk, language: str
) -> None:
    for dialog in _forms(desk):
        _show_on_small_screen(qtbot, dialog)
        assert dialog.width() <= 1024 - 16 and dialog.height() <= 700 - 48
        inner = dialog.scroll.widget()
        viewport = dialog.scroll.viewport().width()
        qtbot.waitUntil(lambda inner=inner, vp=viewport: inner.width() <= vp)
        assert inner.minimumSizeHint().width() <= viewport, type(dialog).__name__
        assert dialog.scroll.horizontalScrollBar().maximum() == 0
        # Every field ends inside the form's width: nothing cut on the right.
        for field in inner.findChildren(QWidget):
            if field.isVisibleTo(dialog) and field.parentWidget() is inner:
                assert field.geometry().right() <= inner.width(), field
        # Checklists are shown whole: each box inside its list, none scrolled away.
        for checklist in inner.findChildren(CheckList):
            assert checklist.height() >= checklist.sizeHint().height()
            for _, box in checklist.boxes:
                assert checklist.rect().contains(box.geometry()), box.text()
        dialog.done(0)


def test_missing_art28_terms_are_said_above_the_form(qtbot: QtBot, desk: Desk) -> None:
    dialog = ProcessorDialog(desk.register, ProcessorRecord(legal_name="Courriel Mistral SAS"))
    _show_on_small_screen(qtbot, dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(ProcessorRole.PROCESSOR))
    assert dialog.attention.isVisible()
    assert "8 art. 28(3) term" in dialog.attention.text()
    # Above the scrolling form: in sight whatever is scrolled.
    assert dialog.attention.geometry().bottom() < dialog.scroll.geometry().top()
    for key in ART28_KEYS[:-1]:
        dialog.terms.set_checked(key)
    assert "1 art. 28(3) term" in dialog.attention.text()
    assert "Audits" in dialog.attention.text()
    dialog.terms.set_checked(ART28_KEYS[-1])
    assert not dialog.attention.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData(ProcessorRole.INDEPENDENT_CONTROLLER))
    dialog.terms.set_checked(ART28_KEYS[0], False)
    assert not dialog.attention.isVisible()  # a controller signs no art. 28 agreement
    dialog.done(0)


def _answer(button_text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    assert "Discard the changes" in box.text()
    for button in box.findChildren(QPushButton):
        if button.text() == button_text:
            button.click()
            return
    raise AssertionError(f"no button {button_text!r}")


def test_escape_asks_before_discarding_a_changed_form(qtbot: QtBot, desk: Desk) -> None:
    record = desk.register.list_processors()[0]
    dialog = ProcessorDialog(desk.register, record)
    _show_on_small_screen(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing changed: it just closes

    dialog = ProcessorDialog(desk.register, desk.register.get_processor(record.id))  # type: ignore[arg-type]
    _show_on_small_screen(qtbot, dialog)
    dialog.contact.setText("dpo@example.org")
    QTimer.singleShot(0, lambda: _answer("Keep editing"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.contact.text() == "dpo@example.org"
    # The close button asks too, and Cancel.
    QTimer.singleShot(0, lambda: _answer("Keep editing"))
    dialog.close()
    assert dialog.isVisible()
    QTimer.singleShot(0, lambda: _answer("Discard changes"))
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert desk.register.get_processor(record.id).contact == record.contact  # type: ignore[arg-type]

    # A checked box or a country counts as a change as well.
    transfer = TransferDialog(desk.register, desk.register.list_transfers()[0])
    _show_on_small_screen(qtbot, transfer)
    transfer.categories.set_checked("payment", "payment" not in transfer.record.data_categories)
    QTimer.singleShot(0, lambda: _answer("Discard changes"))
    qtbot.keyClick(transfer, Qt.Key.Key_Escape)
    assert not transfer.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_a_country_is_found_by_typing_its_name_and_kept_as_its_code(
    qtbot: QtBot, language: str
) -> None:
    combo = CountryCombo("FR")
    qtbot.addWidget(combo)
    combo.show()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert not any(re.search(r"\([A-Z]{2}\)$", name) for name in names)  # no "(GB)"
    assert not any(len(name) == 2 and name.isupper() for name in names)  # no bare codes
    wanted = "Royaume-Uni" if language == "fr" else "United Kingdom"
    typed = "royaume" if language == "fr" else "kingdom"  # any part of the name
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), typed)
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert wanted in shown
    popup.setCurrentIndex(popup.model().index(shown.index(wanted), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == wanted and combo.code() == "GB"
    if language == "fr":
        completer.setCompletionPrefix("etats")  # without the accent
        model = completer.completionModel()
        found = [model.index(i, 0).data() for i in range(model.rowCount())]
        assert "États-Unis" in found
    combo.set_code("US")
    assert combo.currentText() == ("États-Unis" if language == "fr" else "United States")
    assert combo.code() == "US"


def test_where_a_third_party_processes_is_chosen_by_country_name(qtbot: QtBot, desk: Desk) -> None:
    record = desk.register.list_processors()[0]
    dialog = ProcessorDialog(desk.register, desk.register.get_processor(record.id))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for code in dialog.countries.codes():
        assert code not in [
            dialog.countries.chosen.item(i).text() for i in range(dialog.countries.chosen.count())
        ]
    dialog.countries.picker.set_code("IE")
    qtbot.mouseClick(dialog.countries.add_button, Qt.MouseButton.LeftButton)
    shown = [dialog.countries.chosen.item(i).text() for i in range(dialog.countries.chosen.count())]
    assert "Ireland" in shown
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert "IE" in desk.register.get_processor(record.id).countries  # type: ignore[arg-type]


def test_the_register_transfers_and_audit_tables_fit_a_1024_wide_window(
    qtbot: QtBot, desk: Desk
) -> None:
    from albanera_desk.ui.audit_view import AuditView
    from albanera_desk.ui.register_view import RegisterView
    from albanera_desk.ui.transfers_view import TransfersView

    register, transfers, audit = RegisterView(desk), TransfersView(desk), AuditView(desk.audit)
    audit.reload()
    tables = (
        (register, register.processor_table),
        (transfers, transfers.table),
        (audit, audit.table),
    )
    for view, table in tables:
        qtbot.addWidget(view)
        view.resize(1024 - 16 - 190, 600)  # the window's frame and the sidebar taken
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda t=table: t.horizontalScrollBar().maximum() == 0)
    assert register.processor_table.isColumnHidden(3)  # the service steps aside
    tip = register.processors.data(register.processors.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert register.processors.row_at(0).service in tip  # and stays in the name's tooltip
    desk.register.save_processor(ProcessorRecord(legal_name="<b>Ève</b> & Fils", service="x"))
    register.reload()
    names = [
        register.processors.row_at(r).legal_name for r in range(register.processors.rowCount())
    ]
    row = names.index("<b>Ève</b> & Fils")
    tip = register.processors.data(register.processors.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip  # shown as typed, not drawn as markup
    register.resize(1366 - 16 - 190, 700)
    qtbot.waitUntil(lambda: not register.processor_table.isColumnHidden(3))
    qtbot.waitUntil(lambda: register.processor_table.horizontalScrollBar().maximum() == 0)
    qtbot.waitUntil(lambda: audit.verify_task is None)


def test_a_records_own_checks_write_dates_as_the_window_does(qtbot: QtBot, desk: Desk) -> None:
    from datetime import date

    from albanera_desk.ui.register_view import checks_for

    record_id = desk.register.save_processor(
        ProcessorRecord(legal_name="Courriel Mistral SAS", next_review=date(2026, 1, 5))
    )
    items = checks_for(desk, "processor", record_id)
    assert any("5 Jan 2026" in item.message_en for item in items)  # the core writes words
    assert not any("2026-01-05" in item.message_en + item.message_fr for item in items)
    dialog = ProcessorDialog(desk.register, desk.register.get_processor(record_id))
    qtbot.addWidget(dialog)
    dialog.show_checks(items)
    assert "5 Jan 2026" in dialog.checks.text() and "2026-01-05" not in dialog.checks.text()
