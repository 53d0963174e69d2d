"""``albanera-desk demo``: create a new store and fill it with fictional records."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from albanera_desk.cli.support import EXIT_OK
from albanera_desk.domain.errors import KeyringUnavailable
from albanera_desk.services import demo
from albanera_desk.services.opening import KeyringKeys, current_actor, keyring_available
from albanera_desk.settings import passphrase_from_env, resolve_store_path


def add_commands(sub: Any) -> dict[str | None, Callable[[argparse.Namespace], int]]:
    sub.add_parser(
        "demo",
        help="create a new store filled with fictional people, requests and processors",
        description="Create a NEW store (refuses an existing file) and fill it with invented "
        "records, so every screen and letter can be tried at once.",
    )
    return {"demo": _cmd_demo}


def _cmd_demo(args: argparse.Namespace) -> int:
    path = resolve_store_path(args.store)
    keys = KeyringKeys()
    passphrase = passphrase_from_env()
    if passphrase is None and not keyring_available(keys):
        raise KeyringUnavailable(
            "There is no system keyring on this computer: set ALBANERA_DESK_PASSPHRASE "
            "to lock the demo store with a passphrase."
        )
    demo.make_demo(
        path,
        keys,
        passphrase,
        current_actor(),
        report=lambda name: print(f"adding fictional {name}…"),
    )
    print(f"Demo store ready: {path}")
    return EXIT_OK
