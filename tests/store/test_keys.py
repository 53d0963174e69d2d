"""The keyring wrapper: which backends count as a keyring, and a key that never shows."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from albanera_desk.domain.errors import KeyringUnavailable
from albanera_desk.services.opening import create_store, plan_for_new_store
from albanera_desk.store.keys import SERVICE, KeyKind, KeyringKeys, StoreKey
from tests.keyring_backend import MemoryKeyring

# Every KeyringBackend subclass joins keyring's registry for the whole session, and keyring
# builds one of each when it looks for a default: these classes must behave when built plainly.


class PlaintextFile(MemoryKeyring):
    """Stands for keyrings.alt's file backend: it works (priority > 0), in plaintext."""


PlaintextFile.__module__ = "keyrings.alt.file"


class BrokenPriority(MemoryKeyring):
    """A backend whose priority raises (its service cannot be asked) once ``broken`` is set."""

    broken = False

    @property  # type: ignore[override]
    def priority(self) -> float:
        if self.broken:
            raise RuntimeError("backend cannot tell")
        return 1


def broken_priority() -> BrokenPriority:
    backend = BrokenPriority()
    backend.broken = True
    return backend


class ZeroPriority(MemoryKeyring):
    priority = 0  # type: ignore[assignment]


class Unreachable(MemoryKeyring):
    """A keyring whose daemon does not answer."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("no answer")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no answer")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("no answer")


def chain(*backends: KeyringBackend) -> ChainerBackend:
    """keyring's own chainer, chaining exactly ``backends``."""

    class Chain(ChainerBackend):
        pass

    Chain.backends = list(backends)  # type: ignore[misc]  # shadows the discovery property
    return Chain()


# --- which backends are keyrings ------------------------------------------------


def test_a_real_backend_is_available_and_named() -> None:
    status = KeyringKeys(MemoryKeyring()).status()
    assert status.available
    assert "MemoryKeyring" in status.backend_name and status.description == status.backend_name


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextFile(), broken_priority(), ZeroPriority()],
    ids=["fail", "null", "keyrings.alt", "priority-raises", "priority-zero"],
)
def test_backends_that_keep_nothing_safe_count_as_no_keyring(backend: KeyringBackend) -> None:
    keys = KeyringKeys(backend)
    assert not keys.status().available
    assert keys.status().description == "no system keyring"
    assert plan_for_new_store(keys).kind is KeyKind.PASSPHRASE


def test_a_plaintext_backend_never_receives_a_key_nor_gives_one(store_path: Path) -> None:
    backend = PlaintextFile()
    keys = KeyringKeys(backend)
    with pytest.raises(KeyringUnavailable, match="passphrase"):
        create_store(store_path, keys)
    assert backend.entries == {}
    assert not store_path.exists()
    with pytest.raises(KeyringUnavailable):
        keys.put(store_path, StoreKey.generate_raw())
    assert backend.entries == {}
    # Even a key someone left there is not used.
    backend.entries[(SERVICE, str(store_path))] = "ab" * 32
    assert keys.get(store_path) is None


def test_a_plaintext_backend_installed_as_the_default_is_refused(store_path: Path) -> None:
    backend = PlaintextFile()
    keyring.set_keyring(backend)  # the autouse fixture puts the test keyring back afterwards
    assert not KeyringKeys().status().available
    with pytest.raises(KeyringUnavailable):
        create_store(store_path, KeyringKeys())
    assert backend.entries == {}


@pytest.mark.parametrize(
    ("chained", "available"),
    [
        ((), False),
        ((MemoryKeyring(),), True),
        ((MemoryKeyring(), MemoryKeyring()), True),
        ((MemoryKeyring(), PlaintextFile()), False),
        ((PlaintextFile(), MemoryKeyring()), False),
        ((MemoryKeyring(), fail.Keyring()), False),
        ((MemoryKeyring(), "nested-safe"), True),
        ((MemoryKeyring(), "nested-plaintext"), False),
    ],
    ids=[
        "empty",
        "one-safe",
        "two-safe",
        "safe-then-plaintext",
        "plaintext-then-safe",
        "safe-and-fail",
        "nested-safe",
        "nested-plaintext",
    ],
)
def test_a_chainer_is_safe_only_when_all_it_chains_is_safe(
    chained: tuple[KeyringBackend | str, ...], available: bool
) -> None:
    nested = {
        "nested-safe": chain(MemoryKeyring()),
        "nested-plaintext": chain(PlaintextFile()),
    }
    backends = [nested[b] if isinstance(b, str) else b for b in chained]
    assert KeyringKeys(chain(*backends)).status().available is available


def test_a_safe_chainer_keeps_the_key_in_its_backend(store_path: Path) -> None:
    inner = MemoryKeyring()
    store = create_store(store_path, KeyringKeys(chain(inner)))
    store.close()
    assert (SERVICE, f"store:{store.store_id}") in inner.entries


# --- reading and writing keys --------------------------------------------------


def test_put_get_delete_round_trip(store_path: Path) -> None:
    backend = MemoryKeyring()
    keys = KeyringKeys(backend)
    key = StoreKey.generate_raw()
    assert keys.get(store_path) is None
    keys.put(store_path, key)
    assert backend.entries == {(SERVICE, str(store_path)): key.secret}
    assert keys.get(store_path) == key
    keys.delete(store_path)
    assert keys.get(store_path) is None
    keys.delete(store_path)  # deleting what is not there is not an error


def test_an_unreachable_keyring_reads_as_no_key_and_refuses_with_a_sentence(
    store_path: Path,
) -> None:
    keys = KeyringKeys(Unreachable())
    assert keys.get(store_path) is None
    with pytest.raises(KeyringUnavailable, match="refused to keep the key"):
        keys.put(store_path, StoreKey.generate_raw())
    keys.delete(store_path)


def test_only_raw_keys_go_to_the_keyring(store_path: Path) -> None:
    backend = MemoryKeyring()
    with pytest.raises(ValueError, match="raw"):
        KeyringKeys(backend).put(store_path, StoreKey.passphrase("Lavande-Quai-des-Orfevres-71"))
    assert backend.entries == {}


def test_an_empty_entry_is_no_key(store_path: Path) -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, str(store_path))] = ""
    assert KeyringKeys(backend).get(store_path) is None


def test_the_entry_name_is_the_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert KeyringKeys.entry_name(Path("x.db")) == str(tmp_path / "x.db")


# --- the key itself ---------------------------------------------------------------


def test_raw_keys_are_32_random_bytes() -> None:
    keys = {StoreKey.generate_raw().secret for _ in range(20)}
    assert len(keys) == 20
    for secret in keys:
        assert len(secret) == 64 and bytes.fromhex(secret)


@pytest.mark.parametrize(
    "key",
    [StoreKey.generate_raw(), StoreKey.passphrase("Lavande-Quai-des-Orfevres-71")],
    ids=["raw", "passphrase"],
)
def test_a_key_never_shows_its_secret(key: StoreKey) -> None:
    shown = [repr(key), str(key), f"{key}", f"{key!r}", repr([key]), repr({"k": key})]
    for text in shown:
        assert key.secret not in text
        assert "<hidden>" in text
    assert key.kind.value in repr(key)


def test_pragma_literals_quote_safely() -> None:
    raw = StoreKey(KeyKind.RAW, "0f" * 32)
    assert raw.pragma_literal() == "\"x'" + "0f" * 32 + "'\""
    assert StoreKey.passphrase("l'été").pragma_literal() == "'l''été'"
