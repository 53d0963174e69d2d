"""Holiday regions: Alsace-Moselle maps to the calendar the holidays package knows; a bad
stored value never takes the desk down; the setting is checked on save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.deadlines import HOLIDAY_REGIONS, check_holiday_region
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.holiday_calendar import french_holidays
from albanera_desk.services.office_settings import OfficeSettings, OfficeSettingsService
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.models import StoreSetting

GOOD_FRIDAY_2026 = date(2026, 4, 3)
ST_STEPHEN_2026 = date(2026, 12, 26)


@pytest.mark.parametrize("code", ["57", "67", "68"])
def test_alsace_moselle_has_good_friday_and_st_stephen(code: str) -> None:
    is_holiday = french_holidays(code)
    assert is_holiday(GOOD_FRIDAY_2026) and is_holiday(ST_STEPHEN_2026)
    assert not french_holidays(None)(GOOD_FRIDAY_2026)


@pytest.mark.parametrize("region", [r.code for r in HOLIDAY_REGIONS])
def test_every_region_offered_has_a_calendar(region: str) -> None:
    assert french_holidays(region)(date(2026, 7, 14))  # the national day everywhere


@pytest.mark.parametrize("code", ["67", "68", "57"])
def test_due_date_with_holiday_region_67_and_68_does_not_crash(
    code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Received 3 March 2026: a month later is Good Friday, a holiday in Alsace-Moselle only;
    # then Easter Monday, so Tuesday 7 April there, Friday 3 April elsewhere.
    assert main(["due-date", "--received", "2026-03-03", "--holiday-region", code]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2026-04-07"
    assert main(["due-date", "--received", "2026-03-03"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2026-04-03"


def test_an_unknown_region_falls_back_to_national_holidays() -> None:
    assert french_holidays("6AE-typo")(date(2026, 7, 14))
    assert not french_holidays("6AE-typo")(GOOD_FRIDAY_2026)


def test_the_setting_is_checked_on_save_and_a_bad_stored_value_never_crashes(
    store_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    try:
        settings = OfficeSettingsService(store, "coordinator")
        with pytest.raises(ValueError, match="not a holiday region"):
            settings.save(OfficeSettings(holiday_region="Alsace"))
        settings.save(OfficeSettings(holiday_region="67"))
        requests = RequestService(store, "coordinator")
        ref = requests.log(NewRequest(date(2026, 3, 2), [RequestKind.ACCESS], "Léa Roussenval"))
        assert ref.due == date(2026, 4, 2)
        with store.writer.begin() as session:  # an older desk wrote what it liked
            row = session.get(StoreSetting, "holiday_region")
            assert row is not None
            row.value = "6AE"
        assert requests.get(ref.reference).due == date(2026, 4, 2)
        assert requests.list()[0].reference == ref.reference
    finally:
        store.close()
    with pytest.raises(ValueError):
        check_holiday_region("99")
