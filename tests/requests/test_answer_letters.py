"""Answers that are true for this person: table tests per letter kind, person and regime.

Each letter is a real PDF read back with pypdf; what it must say and must never say is
derived from the person's known items, consents and disclosures (see ``scenario``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.cli import main
from albanera_desk.domain.records import (
    DecisionGround,
    MarketingChannel,
    RequestKind,
    RequestStatus,
)
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.provenance_records import ProvenanceRecords
from albanera_desk.services.request_decisions import RequestDecisions
from albanera_desk.services.requests import RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
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


# --- access responses: only this person's recipients, purposes and transfers ---------------

ACCESS_TABLE = [
    # person, language, must say, must never say
    (
        "anne",
        "fr",
        [
            "Atelier Commerce SAS",
            "PayNova Europe SA",
            "Nuage Bleu Hébergement SAS (France), sous-traitant ultérieur d’Atelier Commerce SAS",
            "hors de l’Espace économique européen",
            "ou vous affectant de manière significative de façon similaire",
            "article 77, paragraphe 1",
            "Cette première copie est gratuite",
            "Vous nous avez fourni vous-même ces données",
        ],
        ["Galerie", "Riad", "Maroc", "49", "Adlumen", "Northbeam", "Courriel Mistral"],
    ),
    (
        "bruno",
        "fr",
        [
            "Courriel Mistral SAS",
            "Adlumen Media Ltd (Royaume-Uni)",
            "Northbeam Analytics Inc. (États-Unis)",
            "décision d’adéquation",
            "transmis par notre partenaire Northbeam Analytics Inc.",
            "parce que vous avez accepté notre prospection",
            "profilage",
        ],
        ["Galerie", "Riad", "Maroc", "49"],
    ),
    (
        "chloe",
        "fr",
        [
            "Galerie Sépia SARL",
            "Riad Amane Hospitality SARL (Maroc)",
            "art. 49, paragraphe 1, point b)",
            "participé à l’un de nos jeux-concours",
            "issu de votre profil sur les réseaux sociaux",
        ],
        ["Adlumen", "Northbeam", "Courriel Mistral"],
    ),
    ("eve", "fr", ["Atelier Commerce SAS"], ["PayNova", "Courriel", "Galerie", "Adlumen"]),
    (
        "anne",
        "en",
        [
            "Atelier Commerce SAS (France), for Commandes et paiement",
            "outside the European Economic Area",
            "or similarly significantly affects you",
            "article 77(1)",
            "This first copy is free of charge",
        ],
        ["Galerie", "Riad", "Morocco", "49", "Adlumen", "Courriel Mistral"],
    ),
]


@pytest.mark.parametrize(("who", "lang", "must", "never"), ACCESS_TABLE)
def test_access_response_says_what_holds_for_this_person_only(
    store: Store, office: Office, who: str, lang: str, must: list[str], never: list[str]
) -> None:
    ref = log(store, office.people[who], [K.ACCESS])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE, lang)
    for words in must:
        assert words in said, words
    for words in never:
        assert words not in said, words


def test_access_response_annex_is_the_whole_file_as_held(store: Store, office: Office) -> None:
    person = office.people["bruno"]
    PeopleService(store, "coordinator").correct(person, "last_name", "Kerbrivel-Lys", "mariage")
    with store.writer.begin() as s:
        from albanera_desk.store.models import Person

        row = s.get(Person, person)
        assert row is not None
        row.notes = "Préfère les courriers postaux."
    ref = log(store, person, [K.ACCESS])
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    annex = said[said.index("Annexe") :]
    for held in ("Préfère les courriers postaux.", "newsletter", "Kerbrivel-Lys", "mariage"):
        assert held in annex, held  # notes, consent history, correction history
    assert "3 commandes" in annex and "**** 4242" in annex  # every item as held
    assert "Publicité ciblée" in annex  # the purpose of each item


def test_unlinked_item_or_unnamed_partner_refuses_with_a_sentence(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["denis"], [K.ACCESS])
    with pytest.raises(RequestRefused, match="serve no processing activity"):
        _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    with store.session_factory() as s:
        from albanera_desk.store.models import Person

        denis = s.get(Person, office.people["denis"])
        assert denis is not None
        item_id = denis.items[0].id
    ProvenanceRecords(store, "coordinator").link_item(item_id, office.activities["orders"])
    assert "Atelier Commerce SAS" in _letter(store, ref, RequestLetter.ACCESS_RESPONSE)


def test_unlinked_request_gets_no_answer_until_the_office_decides(
    store: Store, office: Office, tmp_path: Path
) -> None:
    ref = log(store, None, [K.ACCESS])
    with pytest.raises(RequestRefused, match="not linked to anyone yet"):
        _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    store.close()
    out = tmp_path / "a.pdf"
    code = main(["--store", str(store.path), "letter", ref, "access-response", "-o", str(out)])
    assert code != 0 and not out.exists()


def test_no_data_held_only_after_nobody_known_is_recorded(store: Store, office: Office) -> None:
    ref = log(store, None, [K.ACCESS])
    requests = RequestService(store, "coordinator")
    requests.link_person(ref, None)  # the office says: nobody we know
    events = [kind for _, kind, _ in requests.get(ref).events]
    assert "nobody_known" in events
    said = _letter(store, ref, RequestLetter.ACCESS_RESPONSE)
    assert "nous ne détenons aucune donnée personnelle" in said
    assert "pendant 36 mois après sa clôture" in said  # what we keep of the letter, how long
    assert "Annexe" not in said
    requests.link_person(ref, office.people["anne"])  # linked after all: no longer "no data"
    assert "Atelier Commerce SAS" in _letter(store, ref, RequestLetter.ACCESS_RESPONSE)


# --- art. 19: notices only to the recipients that got this person's data ------------------


def _correct(store: Store, ref: str, person: int, field: str, value: str) -> None:
    request_id = RequestService(store, "coordinator").request_id(ref)
    PeopleService(store, "coordinator").correct(
        person, field, value, "letter", request_id=request_id
    )


ORDER_RECIPIENTS = {"Atelier Commerce SAS"}  # the scenario's recipient of orders
NOTICE_TABLE = [
    # person, field corrected, told (in order), never told
    ("anne", "last_name", ["Atelier Commerce SAS"], ["PayNova", "Courriel", "Galerie", "Adlumen"]),
    (
        "bruno",
        "last_name",
        ["Atelier Commerce SAS", "Courriel Mistral SAS"],
        ["Galerie", "PayNova"],
    ),
    (
        "chloe",
        "last_name",
        ["Atelier Commerce SAS", "Galerie Sépia SARL", "Riad Amane"],
        ["Courriel"],
    ),
]


@pytest.mark.parametrize(("who", "field", "told", "never"), NOTICE_TABLE)
def test_correction_notices_go_only_to_recipients_of_this_persons_data(
    store: Store, office: Office, who: str, field: str, told: list[str], never: list[str]
) -> None:
    ref = log(store, office.people[who], [K.CORRECTION])
    _correct(store, ref, office.people[who], field, "Nouveau-Nom")
    notices = LetterService(store, "coordinator").prepare_recipient_notices(ref)
    sheets = pages(notices.pdf)
    assert len(sheets) == len(told)
    for sheet, name in zip(sheets, sorted(told), strict=True):
        assert name in sheet
        assert "P-00000" not in sheet  # identified by what the recipient knows
        # The customer number only to those that received orders or payments: a mailing
        # service or a contest partner never had it.
        assert ("C-10" in sheet) == (name in ORDER_RECIPIENTS), name
    everything = " ".join(sheets)
    for name in never:
        assert name not in everything


def test_processor_is_instructed_and_controller_informed(store: Store, office: Office) -> None:
    ref = log(store, office.people["chloe"], [K.CORRECTION])
    _correct(store, ref, office.people["chloe"], "last_name", "Vignerolle-Sand")
    sheets = pages(LetterService(store, "coordinator").prepare_recipient_notices(ref).pdf)
    atelier = next(s for s in sheets if "Atelier" in s)
    gallery = next(s for s in sheets if "Galerie" in s)
    assert "pour notre compte" in atelier and "Merci de rectifier" in atelier
    assert "pour notre compte" not in gallery and "nous avons rectifié" in gallery
    assert "chloe@example.org" in gallery


def test_confirmation_names_recipients_only_once_notices_are_posted(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["bruno"], [K.CORRECTION])
    _correct(store, ref, office.people["bruno"], "last_name", "Kerbrivel-Lys")
    letters = LetterService(store, "coordinator")
    before = _letter(store, ref, RequestLetter.CORRECTION_CONFIRMATION)
    assert "Courriel Mistral" not in before and "vous pouvez nous demander leurs noms" in before
    notices = letters.prepare_recipient_notices(ref)
    told = letters.record_notices_posted(ref, notices.pdf, posted_on=date(2026, 5, 6))
    assert told == ["Atelier Commerce SAS", "Courriel Mistral SAS"]
    after = _letter(store, ref, RequestLetter.CORRECTION_CONFIRMATION)
    assert "nous avons informé le 6 mai 2026" in after
    assert "Atelier Commerce SAS et Courriel Mistral SAS" in after


def test_erasure_keeps_notices_and_says_what_is_kept_why_and_how_long(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["anne"], [K.ERASURE])
    letters = LetterService(store, "coordinator")
    letters.erase_for_request(ref)  # plans the notices while the file still shows who got what
    sheets = pages(letters.prepare_recipient_notices(ref).pdf)
    assert len(sheets) == 2 and "Atelier Commerce SAS" in sheets[0] and "PayNova" in sheets[1]
    assert "Merci d’effacer" in sheets[0] and "L123-22" in sheets[0]  # invoices excluded, said
    assert "anne@example.org" in sheets[0] and "C-101" in sheets[1]
    notices = LetterService(store, "coordinator").prepare_recipient_notices(ref)
    LetterService(store, "coordinator").record_notices_posted(
        ref, notices.pdf, posted_on=date(2026, 5, 8)
    )
    with store.engine.connect() as conn:  # posted: the erased person's details are not kept
        kept = conn.exec_driver_sql("SELECT identifiers FROM recipient_notice").scalars().all()
    assert kept and all(value == "[]" for value in kept)
    said = _letter(store, ref, RequestLetter.ERASURE_CONFIRMATION)
    assert "seulement la trace" not in said
    assert "Atelier Commerce SAS et PayNova Europe SA" in said
    for kept in (
        "empreintes cryptographiques à clé secrète de 2 identifiants",
        "dix ans",
        "L123-22",
        "36 mois",
    ):
        assert kept in said, kept


# --- opt-out: exactly what was applied, every channel and profiling offered ----------------


def test_opt_out_says_exactly_what_was_applied_and_offers_the_rest(
    store: Store, office: Office
) -> None:
    bruno = office.people["bruno"]
    ref = log(store, bruno, [K.OBJECTION])
    with pytest.raises(RequestRefused, match="Nothing was stopped"):
        _letter(store, ref, RequestLetter.OPT_OUT_CONFIRMATION)
    PeopleService(store, "coordinator").set_marketing(bruno, MarketingChannel.EMAIL, False, ref)
    said = _letter(store, ref, RequestLetter.OPT_OUT_CONFIRMATION)
    assert "cessé de vous adresser notre prospection par courrier électronique" in said
    assert "jamais adressé de prospection par SMS" in said
    assert "par courrier électronique et par SMS" in said  # every channel offered
    assert "profilage" in said and "se poursuit" in said  # advertising still runs: offered
    assert "partenaires" not in said and "tous nos envois" not in said


# --- refusal, partial answer, restriction, objection, portability --------------------------


def test_partial_answer_gives_what_is_left_its_ground_and_remedies(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["anne"], [K.ERASURE])
    with pytest.raises(RequestRefused, match="not done"):
        _letter(store, ref, RequestLetter.PARTIAL_ANSWER)
    RequestDecisions(store, "coordinator").answer_partly(
        ref, DecisionGround.LEGAL_RETENTION, "l’effacement des factures", "dix ans (L123-22)"
    )
    with pytest.raises(RequestRefused, match="before printing a partial answer"):
        _letter(store, ref, RequestLetter.PARTIAL_ANSWER)  # the rest is not done yet
    LetterService(store, "coordinator").erase_for_request(ref)
    said = _letter(store, ref, RequestLetter.PARTIAL_ANSWER, "en")
    assert "except: l’effacement des factures" in said
    assert "article 17(3)(b)" in said and "article 12(4)" in said and "CNIL" in said
    assert said.count("supervisory authority") == 1  # the remedies said once


def test_restriction_confirmation_and_notice_before_lifting(store: Store, office: Office) -> None:
    ref = log(store, office.people["bruno"], [K.RESTRICTION])
    decisions = RequestDecisions(store, "coordinator")
    decisions.restrict(ref, date(2026, 5, 5), "nous vérifions l’exactitude de votre adresse")
    said = _letter(store, ref, RequestLetter.RESTRICTION_CONFIRMATION)
    assert "depuis le 5 mai 2026 nous ne faisons que conserver" in said
    assert "article 18, paragraphe 3" in said
    letters = LetterService(store, "coordinator")
    notices = letters.prepare_recipient_notices(ref)
    sheets = pages(notices.pdf)
    assert any("Merci de ne plus faire que conserver" in s for s in sheets)
    assert not any("Galerie" in s for s in sheets)
    letters.record_notices_posted(ref, notices.pdf, posted_on=date(2026, 5, 5))
    with pytest.raises(RequestRefused, match="lifted"):
        _letter(store, ref, RequestLetter.RESTRICTION_LIFT_NOTICE)
    decisions.lift_restriction(ref, date(2026, 6, 1), "l’adresse est confirmée.")
    lift = _letter(store, ref, RequestLetter.RESTRICTION_LIFT_NOTICE)
    assert "sera levée le 1er juin 2026 : l’adresse est confirmée." in lift
    assert "avant la levée" in lift
    lifted = pages(letters.prepare_recipient_notices(ref).pdf)  # processors may resume
    atelier = next(s for s in lifted if "Atelier Commerce SAS" in s)
    adlumen = next(s for s in lifted if "Adlumen" in s)
    assert "La limitation du traitement pour cette personne est levée" in atelier
    assert "a été levée" in adlumen and "pour notre compte" not in adlumen
    again = _letter(store, ref, RequestLetter.RESTRICTION_CONFIRMATION)
    assert "tant que : nous vérifions l’exactitude" in again and "confirmée" not in again


def test_objection_on_grounds_of_the_persons_situation(store: Store, office: Office) -> None:
    ref = log(store, office.people["bruno"], [K.OBJECTION])
    with pytest.raises(RequestRefused, match="objection"):
        _letter(store, ref, RequestLetter.OBJECTION_RESPONSE)
    RequestDecisions(store, "coordinator").uphold_objection(
        ref, [office.activities["ads"]], date(2026, 5, 7)
    )
    said = _letter(store, ref, RequestLetter.OBJECTION_RESPONSE, "en")
    assert "article 21(1)" in said and "Publicité ciblée, since 7 May 2026" in said
    access = _letter(
        store, log(store, office.people["bruno"], [K.ACCESS]), RequestLetter.ACCESS_RESPONSE
    )
    assert "Depuis votre opposition" in access


def test_portability_files_are_kept_with_the_request_and_named_in_the_letter(
    store: Store, office: Office
) -> None:
    import csv
    import hashlib
    import json

    ref = log(store, office.people["bruno"], [K.PORTABILITY])
    letters = LetterService(store, "coordinator")
    with pytest.raises(RequestRefused, match="portable copy"):
        _letter(store, ref, RequestLetter.PORTABILITY_RESPONSE)
    letters.make_portable_copy(ref)
    kept = letters.portable_copy(ref)
    assert [f.name for f in kept] == [f"{ref}-data.json", f"{ref}-data.csv"]
    data = json.loads(kept[0].content)["data"]
    rows = list(csv.DictReader(io.StringIO(kept[1].content.decode("utf-8"))))
    assert [r["value"] for r in rows] == [d["value"] for d in data]  # a second reader agrees
    values = {d["value"] for d in data}
    assert {"bruno@example.org", "3 commandes", "Bruno"} <= values
    assert "lunettes de soleil" not in values  # from a partner: not provided by him
    said = _letter(store, ref, RequestLetter.PORTABILITY_RESPONSE)
    assert f"{ref}-data.json" in said and hashlib.sha256(kept[0].content).hexdigest() in said
    assert "Pages vues" in said  # named as left out


# --- CCPA requests get CCPA wordings ------------------------------------------------------

CCPA_TABLE = [
    (
        RequestLetter.ACKNOWLEDGEMENT,
        ["§7021(a)", "45 calendar days", "verify"],
        ["GDPR", "article 12"],
    ),
    (
        RequestLetter.ACCESS_RESPONSE,
        [
            "§1798.110",
            "We do not sell personal information",
            "cross-context behavioral advertising with: Adlumen Media Ltd",
            "California Privacy Protection Agency",
            "Attorney General",
            "§1798.125",
        ],
        ["CNIL", "article 77"],
    ),
]


@pytest.mark.parametrize(("kind", "must", "never"), CCPA_TABLE)
def test_ccpa_requests_get_ccpa_wordings(
    store: Store, office: Office, kind: RequestLetter, must: list[str], never: list[str]
) -> None:
    ref = log(store, office.people["bruno"], [K.ACCESS], country="US", region="CA", ccpa=True)
    said = _letter(store, ref, kind, "en")
    for words in must:
        assert words in said, words
    for words in never:
        assert words not in said, words


def test_ccpa_extension_cites_the_ccpa_with_its_own_date(store: Store, office: Office) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS], country="US", region="CA", ccpa=True)
    requests = RequestService(store, "coordinator")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    requests.extend(ref, date(2026, 5, 10), "orders from three shops")
    said = _letter(store, ref, RequestLetter.EXTENSION_NOTICE, "en")
    ccpa_due = requests.get(ref)
    assert "§1798.130(a)(2)" in said and "45 more days" in said
    assert "article 12(3)" not in said and "two months" not in said
    assert ccpa_due.regimes[-1].value == "ccpa"
    assert "2 August 2026" in said  # 4 May + 45 + 45 days


def test_ccpa_erasure_names_service_provider_notices(store: Store, office: Office) -> None:
    ref = log(store, office.people["anne"], [K.ERASURE], country="US", region="CA", ccpa=True)
    LetterService(store, "coordinator").erase_for_request(ref)
    said = _letter(store, ref, RequestLetter.ERASURE_CONFIRMATION, "en")
    assert "§1798.105(c)" in said and "§1798.105(d)" in said and "CNIL" not in said


def test_posted_letters_are_kept(store: Store, office: Office) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS])
    letters = LetterService(store, "coordinator")
    pdf = letters.prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf
    letters.record_posted(
        ref, RequestLetter.ACCESS_RESPONSE, pdf, posted_on=date(2026, 5, 20), language="fr"
    )
    [sent] = RequestService(store, "x").get(ref).letters
    kept = RequestService(store, "x").sent_letter_pdf(ref, sent.id)
    assert kept == pdf and len(PdfReader(io.BytesIO(kept)).pages) >= 2
    assert sent.posted_on == date(2026, 5, 20)


# --- French typography: narrow no-break spaces kept, no line starts with ; : ! ? » ---------

FRENCH_KINDS = [
    RequestLetter.ACKNOWLEDGEMENT,
    RequestLetter.ACCESS_RESPONSE,
    RequestLetter.CORRECTION_CONFIRMATION,
    RequestLetter.OPT_OUT_CONFIRMATION,
    RequestLetter.REFUSAL,
]


@pytest.mark.parametrize("kind", FRENCH_KINDS)
def test_french_narrow_spaces_survive_and_never_start_a_line(
    store: Store, office: Office, kind: RequestLetter, tmp_path: Path
) -> None:
    bruno = office.people["bruno"]
    ref = log(store, bruno, [K.ACCESS, K.CORRECTION, K.OBJECTION])
    _correct(store, ref, bruno, "last_name", "Kerbrivel-Lys")
    PeopleService(store, "coordinator").set_marketing(bruno, MarketingChannel.EMAIL, False, ref)
    RequestDecisions(store, "coordinator").refuse(
        ref, DecisionGround.MANIFESTLY_UNFOUNDED, "demande : déjà satisfaite ; voir notre lettre !"
    )
    pdf = LetterService(store, "coordinator").prepare([ref], kind, language="fr").pdf
    reader = PdfReader(io.BytesIO(pdf))
    raw = "".join(page.extract_text() for page in reader.pages)
    assert "\u202f:" in raw  # the glyph is in the PDF, mapped back to U+202F
    layout = scenario.pdftotext(pdf, tmp_path)
    lines = (
        layout.splitlines()
        if layout is not None
        else [line for p in reader.pages for line in p.extract_text().splitlines()]
    )
    assert scenario.bad_line_starts("\n".join(lines)) == []


def test_the_person_file_pdf_and_the_copy_name_the_same_recipients(
    store: Store, office: Office
) -> None:
    from albanera_desk.documents.person_file import render_person_file
    from albanera_desk.services.answers import person_file_of
    from albanera_desk.services.organisation import OrganisationService
    from albanera_desk.store.models import Person

    with store.session_factory() as s:
        anne = s.get(Person, office.people["anne"])
        assert anne is not None
        file = person_file_of(s, anne)
    profile = OrganisationService(store, "x").get()
    assert profile is not None
    pdf_text = text(render_person_file(file, profile, "fr"))
    assert "Atelier Commerce SAS" in pdf_text and "Courriel Mistral" not in pdf_text
    for item in file.items:
        assert "Courriel Mistral SAS" not in item.recipients  # not in her activities


def test_a_purged_request_takes_its_notices_and_portable_copy_with_it(
    store: Store, office: Office
) -> None:
    from datetime import timedelta

    ref = log(store, office.people["bruno"], [K.CORRECTION, K.PORTABILITY])
    _correct(store, ref, office.people["bruno"], "last_name", "Kerbrivel-Lys")
    letters = LetterService(store, "coordinator")
    notices = letters.prepare_recipient_notices(ref)
    letters.record_notices_posted(ref, notices.pdf, posted_on=date(2026, 5, 6))
    letters.make_portable_copy(ref)
    requests = RequestService(store, "coordinator")
    requests.move(ref, RequestStatus.WITHDRAWN, "withdrawn")
    requests.move(ref, RequestStatus.CLOSED)
    assert requests.purge_closed(date.today() + timedelta(days=40 * 31)) == 1
    with store.engine.connect() as conn:
        for table in ("attachment", "recipient_notice", "request_document"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0, table


def test_ccpa_identity_check_and_refusal_say_what_holds_under_the_ccpa(
    store: Store, office: Office
) -> None:
    ref = log(store, office.people["anne"], [K.ACCESS], country="US", region="CA", ccpa=True)
    requests = RequestService(store, "coordinator")
    requests.ask_identity(ref, date(2026, 5, 5), "the number of your last order")
    said = _letter(store, ref, RequestLetter.IDENTITY_CHECK, "en")
    assert "not suspended" in said and "18 June 2026" in said  # 45 days, not paused
    assert "is suspended until" not in said
    RequestDecisions(store, "coordinator").refuse(
        ref, DecisionGround.IDENTITY_NOT_ESTABLISHED, "no order matches the number given."
    )
    refusal = _letter(store, ref, RequestLetter.REFUSAL, "en")
    assert "11 CCR §7060" in refusal and "articles 11(2)" not in refusal
    assert "California Privacy Protection Agency" in refusal and "CNIL" not in refusal
