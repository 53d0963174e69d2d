"""``albanera-desk export`` and ``albanera-desk register check`` on a real store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from albanera_desk.cli import main
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.store import Store
from tests.register.conftest import HOSTILE


@pytest.fixture
def cli_store(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    RegisterService(store, "coordinator").save_processor(
        ProcessorRecord(legal_name=HOSTILE, countries=["US"])
    )
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store.path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    return store


def test_export_each_format(
    cli_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert (
        main(
            [
                "export",
                "processors",
                "--format",
                "csv",
                "-o",
                str(out / "p.csv"),
                "--semicolon",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO((out / "p.csv").read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][1] == "Legal name" and rows[1][1] == "'" + HOSTILE
    assert main(["export", "activities", "-o", str(out / "a.xlsx")]) == 0  # format from suffix
    assert load_workbook(out / "a.xlsx").sheetnames == ["Couverture", "Activités de traitement"]
    assert main(["export", "transfers", "--format", "pdf", "-o", str(out / "t.pdf")]) == 0
    assert "Transferts" in PdfReader(out / "t.pdf").pages[0].extract_text()
    assert main(["export", "all", "--format", "xlsx", "-o", str(out / "all.xlsx")]) == 0
    assert len(load_workbook(out / "all.xlsx").sheetnames) == 4
    assert "Wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "processors", "-o", "{out}/p.txt"], "--format"),
        (["export", "all", "--format", "pdf", "-o", "{out}/a.pdf"], "XLSX"),
        (["export", "processors", "--format", "csv", "-o", "{out}/missing/p.csv"], "folder"),
        (["export", "processors", "-o", "{out}/p.csv", "--as-of", "25/11/2026"], "YYYY-MM-DD"),
    ],
)
def test_export_mistakes_are_one_sentence(
    cli_store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    assert main([a.format(out=tmp_path) for a in args]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_register_check_exits_1_on_problems_then_0(
    cli_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["register", "check"]) == 1
    out = capsys.readouterr().out
    assert "no_signed_agreement" in out and "outside_eea_without_transfer" in out
    assert "problem(s)" in out


def test_register_check_on_a_clean_store(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store.path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["register", "check"]) == 0
    assert "register healthy" in capsys.readouterr().out
    assert main(["register", "starters"]) == 0
    assert "Added 20" in capsys.readouterr().out
    assert main(["register", "check"]) == 1
