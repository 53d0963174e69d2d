"""Fictional people for ``albanera-desk demo``: about 200 customers with a life on file.

Every surname is invented (none is a real family name we know of), emails use the
reserved example domains, and phones sit in the ranges ARCEP keeps for fiction
(01 99 00 .., 06 39 98 ..). Items of every category, marketing choices with their
history, a few under-16s to review, some opt-outs and one correction, all written
through ``PeopleService`` (and so the audit trail).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from albanera_desk.domain.people_rules import fold
from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, MarketingDraft, PersonDraft
from albanera_desk.domain.records import DataCategory, DataSource, MarketingChannel
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store

COUNT = 200

FIRST_NAMES = (
    "Élodie", "Camille", "Léa", "Chloé", "Inès", "Manon", "Zoé", "Noémie", "Héloïse", "Maëlle",
    "Hugo", "Léo", "Théo", "Mathéo", "Raphaël", "Gaël", "Jérôme", "François", "Loïc", "Noël",
    "Łucja", "Søren", "Ana", "Giulia", "Jonas", "Ines", "Mateo", "Aurélie", "Anaïs", "Bérénice",
)  # fmt: skip
# Invented surnames, built to sound French, Breton, Occitan or Flemish.
SURNAMES = (
    "Valombreuse", "Castelmoure", "Dufrênaye", "Kerbrivel", "Lestourgeon", "Montaudrin",
    "Pellegrave", "Quérillac", "Roussenval", "Sautemierre", "Troubadec", "Vignerolle",
    "Amblevaux", "Brossignac", "Chantelune", "Dorvennec", "Estaubiac", "Fontperdrix",
    "Gervaudan", "Haudricourt-Lys", "Isambrette", "Jolimarès", "Lanvéoc-Prat", "Morlenvaux",
    "Noirfontaine", "Orbessac", "Plumaudière", "Rochebrune-Vasse", "Ségurmont", "Vandersluys",
)  # fmt: skip
PLACES = (
    ("75003", "Paris", "FR"), ("69002", "Lyon", "FR"), ("13001", "Marseille", "FR"),
    ("33000", "Bordeaux", "FR"), ("44000", "Nantes", "FR"), ("31000", "Toulouse", "FR"),
    ("67000", "Strasbourg", "FR"), ("59000", "Lille", "FR"), ("35000", "Rennes", "FR"),
    ("1000", "Bruxelles", "BE"), ("2000", "Antwerpen", "BE"), ("1201", "Genève", "CH"),
    ("10115", "Berlin", "DE"), ("20121", "Milano", "IT"), ("28013", "Madrid", "ES"),
)  # fmt: skip
STREETS = ("rue des Lilas", "avenue des Tilleuls", "quai des Brumes", "impasse du Moulin")


def _orders(count: int) -> str:
    return "1 commande" if count == 1 else f"{count} commandes"


def _items(rng: random.Random, since: date) -> list[ItemDraft]:
    """A few items; across the 200 people every category of the policy turns up."""
    day = since + timedelta(days=rng.randint(0, 700))
    catalogue = [
        ItemDraft(DataCategory.CONTACT, "Adresse de livraison et téléphone",
                  DataSource.ONLINE_ACCOUNT, "saisis à la commande", day,
                  "3 ans après la dernière commande"),
        ItemDraft(DataCategory.PAYMENT, "Carte utilisée (4 derniers chiffres)", DataSource.PURCHASE,
                  f"**** {rng.randint(1000, 9999)}", day, "13 mois (contestations de paiement)"),
        ItemDraft(DataCategory.POSTED_CONTENT, "Avis sur un produit", DataSource.ONLINE_ACCOUNT,
                  "5 étoiles pour la monture écaille", day, "tant qu'il est publié"),
        ItemDraft(DataCategory.SOCIAL_MEDIA, "Compte Instagram (participation au jeu-concours)",
                  DataSource.SOCIAL_MEDIA, "@demo_handle", day, "1 an après le jeu-concours"),
        ItemDraft(DataCategory.DEMOGRAPHIC, "Tranche d'âge", DataSource.PROMOTIONAL_SIGNUP,
                  rng.choice(["25-34", "35-44", "45-54"]), day, "3 ans après le dernier contact"),
        ItemDraft(DataCategory.PURCHASES, "Commandes sur la boutique en ligne", DataSource.PURCHASE,
                  _orders(rng.randint(1, 9)), day, "10 ans (pièces comptables)"),
        ItemDraft(DataCategory.DEVICES, "Appareil et navigateur", DataSource.TRACKING_TOOL,
                  rng.choice(["iPhone, Safari", "Android, Chrome", "Mac, Firefox"]), day,
                  "13 mois (cookies)"),
        ItemDraft(DataCategory.LOCATION, "Magasin fréquenté", DataSource.CUSTOMER_CARD,
                  rng.choice(["Paris Marais", "Lyon Presqu'île"]), day, "3 ans"),
        ItemDraft(DataCategory.BROWSING, "Pages consultées (mesure d'audience)", DataSource.PARTNER,
                  "collection optique, solaires", day, "13 mois (cookies)"),
    ]  # fmt: skip
    return rng.sample(catalogue, rng.randint(2, 5))


def _person(rng: random.Random, number: int) -> PersonDraft:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(SURNAMES)
    postcode, city, country = rng.choice(PLACES)
    handle = f"{fold(first)}.{fold(last)}".replace(" ", "").replace("'", "")
    minor = number % 37 == 5
    birth = date(2012 + number % 3, 1 + number % 12, 1 + number % 28) if minor else None
    since = date(2023, 1, 1)
    when = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 600))
    marketing = [
        MarketingDraft(MarketingChannel.EMAIL, True, "inscription à la lettre d'information", when)
    ]
    if number % 7 == 0:  # later opted out by letter
        marketing.append(
            MarketingDraft(
                MarketingChannel.EMAIL, False, "courrier au service", when + timedelta(90)
            )
        )
    if number % 3 == 0:
        marketing.append(
            MarketingDraft(
                MarketingChannel.SMS, number % 6 != 0, "carte de fidélité en magasin", when
            )
        )
    return PersonDraft(
        first_name=first,
        last_name=last,
        emails=[f"{handle}{number}@example.com"],
        phones=[f"+33 6 39 98 {number // 100:02d} {number % 100:02d}"] if number % 2 else [],
        addresses=[
            AddressDraft(
                [f"{rng.randint(1, 120)} {rng.choice(STREETS)}"], postcode, city, "", country
            )
        ],
        customer_id=f"DEMO-{700000 + number}",
        birth_date=birth,
        age_band=None if minor else rng.choice(["18-24", "25-34", "35-44", "45-54", "55-64"]),
        notes="Personne fictive (démonstration)."
        if number % 10
        else "Fictive : préfère les courriers postaux.",
        items=_items(rng, since),
        marketing=marketing,
    )


def fill(store: Store, actor: str) -> None:
    rng = random.Random(4)  # the same demo every time
    service = PeopleService(store, actor)
    ids = service.create_many([_person(rng, n) for n in range(1, COUNT + 1)])
    # One correction with its trail, so the file's timeline is not empty.
    married = f"{service.open_file(ids[0]).last_name}-Kerbrivel"
    service.correct(ids[0], "last_name", married, "Courrier : nom d'épouse ajouté")
