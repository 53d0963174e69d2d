"""``albanera-desk backup`` and ``restore``: encrypted copies, verified before use."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from albanera_desk.cli.support import EXIT_OK, EXIT_PROBLEM, open_for_cli
from albanera_desk.documents.output import refuse_store_files
from albanera_desk.domain.errors import KeyUnavailable
from albanera_desk.services.backup import BackupFailed, make_backup, verify_backup, write_backup
from albanera_desk.services.opening import (
    KeyringKeys,
    StoreKey,
    backup_keys,
    current_actor,
    keys_for_backup,
    remember_store,
    store_lock,
)
from albanera_desk.services.restore import restore_backup
from albanera_desk.settings import (
    PASSPHRASE_ENV,
    app_paths,
    passphrase_from_env,
    resolve_store_path,
)


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    backup = sub.add_parser(
        "backup",
        help="make an encrypted backup of the store (same key), verified",
        description="Write an encrypted copy of the store (a SQLCipher file with the same key) "
        "into the backup folder, or to FILE; the newest 10 in the folder are kept.",
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="write this one file instead")
    restore = sub.add_parser(
        "restore",
        help="replace the store with a backup, after checking the backup",
        description="Check the backup (key, integrity, manifest, audit chain), restore it into "
        "a temporary file beside the store, check it, then put it in place; the current store "
        "is kept aside. Works when the store file is gone (the keyring, the passphrase or the "
        "recovery sheet's key opens the backup).",
    )
    restore.add_argument("file", metavar="FILE")
    return {"backup": _cmd_backup, "restore": _cmd_restore}


def _cmd_backup(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        if args.output is not None:
            if not args.output.strip():
                raise BackupFailed("Give a file name after -o.")
            path = Path(args.output).expanduser().absolute()
            refuse_store_files(path)  # even a -wal name that is not there yet
            if path.exists():
                raise BackupFailed(f"{path} already exists; choose a new file name.")
            write_backup(store, path)
        else:
            path = make_backup(store, app_paths().backup_dir)
        check = verify_backup(path, store.key, store_id=store.store_id)
    finally:
        store.close()
    print(f"Backup written: {path}")
    print(f"verified: {check.detail}")
    return EXIT_OK if check.ok else EXIT_PROBLEM


def _keys_for_restore(args: argparse.Namespace, path: Path, backup: Path) -> list[StoreKey]:
    """The key the restored store gets first, then the other keys that may open the backup."""
    keys = KeyringKeys()
    if path.exists():
        store = open_for_cli(args)  # proves the key, and gives it for the backup
        try:
            return backup_keys(store, keys)
        finally:
            store.close()
    # The store file is gone: the keys of the store this backup belongs to, found by its salt.
    typed = passphrase_from_env()
    if typed is None and sys.stdin.isatty():
        typed = getpass.getpass("Passphrase, or the key from the recovery sheet (Enter: none): ")
    found = keys_for_backup(backup, keys, typed)
    if not found:
        raise KeyUnavailable(
            "This computer's keyring has no key for this backup: give its passphrase in "
            f"${PASSPHRASE_ENV}, or type it (or the recovery sheet's key) on a terminal."
        )
    return found


def _cmd_restore(args: argparse.Namespace) -> int:
    path = resolve_store_path(args.store)
    backup = Path(args.file).expanduser().absolute()
    if not backup.is_file():
        raise BackupFailed(f"There is no backup at {backup}.")
    key, *others = _keys_for_restore(args, path, backup)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with store_lock(path):  # never under a running desk
        outcome = restore_backup(backup, path, key, backup_keys=others, actor=current_actor())
    if outcome.store_id is not None:
        remember_store(path, outcome.store_id, KeyringKeys())
    print(f"Restored {backup} into {path}.")
    if outcome.aside is not None:
        print(f"The previous store is kept as {outcome.aside}.")
    if outcome.erasures_reapplied:
        print(
            f"Warning: the backup was made before {outcome.erasures_reapplied} erasure(s); "
            "they were made again in the restored store."
        )
    return EXIT_OK
