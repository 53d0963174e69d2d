"""Subcommands of the register area, added to ``albanera-desk`` by cli.py.

- ``albanera-desk export processors|activities|transfers|all --format csv|xlsx|pdf -o FILE
  [--semicolon] [--lang fr|en] [--as-of YYYY-MM-DD]`` (``all``: XLSX only, a sheet each)
- ``albanera-desk register check``: the health items, problems first; exit 1 if any problem.
- ``albanera-desk register starters``: add the entries and activities the policy implies.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from albanera_desk.cli.support import (
    EXIT_OK,
    EXIT_PROBLEM,
    add_output_options,
    open_for_cli,
    output_target,
    print_safe,
)
from albanera_desk.domain.errors import StoreError
from albanera_desk.services.opening import current_actor
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.register_health import check_register

if TYPE_CHECKING:  # ReportLab and openpyxl load only when an export runs
    from albanera_desk.documents.register_export import ExportFormat, RegisterKind

FORMATS = ("csv", "xlsx", "pdf")


class BadExportRequest(StoreError):
    """The export asked for cannot be made as asked; the sentence says why."""


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    """Add this area's subparsers to ``sub``; return their handlers by command name."""
    export = sub.add_parser(
        "export",
        help="export the processor register, the record of processing or the transfers",
        description="Write a register as CSV (UTF-8 with BOM), XLSX or PDF, only where you "
        "ask: the file leaves the encrypted store. 'all' writes one XLSX with a sheet each.",
    )
    export.add_argument(
        "kind", choices=("processors", "activities", "transfers", "all"), metavar="KIND"
    )
    export.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    add_output_options(export)
    export.add_argument(
        "--semicolon", action="store_true", help="CSV with semicolons (French Excel)"
    )
    export.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=argparse.SUPPRESS,
        help="default: the organisation's",
    )
    export.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date printed (default: today)")
    register = sub.add_parser("register", help="the processor register's health checks")
    actions = register.add_subparsers(dest="register_action", metavar="ACTION", required=True)
    actions.add_parser(
        "check",
        help="list what is missing or stale (exit 1 if a problem is found)",
        description="Print each problem and warning with the record that fixes it.",
    )
    actions.add_parser(
        "starters",
        help="add the third parties and activities the privacy policy implies (once)",
    )
    return {"export": _cmd_export, "register": _cmd_register}


def _format_of(args: argparse.Namespace) -> ExportFormat:
    fmt = args.format or Path(args.output).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise BadExportRequest(
            f"Say which format to write with --format csv, xlsx or pdf ({args.output} has no "
            "such extension)."
        )
    if args.kind == "all" and fmt != "xlsx":
        raise BadExportRequest("'all' is exported as one XLSX workbook: use --format xlsx.")
    return cast("ExportFormat", fmt)


def _as_of(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadExportRequest(
            f"{text!r} is not a date: write it as YYYY-MM-DD (for example 2026-06-05)."
        ) from None


def _cmd_export(args: argparse.Namespace) -> int:
    fmt = _format_of(args)
    as_of = _as_of(args.as_of)
    output = output_target(args)
    store = open_for_cli(args)
    try:
        RegisterService(store, current_actor()).export(
            cast("RegisterKind", args.kind),
            fmt,
            output,
            language=args.lang,
            semicolon=args.semicolon,
            as_of=as_of,
        )
    finally:
        store.close()
    print(f"Wrote {output}")
    return EXIT_OK


def _cmd_register(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        if args.register_action == "starters":
            service = RegisterService(store, current_actor())
            added = service.add_policy_starters() + service.add_policy_activities()
            print(f"Added {added} entries to complete." if added else "Nothing to add.")
            return EXIT_OK
        items = check_register(store, date.today())
    finally:
        store.close()
    for item in items:
        where = item.record_type + (f" #{item.record_id}" if item.record_id is not None else "")
        print_safe(f"{item.severity.upper():<8} {item.code:<30} {where:<16} {item.message_en}")
    problems = sum(1 for item in items if item.severity == "problem")
    warnings = len(items) - problems
    print(f"{problems} problem(s), {warnings} warning(s)" if items else "register healthy")
    return EXIT_PROBLEM if problems else EXIT_OK
