"""``albanera-desk``: the GUI with no arguments, the same services from a terminal otherwise.

Exit status: 0 all good, 1 ``check`` found a problem, 2 the store could not be
opened or created (the sentence says why), 3 a bug (logged with its traceback).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from albanera_desk import __version__
from albanera_desk.cli_support import (
    EXIT_BUG,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_PROBLEM,
    backup_keys,
    open_for_cli,
)
from albanera_desk.domain.text_input import terminal_safe
from albanera_desk.logs import setup_logging
from albanera_desk.services.backup import list_backups, verify_with_any
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import (
    check_new_passphrase,
    create_store,
    plan_for_new_store,
)
from albanera_desk.settings import (
    PASSPHRASE_ENV,
    app_paths,
    passphrase_from_env,
    resolve_store_path,
)
from albanera_desk.store.errors import StoreError
from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.window_entry import SECTIONS

log = logging.getLogger(__name__)

# Feature areas add their own subcommands: each module has add_commands(sub) -> {name: handler}.
FEATURE_COMMANDS = (
    "albanera_desk.cli_people",
    "albanera_desk.cli_register",
    "albanera_desk.cli_requests",
    "albanera_desk.cli_backup",
    "albanera_desk.cli_keys",
    "albanera_desk.cli_demo",
)

Handler = Callable[[argparse.Namespace], int]


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str | None, Handler]]:
    parser = argparse.ArgumentParser(
        prog="albanera-desk",
        description="Alba Nera Desk: the privacy office's desk. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the store file (default: $ALBANERA_DESK_STORE or the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), help="interface language (default: the system's)"
    )
    parser.add_argument(
        "--section",
        choices=SECTIONS,
        help="open the window on this section (default: today)",
    )
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser(
        "init",
        help="create a new store (key in the system keyring, or a passphrase)",
        description="Create a new encrypted store. Its key goes to the system keyring; where "
        f"there is none, a passphrase is asked (or read from ${PASSPHRASE_ENV}).",
    )
    sub.add_parser(
        "check",
        help="verify the store: integrity, encryption, schema version, audit chain",
        description="Exit 0 when every check holds, 1 otherwise (the failing ones are named).",
    )
    handlers = dict(COMMANDS)
    for module_name in FEATURE_COMMANDS:
        handlers.update(importlib.import_module(module_name).add_commands(sub))
    return parser, handlers


def _ask_new_passphrase() -> str:
    if not sys.stdin.isatty():
        raise StoreError(
            f"There is no system keyring here and no terminal to ask for a passphrase: "
            f"set {PASSPHRASE_ENV}."
        )
    for _ in range(3):
        first = getpass.getpass("New passphrase (12 characters or more): ")
        try:
            check_new_passphrase(first)
        except StoreError as exc:
            print(exc, file=sys.stderr)
            continue
        if getpass.getpass("Same passphrase again: ") == first:
            return first
        print("The two passphrases differ.", file=sys.stderr)
    raise StoreError("No passphrase was set; the store was not created.")


def _cmd_init(args: argparse.Namespace) -> int:
    path = resolve_store_path(args.store)
    keys = KeyringKeys()
    passphrase = passphrase_from_env()
    if passphrase is None and plan_for_new_store(keys).kind is KeyKind.PASSPHRASE:
        passphrase = _ask_new_passphrase()
    store = create_store(path, keys, passphrase)
    try:
        where = (
            f"its key is in the system keyring ({keys.status().backend_name})"
            if store.key_kind is KeyKind.RAW
            else "it is locked with your passphrase: keep it safe, it cannot be recovered"
        )
        print(f"Created {path}; {where}.")
    finally:
        store.close()
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        report = check_store(store, backup_dir=app_paths().backup_dir)
        backups = list_backups(app_paths().backup_dir, store.path)
        latest = (
            verify_with_any(backups[-1], backup_keys(store), store_id=store.store_id)[0]
            if backups
            else None
        )
    finally:
        store.close()
    print(f"Store: {store.path} (id {store.store_id})")
    for line in report.lines():
        print(terminal_safe(line))
    if latest is None:
        print("note latest backup: none yet (albanera-desk backup)")
    else:
        print(
            f"{'ok  ' if latest.ok else 'FAIL'} latest backup: {latest.path.name}: {latest.detail}"
        )
    healthy = report.ok and (latest is None or latest.ok)
    print("healthy" if healthy else "PROBLEMS FOUND")
    return EXIT_OK if healthy else EXIT_PROBLEM


def _cmd_gui(args: argparse.Namespace) -> int:
    from albanera_desk.ui.app import run_gui  # Qt is loaded only for the window

    return run_gui(
        store_path=resolve_store_path(args.store),
        lang=args.lang,
        exit_after_first_paint=args.exit_after_first_paint,
        section=SECTIONS.index(args.section) if args.section else 0,
    )


COMMANDS: dict[str | None, Handler] = {
    None: _cmd_gui,
    "init": _cmd_init,
    "check": _cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = _build_parser()
    args = parser.parse_args(argv)
    setup_logging(app_paths().log_dir)
    try:
        return handlers[args.command](args)
    except StoreError as exc:
        print(f"albanera-desk: {terminal_safe(str(exc))}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            "albanera-desk: an unexpected error occurred (a bug); details are in the log "
            f"folder {app_paths().log_dir}.",
            file=sys.stderr,
        )
        return EXIT_BUG


def entry_point() -> None:
    sys.exit(main())
