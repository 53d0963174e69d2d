"""One builder for the copy of the data: the person file (window, PDF, JSON, CSV) and the
access response's annex (art. 15(3)) are the same file, read back by second readers."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import UTC, datetime

from albanera_desk.domain.records import MarketingChannel, RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.people.exports import _jsonable
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.models import MarketingChoice, Person
from albanera_desk.store.store import Store
from tests.requests import scenario
from tests.requests.scenario import log, text

# Every third party of the scenario's register: who each copy names must be the same.
NAMES = (
    "Atelier Commerce SAS",
    "PayNova Europe SA",
    "Courriel Mistral SAS",
    "Adlumen Media Ltd",
    "Northbeam Analytics Inc.",
    "Galerie Sépia SARL",
    "Riad Amane Hospitality SARL",
    "Nuage Bleu Hébergement SAS",
)


def _bruno_with_history(store: Store) -> int:
    """Bruno: notes, a consent history (accepted, then SMS refused) and corrections."""
    office = scenario.build(store)
    pid = office.people["bruno"]
    people = PeopleService(store, "coordinator")
    people.correct(pid, "last_name", "Kerbrivel-Lys", "mariage")
    with store.writer.begin() as s:
        row = s.get(Person, pid)
        assert row is not None
        row.notes = "Préfère les courriers postaux."
        row.marketing_choices.append(
            MarketingChoice(
                channel=MarketingChannel.SMS,
                opted_in=False,
                changed_at=datetime(2026, 3, 1, tzinfo=UTC),
                source="appel au service client",
            )
        )
    return pid


def test_the_person_file_exports_and_the_access_copy_never_differ(store: Store) -> None:
    pid = _bruno_with_history(store)
    people = PeopleService(store, "coordinator")
    ref = log(store, pid, [RequestKind.ACCESS])
    letter = text(
        LetterService(store, "coordinator")
        .prepare([ref], RequestLetter.ACCESS_RESPONSE, language="fr")
        .pdf
    )
    annex = letter[letter.index("Annexe") :]
    exported = text(people.export_pdf(pid, "fr"))

    held = [
        "Préfère les courriers postaux.",  # notes
        "newsletter",  # the consent history: accepted by email in the newsletter...
        "appel au service client",  # ...and SMS refused on a call
        "Kerbrivel-Lys",  # the correction, its before and why
        "mariage",
        "3 commandes",  # every item as held
        "**** 4242",
        "lunettes de soleil",
        "Publicité ciblée",  # the activity each item serves
    ]
    for words in held:
        assert words in annex, words
        assert words in exported, words
    # The same recipients, from the person's provenance: never the register at large.
    in_annex = {n for n in NAMES if n in annex}
    in_export = {n for n in NAMES if n in exported}
    assert in_annex == in_export
    assert "Galerie Sépia SARL" not in in_export and "Riad Amane Hospitality SARL" not in in_export

    # The window's file and the JSON export are the same data, down to each item's recipients.
    window = people.open_file(pid)
    data = json.loads(people.export_json(pid))
    assert data == _jsonable(asdict(window))
    recipients = {i["description"]: i["recipients"] for i in data["items"]}
    assert recipients["Carte (4 derniers chiffres)"] == ["PayNova Europe SA"]
    assert recipients["Pages vues"] == ["Adlumen Media Ltd", "Northbeam Analytics Inc."]
    assert recipients["Commandes"] == ["Atelier Commerce SAS"]
    assert [m["source"] for m in data["marketing_history"]] == [
        "appel au service client",
        "newsletter",
    ]
    assert data["corrections"][0]["why"] == "mariage"

    # The CSV, read back with the csv module, carries the same items, activities, recipients.
    rows = list(
        csv.DictReader(io.StringIO(people.export_csv(pid).decode("utf-8-sig")), delimiter=";")
    )
    items = {r["field"]: r for r in rows if r["section"].startswith("item:")}
    assert {d: i["recipients"].split(", ") for d, i in items.items()} == recipients
    assert {d: i["activity"] for d, i in items.items()} == {
        i["description"]: i["activity"] for i in data["items"]
    }
    assert [r["value"] for r in rows if r["field"] == "notes"] == ["Préfère les courriers postaux."]
    assert {r["source"] for r in rows if r["section"] == "marketing"} == {
        "newsletter",
        "appel au service client",
    }
    [fix] = [r for r in rows if r["section"] == "correction"]
    assert fix["value"] == "Kerbrivel -> Kerbrivel-Lys" and fix["source"] == "mariage"
    for name in in_export:
        assert any(name in r["recipients"] for r in rows), name


def test_an_erased_person_exports_only_the_tombstone(store: Store) -> None:
    office = scenario.build(store)
    pid = office.people["anne"]
    people = PeopleService(store, "coordinator")
    people.erase(pid)
    data = json.loads(people.export_json(pid))
    assert data["erased"] and data["items"] == [] and data["last_name"] == ""
    rows = list(csv.reader(io.StringIO(people.export_csv(pid).decode("utf-8-sig")), delimiter=";"))
    assert [r[:3] for r in rows[1:]][:1] == [["identity", "reference", "P-000001"]]
    assert "Castelmoure" not in people.export_csv(pid).decode("utf-8-sig")


def test_the_copy_names_the_country_of_an_address_in_words(store: Store) -> None:
    from albanera_desk.store.models import PostalAddress

    pid = _bruno_with_history(store)
    with store.writer.begin() as s:
        s.add(
            PostalAddress(
                person_id=pid,
                label="",
                recipient="",
                lines=["12 rue Haute"],
                postcode="1000",
                city="BRUXELLES",
                region="",
                country_code="BE",
                is_primary=True,
            )
        )
    people = PeopleService(store, "coordinator")
    french, english = text(people.export_pdf(pid, "fr")), text(people.export_pdf(pid, "en"))
    assert "Belgique" in french and "Belgium" in english
    assert "BE" not in french.split() and "BE" not in english.split()  # never the code
