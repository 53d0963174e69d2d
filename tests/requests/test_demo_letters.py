"""The whole demo, as a privacy lawyer would read it: for every fictional person, what the
letters would name follows from that person's own items and facts, never the register."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import PersonFactKind, RequestKind
from albanera_desk.services import demo
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.provenance import walk
from albanera_desk.services.requests import RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.models import Person
from albanera_desk.store.store import Store
from tests.requests.scenario import text

CONTEST_PARTNERS = ("Galerie Sépia SARL", "Riad Amane Hospitality SARL")
AD_NETWORK = "Adlumen Media Ltd"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    import keyring

    from tests.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    path = Path(tmp_path_factory.mktemp("demo")) / "demo.db"
    store = create_store(path, KeyringKeys())
    OrganisationService(store, "demo").save(profile_from_privacy_policy())
    demo.fill(store, "demo")
    yield store
    store.close()
    keyring.set_keyring(previous)


def test_every_demo_person_is_told_only_of_their_own_disclosures(demo_store: Store) -> None:
    told_contest = told_ads = silent = 0
    with demo_store.session_factory() as session:
        people = session.scalars(select(Person).where(Person.erased_at.is_(None))).all()
        for person in people:
            found = walk(session, person)
            assert found.problems == ()  # every demo item is linked: nothing is guessed
            names = {r.name for r in found.receivers}
            kinds = {f.kind for f in person.facts}
            entered = PersonFactKind.CONTEST_ENTRY in kinds
            consented = PersonFactKind.ADVERTISING_CONSENT in kinds
            won = PersonFactKind.DEROGATION_TRANSFER in kinds
            assert ("Galerie Sépia SARL" in names) == entered, person.reference
            assert ("Riad Amane Hospitality SARL" in names) == won, person.reference
            assert (AD_NETWORK in names) == consented, person.reference
            assert any(t.country_code == "MA" for t in found.transfers) == won
            told_contest += entered
            told_ads += consented
            silent += not entered and not consented
    assert told_contest and told_ads and silent  # the demo has each case


@pytest.mark.parametrize("language", ["fr", "en"])
def test_three_demo_people_read_true_access_responses(demo_store: Store, language: str) -> None:
    requests = RequestService(demo_store, "demo")
    letters = LetterService(demo_store, "demo")
    with demo_store.session_factory() as session:
        people = session.scalars(select(Person).where(Person.erased_at.is_(None))).all()
        by_case: dict[str, Person] = {}
        for person in people:
            kinds = {f.kind for f in person.facts}
            case = (
                "winner"
                if PersonFactKind.DEROGATION_TRANSFER in kinds
                else "ads"
                if PersonFactKind.ADVERTISING_CONSENT in kinds
                and PersonFactKind.CONTEST_ENTRY not in kinds
                else "plain"
                if not kinds
                else ""
            )
            if case:
                by_case.setdefault(case, person)
        chosen = {case: (p.id, p.first_name) for case, p in by_case.items()}
    assert set(chosen) == {"winner", "ads", "plain"}
    from datetime import date

    from albanera_desk.services.requests import NewRequest

    for case, (person_id, name) in chosen.items():
        ref = requests.log(NewRequest(date.today(), [RequestKind.ACCESS], name)).reference
        requests.link_person(ref, person_id)
        said = text(letters.prepare([ref], RequestLetter.ACCESS_RESPONSE, language=language).pdf)
        if case == "winner":
            assert "Riad Amane Hospitality SARL" in said and "49" in said
        else:
            assert not any(partner in said for partner in CONTEST_PARTNERS)
            assert "49(1)" not in said and "article 49" not in said
        assert (AD_NETWORK in said) == (case == "ads")


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CODE = re.compile(r"(?<![@\w])[a-z]+_[a-z_]+\b")  # a field or enum name (not an @handle)


def test_every_letter_of_every_demo_request_reads_as_written_for_a_person(
    demo_store: Store,
) -> None:
    """Every letter kind the desk agrees to print for each demo request, in French and
    English: no ISO date, no internal code, no "(s)", and the person greeted is the writer."""
    from albanera_desk.services.requests import RequestRefused
    from albanera_desk.store.models import Request

    letters = LetterService(demo_store, "demo")
    with demo_store.session_factory() as session:
        rows = [(r.reference, r.writer_name) for r in session.scalars(select(Request))]
    printed = 0
    for ref, writer in rows:
        for kind in RequestLetter:
            for lang in ("fr", "en"):
                try:
                    said = text(letters.prepare([ref], kind, language=lang).pdf)
                except RequestRefused:
                    continue  # not at that stage: refused with its sentence
                printed += 1
                where = f"{ref} {kind.value} {lang}"
                assert not ISO_DATE.search(said), where
                assert not CODE.search(said), (where, CODE.findall(said))
                assert "(s)" not in said and "Inc.." not in said, where
                if lang == "en":
                    assert f"Dear {writer}," in said, where
    assert printed >= 40  # every kind at its stage, in both languages
