"""Which keyring the desk uses, found without importing every keyring backend installed.

``keyring`` on its own finds its backend by loading every backend any installed package
declares (entry points), importing each one to ask whether it works here: a tenth of a
second at every start, and a package installed for something else (``keyrings.alt``) could
become the keyring that holds store keys, in plaintext. The desk asks instead, in order:

1. a backend already set in this process (``keyring.set_keyring``: tests, the bench);
2. the one the user configured for ``keyring`` itself: the ``PYTHON_KEYRING_BACKEND``
   variable, or ``keyringrc.cfg`` (both read by ``keyring``'s own functions);
3. this system's own keyring: the macOS Keychain, the Windows Credential Locker, or on
   Linux the Secret Service (GNOME Keyring, KeePassXC...), KWallet or libsecret, the first
   one that answers, by ``keyring``'s own priorities.

Nothing found: ``keyring``'s "fail" backend, which the desk treats as no keyring at all.
"""

from __future__ import annotations

import importlib
import sys

import keyring
import keyring.core
from keyring.backend import KeyringBackend

# This system's keyrings, best first: (module, class) in the ``keyring`` package.
_SYSTEM_BACKENDS: dict[str, tuple[tuple[str, str], ...]] = {
    "darwin": (("keyring.backends.macOS", "Keyring"),),
    "win32": (("keyring.backends.Windows", "WinVaultKeyring"),),
}
_OTHER_SYSTEMS = (
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.libsecret", "Keyring"),
)


def system_keyring() -> KeyringBackend:
    """The backend the desk reads and writes keys with (see the module's text); chosen once
    per process, then kept by ``keyring`` as its own."""
    chosen = getattr(keyring.core, "_keyring_backend", None)  # keyring is pinned (25.7)
    if chosen is None:
        chosen = keyring.core.load_env() or keyring.core.load_config() or _this_systems()
        keyring.set_keyring(chosen)
    return chosen


def _this_systems() -> KeyringBackend:
    viable: list[KeyringBackend] = []
    for module_name, class_name in _SYSTEM_BACKENDS.get(sys.platform, _OTHER_SYSTEMS):
        try:
            kind = getattr(importlib.import_module(module_name), class_name)
        except ImportError:
            continue
        if kind.viable:  # its priority answers: the keyring is there and usable
            viable.append(kind())
    if not viable:
        from keyring.backends import fail

        return fail.Keyring()  # type: ignore[no-untyped-call]
    return max(viable, key=lambda backend: float(backend.priority))  # type: ignore[arg-type]
