"""The window's own entry point: its few options, then the app, without the command line's
modules (every command's code) loaded first. ``__main__`` comes here when no command is given."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from albanera_desk.logs import setup_logging
from albanera_desk.services.key_ahead import derive_key_ahead
from albanera_desk.settings import app_paths, passphrase_from_env, resolve_store_path

log = logging.getLogger(__name__)

# What the window's first paint needs of the core: the key, and whether it reads the store.
# The engine, the desk's services and the shown section load after it (``ui.launcher``).
CORE_MODULES = ("albanera_desk.services.opening",)

# The window's sections, in the sidebar's order.
SECTIONS = ("today", "people", "requests", "register", "transfers", "audit")


def window_parser() -> argparse.ArgumentParser:
    """The options that open the window, as ``albanera-desk --help`` lists them."""
    parser = argparse.ArgumentParser(prog="albanera-desk")
    parser.add_argument("--store", metavar="PATH")
    parser.add_argument("--lang", choices=("fr", "en"))
    parser.add_argument("--section", choices=SECTIONS)
    parser.add_argument("--exit-after-first-paint", action="store_true")
    return parser


def load_core_first() -> None:
    """The window's code that needs no Qt, loaded before Qt: once PySide6 is loaded, its
    import hook reads the source of every module imported after it (a quarter more time)."""
    for name in CORE_MODULES:
        importlib.import_module(name)
    from albanera_desk.services.opening import KeyringKeys

    KeyringKeys().status()  # the keyring's backend: found (and imported) once, here


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status as the command line's: 0, 2 the store could not be opened, 3 a bug."""
    args = window_parser().parse_args(argv)
    store_path = resolve_store_path(args.store)
    derive_key_ahead(store_path, passphrase_from_env())  # outside the GIL, while code loads
    setup_logging(app_paths().log_dir)
    try:
        load_core_first()
        from albanera_desk.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(
            store_path=store_path,
            lang=args.lang,
            exit_after_first_paint=args.exit_after_first_paint,
            section=SECTIONS.index(args.section) if args.section else 0,
        )
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error in the window")
        print(
            "albanera-desk: an unexpected error occurred (a bug); details are in the log "
            f"folder {app_paths().log_dir}.",
            file=sys.stderr,
        )
        return 3
