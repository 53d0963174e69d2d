"""The shell driven as a user would: first start, unlock, sections, audit view, language."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.store.keys import SERVICE, KeyringKeys
from albanera_desk.ui.app import Launcher, install_translators
from albanera_desk.ui.audit_view import AuditTableModel
from albanera_desk.ui.dates import text_datetime
from albanera_desk.ui.main_window import SECTION_AUDIT, MainWindow, ui_settings
from albanera_desk.ui.restore_notice import RestoredNotice
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.start_dialogs import FirstStartDialog, UnlockDialog
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import MemoryKeyring
from tests.ui.test_saved_and_folders import FileUrls


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, isolated_env: Path) -> Iterator[MainWindow]:
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    audit = win.stack.built_view(SECTION_AUDIT)  # built only if the test showed it
    qtbot.waitUntil(
        lambda: win._health_task is None and (audit is None or audit._verify_task is None)
    )


def test_first_start_creates_store_with_keyring_key_and_profile(
    qtbot: QtBot, store_path: Path, test_keyring: MemoryKeyring
) -> None:
    dialog = FirstStartDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "keyring" in dialog.key_plan.text()
    assert not dialog.new_passphrase.isVisible()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)

    assert dialog.profile_form.controller_name.text() == "Alba Nera"
    dialog.profile_form.signatory_name.clear()
    qtbot.keyClicks(dialog.profile_form.signatory_name, "Claire Martin")
    dialog.profile_form.city.setText("Montréal-la-Cluse")  # accented: setText, not keyClicks
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    assert dialog.store is not None
    profile = Desk.for_store(dialog.store).organisation.get()
    store_id = dialog.store.store_id
    dialog.store.close()
    assert profile is not None
    assert profile.signatory_name == "Claire Martin"
    assert profile.city == "Montréal-la-Cluse"
    assert len(test_keyring.entries[(SERVICE, f"store:{store_id}")]) == 64
    assert store_path.stat().st_mode & 0o777 == 0o600


@pytest.mark.usefixtures("no_keyring")
def test_first_start_without_keyring_needs_a_strong_matching_passphrase(
    qtbot: QtBot, store_path: Path
) -> None:
    dialog = FirstStartDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.new_passphrase.isVisible()
    assert "no system keyring" in dialog.key_plan.text()
    assert not dialog.continue_button.isEnabled()

    qtbot.keyClicks(dialog.new_passphrase.first, "password1234")
    qtbot.keyClicks(dialog.new_passphrase.second, "password1234")
    assert "Weak" in dialog.new_passphrase.verdict.text()
    assert not dialog.continue_button.isEnabled()

    dialog.new_passphrase.first.clear()
    dialog.new_passphrase.second.clear()
    qtbot.keyClicks(dialog.new_passphrase.first, STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, STRONG_PASSPHRASE[:-1])
    assert "differ" in dialog.new_passphrase.verdict.text()
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClicks(dialog.new_passphrase.second, STRONG_PASSPHRASE[-1])
    assert dialog.continue_button.isEnabled()

    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.store is not None
    dialog.store.close()
    reopened = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    assert reopened.schema_revision() is not None
    reopened.close()


def test_first_start_open_existing_store_refuses_a_foreign_file(
    qtbot: QtBot, tmp_path: Path, store_path: Path
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"these are not the records you are looking for" * 50)
    dialog = FirstStartDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    # Click the round indicator, as a user does (the button is wider than its label).
    indicator = QPoint(8, dialog.open_choice.height() // 2)
    qtbot.mouseClick(dialog.open_choice, Qt.MouseButton.LeftButton, pos=indicator)
    assert dialog.open_choice.isChecked()
    dialog.existing_path.setText(str(foreign))
    qtbot.keyClicks(dialog.existing_passphrase, "anything-at-all-42")
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert "not an Alba Nera Desk store" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert dialog.pages.currentIndex() == 0
    assert dialog.isVisible()


@pytest.mark.usefixtures("no_keyring")
def test_unlock_dialog_says_wrong_passphrase_then_opens(qtbot: QtBot, store_path: Path) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    dialog = UnlockDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "Not-The-Right-One-2026")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "key is wrong" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible()

    dialog.passphrase.setText(STRONG_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    dialog.store.close()


def test_launcher_opens_with_keyring_key_without_asking(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys
) -> None:
    create_store(store_path, keys).close()
    launcher = Launcher(store_path, keys)
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as blocker:
        launcher.start()
    window = blocker.args[0]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert launcher.dialog is None  # nothing was asked
    qtbot.waitUntil(lambda: "Healthy" in window.today.store_card.body.text(), timeout=10_000)
    window.desk.close()


def test_launcher_without_key_asks_for_the_passphrase(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys
) -> None:
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    launcher = Launcher(store_path, keys)
    launcher.start()
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, UnlockDialog), timeout=10_000)
    assert isinstance(launcher.dialog, UnlockDialog)
    qtbot.addWidget(launcher.dialog)
    launcher.dialog.reject()


def test_launcher_non_interactive_reports_a_wrong_key_in_one_sentence(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys, test_keyring: MemoryKeyring
) -> None:
    store = create_store(store_path, keys)
    store.close()
    test_keyring.entries[(SERVICE, f"store:{store.store_id}")] = "ab" * 32
    launcher = Launcher(store_path, keys)
    launcher.non_interactive = True
    with qtbot.waitSignal(launcher.failed, timeout=10_000) as blocker:
        launcher.start()
    assert "key is wrong" in blocker.args[0]
    assert launcher.window is None


def test_sidebar_has_every_section_with_an_empty_state(qtbot: QtBot, window: MainWindow) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Today", "People", "Requests", "Register", "Transfers", "Audit"]
    for row in range(1, 5):
        window.sidebar.setCurrentRow(row)  # a section is built when first shown
        view = window.stack.widget(row)
        empty = view if isinstance(view, EmptyState) else view.findChild(EmptyState)
        assert isinstance(empty, EmptyState), names[row]
        assert empty.what.text() and empty.how.text()
        assert empty is view or empty.isVisibleTo(view), f"{names[row]} shows its empty state"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == SECTION_AUDIT


def test_audit_view_lists_filters_and_verifies(
    qtbot: QtBot, window: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window.desk.organisation.save(window.desk.organisation.get() or _profile())
    window.sidebar.setCurrentRow(SECTION_AUDIT)
    view = window.audit_view
    qtbot.waitUntil(lambda: "intact" in view.chain_status.text(), timeout=10_000)
    model = view.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the store's creation and the profile
    assert view.count_label.text() == "2 events"
    records = [model.index(r, AuditTableModel.COL_RECORD).data() for r in range(model.rowCount())]
    assert records == ["organisation #1", "store"]

    view.record_type.setCurrentIndex(view.record_type.findData("store"))
    assert model.rowCount() == 1
    assert view.count_label.text() == "1 event"
    view.record_type.setCurrentIndex(0)
    view.since.setDate(view.since.date().currentDate().addDays(1))
    assert model.rowCount() == 0


def test_audit_view_shows_a_broken_chain(qtbot: QtBot, window: MainWindow) -> None:
    with window.desk.store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 1")
    window.sidebar.setCurrentRow(SECTION_AUDIT)
    label: QLabel = window.audit_view.chain_status
    qtbot.waitUntil(lambda: "broken" in label.text(), timeout=10_000)
    assert "event 1" in label.text()


def test_window_geometry_is_remembered(qtbot: QtBot, desk: Desk, isolated_env: Path) -> None:
    first = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 540)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: first._health_task is None)
    first.close()
    saved = QSettings(str(isolated_env / "window.ini"), QSettings.Format.IniFormat)
    assert isinstance(saved.value("main/geometry"), QByteArray)
    second = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 540)
    qtbot.waitUntil(lambda: second._health_task is None)


def test_french_interface(qtbot: QtBot, desk: Desk, isolated_env: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        assert translators, "the French .qm was not found"
        win = MainWindow(desk, ui_settings(isolated_env))
        qtbot.addWidget(win)
        names = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert names == ["Aujourd’hui", "Personnes", "Demandes", "Registre", "Transferts", "Audit"]
        qtbot.waitUntil(lambda: win._health_task is None)
        # The core's sentences are worded again in French, values and nested words included.
        from datetime import date

        from albanera_desk.domain.records import RequestKind, RequestStatus
        from albanera_desk.services.requests import NewRequest, RequestRefused
        from albanera_desk.ui.messages import said, store_error_text

        ref = desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Anne")).reference
        with pytest.raises(RequestRefused) as refused:
            desk.requests.move(ref, RequestStatus.CLOSED)
        assert str(refused.value) == "A request that is received cannot become closed."
        assert store_error_text(refused.value) == "Une demande reçue ne peut pas devenir close."
        assert said("plain text, not a sentence") == "plain text, not a sentence"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.usefixtures("no_keyring")
def test_the_app_starts_and_paints_its_window(store_path: Path, isolated_env: Path) -> None:
    """The real entry point in its own process (its event loop is its own), offscreen."""
    import os
    import subprocess

    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ALBANERA_DESK_STORE=str(store_path),
        ALBANERA_DESK_PASSPHRASE=STRONG_PASSPHRASE,
    )
    done = subprocess.run(
        [sys.executable, "-m", "albanera_desk", "--exit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    env["ALBANERA_DESK_PASSPHRASE"] = "Not-The-Passphrase-2026"
    wrong = subprocess.run(
        [sys.executable, "-m", "albanera_desk", "--exit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert wrong.returncode == 2
    assert "key is wrong" in wrong.stderr and "Traceback" not in wrong.stderr


def _profile():  # type: ignore[no-untyped-def]
    from albanera_desk.domain.organisation import profile_from_privacy_policy

    return profile_from_privacy_policy()


def test_crash_report_has_versions_and_traceback_but_no_values(qtbot: QtBot) -> None:
    from albanera_desk.ui.app import crash_report

    def broken(person_name: str) -> None:
        raise RuntimeError("index out of range in the People model")

    record = {"first_name": "Zéphyrine"}  # a value the code handles, as in real use
    try:
        broken(record["first_name"])
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "Alba Nera Desk" in report and "Qt " in report
    assert "in broken" in report and "RuntimeError" in report
    assert "Zéphyrine" not in report  # arguments are not in a traceback


def test_closing_the_desk_makes_a_backup_first(
    qtbot: QtBot, desk: Desk, isolated_env: Path
) -> None:
    from albanera_desk.services.backup import list_backups, verify_backup
    from albanera_desk.settings import app_paths

    win = MainWindow(desk, ui_settings(isolated_env), auto_backup=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win._health_task is None, timeout=15_000)
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10_000)
    (backup,) = list_backups(app_paths().backup_dir, desk.store.path)
    assert verify_backup(backup, desk.store.key).ok


def test_idle_desk_locks_and_unlocks_with_confirmation(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys
) -> None:
    from albanera_desk.services.office_settings import OfficeSettingsService

    store = create_store(store_path, keys)
    settings = OfficeSettingsService(store, "t")
    values = settings.get()
    values.auto_lock_minutes = 1
    settings.save(values)
    from albanera_desk.domain.person_drafts import PersonDraft
    from albanera_desk.services.people.service import PeopleService

    person = PeopleService(store, "t").create(PersonDraft(first_name="Anne", last_name="Martin"))
    store.close()
    launcher = Launcher(store_path, keys)
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as opened:
        launcher.start()
    window = opened.args[0]  # the launcher deletes it once unlocked
    assert window._idle_timer.interval() == 60_000
    qtbot.waitUntil(lambda: window._health_task is None)
    from albanera_desk.ui.person_file import PersonFileDialog

    left_open = PersonFileDialog(window.desk, person, window.people_view)
    closed: list[bool] = []
    left_open.rejected.connect(lambda: closed.append(True))
    left_open.show()  # a person's file left open on screen when the desk goes idle
    window._idle_timer.setInterval(50)  # a minute is long for a test
    window._idle_timer.start()
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, UnlockDialog), timeout=5_000)
    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert not window.isVisible() and window.centralWidget() is None
    assert closed == [True]  # the file closed with the views: no record stays on screen
    assert not dialog.passphrase.isVisible()  # keyring key: confirmation is enough
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as again:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    fresh = again.args[0]
    qtbot.addWidget(fresh)
    assert fresh is not window
    qtbot.waitUntil(lambda: fresh._health_task is None)
    fresh.desk.close()
    launcher.lock.release()


def test_office_settings_dialog_saves_to_the_store(qtbot: QtBot, window: MainWindow) -> None:
    from albanera_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.desk.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.retention.minimum() == 24  # CCPA: request records kept at least 24 months
    dialog.holiday_region.setCurrentIndex(dialog.holiday_region.findData("67"))
    dialog.lock_minutes.setValue(0)
    dialog.transit.setValue(5)
    dialog._save()
    saved = window.desk.settings.get()
    assert (saved.holiday_region, saved.auto_lock_minutes, saved.postal_transit_days) == (
        "67",
        0,
        5,
    )
    assert dialog.lock_minutes.text() == "never"


def test_back_up_now_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    from albanera_desk.services.backup import list_backups
    from albanera_desk.settings import app_paths

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window._backup_task is None, timeout=10_000)
    assert len(list_backups(app_paths().backup_dir, window.desk.store.path)) == 1
    said = window.statusBar().currentMessage()
    # "Backup made on 3 Dec 2026, 09:41.": the time in words, not the file's ISO stamp.
    assert re.fullmatch(r"Backup made on \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.", said), said


def test_restore_from_the_window(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.services.backup import make_backup
    from albanera_desk.settings import app_paths

    launcher = Launcher(store_path, keys)
    create_store(store_path, keys).close()
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as opened:
        launcher.start()
    window = opened.args[0]
    qtbot.waitUntil(lambda: window._health_task is None)
    profile = profile_from_privacy_policy()
    profile.city = "Paris"
    window.desk.organisation.save(profile)
    backup = make_backup(window.desk.store, app_paths().backup_dir)
    profile.city = "Lyon"
    window.desk.organisation.save(profile)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as restored:
        window.check_then_restore(backup)
    fresh = restored.args[0]
    qtbot.addWidget(fresh)
    profile_now = fresh.desk.organisation.get()
    assert profile_now is not None and profile_now.city == "Paris"
    note = launcher.dialog
    assert isinstance(note, RestoredNotice) and note.isVisible()
    # Which backup, in words; where the store as it was is kept, with "Open folder".
    made = text_datetime(datetime.fromisoformat(note.outcome.made_at))
    assert note.text() == f"The backup of {made} was restored."
    aside = note.path
    assert aside.exists() and aside.parent == store_path.parent
    assert str(store_path.parent) in note.informativeText()
    assert f"{store_path.name}.before-restore-" in note.informativeText()
    shown = note.text() + note.informativeText()
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{8}T\d{6}", shown)  # no ISO stamp on screen
    urls = FileUrls()
    QDesktopServices.setUrlHandler("file", urls, "open")
    try:
        note.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in urls.opened] == [store_path.parent]
    note.close()
    qtbot.waitUntil(lambda: fresh._health_task is None)
    fresh.desk.close()
    assert launcher.lock is not None
    launcher.lock.release()


def test_recovery_sheet_from_the_window(
    window: MainWindow, tmp_path: Path, test_keyring: MemoryKeyring
) -> None:
    from pypdf import PdfReader

    sheet = tmp_path / "sheet.pdf"
    window.save_recovery_sheet(sheet)
    secret = test_keyring.entries[(SERVICE, f"store:{window.desk.store.store_id}")]
    assert secret[:4].upper() in PdfReader(sheet).pages[0].extract_text()


def test_change_the_key_from_the_window_to_a_passphrase_and_back(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys, test_keyring: MemoryKeyring
) -> None:
    from albanera_desk.services.backup import list_backups
    from albanera_desk.settings import app_paths
    from albanera_desk.store.keys import KeyKind
    from albanera_desk.ui.key_dialog import KeyChangeDialog

    launcher = Launcher(store_path, keys)
    create_store(store_path, keys).close()
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as opened:
        launcher.start()
    window = opened.args[0]
    qtbot.waitUntil(lambda: window._health_task is None)

    dialog = KeyChangeDialog(window.desk.store.key_kind, keys, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.fields.first.setText("short")
    assert not ok.isEnabled()  # too short: refused before anything happens
    dialog.fields.first.setText(STRONG_PASSPHRASE)
    dialog.fields.second.setText(STRONG_PASSPHRASE)
    assert ok.isEnabled() and dialog.new_passphrase() == STRONG_PASSPHRASE

    with qtbot.waitSignal(launcher.ready, timeout=30_000) as rekeyed:
        launcher.change_key(dialog.new_passphrase())
    fresh = rekeyed.args[0]
    qtbot.waitUntil(lambda: fresh._health_task is None)
    assert fresh.desk.store.key_kind is KeyKind.PASSPHRASE
    assert (SERVICE, f"store:{fresh.desk.store.store_id}") not in test_keyring.entries
    assert len(list_backups(app_paths().backup_dir, store_path)) == 2  # with each key

    with qtbot.waitSignal(launcher.ready, timeout=30_000) as back:
        launcher.change_key(None)
    last = back.args[0]
    qtbot.addWidget(last)
    qtbot.waitUntil(lambda: last._health_task is None)
    assert last.desk.store.key_kind is KeyKind.RAW
    last.desk.close()
    reopened = open_store(store_path, keys)  # the keyring's new key opens it, no passphrase
    assert reopened.key_kind is KeyKind.RAW
    reopened.close()
    assert launcher.lock is not None
    launcher.lock.release()


def test_help_lists_the_keyboard_shortcuts(window: MainWindow) -> None:
    text = window.shortcuts_text()
    assert (
        "Ctrl+F" in text
        and "Ctrl+B" in text
        and "Search people or requests (in that section)" in text
    )
    assert window.shortcuts_action.shortcut().toString() == "F1"


def test_today_lists_people_under_16_to_review(
    qtbot: QtBot, desk: Desk, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from albanera_desk.domain.person_drafts import PersonDraft
    from albanera_desk.ui.people_view import PeopleView

    young = desk.people.create(
        PersonDraft(
            first_name="Lou", last_name="Petit", birth_date=date(date.today().year - 13, 1, 1)
        )
    )
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win._health_task is None)
    assert not win.today.review.isHidden() and "Lou Petit" in win.today.review.body.text()
    opened: list[int] = []
    monkeypatch.setattr(PeopleView, "open_person", lambda self, pid: opened.append(pid))
    win.open_record(f"person:{young}")
    assert opened == [young] and win.sidebar.currentRow() == 1


def test_today_offers_to_delete_what_is_kept_too_long(
    qtbot: QtBot, desk: Desk, isolated_env: Path
) -> None:
    from datetime import date

    from albanera_desk.domain.person_drafts import ItemDraft, PersonDraft
    from albanera_desk.domain.records import DataCategory, DataSource

    pid = desk.people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    desk.people.add_item(
        pid,
        ItemDraft(
            DataCategory.BROWSING,
            "Cookies",
            DataSource.TRACKING_TOOL,
            retention_end=date(2020, 1, 1),
        ),
    )
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win._health_task is None)
    assert not win.today.retention.isHidden() and "1 item" in win.today.retention.body.text()
    assert win.purge_expired_items(confirm=False) == 1
    assert win.today.retention.isHidden() and desk.people.open_file(pid).items == ()
