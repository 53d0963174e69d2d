"""``albanera-desk key``: recovery sheet, putting a key back, changing the key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from albanera_desk.cli.support import EXIT_OK, add_output_options, open_for_cli, output_target
from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.recovery_sheet import key_fingerprint, render_recovery_sheet
from albanera_desk.domain.keys import KeyKind
from albanera_desk.services.key_management import (
    KeyChangeFailed,
    change_key,
    recovery_facts,
    restore_key_to_keyring,
)
from albanera_desk.services.opening import KeyringKeys, store_lock
from albanera_desk.settings import app_paths, resolve_store_path

NEW_PASSPHRASE_ENV = "ALBANERA_DESK_NEW_PASSPHRASE"


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    key = sub.add_parser("key", help="recovery sheet, restore a key, change the key")
    actions = key.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    sheet = actions.add_parser(
        "sheet", help="write the recovery sheet (the key on paper, for the office safe)"
    )
    add_output_options(sheet, "FILE.pdf")
    actions.add_parser(
        "restore", help="put a key from the recovery sheet into this computer's keyring"
    )
    change = actions.add_parser(
        "change",
        help="rekey the store (a backup is made first)",
        description=f"New passphrase from ${NEW_PASSPHRASE_ENV} or asked on the terminal; "
        "--to-keyring makes a fresh random key kept in the keyring.",
    )
    change.add_argument("--to-keyring", action="store_true")
    return {"key": _cmd_key}


def _cmd_key(args: argparse.Namespace) -> int:
    return {"sheet": _sheet, "restore": _restore, "change": _change}[args.key_action](args)


def _sheet(args: argparse.Namespace) -> int:
    target = output_target(args)
    store = open_for_cli(args)
    try:
        facts = recovery_facts(store)
    finally:
        store.close()
    write_atomically(target, render_recovery_sheet(facts))
    print(f"Wrote {target}: print it, put it in the safe, then delete the file.")
    if facts.raw_key_hex:
        print(f"Check code: {key_fingerprint(facts.raw_key_hex)}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    path = resolve_store_path(args.store)
    prompt = "Key from the recovery sheet (64 characters): "
    typed = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    restore_key_to_keyring(path, typed, KeyringKeys())
    print(f"The key of {path.name} is back in this computer's keyring.")
    return EXIT_OK


def _change(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    path, old_key = store.path, store.key
    store.close()
    new_passphrase = None
    if not args.to_keyring:
        new_passphrase = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new_passphrase:
            if not sys.stdin.isatty():
                raise KeyChangeFailed(f"Give the new passphrase in ${NEW_PASSPHRASE_ENV}.")
            new_passphrase = getpass.getpass("New passphrase (12 characters or more): ")
            if getpass.getpass("Same again: ") != new_passphrase:
                raise KeyChangeFailed("The two passphrases differ; the key was not changed.")
    with store_lock(path):
        new_key = change_key(path, old_key, new_passphrase, KeyringKeys(), app_paths().backup_dir)
    where = "the system keyring" if new_key.kind is KeyKind.RAW else "your new passphrase"
    print(f"The store is now locked with {where}; a backup with the old key was made first.")
    return EXIT_OK
