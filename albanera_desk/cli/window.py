"""No command: the window, opened on the store and section the options name."""

from __future__ import annotations

import argparse

from albanera_desk.settings import resolve_store_path
from albanera_desk.window_entry import SECTIONS  # one list, the window's own entry's

__all__ = ["SECTIONS", "run_window"]


def run_window(args: argparse.Namespace) -> int:
    from albanera_desk.ui.app import run_gui  # Qt is loaded only for the window

    return run_gui(
        store_path=resolve_store_path(args.store),
        lang=args.lang,
        exit_after_first_paint=args.exit_after_first_paint,
        section=SECTIONS.index(args.section) if args.section else 0,
    )
