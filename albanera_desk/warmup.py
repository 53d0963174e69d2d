"""Slow set-up started at launch, so that it runs while Qt and the window's code load.

keyring finds its backend by importing every backend it knows (Secret Service, KWallet,
macOS, Windows...) and asking each whether it works: ~150 ms, much of it waiting on other
processes (``ldconfig``), which costs the GUI thread nothing when it happens in parallel.
"""

from __future__ import annotations

import contextlib
import threading

_keyring: threading.Thread | None = None


def _discover_keyring() -> None:
    import keyring

    # A failure here is found again, and said, where the key is read.
    with contextlib.suppress(Exception):
        keyring.get_keyring()


def start_keyring_discovery() -> None:
    global _keyring
    if _keyring is None:
        _keyring = threading.Thread(target=_discover_keyring, name="keyring-discovery")
        _keyring.start()


def wait_for_keyring_discovery() -> None:
    """Before anything reads the keyring: one discovery, never two at once."""
    if _keyring is not None:
        _keyring.join()
