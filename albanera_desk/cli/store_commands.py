"""``albanera-desk init`` and ``check``: create a new store, verify one and its latest backup."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from albanera_desk.cli.support import EXIT_OK, EXIT_PROBLEM, backup_keys, open_for_cli
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.text_input import terminal_safe
from albanera_desk.services.backup import list_backups, verify_with_any
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import (
    KeyringKeys,
    check_new_passphrase,
    create_store,
    plan_for_new_store,
)
from albanera_desk.settings import (
    PASSPHRASE_ENV,
    app_paths,
    passphrase_from_env,
    resolve_store_path,
)


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    sub.add_parser(
        "init",
        help="create a new store (key in the system keyring, or a passphrase)",
        description="Create a new encrypted store. Its key goes to the system keyring; where "
        f"there is none, a passphrase is asked (or read from ${PASSPHRASE_ENV}).",
    )
    sub.add_parser(
        "check",
        help="verify the store: integrity, encryption, schema version, audit chain",
        description="Exit 0 when every check holds, 1 otherwise (the failing ones are named).",
    )
    return {"init": _cmd_init, "check": _cmd_check}


def _ask_new_passphrase() -> str:
    if not sys.stdin.isatty():
        raise StoreError(
            f"There is no system keyring here and no terminal to ask for a passphrase: "
            f"set {PASSPHRASE_ENV}."
        )
    for _ in range(3):
        first = getpass.getpass("New passphrase (12 characters or more): ")
        try:
            check_new_passphrase(first)
        except StoreError as exc:
            print(exc, file=sys.stderr)
            continue
        if getpass.getpass("Same passphrase again: ") == first:
            return first
        print("The two passphrases differ.", file=sys.stderr)
    raise StoreError("No passphrase was set; the store was not created.")


def _cmd_init(args: argparse.Namespace) -> int:
    path = resolve_store_path(args.store)
    keys = KeyringKeys()
    passphrase = passphrase_from_env()
    plan = plan_for_new_store(keys)
    if passphrase is None and plan.kind is KeyKind.PASSPHRASE:
        passphrase = _ask_new_passphrase()
    store = create_store(path, keys, passphrase)
    try:
        where = (
            f"its key is in the system keyring ({plan.keyring_name})"
            if store.key_kind is KeyKind.RAW
            else "it is locked with your passphrase: keep it safe, it cannot be recovered"
        )
        print(f"Created {path}; {where}.")
    finally:
        store.close()
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    try:
        report = check_store(store, backup_dir=app_paths().backup_dir)
        backups = list_backups(app_paths().backup_dir, store.path)
        latest = (
            verify_with_any(backups[-1], backup_keys(store), store_id=store.store_id)[0]
            if backups
            else None
        )
    finally:
        store.close()
    print(f"Store: {store.path} (id {store.store_id})")
    for line in report.lines():
        print(terminal_safe(line))
    if latest is None:
        print("note latest backup: none yet (albanera-desk backup)")
    else:
        print(
            f"{'ok  ' if latest.ok else 'FAIL'} latest backup: {latest.path.name}: {latest.detail}"
        )
    healthy = report.ok and (latest is None or latest.ok)
    print("healthy" if healthy else "PROBLEMS FOUND")
    return EXIT_OK if healthy else EXIT_PROBLEM
