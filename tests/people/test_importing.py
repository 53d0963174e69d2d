"""Importing real-shaped customer files: the shop's export, Excel's French CSV, bad files."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from albanera_desk.domain.records import AuditAction, DataCategory, MarketingChannel
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.import_csv import ImportFileError, open_csv
from albanera_desk.services.importing import (
    ColumnMapping,
    ImportCancelled,
    import_people,
    read_preview,
)
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store
from tests.people.conftest import DATA

SHOP = DATA / "shop_export.csv"


def test_preview_of_the_shop_export() -> None:
    preview = read_preview(SHOP)
    assert preview.encoding == "utf-8" and preview.delimiter == ","
    assert preview.shop_export
    assert preview.mapping.columns["postcode"] == "Default Address Zip"
    assert preview.mapping.columns["phone"] == "Phone"
    assert preview.mapping.columns["address_phone"] == "Default Address Phone"
    assert preview.sample[0][0] == "7834561234"  # the apostrophe is the platform's, not data
    assert any("Line 8 has 4 values" in p for p in preview.problems)


def test_import_of_the_shop_export(store: Store, people: PeopleService) -> None:
    report = import_people(store, "coordinator", SHOP)
    assert (report.added, report.updated, report.unchanged) == (5, 0, 0)
    reasons = dict(report.rejected)
    assert sorted(reasons) == [7, 8, 9, 10]  # line 4's note spans two lines
    assert "email address" in reasons[7]
    assert "header has 20" in reasons[8]
    assert "phone number" in reasons[9]
    assert "no name" in reasons[10]
    for reason in reasons.values():
        assert "not-an-email" not in reason and "'12" not in reason

    [elodie] = people.search("elodie")
    file = people.open_file(elodie.id)
    assert file.customer_id == "7834561234"
    assert [p.value for p in file.phones] == ["+33612345678"]
    assert file.addresses[0].lines == ("12 rue des Lilas", "Bât. B")
    assert file.addresses[0].postcode == "69003"
    current = {m.channel: m.opted_in for m in file.marketing}
    assert current == {MarketingChannel.EMAIL: True, MarketingChannel.SMS: False}
    assert file.marketing_history[0].source == "shop import"
    account, orders = file.items  # the account on the shop, and its order totals
    assert (account.category, account.value) == (DataCategory.CONTACT, "7834561234")
    assert account.description.startswith("Compte client de la boutique en ligne")
    assert orders.category is DataCategory.PURCHASES
    assert orders.value == "3 orders, 412.50 spent"
    assert "ring twice" in file.notes and "Tags: vip, newsletter" in file.notes
    assert elodie.opted_out  # no to SMS

    [francois] = people.search("lhote")
    note = people.open_file(francois.id)
    assert note.addresses[0].lines == ("Atelier L'Hôte", "3, quai Saint-Vincent")
    assert note.notes == "Line one\nline two"
    assert [i.category for i in note.items] == [DataCategory.CONTACT]  # no orders: no totals
    [ana] = people.search("ana.pereira@exemple.pt")
    assert ana.email == "ana.pereira@exemple.pt"
    assert [r.display_name for r in people.search("+48 512 345 678")] == ["Łucja Wiśniewska"]
    assert [r.display_name for r in people.search("80-831")] == ["Łucja Wiśniewska"]
    events = AuditTrail(store).page(AuditFilter(record_type="person"))
    assert events[-1].action is AuditAction.IMPORT  # the oldest: views came after
    # This store has no customer-accounts activity yet: the trail says what stayed unlinked.
    assert events[-1].note == (
        "5 added, 0 updated, 0 unchanged, 4 rejected, 8 items serve no activity"
    )


def test_reimport_updates_instead_of_duplicating(store: Store, people: PeopleService) -> None:
    import_people(store, "coordinator", SHOP)
    again = import_people(store, "coordinator", SHOP)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert people.count() == 5
    newer = import_people(store, "coordinator", DATA / "shop_export_excel_bom_semicolon.csv")
    assert (newer.added, newer.updated, newer.unchanged) == (1, 1, 0)
    assert people.count() == 6
    [elodie] = people.search("elodie")
    file = people.open_file(elodie.id)
    orders = file.items[-1]
    assert orders.value == "4 orders, 512,50 spent"
    fixes = {c.field: c for c in file.corrections}
    assert fixes[f"item:{orders.id}"].before == "3 orders, 412.50 spent"
    assert fixes["notes"].why == "shop import"
    assert [p.value for p in file.phones] == ["+33612345678"]  # not added twice


def test_excel_french_csv_in_windows_1252(store: Store, people: PeopleService) -> None:
    preview = read_preview(DATA / "excel_fr_windows1252.csv")
    assert (preview.encoding, preview.delimiter) == ("cp1252", ";")
    assert preview.mapping.columns["first_name"] == "Prénom"
    assert preview.mapping.columns["email"] == "E-mail"
    report = import_people(store, "coordinator", DATA / "excel_fr_windows1252.csv")
    assert report.added == 2 and [line for line, _ in report.rejected] == [4]
    assert "not a real date" in report.rejected[0][1]
    [helene] = people.search("helene")
    assert helene.display_name == "Hélène Lefèvre" and helene.city == "Paris"
    [jerome] = people.search("cote")
    assert jerome.flagged_minor and jerome.opted_out


def test_a_cancelled_import_saves_nothing(store: Store, people: PeopleService) -> None:
    with pytest.raises(ImportCancelled):
        import_people(store, "coordinator", SHOP, cancelled=lambda: True)
    assert people.count() == 0 and people.search("elodie") == []


def test_an_unreadable_line_late_in_the_file_rolls_everything_back(
    store: Store, people: PeopleService, tmp_path: Path
) -> None:
    good = "".join(f"{i},Anne{i},Martin,anne{i}@exemple.fr\n" for i in range(2500))
    path = tmp_path / "late.csv"
    path.write_bytes(b"Customer ID,First Name,Last Name,Email\n" + good.encode() + b"9,x\x00,y,z\n")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportFileError, match="binary"):
        import_people(store, "coordinator", path, progress=lambda a, b: seen.append((a, b)))
    assert seen and seen[-1][1] == path.stat().st_size  # batches were written, then undone
    assert people.count() == 0


def test_explicit_mapping(store: Store, people: PeopleService, tmp_path: Path) -> None:
    path = tmp_path / "event.csv"
    path.write_text("Guest,Family,Contact\nMarie,Curie,marie@exemple.fr\n", encoding="utf-8")
    assert read_preview(path).problems[0].startswith("No column is recognised")
    with pytest.raises(ImportFileError, match="choose the columns"):
        import_people(store, "coordinator", path)
    mapping = ColumnMapping({"first_name": "Guest", "last_name": "Family", "email": "Contact"})
    assert import_people(store, "coordinator", path, mapping).added == 1
    with pytest.raises(ImportFileError, match="column chosen for email is not in the file"):
        read_preview(path, ColumnMapping({"email": "Courriel"}))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a CSV file"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "not a CSV file"),
        (b"\xff\xfeF\x00i\x00r\x00", "UTF-16"),
        (b"a," * 1200 + b"b\n", "more than 1000 columns"),
        (b"Email\n" + b"x" * (1024 * 1024 + 10) + b"\n", "longer than 1 MB"),
        (b'First Name,Email\n"' + b"y" * 200_000 + b'",a@b.fr\n', "longer than 128 KB"),
    ],
)
def test_files_that_cannot_be_imported_get_one_sentence(
    tmp_path: Path, store: Store, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        import_people(store, "coordinator", path)
    assert "\n" not in str(caught.value)


def test_missing_file_folder_and_malformed(tmp_path: Path, store: Store) -> None:
    with pytest.raises(ImportFileError, match="no file"):
        read_preview(tmp_path / "missing.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_preview(tmp_path)
    with pytest.raises(ImportFileError, match="choose the columns"):
        import_people(store, "coordinator", DATA / "letter.txt")
    report = import_people(store, "coordinator", DATA / "malformed.csv")
    assert report.added <= 1  # an unclosed quote swallows what follows: never a crash


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(alphabet=string.printable + "éÉ;,\"'\x00\u2028", max_size=400).map(
            lambda t: t.encode("utf-8")
        ),
    )
)
def test_the_reader_only_ever_yields_rows_or_says_why(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(content)
    try:
        with open_csv(path) as source:
            for line, values in source.records():
                assert line >= 1 and isinstance(values, list)
        read_preview(path)
    except ImportFileError as exc:
        assert str(exc).endswith(".")


def test_duplicates_across_batches_are_matched(
    store: Store, people: PeopleService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from albanera_desk.services import importing

    monkeypatch.setattr(importing, "BATCH", 2)
    path = tmp_path / "dupes.csv"
    path.write_text(
        "Customer ID,First Name,Last Name,Email\n"
        "1,Anne,Martin,anne@exemple.fr\n2,Paul,Roux,paul@exemple.fr\n"
        "3,Lise,Brun,lise@exemple.fr\n,Anne,Martin-Roux,ANNE@exemple.fr\n"
        "2,Paul,Roux,paul@exemple.fr\n",
        encoding="utf-8",
    )
    report = import_people(store, "coordinator", path)
    assert (report.added, report.updated, report.unchanged) == (3, 1, 1)
    assert [r.display_name for r in people.search("anne")] == ["Anne Martin-Roux"]


def test_an_opt_out_recorded_at_the_office_outlives_the_shop_flag(
    store: Store, people: PeopleService
) -> None:
    import_people(store, "coordinator", SHOP)
    [elodie] = people.search("elodie")
    people.set_marketing(elodie.id, MarketingChannel.EMAIL, False, "letter to the office")
    again = import_people(store, "coordinator", SHOP)  # the shop still says "yes"
    assert again.opt_outs_kept == 1 and again.summary().endswith(", 1 opt-outs kept")
    current = {m.channel: m.opted_in for m in people.open_file(elodie.id).marketing}
    assert current[MarketingChannel.EMAIL] is False


def test_a_stray_windows_1252_byte_in_a_utf8_file_names_its_line(
    store: Store, people: PeopleService, tmp_path: Path
) -> None:
    # Saved as UTF-8, with one cell pasted from an old file: not read as Windows-1252
    # (which would turn every accent of the file into "Ã©"), the line is named instead.
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Customer ID,First Name,Last Name,Email\n"
        "1,Hélène,Lefèvre,helene@exemple.fr\n"
        "2,Jérôme,Côté,jerome@exemple.fr\n".encode()
        + b"3,Andr\xe9,Dupont,andre@exemple.fr\n"
        + "4,Zoë,Maëlle,zoe@exemple.fr\n".encode()
    )
    sentence = "Line 4 is not UTF-8 text: save the file again as CSV UTF-8."
    with pytest.raises(ImportFileError) as caught:
        read_preview(path)
    assert str(caught.value) == sentence
    with pytest.raises(ImportFileError) as caught:
        import_people(store, "coordinator", path)
    assert str(caught.value) == sentence
    assert people.count() == 0


def test_a_whole_windows_1252_file_still_imports(
    store: Store, people: PeopleService, tmp_path: Path
) -> None:
    # Accents everywhere, and one pair of bytes that happens to read as UTF-8 ("RÉ" and a
    # non-breaking space): still the Windows-1252 it is.
    path = tmp_path / "ancien.csv"
    path.write_bytes(
        "Numéro client;Prénom;Nom;E-mail;Remarque\n"
        "1;Hélène;Lefèvre;helene@exemple.fr;FACTURÉ\xa0le 2 mai\n"
        "2;Jérôme;Côté;jerome@exemple.fr;\n"
        "3;Zoé;Bérénice;zoe@exemple.fr;à rappeler\n".encode("cp1252")
    )
    assert read_preview(path).encoding == "cp1252"
    assert import_people(store, "coordinator", path).added == 3
    [helene] = people.search("lefevre")
    assert helene.display_name == "Hélène Lefèvre"
    assert people.open_file(helene.id).notes == "FACTURÉ\xa0le 2 mai"
