"""Subcommands of the register area, added to ``albanera-desk`` by cli.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    """Add this area's subparsers to ``sub``; return their handlers by command name."""
    return {}
