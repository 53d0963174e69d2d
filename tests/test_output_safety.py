"""`-o` never writes over the store, its files or a backup; another existing file only with
`--force`; `-o ""` is one sentence; what is written is owner-only."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.documents.output import OutputRefused, write_atomically
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.backup import make_backup
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.settings import app_paths
from albanera_desk.store.keys import KeyringKeys


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A store with one request, a backup in the folder and one made with -o elsewhere."""
    store = create_store(store_path, keys)
    OrganisationService(store, "t").save(
        replace(profile_from_privacy_policy(), signatory_name="Claire Martin")
    )
    reference = (
        RequestService(store, "t")
        .log(NewRequest(date(2026, 1, 5), [RequestKind.ACCESS], "Jeanne Test", ["1 rue X"]))
        .reference
    )
    backup = make_backup(store, app_paths().backup_dir)
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    copy = store_path.parent.parent / "usb" / "copy.db"
    copy.parent.mkdir()
    assert main(["backup", "-o", str(copy)]) == 0
    return {"backup": backup, "copy": copy, "reference": Path(reference)}


def _commands(desk: dict[str, Path]) -> dict[str, list[str]]:
    return {
        "letter": ["letter", str(desk["reference"]), "acknowledgement"],
        "export": ["export", "processors", "--format", "csv"],
        "key sheet": ["key", "sheet"],
    }


def _fingerprints(*paths: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


@pytest.mark.parametrize("command", ["letter", "export", "key sheet"])
def test_o_never_writes_over_the_store_its_files_or_a_backup(
    desk: dict[str, Path],
    store_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = _commands(desk)[command]
    targets = [
        store_path,
        Path(f"{store_path}-wal"),
        Path(f"{store_path}-shm"),
        Path(f"{store_path}-journal"),
        Path(f"{store_path}.lock"),
        desk["backup"],
        desk["copy"],  # a backup made with -o, found by its salt
        app_paths().backup_dir / "new-file.pdf",  # nothing goes into the backup folder
    ]
    link = store_path.parent.parent / "innocent.pdf"
    link.symlink_to(store_path)
    targets.append(link)
    before = _fingerprints(store_path, desk["backup"], desk["copy"])
    for target in targets:
        capsys.readouterr()
        assert main([*args, "-o", str(target), "--force"]) == 2, target
        err = capsys.readouterr().err.strip()
        assert "never written over" in err and len(err.splitlines()) == 1, err
    assert _fingerprints(store_path, desk["backup"], desk["copy"]) == before
    assert not Path(f"{store_path}-journal").exists()
    assert not (app_paths().backup_dir / "new-file.pdf").exists()


@pytest.mark.parametrize("command", ["letter", "export", "key sheet"])
def test_o_asks_for_force_before_replacing_a_file_and_writes_owner_only(
    desk: dict[str, Path],
    tmp_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = _commands(desk)[command]
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the user's own file")
    assert main([*args, "-o", str(target)]) == 2
    assert "add --force" in capsys.readouterr().err
    assert target.read_bytes() == b"the user's own file"
    assert main([*args, "-o", str(target), "--force"]) == 0
    assert target.read_bytes() != b"the user's own file"
    assert target.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh.pdf"
    assert main([*args, "-o", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("command", ["letter", "export", "key sheet", "backup"])
def test_an_empty_o_is_one_sentence(
    desk: dict[str, Path], command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = {**_commands(desk), "backup": ["backup"]}[command]
    capsys.readouterr()
    assert main([*args, "-o", ""]) == 2
    err = capsys.readouterr().err.strip()
    assert "Give a file name" in err and len(err.splitlines()) == 1


def test_the_window_path_refuses_the_store_too(desk: dict[str, Path], store_path: Path) -> None:
    """The save dialogs call the same writer: the store is refused there as well."""
    from albanera_desk.services.opening import open_store

    store = open_store(store_path, KeyringKeys())
    try:
        with pytest.raises(OutputRefused, match="never written over"):
            write_atomically(Path(f"{store_path}-wal"), b"%PDF")
        with pytest.raises(OutputRefused, match="never written over"):
            write_atomically(desk["backup"], b"%PDF")
    finally:
        store.close()
