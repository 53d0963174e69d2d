"""Demo requests: every kind at every stage, so each screen and letter can be tried at once.

Written through the services (deadlines, events, audit) with dates around today,
so the Today view has something overdue, something due this week and some
finished work. Writers are the demo's fictional people.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, PersonDraft
from albanera_desk.domain.records import (
    DataCategory,
    DataSource,
    DecisionGround,
    MarketingChannel,
    RequestKind,
    RequestStatus,
)
from albanera_desk.services import provenance_demo
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.request_decisions import RequestDecisions
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.models import Person, Request
from albanera_desk.store.store import Store

K = RequestKind


def _writers(store: Store, count: int) -> list[tuple[int, str, list[str], str]]:
    """(person id, name, address lines, country) of the first people in the file."""
    with store.session_factory() as session:
        people = session.scalars(
            select(Person).where(Person.erased_at.is_(None)).order_by(Person.id).limit(count)
        ).all()
        found = []
        for person in people:
            address = next(iter(person.addresses), None)
            lines = (
                [*address.lines, f"{address.postcode} {address.city}".strip()] if address else []
            )
            country = address.country_code if address else "FR"
            found.append((person.id, f"{person.first_name} {person.last_name}", lines, country))
        return found


def _request_id(store: Store, reference: str) -> int:
    with store.session_factory() as session:
        return int(session.scalars(select(Request.id).where(Request.reference == reference)).one())


def _signatory(store: Store, actor: str) -> None:
    """Letters are signed by a person: the demo's profile gets a fictional signatory."""
    service = OrganisationService(store, actor)
    profile = service.get()
    if profile is not None and not profile.signatory_name:
        profile.signatory_name = "Camille Vernaison"
        service.save(profile)


def fill(store: Store, actor: str) -> None:
    today = date.today()
    _signatory(store, actor)
    provenance_demo.fill(store, actor)
    requests = RequestService(store, actor)
    decisions = RequestDecisions(store, actor)
    letters = LetterService(store, actor)
    people = PeopleService(store, actor)
    writers = _writers(store, 13)
    if len(writers) < 13:
        raise RuntimeError("The demo's people must be added before its requests.")

    def log(n: int, days_ago: int, kinds: list[RequestKind], summary: str) -> str:
        person_id, name, address, country = writers[n]
        ref = requests.log(
            NewRequest(
                today - timedelta(days=days_ago),
                kinds,
                name,
                address,
                writer_country=country,
                summary=summary,
            )
        ).reference
        requests.link_person(ref, person_id)
        return ref

    def post(ref: str, kind: RequestLetter, days_ago: int) -> None:
        pdf = letters.prepare([ref], kind).pdf
        letters.record_posted(
            ref, kind, pdf, posted_on=today - timedelta(days=days_ago), language="fr"
        )

    def notify(ref: str, days_ago: int) -> None:
        pdf = letters.prepare_recipient_notices(ref).pdf
        letters.record_notices_posted(ref, pdf, posted_on=today - timedelta(days=days_ago))

    # Just arrived: to acknowledge.
    log(0, 1, [K.ACCESS], "Demande d'accès à toutes les données me concernant.")
    # Due this week.
    ref = log(1, 26, [K.ACCESS, K.CORRECTION], "Accès et correction de l'adresse postale.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    # Overdue: it stands out on Today. The portable copy is made, not yet posted.
    ref = log(2, 40, [K.PORTABILITY], "Copie de mes données dans un format lisible.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    letters.make_portable_copy(ref)
    # Identity in doubt: asked, the GDPR clock stands still.
    ref = log(3, 12, [K.ERASURE], "Lettre non signée demandant l'effacement du compte.")
    requests.ask_identity(
        ref, today - timedelta(days=10), "la date et le montant de votre dernière commande"
    )
    # Extended, with its notice.
    ref = log(4, 20, [K.ACCESS], "Demande d'accès détaillée à l'historique des commandes.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    requests.extend(
        ref,
        today - timedelta(days=18),
        "l'historique demandé couvre dix ans d'achats en magasin et en ligne.",
    )
    post(ref, RequestLetter.EXTENSION_NOTICE, 17)
    # Answered: access response posted.
    ref = log(5, 25, [K.ACCESS], "Que savez-vous de moi ?")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    post(ref, RequestLetter.ACCESS_RESPONSE, 3)  # posting the answer answers the request
    # Corrected, recipients told (art. 19), confirmed and closed.
    ref = log(6, 30, [K.CORRECTION], "Mon nom de famille est mal orthographié.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    person_id = writers[6][0]
    people.correct(
        person_id,
        "last_name",
        writers[6][1].split(" ", 1)[1] + "-Morel",
        "Nom d'usage indiqué dans le courrier",
        request_id=_request_id(store, ref),
    )
    notify(ref, 0)  # the same day as the correction: the demo's dates stay in order
    post(ref, RequestLetter.CORRECTION_CONFIRMATION, 0)  # posting the answer answers the request
    requests.move(ref, RequestStatus.CLOSED)
    # Opted out of marketing texts, confirmed.
    ref = log(7, 8, [K.OBJECTION], "Je ne veux plus recevoir de SMS publicitaires.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    people.set_marketing(writers[7][0], MarketingChannel.SMS, False, "courrier " + ref)
    post(ref, RequestLetter.OPT_OUT_CONFIRMATION, 0)  # posting the answer answers the request
    # Refused as manifestly excessive, on its own ground, with its letter.
    ref = log(8, 15, [K.ACCESS], "Quatrième demande identique ce mois-ci.")
    decisions.refuse(
        ref,
        DecisionGround.EXCESSIVE,
        "quatrième demande identique en un mois, à laquelle il a été répondu le mois dernier.",
    )
    post(ref, RequestLetter.REFUSAL, 10)
    # Withdrawn by the writer.
    ref = log(9, 9, [K.RESTRICTION], "Limitation du traitement le temps d'une vérification.")
    requests.move(ref, RequestStatus.WITHDRAWN, "retirée par courrier du demandeur")
    # Erased: notices planned before the erasure, posted, then the confirmation.
    ref = log(10, 21, [K.ERASURE], "Supprimez mon compte et toutes mes données.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    letters.erase_for_request(ref)
    notify(ref, 0)
    post(ref, RequestLetter.ERASURE_CONFIRMATION, 0)  # posting the answer answers the request
    # Restricted while the accuracy of an address is checked; the lifting is announced.
    ref = log(11, 14, [K.RESTRICTION], "Mon adresse est contestée : ne l'utilisez plus.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    decisions.restrict(
        ref, today - timedelta(days=10), "nous vérifions l'exactitude de votre adresse postale"
    )
    notify(ref, 9)
    post(ref, RequestLetter.RESTRICTION_CONFIRMATION, 9)
    decisions.lift_restriction(
        ref, today + timedelta(days=12), "la vérification a confirmé votre adresse postale."
    )
    # Partly answered: erased except the invoices, which the law keeps.
    ref = log(12, 18, [K.ERASURE], "Effacez tout, y compris mes factures.")
    requests.move(ref, RequestStatus.IN_PROGRESS)
    letters.erase_for_request(ref)
    decisions.answer_partly(
        ref,
        DecisionGround.LEGAL_RETENTION,
        "l'effacement des factures de vos achats",
        "les factures doivent être conservées dix ans (Code de commerce, art. L123-22).",
    )
    # About nobody we know: the office says so, and "no data held" is then an answer.
    ref = requests.log(
        NewRequest(
            today - timedelta(days=4),
            [K.ACCESS],
            "Gaspard Lenoir-Vidal",
            ["3 impasse des Glycines", "33000 Bordeaux"],
            summary="Demande d'accès ; aucun compte client à ce nom.",
        )
    ).reference
    requests.link_person(ref, None)
    # A Californian customer: the CCPA applies too (its own wordings and 45 days).
    ca = people.create(
        PersonDraft(
            first_name="Dana",
            last_name="Whitcombe-Ray",
            emails=["dana.whitcombe@example.com"],
            addresses=[
                AddressDraft(["1200 Vista Oriente Lane"], "90026", "Los Angeles", "CA", "US")
            ],
            customer_id="DEMO-790001",
            items=[
                ItemDraft(
                    DataCategory.PURCHASES,
                    "Orders on the online shop",
                    DataSource.PURCHASE,
                    "2 orders",
                    today - timedelta(days=200),
                    "10 years (accounting records)",
                )
            ],
        )
    )
    provenance_demo.link_orders(store, actor, ca)
    ref = requests.log(
        NewRequest(
            today - timedelta(days=6),
            [K.ACCESS],
            "Dana Whitcombe-Ray",
            ["1200 Vista Oriente Lane", "Los Angeles, CA 90026"],
            writer_country="US",
            writer_region="CA",
            summary="Right to know what you collected about me.",
        )
    ).reference
    requests.link_person(ref, ca)
    requests.set_ccpa(ref, True, "resident of California")
