"""``albanera-desk backup`` and ``restore``: encrypted copies, verified before use."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from albanera_desk.cli_support import EXIT_OK, EXIT_PROBLEM, open_for_cli
from albanera_desk.services.backup import BackupFailed, make_backup, restore_backup, verify_backup
from albanera_desk.settings import app_paths
from albanera_desk.store.lock import StoreLock


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
        description="Check the backup (key, integrity, audit chain), set the current store "
        "aside, put the backup in its place, and put the old store back if that fails.",
    )
    restore.add_argument("file", metavar="FILE")
    return {"backup": _cmd_backup, "restore": _cmd_restore}


def _cmd_backup(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        if args.output:
            path = Path(args.output).expanduser()
            if path.exists():
                raise BackupFailed(f"{path} already exists; choose a new file name.")
            store.backup_to(path)
        else:
            path = make_backup(store, app_paths().backup_dir)
        check = verify_backup(path, store.key)
    finally:
        store.close()
    print(f"Backup written: {path}")
    print(f"verified: {check.detail}")
    return EXIT_OK if check.ok else EXIT_PROBLEM


def _cmd_restore(args: argparse.Namespace) -> int:
    store = open_for_cli(args)  # proves the key, and gives it for the backup
    key, path = store.key, store.path
    store.close()
    with StoreLock(path):  # never under a running desk
        aside = restore_backup(Path(args.file).expanduser(), path, key)
    print(f"Restored {args.file} into {path}.")
    print(f"The previous store is kept as {aside}.")
    return EXIT_OK
