"""``albanera-desk import customers`` and ``albanera-desk people search`` on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store
from tests.people.conftest import DATA


def test_import_then_search_from_the_terminal(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["import", "customers", str(DATA / "shop_export.csv")]) == 0
    out = capsys.readouterr().out
    assert "shop_export.csv: 5 added, 0 updated, 0 unchanged, 4 rejected, 8 items" in out
    assert "8 imported items serve no processing activity" in out  # no such activity yet
    assert "  line 7: The email address is not of the form name@domain.tld." in out
    assert "not-an-email" not in out

    assert main(["people", "search", "elo"]) == 0
    out = capsys.readouterr().out
    assert "Élodie Ștefănescu-Dupré" in out and "P-000001" in out and "opted-out" in out
    assert main(["people", "search", "0612345678", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["reference"] == "P-000001" and row["postcode"] == "69003"
    assert main(["people", "search", '"*(']) == 0
    assert "Nobody found." in capsys.readouterr().out

    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    assert main(["import", "customers", str(binary)]) == 1
    err = capsys.readouterr().err
    assert err == "albanera-desk: photo.csv is not a CSV file (it holds binary data).\n"
    assert main(["import", "customers", str(tmp_path / "missing.csv")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_import_and_search_while_another_program_writes_answer_one_sentence(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Another program (here: this test, on its own connection) holds the write lock for
    # longer than SQLite waits: the import and the search give up with a sentence.
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    with store.writer.begin() as session:
        session.connection()  # BEGIN IMMEDIATE: the write lock is held until the block ends
        assert main(["import", "customers", str(DATA / "shop_export.csv")]) == 1
        err = capsys.readouterr().err
        assert err == (
            f"albanera-desk: Nothing was imported: another program (or another import) is "
            f"writing to {store_path.name}; try again when it has finished.\n"
        )
        assert main(["people", "search", "elo"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("albanera-desk: Another program is writing to ")
        assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["people", "search", "elo"]) == 0  # nothing was imported meanwhile
    assert "Nobody found." in capsys.readouterr().out
    assert main(["import", "customers", str(DATA / "shop_export.csv")]) == 0
    assert "5 added" in capsys.readouterr().out


def test_a_one_letter_word_is_found_whole_and_the_terminal_says_so(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    people = PeopleService(store, "coordinator")
    people.create(PersonDraft(first_name="J", last_name="Dupont"))
    people.create(PersonDraft(first_name="Jean", last_name="Dupont"))
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["people", "search", "j dupont", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [row["name"] for row in json.loads(out)] == ["J Dupont"]
    assert err == (
        "albanera-desk: A single letter is found only as a whole word (j): type one more to "
        "find the words it starts.\n"
    )
    assert main(["people", "search", "je dupont"]) == 0
    out, err = capsys.readouterr()
    assert "Jean Dupont" in out and err == ""
