"""A small office with known people, items, consents and disclosures, for the letter tables.

Register (activities and who receives their data):
  Orders (contract):        Atelier Commerce SAS (processor; contact, purchases)
                            + Nuage Bleu (its sub-processor), PayNova Europe SA
                            (independent controller; payment only)
  Marketing (consent):      Courriel Mistral SAS (processor; contact)
  Advertising (consent):    Adlumen Media Ltd (independent controller, GB, CCPA third party),
                            Northbeam Analytics Inc. (processor, US); both transfers adequacy
  Contest (contract):       Galerie Sépia SARL (joint controller; contact),
                            Riad Amane (independent controller, MA) by an art. 49(1)(b) derogation
People:
  Anne Castelmoure  customer only: contact and orders
  Bruno Kerbrivel   customer, email marketing accepted, advertising consented, browsing from
                    the partner Northbeam
  Chloé Vignerolle  customer who entered the contest and won (the derogation was used for her)
  Denis Orbessac    one item linked to no activity
  Ève Quérillac     ordered, paid in store: no payment data
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import (
    CcpaRole,
    ContactKind,
    DataCategory,
    DataSource,
    LegalGround,
    MarketingChannel,
    PersonFactKind,
    ProcessorRole,
    RequestKind,
)
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.models import (
    ContactPoint,
    HeldItem,
    MarketingChoice,
    Person,
    PersonFact,
    PostalAddress,
    ProcessingActivity,
    Processor,
    Transfer,
)
from albanera_desk.store.store import Store

RECEIVED = date(2026, 5, 4)


@dataclass(frozen=True)
class Office:
    people: dict[str, int]
    activities: dict[str, int]
    processors: dict[str, int]


def set_profile(store: Store, **changes: object) -> None:
    profile = profile_from_privacy_policy()
    profile.address_lines = ["12 rue de Turenne"]
    profile.postcode, profile.city, profile.country_code, profile.region = (
        "75003",
        "Paris",
        "FR",
        "",
    )
    profile.signatory_name = "Claire Martin"
    for name, value in changes.items():
        setattr(profile, name, value)
    OrganisationService(store, "coordinator").save(profile)


def build(store: Store) -> Office:
    set_profile(store)
    with store.writer.begin() as s:
        p = {
            "atelier": Processor(
                legal_name="Atelier Commerce SAS",
                address=["18 rue du Faubourg Poissonnière", "75010 Paris"],
                role=ProcessorRole.PROCESSOR,
                data_categories=["contact", "purchases"],
            ),
            "paynova": Processor(
                legal_name="PayNova Europe SA",
                address=["9 boulevard Royal", "2449 Luxembourg"],
                country_code="LU",
                role=ProcessorRole.INDEPENDENT_CONTROLLER,
                data_categories=["payment"],
            ),
            "mailer": Processor(
                legal_name="Courriel Mistral SAS",
                address=["41 quai Perrache", "69002 Lyon"],
                role=ProcessorRole.PROCESSOR,
                data_categories=["contact"],
            ),
            "adnet": Processor(
                legal_name="Adlumen Media Ltd",
                address=["14 Clerkenwell Close", "London EC1R 0AA"],
                country_code="GB",
                role=ProcessorRole.INDEPENDENT_CONTROLLER,
                ccpa_role=CcpaRole.THIRD_PARTY,
                data_categories=["devices", "browsing"],
            ),
            "analytics": Processor(
                legal_name="Northbeam Analytics Inc.",
                address=["500 Market Street", "San Francisco, CA 94105"],
                country_code="US",
                role=ProcessorRole.PROCESSOR,
                ccpa_role=CcpaRole.SERVICE_PROVIDER,
                data_categories=["devices", "browsing"],
            ),
            "gallery": Processor(
                legal_name="Galerie Sépia SARL",
                address=["3 place des Vosges", "75004 Paris"],
                role=ProcessorRole.JOINT_CONTROLLER,
                data_categories=["contact"],
            ),
            "hotel": Processor(
                legal_name="Riad Amane Hospitality SARL",
                address=["12 derb Sidi Bouloukat", "40000 Marrakech"],
                country_code="MA",
                role=ProcessorRole.INDEPENDENT_CONTROLLER,
                data_categories=["contact"],
            ),
        }
        s.add_all(p.values())
        s.flush()
        hosting = Processor(
            legal_name="Nuage Bleu Hébergement SAS",
            role=ProcessorRole.SUB_PROCESSOR,
            parent_id=p["atelier"].id,
            data_categories=["contact", "purchases"],
        )
        s.add(hosting)
        t = {
            "uk": Transfer(
                exporter="Alba Nera",
                importer_id=p["adnet"].id,
                destination_country="GB",
                legal_ground=LegalGround.ADEQUACY,
            ),
            "us": Transfer(
                exporter="Alba Nera",
                importer_id=p["analytics"].id,
                destination_country="US",
                legal_ground=LegalGround.ADEQUACY,
                importer_dpf_certified=True,
            ),
            "ma": Transfer(
                exporter="Alba Nera",
                importer_id=p["hotel"].id,
                destination_country="MA",
                legal_ground=LegalGround.DEROGATION,
                derogation="b",
            ),
        }
        s.add_all(t.values())
        s.flush()
        a = {
            "orders": ProcessingActivity(
                name="Commandes et paiement",
                purposes=["exécuter les commandes"],
                legal_basis="contract",
                recipient_ids=[p["atelier"].id, p["paynova"].id],
                retention="10 ans après la commande",
                starter_key="orders_payment",
            ),
            "marketing": ProcessingActivity(
                name="Prospection",
                purposes=["offres par courriel et SMS"],
                legal_basis="consent",
                recipient_ids=[p["mailer"].id],
                retention="3 ans après le dernier contact",
                starter_key="marketing_messages",
            ),
            "ads": ProcessingActivity(
                name="Publicité ciblée",
                purposes=["publicité selon la navigation"],
                legal_basis="consent",
                recipient_ids=[p["adnet"].id, p["analytics"].id],
                transfer_ids=[t["uk"].id, t["us"].id],
                retention="13 mois",
                starter_key="interest_advertising",
            ),
            "contest": ProcessingActivity(
                name="Jeux-concours",
                purposes=["tirage au sort du printemps"],
                legal_basis="contract",
                recipient_ids=[p["gallery"].id, p["hotel"].id],
                transfer_ids=[t["ma"].id],
                retention="1 an après le tirage",
                starter_key="promotions_events",
            ),
        }
        s.add_all(a.values())
        s.flush()
        people = {
            "anne": _person(s, "P-000001", "Anne", "Castelmoure", "anne@example.org", "C-101"),
            "bruno": _person(s, "P-000002", "Bruno", "Kerbrivel", "bruno@example.org", "C-102"),
            "chloe": _person(s, "P-000003", "Chloé", "Vignerolle", "chloe@example.org", "C-103"),
            "denis": _person(s, "P-000004", "Denis", "Orbessac", "denis@example.org", "C-104"),
            "eve": _person(s, "P-000005", "Ève", "Quérillac", "eve@example.org", "C-105"),
        }
        orders = a["orders"].id
        for key in ("anne", "bruno", "chloe"):
            people[key].items.append(
                _item(DataCategory.PURCHASES, "Commandes", "3 commandes", orders)
            )
            people[key].items.append(
                _item(DataCategory.PAYMENT, "Carte (4 derniers chiffres)", "**** 4242", orders)
            )
        # Ève ordered but paid in store: no payment data, so nothing went to PayNova.
        people["eve"].items.append(_item(DataCategory.PURCHASES, "Commandes", "1 commande", orders))
        bruno = people["bruno"]
        bruno.marketing_choices.append(
            MarketingChoice(
                channel=MarketingChannel.EMAIL,
                opted_in=True,
                changed_at=datetime(2025, 2, 1, tzinfo=UTC),
                source="newsletter",
            )
        )
        bruno.items.append(
            HeldItem(
                category=DataCategory.BROWSING,
                description="Pages vues",
                value="lunettes de soleil",
                source=DataSource.PARTNER,
                source_partner_id=p["analytics"].id,
                activity_id=a["ads"].id,
                collected_on=date(2026, 1, 10),
            )
        )
        bruno.facts.append(
            PersonFact(
                kind=PersonFactKind.ADVERTISING_CONSENT,
                activity_id=a["ads"].id,
                started_on=date(2026, 1, 10),
            )
        )
        chloe = people["chloe"]
        chloe.items.append(
            HeldItem(
                category=DataCategory.SOCIAL_MEDIA,
                description="Compte Instagram (participation)",
                value="@chloe_v",
                source=DataSource.SOCIAL_MEDIA,
                activity_id=a["contest"].id,
            )
        )
        chloe.facts.append(
            PersonFact(
                kind=PersonFactKind.CONTEST_ENTRY,
                activity_id=a["contest"].id,
                started_on=date(2026, 3, 20),
            )
        )
        chloe.facts.append(
            PersonFact(
                kind=PersonFactKind.DEROGATION_TRANSFER,
                transfer_id=t["ma"].id,
                started_on=date(2026, 4, 2),
            )
        )
        people["denis"].items.append(
            HeldItem(
                category=DataCategory.PURCHASES,
                description="Commandes (import ancien)",
                value="1 commande",
                source=DataSource.PURCHASE,
            )
        )
        s.flush()
        return Office(
            people={k: v.id for k, v in people.items()},
            activities={k: v.id for k, v in a.items()},
            processors={k: v.id for k, v in p.items()} | {"hosting": hosting.id},
        )


def _person(s: object, ref: str, first: str, last: str, email: str, customer: str) -> Person:
    person = Person(reference=ref, first_name=first, last_name=last, customer_id=customer)
    person.contacts.append(ContactPoint(kind=ContactKind.EMAIL, value=email, is_primary=True))
    person.addresses.append(
        PostalAddress(lines=["8 rue des Tanneurs"], postcode="67000", city="Strasbourg")
    )
    s.add(person)  # type: ignore[attr-defined]
    return person


def _item(category: DataCategory, what: str, value: str, activity: int) -> HeldItem:
    return HeldItem(
        category=category,
        description=what,
        value=value,
        source=DataSource.PURCHASE,
        collected_on=date(2026, 1, 15),
        retention_rule="10 ans",
        activity_id=activity,
    )


def log(
    store: Store,
    person_id: int | None,
    kinds: list[RequestKind],
    *,
    country: str = "FR",
    region: str = "",
    ccpa: bool = False,
) -> str:
    requests = RequestService(store, "coordinator")
    ref = requests.log(
        NewRequest(
            RECEIVED,
            kinds,
            "Anne Castelmoure",
            ["8 rue des Tanneurs", "67000 Strasbourg"],
            writer_country=country,
            writer_region=region,
        )
    ).reference
    if person_id is not None:
        requests.link_person(ref, person_id)
    if ccpa:
        requests.set_ccpa(ref, True, "lives in California")
    return ref


def text(pdf: bytes) -> str:
    """The PDF's words on one line, narrow no-break spaces read as spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).replace("\u202f", " ").split())


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def pdftotext(pdf: bytes, tmp: Path) -> str | None:
    """The text as poppler's pdftotext lays it out (None where poppler is not installed)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    path = tmp / "letter.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def bad_line_starts(layout: str) -> list[str]:
    """Lines that begin with a mark French typography keeps on the line before."""
    return [line for line in layout.splitlines() if re.match(r"^\s*[;:!?»]", line)]
