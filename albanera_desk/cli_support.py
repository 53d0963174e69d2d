"""What every subcommand shares: exit statuses and opening the store the user means."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from albanera_desk.domain.text_input import terminal_safe
from albanera_desk.services.opening import open_store
from albanera_desk.settings import app_paths, passphrase_from_env, resolve_store_path
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

EXIT_OK, EXIT_PROBLEM, EXIT_CANNOT_OPEN, EXIT_BUG = 0, 1, 2, 3


def open_for_cli(args: argparse.Namespace) -> Store:
    """The store of ``--store`` / ``ALBANERA_DESK_STORE`` / the default, keyed without fuss.

    The keyring's key first; else ``ALBANERA_DESK_PASSPHRASE``; else, on a terminal,
    the passphrase is asked. Raises ``StoreError`` (exit 2) when it cannot be opened.
    """
    path = resolve_store_path(args.store)
    keys = KeyringKeys()
    passphrase = passphrase_from_env()
    if passphrase is None and keys.get(path) is None and path.exists() and sys.stdin.isatty():
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
    return open_store(path, keys, passphrase, backup_dir=app_paths().backup_dir)


def print_safe(text: str, *, file: TextIO | None = None, lines: bool = False) -> None:
    """``print`` for text that holds stored values: control, bidi and zero-width characters
    come out escaped (``\\u202e``), so a name cannot reorder or recolour the terminal.
    ``lines``: the text's own line breaks are kept (indented JSON)."""
    print(terminal_safe(text, keep_newlines=lines), file=file)
