"""French public holidays from the maintained ``holidays`` package, per region if set.

Alsace and Moselle (subdivisions 57, 67, 68) add Good Friday and 26 December: the
package knows Moselle as 57 and Alsace as 6AE, so 67 and 68 (the Bas-Rhin and
Haut-Rhin department numbers people type) mean 6AE. A code the package does not know
is refused with a sentence, never a crash in the middle of a deadline.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import cache
from typing import Any

from albanera_desk.domain.deadlines import HolidayTest
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.errors import StoreError

# Department numbers of Alsace: the package's own code for the region is 6AE.
_DEPARTMENTS = {"67": "6AE", "68": "6AE"}


class UnknownHolidayRegion(StoreError):
    """A holiday region code the calendar does not know."""


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
    code = (subdivision or "").strip() or None
    if code is not None:
        code = _DEPARTMENTS.get(code, code)
    try:
        calendar = _france()(subdiv=code)
    except NotImplementedError:
        raise UnknownHolidayRegion(
            QT_TRANSLATE_NOOP(
                "Core",
                "{code} is not a holiday region the calendar knows: leave it empty for "
                "national holidays, or use 57 (Moselle), 67 or 68 (Alsace), 971 to 976 "
                "(overseas departments).",
            ).format(code=code)
        ) from None

    def is_holiday(day: date) -> bool:
        return day in calendar

    return is_holiday
