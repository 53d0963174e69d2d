"""Subcommands of the people area, added to ``albanera-desk`` by cli.py.

``import customers FILE.csv``: the shop's customer export (or any CSV whose columns are
recognised) in one transaction; prints added, updated, unchanged and the rejected lines
with their reasons. Exit 1 when the file cannot be imported (one sentence why). The
imported items serve the customer-accounts activity; when the record of processing lacks
it, ``--create-activity`` adds it from the policy's starter, else the items stay unlinked
and the command says so.
``people search TEXT [--format table|json] [--limit N]``: the search box from a terminal;
at most 200 people (a larger ``--limit`` is capped, and says so); each search is audited.
Exit 1 when another program holds the store's write lock (one sentence why).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from albanera_desk.cli.support import EXIT_OK, EXIT_PROBLEM, open_for_cli, print_safe
from albanera_desk.domain.errors import StoreLocked
from albanera_desk.services.import_activity import report_sentences
from albanera_desk.services.import_csv import ImportFileError
from albanera_desk.services.importing import import_people
from albanera_desk.services.opening import current_actor
from albanera_desk.services.people.listing import MAX_SEARCH_RESULTS
from albanera_desk.services.people.service import PeopleService


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    """Add this area's subparsers to ``sub``; return their handlers by command name."""
    importing = sub.add_parser(
        "import",
        help="import records from a file",
        description="Import records into the store, all or nothing.",
    )
    what = importing.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    customers = what.add_parser(
        "customers",
        help="the shop's customer export (CSV)",
        description="Import the shop's customer export: people already in the store (same "
        "customer ID or email) are updated, not added twice. Exit 1 when the file cannot be "
        "imported; rejected lines are listed with their reasons.",
    )
    customers.add_argument("file", metavar="FILE.csv", type=Path)
    customers.add_argument(
        "--create-activity",
        action="store_true",
        help="when the record of processing has no customer-accounts activity, add it from "
        "the privacy policy's starter (else the imported items serve no activity yet)",
    )
    people = sub.add_parser("people", help="find people in the personal-information file")
    actions = people.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    search = actions.add_parser(
        "search",
        help="find people by name, email, phone, postcode or customer ID",
        description="Accent-insensitive, by prefix: 'elo' finds Élodie.",
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--format", choices=("table", "json"), default="table")
    search.add_argument(
        "--limit", type=int, default=50, help=f"at most {MAX_SEARCH_RESULTS} (default 50)"
    )
    return {"import": _cmd_import, "people": _cmd_people}


def _cmd_import(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        report = import_people(
            store, current_actor(), args.file, create_activity=args.create_activity
        )
    except (ImportFileError, StoreLocked) as exc:
        print(f"albanera-desk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
    print(f"{args.file.name}: {report.summary()}.")
    for line, reason in report.rejected:
        print_safe(f"  line {line}: {reason}")
    for sentence in report_sentences(report.activity, report.activity_created, report.unlinked):
        print_safe(sentence)
    return EXIT_OK


def _cmd_people(args: argparse.Namespace) -> int:
    limit = max(1, args.limit)
    if limit > MAX_SEARCH_RESULTS:
        print(
            f"albanera-desk: a search lists at most {MAX_SEARCH_RESULTS} people; "
            f"showing the first {MAX_SEARCH_RESULTS} (add words to narrow it).",
            file=sys.stderr,
        )
        limit = MAX_SEARCH_RESULTS
    store = open_for_cli(args)
    try:
        people = PeopleService(store, current_actor())
        rows = people.search(args.text, limit)
        note = people.search_note(args.text)
    except StoreLocked as exc:
        print(f"albanera-desk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
    if note:
        print(f"albanera-desk: {note}", file=sys.stderr)
    if args.format == "json":
        print_safe(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "reference": r.reference,
                        "name": r.display_name,
                        "email": r.email,
                        "postcode": r.postcode,
                        "city": r.city,
                        "customer_id": r.customer_id,
                        "under_16": r.flagged_minor,
                        "opted_out": r.opted_out,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            ),
            lines=True,
        )
        return EXIT_OK
    if not rows:
        print("Nobody found.")
        return EXIT_OK
    table = [
        (
            r.reference,
            r.display_name,
            r.email,
            " ".join(p for p in (r.postcode, r.city) if p),
            r.customer_id,
            " ".join(
                f for f, on in (("under-16", r.flagged_minor), ("opted-out", r.opted_out)) if on
            ),
        )
        for r in rows
    ]
    head = ("REF", "NAME", "EMAIL", "PLACE", "CUSTOMER", "FLAGS")
    widths = [max(len(str(x)) for x in col) for col in zip(head, *table, strict=False)]
    for line in (head, *table):
        print_safe("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    return EXIT_OK
