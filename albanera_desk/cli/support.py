"""What every subcommand shares: exit statuses and opening the store the user means."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from albanera_desk.documents.output import OutputRefused, refuse_protected
from albanera_desk.domain.text_input import terminal_safe
from albanera_desk.services import opening
from albanera_desk.services.opening import (
    KeyringKeys,
    Store,
    StoreKey,
    needs_passphrase,
    open_store,
    protect_desk_files,
)
from albanera_desk.settings import app_paths, passphrase_from_env, resolve_store_path

EXIT_OK, EXIT_PROBLEM, EXIT_CANNOT_OPEN, EXIT_BUG = 0, 1, 2, 3


def add_output_options(parser: argparse.ArgumentParser, metavar: str = "FILE") -> None:
    """``-o FILE`` and ``--force``, the same for every command that writes a file."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar)
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (never the store, its files or a backup)",
    )


def output_target(args: argparse.Namespace) -> Path:
    """Where ``-o`` says to write, once it is safe to: one sentence otherwise.

    Never the store, its -wal/-shm/-journal, its lock or a backup; an existing file
    only with ``--force`` or a yes on the terminal.
    """
    raw = args.output
    if raw is None or not str(raw).strip():
        raise OutputRefused("Give a file name after -o.")
    path = Path(raw).expanduser().absolute()
    protect_desk_files(resolve_store_path(args.store), app_paths().backup_dir)
    refuse_protected(path)
    if path.is_dir():
        raise OutputRefused(f"{path} is a folder: give a file name after -o.")
    if path.exists() and not getattr(args, "force", False):
        if sys.stdin.isatty():
            answer = input(f"{path} exists. Replace it? [y/N] ").strip().lower()
            if answer in ("y", "yes", "o", "oui"):
                return path
        raise OutputRefused(f"{path} already exists: add --force to replace it.")
    return path


def backup_keys(store: Store) -> list[StoreKey]:
    """The keys that may open this store's backups: its own, then older ones it had."""
    return opening.backup_keys(store, KeyringKeys())


def open_for_cli(args: argparse.Namespace) -> Store:
    """The store of ``--store`` / ``ALBANERA_DESK_STORE`` / the default, keyed without fuss.

    The keyring's key first; else ``ALBANERA_DESK_PASSPHRASE``; else, on a terminal,
    the passphrase is asked. Raises ``StoreError`` (exit 2) when it cannot be opened.
    """
    path = resolve_store_path(args.store)
    keys = KeyringKeys()
    passphrase = passphrase_from_env()
    if passphrase is None and needs_passphrase(path, keys) and path.exists() and sys.stdin.isatty():
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
    return open_store(path, keys, passphrase, backup_dir=app_paths().backup_dir)


def print_safe(text: str, *, file: TextIO | None = None, lines: bool = False) -> None:
    """``print`` for text that holds stored values: control, bidi and zero-width characters
    come out escaped (``\\u202e``), so a name cannot reorder or recolour the terminal.
    ``lines``: the text's own line breaks are kept (indented JSON)."""
    print(terminal_safe(text, keep_newlines=lines), file=file)
