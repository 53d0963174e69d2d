"""What a privacy lawyer's last reading of every letter found, each pinned by a test that
reads the real PDF (pypdf) for a known person of the ``scenario`` office: what the letter
must say, and what it must never say."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.requests import RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.models import Processor
from albanera_desk.store.store import Store
from tests.requests import scenario
from tests.requests.scenario import Office, log, pages, text

K = RequestKind


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


@pytest.fixture
def office(store: Store) -> Office:
    return scenario.build(store)


def _letter(store: Store, ref: str, kind: RequestLetter, lang: str = "fr") -> str:
    return text(LetterService(store, "coordinator").prepare([ref], kind, language=lang).pdf)


def _correct(store: Store, ref: str, person: int, value: str) -> None:
    request_id = RequestService(store, "coordinator").request_id(ref)
    PeopleService(store, "coordinator").correct(
        person, "last_name", value, "letter", request_id=request_id
    )


@pytest.mark.parametrize(
    ("lang", "greeting"), [("en", "Dear Sir or Madam,"), ("fr", "Madame, Monsieur,")]
)
def test_art19_notices_greet_the_recipient_never_the_person_they_are_about(
    store: Store, office: Office, lang: str, greeting: str
) -> None:
    ref = log(store, office.people["bruno"], [K.CORRECTION])  # written by "Anne Castelmoure"
    _correct(store, ref, office.people["bruno"], "Kerbrivel-Lys")
    notices = LetterService(store, "coordinator").prepare_recipient_notices(ref, language=lang)
    sheets = pages(notices.pdf)
    assert len(sheets) == 2  # Atelier Commerce SAS and Courriel Mistral SAS
    for sheet in sheets:
        assert greeting in sheet
        assert "Dear Anne" not in sheet and "Dear Bruno" not in sheet
    # The writer's own letter still greets the writer.
    assert "Dear Anne Castelmoure," in _letter(store, ref, RequestLetter.ACKNOWLEDGEMENT, "en")


def _pay_provider_receives(store: Store, office: Office, categories: list[str]) -> None:
    with store.writer.begin() as s:
        paynova = s.get(Processor, office.processors["paynova"])
        assert paynova is not None
        paynova.data_categories = categories


@pytest.mark.parametrize(
    "categories",
    [["payment", "contact"], ["payment", "contact", "purchases"]],  # a card service, "pay later"
)
def test_a_payment_provider_is_only_possible_for_someone_whose_payment_we_do_not_hold(
    store: Store, office: Office, categories: list[str]
) -> None:
    _pay_provider_receives(store, office, categories)
    # Ève paid in store: the file holds no payment of hers; her contact details alone do
    # not show that the payment provider ever had her data.
    ref = log(store, office.people["eve"], [K.ACCESS, K.CORRECTION])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    told = said[said.index("communiquées aux destinataires suivants") :]
    told = told[: told.index(".")]
    assert "Atelier Commerce SAS" in told and "PayNova" not in told
    assert "PayNova Europe SA (Luxembourg), seulement si vous avez utilisé ses services" in said
    english = _letter(store, ref, RequestLetter.ACCESS_RESPONSE, "en")
    assert "PayNova Europe SA (Luxembourg), only if you used its services" in english
    _correct(store, ref, office.people["eve"], "Quérillac-Roux")
    sheets = pages(LetterService(store, "coordinator").prepare_recipient_notices(ref).pdf)
    assert not any("PayNova" in sheet for sheet in sheets)  # no notice on a guess
    # Anne's card is held: PayNova received her data, and is told of her correction.
    anne = log(store, office.people["anne"], [K.ACCESS, K.CORRECTION])
    hers = _letter(store, anne, RequestLetter.ACCESS_RESPONSE)
    assert "PayNova Europe SA (Luxembourg), pour : Commandes et paiement" in hers
    assert "seulement si vous avez utilisé" not in hers
    _correct(store, anne, office.people["anne"], "Castelmoure-Roux")
    sheets = pages(LetterService(store, "coordinator").prepare_recipient_notices(anne).pdf)
    assert any("PayNova Europe SA" in sheet for sheet in sheets)


def test_ccpa_purposes_carry_no_gdpr_legal_basis(store: Store, office: Office) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS], country="US", region="CA", ccpa=True)
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE, "en")
    assert "Commandes et paiement:" in said and "kept:" in said  # the purpose, as the CCPA asks
    for gdpr in ("art. 6(1)", "Contract (", "GDPR", "article 77", "CNIL", "European Economic Area"):
        assert gdpr not in said, gdpr


@pytest.mark.parametrize(
    ("lang", "must", "never"),
    [
        (
            "fr",
            "l’État membre de l’Espace économique européen de votre résidence habituelle",
            "Union européenne",
        ),
        (
            "en",
            "in the Member State of the European Economic Area where you habitually live",
            "EU Member State",
        ),
    ],
)
def test_a_complaint_may_be_lodged_in_any_eea_member_state(
    store: Store, office: Office, lang: str, must: str, never: str
) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE, lang)
    assert must in said and never not in said
    assert "77" in said and "CNIL" in said  # the home state, and the CNIL for France


def test_the_letter_command_encloses_the_portable_copy_kept_with_the_request(
    store: Store, office: Office, tmp_path: Path
) -> None:
    ref = log(store, office.people["bruno"], [K.PORTABILITY])
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "answer.pdf"
    argv = ["--store", str(store.path), "letter", ref, "portability-response", "-o", str(pdf)]
    assert main(argv) == 0
    json_file, csv_file = out / f"{ref}-data.json", out / f"{ref}-data.csv"
    assert pdf.exists() and json_file.exists() and csv_file.exists()
    data = json.loads(json_file.read_text(encoding="utf-8"))["data"]
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert [r["value"] for r in rows] == [d["value"] for d in data]  # a second reader agrees
    assert "bruno@example.org" in {d["value"] for d in data}
    said = text(pdf.read_bytes())
    assert f"{ref}-data.json" in said and f"{ref}-data.csv" in said
    reopened = scenario_store(store)
    try:
        kept = LetterService(reopened, "coordinator").portable_copy(ref)
    finally:
        reopened.close()
    assert [f.content for f in kept] == [json_file.read_bytes(), csv_file.read_bytes()]
    # Again without --force: the files beside the letter are never overwritten.
    assert main([*argv[:-1], str(out / "again.pdf")]) != 0
    assert not (out / "again.pdf").exists()


def scenario_store(closed: Store) -> Store:
    from albanera_desk.services.opening import open_store

    return open_store(closed.path, KeyringKeys())


def test_an_unlinked_request_gets_a_sentence_and_a_failing_exit_from_the_cli(
    store: Store, office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = log(store, None, [K.ACCESS])
    store.close()
    out = tmp_path / "a.pdf"
    code = main(["--store", str(store.path), "letter", ref, "access-response", "-o", str(out)])
    assert code != 0 and not out.exists()
    err = " ".join(capsys.readouterr().err.split())
    assert f"Request {ref} is not linked to anyone yet" in err
    assert "Traceback" not in err


def test_a_ccpa_deletion_keeps_invoices_under_the_ccpas_own_exception(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["anne"], [K.ERASURE], country="US", region="CA", ccpa=True)
    LetterService(store, "coordinator").erase_for_request(ref)  # her invoices are kept
    said = _letter(store, ref, RequestLetter.ERASURE_CONFIRMATION, "en")
    assert "L123-22" in said and "§1798.105(d)(8)" in said
    for gdpr in ("GDPR", "article 17", "CNIL"):
        assert gdpr not in said, gdpr


def test_the_copy_says_each_marketing_choice_in_words(store: Store, office: Office) -> None:
    ref = log(store, office.people["bruno"], [K.ACCESS])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    annex = said[said.index("Annexe") :]
    assert "e-mail accepté" in annex and " accepte " not in annex


def test_a_copy_of_the_safeguards_is_offered_only_for_a_transfer_that_has_them(
    store: Store, office: Office
) -> None:
    from sqlalchemy import select

    from albanera_desk.domain.records import LegalGround
    from albanera_desk.store.models import Transfer

    # Chloé's data leaves the EEA only by an art. 49 derogation: there are no safeguards.
    chloe = _letter(
        store, log(store, office.people["chloe"], [K.ACCESS]), RequestLetter.ACCESS_RESPONSE
    )
    assert "art. 49, paragraphe 1, point b)" in chloe
    assert "copie des garanties" not in chloe
    # Bruno's flows rest on adequacy decisions: nothing to copy either.
    bruno = log(store, office.people["bruno"], [K.ACCESS])
    assert "copie des garanties" not in _letter(store, bruno, RequestLetter.ACCESS_RESPONSE)
    with store.writer.begin() as s:
        flow = s.scalars(select(Transfer).where(Transfer.destination_country == "US")).one()
        flow.legal_ground, flow.scc_module = LegalGround.SCC, "2"
    said = _letter(store, bruno, RequestLetter.ACCESS_RESPONSE, "en")
    assert "standard contractual clauses (GDPR art. 46), module 2" in said
    assert "a copy of the appropriate safeguards (article 46 of the GDPR)" in said


def test_french_and_english_read_as_written_by_a_person(store: Store, office: Office) -> None:
    ref = log(store, office.people["bruno"], [K.ACCESS])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    assert "sous-traitant ultérieur d’Atelier Commerce SAS" in said  # elided, not "de Atelier"
    assert "transmis par notre partenaire Northbeam Analytics Inc." in said
    assert "Inc.." not in said and " de Atelier" not in said


def _request_office(store: Store) -> None:
    """The office that answers requests: it receives every writer's letter, kept by law."""
    from albanera_desk.domain.records import ProcessorRole
    from albanera_desk.store.models import ProcessingActivity

    with store.writer.begin() as s:
        office = Processor(
            legal_name="Bureau des demandes SARL",
            address=["1 rue du Bac", "75007 Paris"],
            role=ProcessorRole.PROCESSOR,
            data_categories=["contact"],
        )
        s.add(office)
        s.flush()
        s.add(
            ProcessingActivity(
                name="Demandes d’exercice des droits",
                purposes=["répondre aux demandes"],
                legal_basis="legal_obligation",
                recipient_ids=[office.id],
                retention="36 mois après la clôture",
                starter_key="privacy_requests",
            )
        )


def test_an_erasure_tells_no_one_to_erase_what_the_law_makes_us_keep(
    store: Store, office: Office
) -> None:
    _request_office(store)
    ref = log(store, office.people["anne"], [K.ERASURE])
    access = _letter(
        store, log(store, office.people["anne"], [K.ACCESS]), RequestLetter.ACCESS_RESPONSE
    )
    assert "Bureau des demandes SARL" in access  # she wrote: the office received her letter
    letters = LetterService(store, "coordinator")
    letters.erase_for_request(ref)
    sheets = pages(letters.prepare_recipient_notices(ref).pdf)
    assert len(sheets) == 2  # Atelier Commerce SAS and PayNova Europe SA
    assert not any("Bureau des demandes" in sheet for sheet in sheets)  # the request's record
    said = _letter(store, ref, RequestLetter.ERASURE_CONFIRMATION)
    assert "pendant 36 mois après sa clôture" in said  # what of the request we keep, and why


def test_invoices_kept_are_said_even_when_no_recipient_received_them(
    store: Store, office: Office
) -> None:
    from albanera_desk.store.models import ProcessingActivity

    with store.writer.begin() as s:
        orders = s.get(ProcessingActivity, office.activities["orders"])
        assert orders is not None
        orders.recipient_ids = []  # the shop runs its orders itself
    ref = log(store, office.people["eve"], [K.ERASURE])
    LetterService(store, "coordinator").erase_for_request(ref)
    said = _letter(store, ref, RequestLetter.ERASURE_CONFIRMATION)
    assert "les factures de vos achats, que la loi nous oblige à conserver dix ans" in said
    assert "si vous avez effectué des achats" not in said  # known, not guessed
    assert "n’avaient été communiquées à aucun destinataire externe" in said


def test_only_a_processor_is_told_to_keep_what_the_law_keeps(store: Store, office: Office) -> None:
    ref = log(store, office.people["anne"], [K.ERASURE])
    letters = LetterService(store, "coordinator")
    letters.erase_for_request(ref)
    atelier, paynova = pages(letters.prepare_recipient_notices(ref).pdf)
    assert "Atelier Commerce SAS" in atelier and "PayNova Europe SA" in paynova
    assert "Ne sont pas concernées" in atelier and "ne les conservez qu’à cette fin" in atelier
    # PayNova decides for itself: it is told what we keep, never given our duty to keep it.
    assert "Nous ne conservons que les justificatifs de paiement de ses achats" in paynova
    assert "conservez" not in paynova and "Merci d’effacer" not in paynova


def test_a_notice_names_the_person_only_by_what_that_recipient_received() -> None:
    from albanera_desk.domain.records import ContactKind, ProcessorRole
    from albanera_desk.services.provenance import RecipientLink, known_identifiers
    from albanera_desk.store.models import ContactPoint, Person

    person = Person(first_name="Anne", last_name="Abadie", customer_id="C-10042")
    person.contacts = [ContactPoint(id=1, kind=ContactKind.EMAIL, value="anne@example.fr")]

    def recipient(*categories: str) -> RecipientLink:
        return RecipientLink(
            id=1,
            name="Régie Pub SAS",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            country_code="FR",
            address=(),
            categories=categories,
            service="",
            activities=(),
        )

    mailing = dict(known_identifiers(person, recipient("contact")))
    assert mailing == {"name": "Anne Abadie", "email": "anne@example.fr"}  # never C-10042
    carrier = dict(known_identifiers(person, recipient("contact", "purchases")))
    assert carrier["customer_id"] == "C-10042"


@pytest.mark.parametrize(
    ("where", "lang", "words"), [("IT", "fr", "Objet"), ("FR", "en", "Subject")]
)
def test_the_language_given_before_the_command_writes_the_letter(
    store: Store, office: Office, tmp_path: Path, where: str, lang: str, words: str
) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS], country=where)
    store.close()
    out = tmp_path / "a.pdf"
    args = ["--store", str(store.path), "--lang", lang, "letter", ref, "acknowledgement"]
    assert main([*args, "-o", str(out)]) == 0
    assert words in text(out.read_bytes())  # not the writer's country's language
