"""French public holidays from the maintained ``holidays`` package, per region if set.

Alsace and Moselle (subdivisions 57, 67, 68) add Good Friday and 26 December.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

from albanera_desk.domain.deadlines import HolidayTest


@cache
def french_holidays(subdivision: str | None = None) -> HolidayTest:
    calendar = holidays.country_holidays("FR", subdiv=subdivision)

    def is_holiday(day: date) -> bool:
        return day in calendar

    return is_holiday
