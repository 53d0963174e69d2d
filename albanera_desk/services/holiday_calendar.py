"""French public holidays from the maintained ``holidays`` package, per region if set.

Alsace-Moselle (57, 67, 68) adds Good Friday and 26 December: Moselle is the package's
"57", Bas-Rhin and Haut-Rhin its "6AE" (European Collectivity of Alsace). A lookup never
takes the desk down: a region it has no calendar for falls back to the national holidays
(and says so in the log), because a due date a day early is safer than no desk at all.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from datetime import date
from functools import cache
from typing import Any

from albanera_desk.domain.deadlines import HolidayTest, holiday_region

log = logging.getLogger(__name__)
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
def french_holidays(region: str | None = None) -> HolidayTest:
    known = holiday_region(region)
    subdivision = known.calendar if known is not None else None
    if known is None:
        log.warning("unknown holiday region; national holidays used")
    try:
        calendar = _france()(subdiv=subdivision)
    except (NotImplementedError, KeyError, ValueError):
        log.warning("no holiday calendar for the region; national holidays used")
        calendar = _france()()

    def is_holiday(day: date) -> bool:
        try:
            return day in calendar
        except (NotImplementedError, KeyError, ValueError):  # a year the package cannot say
            return False

    return is_holiday
