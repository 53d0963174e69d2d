"""Every test gets its own data folder, log folder, store path and keyring.

The keyring is a real ``KeyringBackend`` kept in memory and installed with
``keyring.set_keyring``; the user's own keyring is never touched.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from albanera_desk.store.keys import KeyringKeys
from tests.keyring_backend import MemoryKeyring

STRONG_PASSPHRASE = "Lavande-Quai-des-Orfevres-71"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("ALBANERA_DESK_DATA_DIR", str(data))
    monkeypatch.setenv("ALBANERA_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("ALBANERA_DESK_STORE", raising=False)
    monkeypatch.delenv("ALBANERA_DESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    return data


@pytest.fixture(autouse=True)
def test_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without any keyring backend (keyring's own 'fail' backend)."""
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def keys() -> KeyringKeys:
    return KeyringKeys()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "stores" / "office.db"


@pytest.fixture(autouse=True)
def english_ui(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests see the English interface (with its plural forms), whatever the machine's locale."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from albanera_desk.ui.app import install_translators

    app = request.getfixturevalue("qapp")
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    yield
    for translator in translators:
        app.removeTranslator(translator)
