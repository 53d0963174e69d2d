"""One date format per language on screen: words in sentences, dd/MM/yyyy in tables, no ISO."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from albanera_desk.ui.dates import table_date, table_datetime, table_format, text_date


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_french_dates_read_as_words_in_text_and_day_first_in_tables(french: None) -> None:
    assert text_date(date(2026, 12, 1)) == "1 déc. 2026"
    assert text_date(date(2026, 6, 5)) == "5 juin 2026"
    assert table_date(date(2026, 12, 1)) == "01/12/2026"
    assert table_date(None) == ""


def test_english_dates_likewise(qapp: QApplication) -> None:
    # The window's English is British English (see app.install_translators).
    assert text_date(date(2026, 12, 1)) == "1 Dec 2026"
    assert table_date(date(2026, 12, 1)) == "01/12/2026"
    moment = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)
    assert table_datetime(moment).startswith(("01/12/2026", "02/12/2026", "30/11/2026"))
    assert "2026-12" not in table_datetime(moment)


def test_a_us_locale_puts_the_month_first_with_a_four_digit_year() -> None:
    assert table_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        "MM/dd/yyyy"
    )


def test_iso_dates_in_a_core_sentence_are_written_as_the_window_writes_them(
    french: None,
) -> None:
    from albanera_desk.ui.dates import readable_dates

    rule = "un mois à compter du 2026-11-30, soit le 2026-12-30 (pas 2026-13-45)"
    expected = "un mois à compter du 30 nov. 2026, soit le 30 déc. 2026 (pas 2026-13-45)"
    assert readable_dates(rule) == expected
