"""Files and values that try to break the desk: each gets a clear sentence, nothing is saved.

The CSV corpus proper lives with the importer (tests/people/test_importing.py); here are
the huge file, lying attachments, hostile text in every kind of record, impossible
dates, formulas in every export, and file names that try to leave their folder.
"""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from albanera_desk.cli import main
from albanera_desk.documents.register_export import safe_filename, suggested_filename
from albanera_desk.domain.people_rules import InvalidPersonValue
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.records import RequestKind
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.addresses import address_lines
from albanera_desk.services.import_csv import ImportFileError
from albanera_desk.services.importing import import_people
from albanera_desk.services.opening import create_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.requests import NewRequest, RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def test_a_2_gb_file_is_streamed_and_refused_without_reading_it_whole(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"Customer ID,Email\n'1,a@example.org\n")
        handle.truncate(2 * 1024**3)  # sparse: 2 GB of NUL bytes after the first rows
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as caught:
            import_people(store, "coordinator", path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024**2, f"{peak / 1024**2:.0f} MB held for a 2 GB file"
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
    assert PeopleService(store, "x").count() == 0


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),  # says PDF, is a PNG
        ("scan.pdf", b"MZ\x90\x00" + bytes(64), "PDF, JPEG or PNG"),  # a Windows program
        ("scan.jpg", b"<html><script>alert(1)</script>", "PDF, JPEG or PNG"),
        ("scan.pdf", b"%PDF-1.7\n" + bytes(21 * 1024 * 1024), "MB"),  # too large
    ],
)
def test_attachments_that_lie_or_are_too_large_are_refused(
    store: Store, name: str, content: bytes, words: str
) -> None:
    requests = RequestService(store, "coordinator")
    new = NewRequest(date.today(), [RequestKind.ACCESS], "Anne Martin")
    try:
        requests.log(new, scan=(name, content))
    except RequestRefused as exc:
        assert words in str(exc) or "type" in str(exc)
        assert requests.list() == []  # the request did not go in without its scan
    else:
        # A truthful type under the wrong extension is stored as what it is, never as "PDF".
        stored = requests.scan(requests.list()[0].reference)
        assert stored is not None and content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "hostile",
    [
        "Anne\u202eniraM",  # right-to-left override: would print as another name
        "Anne\x00Martin",
        "Anne\x1b[31mMartin",  # a terminal escape
        "Anne\u2066Martin\u2069",
    ],
)
def test_control_and_direction_characters_never_reach_a_record(store: Store, hostile: str) -> None:
    people = PeopleService(store, "coordinator")
    person_id = people.create(PersonDraft(first_name=hostile, last_name="Martin"))
    stored = people.open_file(person_id).first_name
    assert all(ord(c) >= 0x20 and not 0x202A <= ord(c) <= 0x2069 for c in stored)
    ref = (
        RequestService(store, "coordinator")
        .log(NewRequest(date.today(), [RequestKind.ACCESS], hostile))
        .reference
    )
    assert "\u202e" not in RequestService(store, "x").get(ref).writer_name


def test_absurd_lengths_get_a_sentence_and_save_nothing(store: Store) -> None:
    people = PeopleService(store, "coordinator")
    with pytest.raises(ValueError, match="characters"):
        people.create(PersonDraft(first_name="A" * 100_000, last_name="Martin"))
    with pytest.raises(RequestRefused, match="characters"):
        RequestService(store, "c").log(NewRequest(date.today(), [RequestKind.ACCESS], "B" * 5000))
    with pytest.raises(ValueError):
        RegisterService(store, "c").save_processor(ProcessorRecord(legal_name="C" * 10_000))
    assert people.count() == 0 and RequestService(store, "c").list() == []


def test_impossible_dates_get_a_sentence(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    people = PeopleService(store, "coordinator")
    person_id = people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    for impossible in ("2026-02-30", "31/04/2026", "0000-00-00", "tomorrow"):
        with pytest.raises(InvalidPersonValue) as caught:
            people.correct(person_id, "birth_date", impossible, "typed by hand")
        assert str(caught.value).endswith(".")
    assert people.open_file(person_id).corrections == ()
    assert main(["due-date", "--received", "2026-02-30"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_formulas_are_neutralised_in_every_export(store: Store, tmp_path: Path) -> None:
    register = RegisterService(store, "coordinator")
    for formula in FORMULAS:
        register.save_processor(ProcessorRecord(legal_name=f"X{len(formula)}", service=formula))
    register.export("processors", "csv", tmp_path / "p.csv")
    cells = [
        c
        for row in csv.reader(io.StringIO((tmp_path / "p.csv").read_text("utf-8-sig")))
        for c in row
    ]
    register.export("all", "xlsx", tmp_path / "p.xlsx")
    book = load_workbook(tmp_path / "p.xlsx")
    xlsx_cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
    for formula in FORMULAS:
        assert formula.strip() not in [c.strip() for c in cells if isinstance(c, str)]
        assert not any(
            isinstance(v, str) and v.lstrip("\t\r").startswith(("=", "+", "@")) and v == formula
            for v in xlsx_cells
        )
    # A person's own CSV (portability) is neutralised too.
    people = PeopleService(store, "coordinator")
    person_id = people.create(PersonDraft(first_name="=cmd|' /C calc'!A0", last_name="Martin"))
    exported = people.export_csv(person_id).decode("utf-8-sig")
    assert "=cmd|" not in [c for row in csv.reader(io.StringIO(exported)) for c in row]
    assert json.loads(people.export_json(person_id))  # JSON carries the value as data


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "a/b\\c", "..", "CON", "register\x00.csv", "/", ""]
)
def test_export_names_never_leave_their_folder(name: str) -> None:
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..")
    assert "/" not in suggested_filename("processors", "csv", date(2026, 11, 25), "fr")


@settings(max_examples=200, deadline=None)
@given(
    street=st.lists(st.text(max_size=80), max_size=4),
    postcode=st.text(max_size=12),
    city=st.text(max_size=60),
    country=st.sampled_from(["FR", "DE", "US", "GB", "JP", "BR", "XX", "", "fr"]),
)
def test_the_address_formatter_never_crashes(
    street: list[str], postcode: str, city: str, country: str
) -> None:
    lines = address_lines(street, postcode, city, "", country)
    assert isinstance(lines, list) and all(isinstance(line, str) for line in lines)
