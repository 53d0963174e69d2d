"""A full scenario with a recognisable person, then every file the app wrote is searched:
the name and email appear nowhere in plaintext (logs, temp, cache, backups, stores)."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.services.backup import make_backup
from albanera_desk.services.desk import Desk
from albanera_desk.services.importing import import_people
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest, RequestRefused
from albanera_desk.settings import app_paths
from albanera_desk.store.keys import KeyringKeys

NAME = "Zéphyrine Quaglioni-Brzęczyszczykiewicz"
EMAIL = "zephyrine.quaglioni@example.org"
NEEDLES = [NAME, EMAIL, "Quaglioni", "zephyrine"]


def _all_files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_no_name_or_email_outside_the_encrypted_store(
    store_path: Path,
    keys: KeyringKeys,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    logging.getLogger("albanera_desk").setLevel(logging.DEBUG)

    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    desk.organisation.save(replace(profile_from_privacy_policy(), signatory_name="Claire Martin"))
    received = date.today() - timedelta(days=2)
    ref = desk.requests.log(
        NewRequest(received, [RequestKind.ACCESS], NAME, [EMAIL, "3 rue Oberkampf", "75011 Paris"]),
        scan=("scan.pdf", b"%PDF-1.7\n" + NAME.encode() + b"\n" + EMAIL.encode()),
    ).reference
    desk.requests.ask_identity(ref, received, f"the order number sent to {EMAIL}")
    with pytest.raises(RequestRefused):  # a failure path, whose message is logged nowhere with data
        desk.requests.move(ref, RequestStatus.CLOSED, f"{NAME} asked")
    pdf = desk.letters.prepare([ref], RequestLetter.IDENTITY_CHECK).pdf
    desk.letters.record_posted(
        ref, RequestLetter.IDENTITY_CHECK, pdf, posted_on=date.today(), language="fr"
    )
    # The person's file: imported from the shop's CSV, searched, corrected, answered, exported.
    inbox = tmp_path / "inbox"  # the user's own files, outside what the app writes
    inbox.mkdir()
    csv_file = inbox / "customers.csv"
    first, last = NAME.split(" ", 1)
    csv_file.write_text(
        "Customer ID,First Name,Last Name,Email,Phone,Default Address Zip\n"
        f"'90001,{first},{last},{EMAIL},'+33612345678,'75011\n",
        encoding="utf-8",
    )
    assert import_people(store, "coordinator", csv_file, create_activity=True).added == 1
    (hit,) = desk.people.search("zephyrine")
    desk.people.open_file(hit.id)
    desk.people.correct(hit.id, "last_name", last + "-Morel", f"letter from {NAME}")
    desk.requests.link_person(ref, hit.id)
    desk.letters.prepare([ref], RequestLetter.ACCESS_RESPONSE)
    exports = inbox / "exports"
    exports.mkdir()
    desk.register.export("processors", "csv", exports / "processors.csv")
    (exports / "person.json").write_bytes(desk.people.export_json(hit.id))
    assert main(["people", "search", "zephyrine", "--format", "json"]) == 0  # prints: asked for
    capsys.readouterr()
    make_backup(store, app_paths().backup_dir)
    desk.close()
    assert main(["check"]) == 0
    assert main(["requests", "list", "--format", "json"]) == 0
    assert NAME not in capsys.readouterr().out  # the listing shows references, not names

    paths = app_paths()
    files = _all_files(paths.data_dir, paths.log_dir, scratch, store_path.parent)
    assert any(f.suffix == ".db" for f in files)
    for path in files:
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoded in {needle.encode(), needle.encode("utf-16-le"), needle.lower().encode()}:
                assert encoded not in data, f"{needle!r} found in {path.relative_to(tmp_path)}"
    assert not [p for p in scratch.iterdir()], "nothing left in the temp folder"
    assert store_path.stat().st_mode & 0o777 == 0o600
