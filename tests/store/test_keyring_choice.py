"""The keyring the desk uses: the process's own, the user's configured one, else the system's,
found without importing every backend installed."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap

import keyring
import keyring.core
import pytest

from albanera_desk.store.keyring_choice import system_keyring
from albanera_desk.store.keys import KeyringKeys
from tests.keyring_backend import MemoryKeyring


def test_a_backend_set_in_this_process_is_kept(test_keyring: MemoryKeyring) -> None:
    assert system_keyring() is test_keyring
    assert KeyringKeys().backend is keyring.get_keyring()


def test_the_backend_the_user_names_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.MemoryKeyring")
    chosen = system_keyring()  # the autouse keyring fixture puts its own back afterwards
    assert isinstance(chosen, MemoryKeyring)
    assert KeyringKeys().status().available


def test_no_system_keyring_is_no_keyring_and_nothing_else_is_looked_for() -> None:
    """Here (no D-Bus session, no Keychain) the desk finds no keyring: it says so and never
    loads the backends other packages declare (that would import every one of them)."""
    script = textwrap.dedent(
        """
        import os, sys
        os.environ.pop("PYTHON_KEYRING_BACKEND", None)
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        os.environ["XDG_CONFIG_HOME"] = sys.argv[1]  # no keyringrc.cfg
        from albanera_desk.store.keys import KeyringKeys
        status = KeyringKeys().status()
        print(status.available, "keyring.backends.macOS" in sys.modules,
              "keyring.backends.chainer" in sys.modules)
        """
    )
    with tempfile.TemporaryDirectory() as config:
        done = subprocess.run(
            [sys.executable, "-c", script, config], capture_output=True, text=True, check=True
        )
    assert done.stdout.split() == ["False", "False", "False"]
