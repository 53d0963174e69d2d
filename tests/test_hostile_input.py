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
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.people_rules import InvalidPersonValue
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.records import RequestKind
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.addresses import address_lines
from albanera_desk.services.import_csv import ImportFileError
from albanera_desk.services.importing import import_people
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
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


HIDDEN = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\x00", "\x1b"]


@pytest.mark.parametrize("char", HIDDEN)
def test_invisible_characters_are_refused_in_emails_everywhere(
    store: Store, tmp_path: Path, char: str
) -> None:
    people = PeopleService(store, "coordinator")
    address = f"anne.mar{char}tin@example.org"
    with pytest.raises(InvalidPersonValue, match="invisible or control characters") as caught:
        people.create(PersonDraft(first_name="Anne", last_name="Martin", emails=[address]))
    assert f"U+{ord(char):04X}" in str(caught.value) and address not in str(caught.value)
    person_id = people.create(
        PersonDraft(first_name="Anne", last_name="Martin", emails=["anne@example.org"])
    )
    (email,) = people.open_file(person_id).emails
    with pytest.raises(InvalidPersonValue, match="invisible"):
        people.correct(person_id, f"email:{email.id}", address, "typed by hand")
    assert people.open_file(person_id).emails[0].value == "anne@example.org"
    csv_path = tmp_path / "shop.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Customer ID", "First Name", "Last Name", "Email"], ["'77", "Paul", "Roy", address]]
        )
    if char == "\x00":  # a NUL byte makes the whole file binary: refused with a sentence
        with pytest.raises(ImportFileError, match="binary data"):
            import_people(store, "coordinator", csv_path)
        return
    report = import_people(store, "coordinator", csv_path)
    assert report.added == 0
    ((line, reason),) = report.rejected
    assert line == 2 and "invisible or control characters" in reason and address not in reason


@pytest.mark.parametrize("char", HIDDEN)
def test_invisible_characters_are_stripped_from_names_everywhere(
    store: Store, tmp_path: Path, char: str
) -> None:
    name = f"Ma{char}rie"
    people = PeopleService(store, "coordinator")
    person_id = people.create(PersonDraft(first_name=name, last_name=f"Du{char}pont"))
    opened = people.open_file(person_id)
    assert (opened.first_name, opened.last_name) == ("Marie", "Dupont")
    people.correct(person_id, "last_name", f"Du{char}val", "typed by hand")
    assert people.open_file(person_id).last_name == "Duval"
    request = RequestService(store, "c").log(NewRequest(date.today(), [RequestKind.ACCESS], name))
    assert RequestService(store, "c").get(request.reference).writer_name == "Marie"
    register = RegisterService(store, "c")
    processor_id = register.save_processor(ProcessorRecord(legal_name=f"Klar{char}na AB"))
    assert register.get_processor(processor_id).legal_name == "Klarna AB"
    profile = profile_from_privacy_policy()
    profile.signatory_name = f"Claire {char}Martin"
    OrganisationService(store, "c").save(profile)
    saved = OrganisationService(store, "c").get()
    assert saved is not None and saved.signatory_name == "Claire Martin"
    csv_path = tmp_path / "shop.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Customer ID", "First Name", "Last Name"], ["'78", f"Lé{char}a", "Roy"]]
        )
    if char == "\x00":
        return  # a NUL byte makes the file binary (see the test above)
    import_people(store, "coordinator", csv_path)
    (row,) = people.search("Roy", 10)
    assert row.display_name.replace("Roy", "").strip(", ") == "Léa"


def test_the_command_line_prints_stored_text_escaped(
    store: Store,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A name stored before the cleaning (or by other means) cannot rewrite the terminal."""
    people = PeopleService(store, "coordinator")
    person_id = people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE person SET first_name = ? WHERE id = ?", ("An\u202ene\x1b[31m", person_id)
        )
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["people", "search", "Martin"]) == 0
    table = capsys.readouterr().out
    assert "\u202e" not in table and "\x1b" not in table
    assert "An\\u202ene\\u001b[31m" in table
    assert main(["people", "search", "Martin", "--format", "json"]) == 0
    text = capsys.readouterr().out
    assert "\u202e" not in text and "\x1b" not in text
    assert "An\u202ene\x1b[31m" in json.loads(text)[0]["name"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--received", "9999-12-31"],
        ["--received", "9999-12-31", "--regime", "ccpa"],
        ["--received", "9999-10-15", "--extended"],
        ["--received", "9999-11-20", "--regime", "ccpa", "--extended"],
        [
            *("--received", "2026-01-10", "--identity-asked", "2026-01-11"),
            *("--identity-received", "9999-12-31"),
        ],
        ["--received", "2026-01-10", "--holiday-region", "ZZ"],
        ["--received", "2026-01-10", "--holiday-region", "../../etc"],
    ],
)
def test_due_date_past_the_calendar_or_unknown_region_is_one_sentence(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["due-date", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("albanera-desk: ")
    assert "bug" not in lines[0] and "Traceback" not in captured.err


def test_alsace_by_its_department_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    # Received Friday 27/11/2026: a month later is Sunday 27/12; Alsace also rests on 26/12.
    for region in ("67", "68", "57"):
        assert main(["due-date", "--received", "2026-11-24", "--holiday-region", region]) == 0
        assert capsys.readouterr().out.splitlines()[0] == "2026-12-24"
    assert main(["due-date", "--received", "2026-11-26", "--holiday-region", "67"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2026-12-28"
