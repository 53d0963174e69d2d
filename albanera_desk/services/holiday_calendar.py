"""French public holidays from the maintained ``holidays`` package, per region if set.

Alsace-Moselle (57, 67, 68) adds Good Friday and 26 December: Moselle is the package's
"57", Bas-Rhin and Haut-Rhin its "6AE" (European Collectivity of Alsace). A lookup never
takes the desk down: a region it has no calendar for falls back to the national holidays
(and says so in the log), because a due date a day early is safer than no desk at all.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import cache

import holidays

from albanera_desk.domain.deadlines import HolidayTest, holiday_region

log = logging.getLogger(__name__)


@cache
def french_holidays(region: str | None = None) -> HolidayTest:
    known = holiday_region(region)
    subdivision = known.calendar if known is not None else None
    if known is None:
        log.warning("unknown holiday region; national holidays used")
    try:
        calendar = holidays.country_holidays("FR", subdiv=subdivision)
    except (NotImplementedError, KeyError, ValueError):
        log.warning("no holiday calendar for the region; national holidays used")
        calendar = holidays.country_holidays("FR")

    def is_holiday(day: date) -> bool:
        try:
            return day in calendar
        except (NotImplementedError, KeyError, ValueError):  # a year the package cannot say
            return False

    return is_holiday
