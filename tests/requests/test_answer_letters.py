"""Answer letters drawn from the records: access response, confirmations, art. 19 notices."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.cli import main
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import (
    ContactKind,
    DataCategory,
    DataSource,
    LegalGround,
    MarketingChannel,
    ProcessorRole,
    RequestKind,
)
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.requests import NewRequest, RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.models import (
    ContactPoint,
    Correction,
    ErasureRecord,
    HeldItem,
    MarketingChoice,
    Person,
    ProcessingActivity,
    Processor,
    Request,
    Transfer,
)
from albanera_desk.store.store import Store


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    profile = profile_from_privacy_policy()
    profile.address_lines = ["12 rue de Turenne"]
    profile.postcode, profile.city, profile.country_code = "75003", "Paris", "FR"
    OrganisationService(opened, "coordinator").save(profile)
    yield opened
    opened.close()


def _register(store: Store) -> None:
    """Two recipients of contact data (one abroad under SCC), one of payment data."""
    with store.writer.begin() as session:
        mailer = Processor(
            legal_name="Courrielix SAS",
            address=["4 quai Rambaud", "69002 Lyon"],
            role=ProcessorRole.PROCESSOR,
            data_categories=["contact", "purchases"],
        )
        cloud = Processor(
            legal_name="Nimbus Hosting Inc.",
            address=["500 Market Street", "San Francisco CA 94105"],
            country_code="US",
            role=ProcessorRole.PROCESSOR,
            data_categories=["contact"],
        )
        payer = Processor(
            legal_name="Klarna Bank AB",
            country_code="SE",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            data_categories=["payment"],
        )
        session.add_all([mailer, cloud, payer])
        session.flush()
        session.add(
            Transfer(
                exporter="Alba Nera",
                importer_id=cloud.id,
                destination_country="US",
                legal_ground=LegalGround.SCC,
                scc_module="2",
            )
        )
        session.add(
            ProcessingActivity(
                name="Commandes et paiement",
                purposes=["exécuter les commandes"],
                legal_basis="contrat (art. 6(1)(b))",
                data_categories=["contact", "purchases"],
                retention="10 ans après la commande",
            )
        )


def _person(store: Store) -> int:
    with store.writer.begin() as session:
        person = Person(reference="P-000001", first_name="Élodie", last_name="Wróblewska")
        person.contacts.append(ContactPoint(kind=ContactKind.EMAIL, value="elodie@example.org"))
        person.items.append(
            HeldItem(
                category=DataCategory.PURCHASES,
                description="Commandes passées",
                value="3 commandes, 240,00 €",
                source=DataSource.PURCHASE,
                collected_on=date(2026, 1, 15),
                retention_rule="10 ans",
            )
        )
        session.add(person)
        session.flush()
        return person.id


def _request(store: Store, kinds: list[RequestKind], person_id: int | None) -> str:
    summary = RequestService(store, "coordinator").log(
        NewRequest(
            date(2026, 5, 4),
            kinds,
            "Élodie Wróblewska",
            ["8 rue des Tanneurs", "67000 Strasbourg"],
        )
    )
    RequestService(store, "coordinator").link_person(summary.reference, person_id)
    return summary.reference


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _request_id(store: Store, reference: str) -> int:
    with store.session_factory() as session:
        row = session.query(Request).filter_by(reference=reference).one()
        return row.id


def test_access_response_names_recipients_transfers_and_lists_every_item(store: Store) -> None:
    _register(store)
    ref = _request(store, [RequestKind.ACCESS], _person(store))
    pdf = LetterService(store, "coordinator").prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf
    text = " ".join(_text(pdf).split())
    assert "Courrielix SAS" in text and "Nimbus Hosting Inc." in text
    assert "Klarna" not in text  # receives payment data, and none is held about her
    assert "États-Unis" in text and "clauses contractuelles types" in text
    assert "Commandes et paiement" in text and "10 ans après la commande" in text
    assert "vos achats" in text  # a source other than the person
    assert "CNIL" in text and "traitement automatisé" in text
    # The annex lists the item itself, value included.
    assert "Annexe" in text and "3 commandes" in text and "P-000001" in text


def test_access_response_for_nobody_known_says_no_data_is_held(store: Store) -> None:
    ref = _request(store, [RequestKind.ACCESS], None)
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACCESS_RESPONSE, language="en")
    text = " ".join(_text(pdf.pdf).split())
    assert "we hold no personal information about you" in text
    assert "Annex" not in text


def test_correction_confirmation_lists_before_and_after_and_who_is_told(store: Store) -> None:
    _register(store)
    person_id = _person(store)
    ref = _request(store, [RequestKind.CORRECTION], person_id)
    letters = LetterService(store, "coordinator")
    with pytest.raises(RequestRefused, match="No correction is recorded"):
        letters.prepare([ref], RequestLetter.CORRECTION_CONFIRMATION)
    with store.writer.begin() as session:
        session.add(
            Correction(
                person_id=person_id,
                request_id=_request_id(store, ref),
                field="last_name",
                before="Wroblewska",
                after="Wróblewska",
                actor="coordinator",
                at=datetime(2026, 5, 6, 10, tzinfo=UTC),
            )
        )
    text = " ".join(
        _text(letters.prepare([ref], RequestLetter.CORRECTION_CONFIRMATION).pdf).split()
    )
    assert "Nom : « Wroblewska » remplacé par « Wróblewska »" in text.replace("\u202f", " ")
    assert "article 19" in text and "Courrielix SAS" in text and "Nimbus" in text

    notices = letters.prepare_recipient_notices(ref)
    reader = PdfReader(io.BytesIO(notices.pdf))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(pages) == 2  # one notice to each recipient of contact data
    assert "Courrielix SAS" in pages[0] and "Nimbus Hosting Inc." in pages[1]
    assert "UNITED STATES" in pages[1]  # country line for mail abroad
    assert all("Wróblewska" in p and "P-000001" in p for p in pages)
    events = RequestService(store, "x").get(ref).events
    assert any(kind == "recipients_notified" and "Nimbus" in note for _, kind, note in events)


def test_erasure_and_opt_out_confirmations_need_the_deed_done_first(store: Store) -> None:
    person_id = _person(store)
    ref = _request(store, [RequestKind.ERASURE, RequestKind.OBJECTION], person_id)
    letters = LetterService(store, "coordinator")
    with pytest.raises(RequestRefused, match="not opted out"):
        letters.prepare([ref], RequestLetter.OPT_OUT_CONFIRMATION)
    with store.writer.begin() as session:
        session.add(
            MarketingChoice(
                person_id=person_id,
                channel=MarketingChannel.SMS,
                opted_in=False,
                changed_at=datetime(2026, 5, 5, 9, tzinfo=UTC),
                source="letter",
            )
        )
    text = " ".join(_text(letters.prepare([ref], RequestLetter.OPT_OUT_CONFIRMATION).pdf).split())
    assert "par SMS depuis le 5 mai 2026" in text

    with pytest.raises(RequestRefused, match="No erasure is recorded"):
        letters.prepare([ref], RequestLetter.ERASURE_CONFIRMATION)
    with store.writer.begin() as session:
        session.add(
            ErasureRecord(
                person_reference="P-000001",
                request_id=_request_id(store, ref),
                erased_at=datetime(2026, 5, 7, 15, tzinfo=UTC),
                actor="coordinator",
            )
        )
    text = " ".join(_text(letters.prepare([ref], RequestLetter.ERASURE_CONFIRMATION).pdf).split())
    assert "effacé le 7 mai 2026" in text


def test_link_person_refuses_someone_unknown_and_is_recorded(store: Store) -> None:
    ref = _request(store, [RequestKind.ACCESS], None)
    service = RequestService(store, "coordinator")
    with pytest.raises(RequestRefused, match="not in the file"):
        service.link_person(ref, 999)
    person_id = _person(store)
    assert service.link_person(ref, person_id).person_id == person_id
    assert any(kind == "person_linked" for _, kind, _ in service.get(ref).events)


def test_cli_prints_every_letter_kind_by_name(store: Store, tmp_path: Path) -> None:
    _register(store)
    ref = _request(store, [RequestKind.ACCESS], _person(store))
    out = tmp_path / "answer.pdf"
    store.close()
    assert main(["--store", str(store.path), "letter", ref, "access-response", "-o", str(out)]) == 0
    assert "Courrielix SAS" in _text(out.read_bytes())


def test_the_ccpa_can_be_applied_per_request_and_the_stricter_date_shows(store: Store) -> None:
    from albanera_desk.domain.records import Regime

    requests = RequestService(store, "coordinator")
    ref = requests.log(
        NewRequest(date(2026, 3, 2), [RequestKind.ACCESS], "Dana Whitfield", ["Los Angeles"])
    ).reference
    gdpr_only = requests.get(ref)
    assert gdpr_only.regimes == (Regime.GDPR,) and gdpr_only.due == date(2026, 4, 2)
    both = requests.set_ccpa(ref, True, "lives in California")
    assert both.regimes == (Regime.GDPR, Regime.CCPA)
    # Asked for identity for a week: the GDPR clock stops, the CCPA's 45 days run on.
    requests.ask_identity(ref, date(2026, 3, 3), "the order number")
    paused = requests.identity_confirmed(ref, date(2026, 3, 31), "order number", "confirmed")
    assert paused.due == date(2026, 4, 16) and paused.due_regime is Regime.CCPA
    assert paused.acknowledge_by == date(2026, 3, 16)  # ten business days after 2 March
    letters = LetterService(store, "coordinator")
    pdf = letters.prepare([ref], RequestLetter.ACKNOWLEDGEMENT).pdf
    letters.record_posted(
        ref, RequestLetter.ACKNOWLEDGEMENT, pdf, posted_on=date(2026, 3, 4), language="en"
    )
    assert requests.get(ref).acknowledge_by is None  # acknowledged: nothing left to show
    assert requests.set_ccpa(ref, False).regimes == (Regime.GDPR,)
    assert any(kind == "ccpa_applies" for _, kind, _ in requests.get(ref).events)
