"""What the Today page lists and counts, and when the window backs up: checked without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.register_health import check_register
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.presenters.backups import CloseStep, close_step, needs_daily_backup
from albanera_desk.ui.presenters.today import (
    CHECKS_SHOWN,
    check_lines,
    due_this_week,
    failed_checks,
    profile_lines,
    record_link,
)


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield desk
    desk.close()


def test_due_this_week_lists_open_answers_within_seven_days_overdue_first_in_red(
    desk: Desk,
) -> None:
    today = date.today()
    late = desk.requests.log(
        NewRequest(today - timedelta(days=60), [RequestKind.ACCESS], "Jean Dupont")
    )
    desk.requests.log(NewRequest(today, [RequestKind.ACCESS], "Marie Curie"))  # due in a month
    done = desk.requests.log(
        NewRequest(today - timedelta(days=40), [RequestKind.ACCESS], "Élodie Martin")
    )
    desk.requests.move(done.reference, RequestStatus.WITHDRAWN, "by letter")
    (line,) = due_this_week(desk.requests.list(), today)
    assert (line.reference, line.writer, line.overdue) == (late.reference, "Jean Dupont", True)
    assert not line.ccpa_acknowledgement and line.due == late.due
    # A week later the month-old letter is not due yet either; two months on, both are late.
    later = due_this_week(desk.requests.list(), today + timedelta(days=40))
    assert [x.writer for x in later] == ["Jean Dupont", "Marie Curie"]
    assert all(x.overdue for x in later)


def test_a_ccpa_receipt_to_acknowledge_is_listed_after_the_answers(desk: Desk) -> None:
    today = date.today()
    received = today - timedelta(days=10)  # ten business days to acknowledge: soon due
    ref = desk.requests.log(NewRequest(received, [RequestKind.ACCESS], "Jane Doe")).reference
    desk.requests.set_ccpa(ref, True)
    acknowledge_by = desk.requests.get(ref).acknowledge_by
    assert acknowledge_by is not None
    lines = due_this_week(desk.requests.list(), today)
    assert [(x.reference, x.ccpa_acknowledgement, x.due) for x in lines] == [
        (ref, True, acknowledge_by)
    ]
    assert lines[0].overdue is (acknowledge_by < today)
    assert due_this_week(desk.requests.list(), acknowledge_by + timedelta(days=1))[-1].overdue


def test_register_checks_show_twelve_with_links_and_count_the_rest(desk: Desk) -> None:
    for n in range(CHECKS_SHOWN + 2):
        desk.register.save_processor(ProcessorRecord(legal_name=f"Prestataire {n}"))
    items = check_register(desk.store, date.today())
    shown, more = check_lines(items, "fr")
    assert len(shown) == CHECKS_SHOWN and more == len(items) - CHECKS_SHOWN > 0
    assert shown[0].text == items[0].message_fr
    assert all(line.link and record_link(line.link) for line in shown)
    assert check_lines([], "en") == ([], 0)


def test_a_link_names_a_record_or_nothing() -> None:
    assert record_link("processor:12") == ("processor", 12)
    assert record_link("person:") is None and record_link("https://example.org") is None


def test_the_organisation_card_skips_empty_lines() -> None:
    profile = OrganisationProfile(
        controller_name="Alba Nera", address_lines=["3 rue Oberkampf", ""], city="Paris"
    )
    assert profile_lines(profile) == ["Alba Nera", "3 rue Oberkampf", "Paris"]


def test_a_healthy_store_has_no_failed_checks(desk: Desk) -> None:
    assert failed_checks(desk.health()) == []


def test_a_backup_is_made_daily_and_before_the_desk_closes() -> None:
    assert needs_daily_backup(None) and needs_daily_backup(24.0)
    assert not needs_daily_backup(3.5)
    asked: list[bool] = []

    def setting() -> bool:
        asked.append(True)
        return True

    first = close_step(
        auto_backup=True, exit_backup_done=False, backup_on_exit=setting, backup_running=False
    )
    assert first is CloseStep.BACK_UP_FIRST and asked == [True]
    # Once the exit backup is under way, closing waits for it; then it closes.
    assert (
        close_step(
            auto_backup=True, exit_backup_done=True, backup_on_exit=setting, backup_running=True
        )
        is CloseStep.WAIT_FOR_BACKUP
    )
    asked.clear()
    assert (
        close_step(
            auto_backup=False, exit_backup_done=False, backup_on_exit=setting, backup_running=False
        )
        is CloseStep.CLOSE
    )
    assert asked == []  # the setting is not read when it cannot matter (the store may be closed)
