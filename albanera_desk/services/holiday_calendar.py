"""French public holidays from the maintained ``holidays`` package, per region if set.

Alsace and Moselle (subdivisions 57, 67, 68) add Good Friday and 26 December.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import cache
from typing import Any

from albanera_desk.domain.deadlines import HolidayTest

_COUNTRIES = "holidays.countries"


@cache
def _france() -> Any:
    """``holidays``' French calendar alone, imported when first needed: the package
    ``holidays.countries`` imports every country (~120 ms at start-up) for the one we use."""
    if _COUNTRIES in sys.modules:
        from holidays.countries.france import France

        return France
    spec = importlib.util.find_spec(_COUNTRIES)  # imports ``holidays`` itself, not its countries
    assert spec is not None
    # The countries package as an empty shell, just long enough to import France from it;
    # a later ``import holidays.countries`` runs the real package (and reuses France).
    sys.modules[_COUNTRIES] = importlib.util.module_from_spec(spec)
    try:
        from holidays.countries.france import France
    finally:
        del sys.modules[_COUNTRIES]
    return France


@cache
def french_holidays(subdivision: str | None = None) -> HolidayTest:
    calendars: list[Any] = []  # the calendar, made at the first question (not at start-up)

    def is_holiday(day: date) -> bool:
        if not calendars:
            calendars.append(_france()(subdiv=subdivision))
        return day in calendars[0]

    return is_holiday
