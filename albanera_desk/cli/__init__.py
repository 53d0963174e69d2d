"""``albanera-desk``: the GUI with no arguments, the same services from a terminal otherwise.

Exit status: 0 all good, 1 ``check`` found a problem, 2 the store could not be
opened or created (the sentence says why), 3 a bug (logged with its traceback).

One module per command group: ``store_commands`` (init, check), ``people``,
``register``, ``requests``, ``backup`` (backup, restore), ``keys``, ``demo``;
``window`` (no command); what they share (exit statuses, opening the store,
``-o FILE``) is ``support``. ``main`` and ``entry_point`` stay here for the console
script and ``python -m albanera_desk``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from albanera_desk import __version__
from albanera_desk.cli.support import EXIT_BUG, EXIT_CANNOT_OPEN
from albanera_desk.cli.window import SECTIONS, run_window
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.text_input import terminal_safe
from albanera_desk.logs import setup_logging
from albanera_desk.settings import app_paths

log = logging.getLogger(__name__)

# Feature areas add their own subcommands: each module has add_commands(sub) -> {name: handler}.
FEATURE_COMMANDS = (
    "albanera_desk.cli.store_commands",
    "albanera_desk.cli.people",
    "albanera_desk.cli.register",
    "albanera_desk.cli.requests",
    "albanera_desk.cli.backup",
    "albanera_desk.cli.keys",
    "albanera_desk.cli.demo",
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
    handlers = dict(COMMANDS)
    for module_name in FEATURE_COMMANDS:
        handlers.update(importlib.import_module(module_name).add_commands(sub))
    return parser, handlers


# No command opens the window; each module of FEATURE_COMMANDS adds its own.
COMMANDS: dict[str | None, Handler] = {None: run_window}


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
