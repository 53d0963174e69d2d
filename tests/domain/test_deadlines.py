"""Deadline rules: table tests (month ends, leap years, holidays, extension, suspension)
and properties (never before receipt plus one month, never on a weekend or holiday)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from albanera_desk.cli import main
from albanera_desk.domain.deadlines import (
    DeadlineOutOfRange,
    add_months,
    ccpa_acknowledgement_due,
    ccpa_deadline,
    gdpr_deadline,
    last_day_to_post,
    strictest,
)
from albanera_desk.services.holiday_calendar import french_holidays

FR = french_holidays()


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 5, 5), date(2026, 6, 5)),  # a Friday: same date next month
        (date(2026, 1, 31), date(2026, 3, 2)),  # no 31 Feb -> 28 Feb, a Saturday -> Monday
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year: 29 Feb, a Tuesday
        (date(2026, 4, 14), date(2026, 5, 15)),  # 14 May is Ascension Day
        (date(2026, 6, 14), date(2026, 7, 15)),  # 14 July, national day
        (date(2026, 11, 25), date(2026, 12, 28)),  # 25 Dec Christmas (Friday) -> Monday 28
        (date(2026, 3, 31), date(2026, 4, 30)),  # April has 30 days
    ],
)
def test_gdpr_one_month(received: date, due: date) -> None:
    assert gdpr_deadline(received, is_holiday=FR).due == due


def test_gdpr_extension_is_three_months_from_receipt() -> None:
    deadline = gdpr_deadline(date(2026, 1, 15), extended=True, is_holiday=FR)
    assert deadline.due == date(2026, 4, 15)
    assert "three months" in deadline.rule


def test_identity_check_suspends_the_gdpr_period_but_not_ccpa() -> None:
    plain = gdpr_deadline(date(2026, 9, 1), is_holiday=FR).due
    paused = gdpr_deadline(
        date(2026, 9, 1),
        identity_asked=date(2026, 9, 3),
        identity_received=date(2026, 9, 10),
        is_holiday=FR,
    )
    assert plain == date(2026, 10, 1)
    assert paused.due == date(2026, 10, 8)
    assert "suspended 7 days" in paused.rule
    assert ccpa_deadline(date(2026, 9, 1)).due == date(2026, 10, 16)


def test_alsace_moselle_has_its_own_holidays() -> None:
    # 26 December 2026 is a Saturday anyway; Good Friday 2027 (26 March) is the test.
    received = date(2027, 2, 26)
    assert gdpr_deadline(received, is_holiday=FR).due == date(2027, 3, 26)
    # Good Friday in Moselle, then Easter Monday everywhere: Tuesday 30 March.
    assert gdpr_deadline(received, is_holiday=french_holidays("57")).due == date(2027, 3, 30)


def test_ccpa_rules() -> None:
    assert ccpa_deadline(date(2026, 6, 1)).due == date(2026, 7, 16)
    assert ccpa_deadline(date(2026, 6, 1), extended=True).due == date(2026, 8, 30)
    assert ccpa_acknowledgement_due(date(2026, 6, 1)) == date(2026, 6, 15)


def test_strictest_and_posting_day() -> None:
    gdpr = gdpr_deadline(date(2026, 6, 1), is_holiday=FR)
    ccpa = ccpa_deadline(date(2026, 6, 1))
    assert strictest([ccpa, gdpr]) is gdpr
    assert last_day_to_post(date(2026, 7, 1), 3, FR) == date(2026, 6, 26)
    assert last_day_to_post(date(2026, 7, 15), 2, FR) == date(2026, 7, 10)  # 14 July skipped


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)), st.booleans())
def test_gdpr_due_is_a_working_day_at_least_a_month_after_receipt(
    received: date, extended: bool
) -> None:
    due = gdpr_deadline(received, extended=extended, is_holiday=FR).due
    assert due >= add_months(received, 3 if extended else 1)
    assert due > received
    assert due.weekday() < 5 and not FR(due)
    assert due - add_months(received, 3 if extended else 1) < timedelta(days=6)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_suspension_never_shortens_the_period(received: date, after: int, waited: int) -> None:
    asked = received + timedelta(days=after)
    came = asked + timedelta(days=waited)
    plain = gdpr_deadline(received, is_holiday=FR).due
    paused = gdpr_deadline(received, identity_asked=asked, identity_received=came, is_holiday=FR)
    assert paused.due >= plain
    assert paused.due.weekday() < 5 and not FR(paused.due)


def test_due_date_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due-date", "--received", "2026-01-31"]) == 0
    first, rule = capsys.readouterr().out.splitlines()
    assert first == "2026-03-02"
    assert "one month" in rule
    assert main(["due-date", "--received", "2026-06-01", "--regime", "ccpa"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2026-07-16"
    assert main(["due-date", "--received", "2026-02-30"]) == 2
    err = capsys.readouterr().err
    assert "not a date" in err and "Traceback" not in err
    assert main(["due-date", "--received", "2026-06-01", "--identity-asked", "2026-06-03"]) == 2


def test_the_rule_is_also_worded_in_french() -> None:
    from albanera_desk.domain.deadlines import ccpa_deadline, gdpr_deadline

    english = gdpr_deadline(
        date(2026, 1, 31), identity_asked=date(2026, 2, 2), identity_received=date(2026, 2, 5)
    )
    french = gdpr_deadline(
        date(2026, 1, 31),
        identity_asked=date(2026, 2, 2),
        identity_received=date(2026, 2, 5),
        language="fr",
    )
    assert french.due == english.due
    assert french.rule.startswith(
        "RGPD art. 12(3) : un mois à compter de la réception le 31/01/2026"
    )
    assert "suspendu 3 jours" in french.rule and "suspended" not in french.rule
    assert "jours calendaires" in ccpa_deadline(date(2026, 1, 31), language="fr").rule


@given(
    received=st.dates(),
    extended=st.booleans(),
    waited=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
)
def test_any_date_gets_a_deadline_or_a_sentence(
    received: date, extended: bool, waited: int | None
) -> None:
    """From year 1 to 31/12/9999: a due date, or ``DeadlineOutOfRange`` with its sentence."""
    asked = came = None
    if waited is not None:
        try:
            asked, came = received, received + timedelta(days=waited)
        except OverflowError:
            asked = came = None
    for compute in (
        lambda: gdpr_deadline(
            received, extended=extended, identity_asked=asked, identity_received=came
        ),
        lambda: ccpa_deadline(received, extended=extended),
    ):
        try:
            deadline = compute()
        except DeadlineOutOfRange as exc:
            assert str(exc).startswith(f"No deadline can be counted from {received.isoformat()}")
        else:
            assert deadline.due >= received
    try:
        assert last_day_to_post(received, 3) <= received
    except DeadlineOutOfRange as exc:
        assert "outside the calendar" in str(exc)


def test_the_last_representable_days_are_refused_with_a_sentence() -> None:
    with pytest.raises(DeadlineOutOfRange, match="from 9999-12-31"):
        gdpr_deadline(date(9999, 12, 31))
    with pytest.raises(DeadlineOutOfRange, match="from 9999-12-01"):
        gdpr_deadline(date(9999, 12, 1))
    with pytest.raises(DeadlineOutOfRange, match="from 9999-11-20"):
        ccpa_deadline(date(9999, 11, 20))
    with pytest.raises(DeadlineOutOfRange):
        ccpa_acknowledgement_due(date(9999, 12, 28))
    assert gdpr_deadline(date(9999, 11, 30)).due == date(9999, 12, 30)
