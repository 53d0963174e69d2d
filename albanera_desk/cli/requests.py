"""Subcommands of the requests desk, added to ``albanera-desk`` by cli.py."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from albanera_desk.cli.support import EXIT_OK, add_output_options, open_for_cli, output_target
from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.deadlines import (
    DeadlineOutOfRange,
    ccpa_deadline,
    check_holiday_region,
    gdpr_deadline,
)
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.services.holiday_calendar import french_holidays
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import current_actor
from albanera_desk.services.requests import RequestService


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
    letter = sub.add_parser(
        "letter",
        help="print a request's letter to a PDF file",
        description="Write the letter for request REF as a PDF (only where you ask: the file "
        "leaves the encrypted store).",
    )
    letter.add_argument("reference", metavar="REF")
    letter.add_argument("kind", choices=[k.value for k in RequestLetter], metavar="KIND")
    add_output_options(letter, "FILE.pdf")
    # SUPPRESS: an absent --lang here keeps the one given before the command.
    letter.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS)
    letter.add_argument(
        "--envelope",
        choices=[e.value for e in EnvelopeKind],
        default=EnvelopeKind.FR_DL_RIGHT.value,
    )
    requests = sub.add_parser("requests", help="list the requests and what is due")
    actions = requests.add_subparsers(dest="requests_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list requests, soonest due first")
    listing.add_argument("--overdue", action="store_true", help="only those past their due date")
    listing.add_argument("--due-within", type=int, metavar="DAYS", help="only those due soon")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    return {"due-date": _cmd_due_date, "letter": _cmd_letter, "requests": _cmd_requests}


def _cmd_requests(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        service = RequestService(store, current_actor())
        today = date.today()
        items = service.list(
            overdue_on=today if args.overdue else None,
            due_within=(today, args.due_within) if args.due_within is not None else None,
        )
    finally:
        store.close()
    rows = [
        {
            "ref": item.reference,
            "kinds": [k.value for k in item.kinds],
            "status": item.status.value,
            "received": item.received_on.isoformat(),
            "due": item.due.isoformat() if item.due else None,
            "post_by": item.post_by.isoformat() if item.post_by else None,
            "overdue": item.overdue(today),
        }
        for item in items
    ]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["ref", "kinds", "status", "received", "due", "post_by", "overdue"])
        for row in rows:
            writer.writerow(
                [
                    *(row[k] for k in ("ref",)),
                    " ".join(row["kinds"]),
                    row["status"],
                    row["received"],
                    row["due"] or "",
                    row["post_by"] or "",
                    "yes" if row["overdue"] else "",
                ]
            )
    else:
        if not rows:
            print("No request.")
        for row in rows:
            flag = "OVERDUE " if row["overdue"] else ""
            print(
                f"{row['ref']:<12} {row['received']}  {row['status']:<18} "
                f"due {row['due'] or '-':<10} {flag}{', '.join(row['kinds'])}"
            )
    return EXIT_OK


def _cmd_letter(args: argparse.Namespace) -> int:
    target = output_target(args)
    kind = RequestLetter(args.kind)
    store = open_for_cli(args)
    try:
        letters = LetterService(store, current_actor())
        enclosed = []
        if kind is RequestLetter.PORTABILITY_RESPONSE:
            # The letter encloses the JSON and CSV kept with the request (made if not yet).
            enclosed = letters.portable_copy(args.reference) or letters.make_portable_copy(
                args.reference
            )
        prepared = letters.prepare(
            [args.reference],
            kind,
            language=args.lang,
            envelope=EnvelopeKind(args.envelope),
        )
    finally:
        store.close()
    from albanera_desk.documents.output import OutputRefused, refuse_protected

    beside = [(target.with_name(made.name), made.content) for made in enclosed]
    for path, _ in beside:
        refuse_protected(path)
        if path.exists() and not args.force:
            raise OutputRefused(f"{path} already exists: add --force to replace it.")
    write_atomically(target, prepared.pdf)
    print(f"Wrote {target}")
    for path, content in beside:
        write_atomically(path, content)
        print(f"Wrote {path}")
    return EXIT_OK


def _cmd_due_date(args: argparse.Namespace) -> int:
    received = _day(args.received)
    asked = _day(args.identity_asked) if args.identity_asked else None
    came = _day(args.identity_received) if args.identity_received else None
    if (asked is None) != (came is None):
        raise BadDate("Give both --identity-asked and --identity-received, or neither.")
    if asked is not None and came is not None and (came < asked or asked < received):
        raise BadDate("The identity dates are out of order: received, then asked, then answered.")
    if args.holiday_region is not None:
        try:
            check_holiday_region(args.holiday_region)
        except ValueError as exc:
            raise BadDate(str(exc)) from None
    try:
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
    except DeadlineOutOfRange as exc:
        raise BadDate(str(exc)) from None
    print(deadline.due.isoformat())
    print(deadline.rule)
    return EXIT_OK
