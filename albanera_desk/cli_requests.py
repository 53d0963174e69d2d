"""Subcommands of the requests desk, added to ``albanera-desk`` by cli.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from albanera_desk.cli_support import EXIT_OK
from albanera_desk.domain.deadlines import ccpa_deadline, gdpr_deadline
from albanera_desk.services.holiday_calendar import french_holidays
from albanera_desk.store.errors import StoreError


class BadDate(StoreError):
    """A date the user typed that is not a real date."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadDate(
            f"{text!r} is not a date: write it as YYYY-MM-DD (for example 2026-06-05)."
        ) from None


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    parser = sub.add_parser(
        "due-date",
        help="compute an answer's due date without opening a store",
        description="Print the due date (YYYY-MM-DD) on the first line, then the rule in words.",
    )
    parser.add_argument("--received", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--regime", choices=("gdpr", "ccpa"), default="gdpr")
    parser.add_argument("--extended", action="store_true", help="with the extension notified")
    parser.add_argument("--identity-asked", metavar="YYYY-MM-DD")
    parser.add_argument("--identity-received", metavar="YYYY-MM-DD")
    parser.add_argument(
        "--holiday-region",
        metavar="CODE",
        help="French subdivision for regional holidays (e.g. 57, 67, 68 for Alsace-Moselle)",
    )
    return {"due-date": _cmd_due_date}


def _cmd_due_date(args: argparse.Namespace) -> int:
    received = _day(args.received)
    asked = _day(args.identity_asked) if args.identity_asked else None
    came = _day(args.identity_received) if args.identity_received else None
    if (asked is None) != (came is None):
        raise BadDate("Give both --identity-asked and --identity-received, or neither.")
    if asked is not None and came is not None and (came < asked or asked < received):
        raise BadDate("The identity dates are out of order: received, then asked, then answered.")
    if args.regime == "ccpa":
        deadline = ccpa_deadline(received, extended=args.extended)
    else:
        deadline = gdpr_deadline(
            received,
            extended=args.extended,
            identity_asked=asked,
            identity_received=came,
            is_holiday=french_holidays(args.holiday_region),
        )
    print(deadline.due.isoformat())
    print(deadline.rule)
    return EXIT_OK
