"""What every subcommand shares: exit statuses and opening the store the user means."""

from __future__ import annotations

import argparse
import getpass
import sys

from albanera_desk.services.opening import open_store
from albanera_desk.settings import app_paths, passphrase_from_env, resolve_store_path
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store

EXIT_OK, EXIT_PROBLEM, EXIT_CANNOT_OPEN, EXIT_BUG = 0, 1, 2, 3


def backup_keys(store: Store) -> list[StoreKey]:
    """The keys that may open this store's backups: its own, then older ones it had."""
    return [store.key, *KeyringKeys().history(store.store_id)]


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
