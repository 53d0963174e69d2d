"""``albanera-desk import customers`` and ``albanera-desk people search`` on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from albanera_desk.cli import main
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
    assert "shop_export.csv: 5 added, 0 updated, 0 unchanged, 4 rejected." in out
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
