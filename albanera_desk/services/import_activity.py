"""Which processing activity the shop's customers serve, so imported items have provenance.

The shop's customer export lists customer accounts: each row is an account on the online
shop (customer number, name, contact details, marketing choices) with its order totals.
Every item the import writes (the account itself, the order totals) therefore serves the
register's customer-accounts activity, the privacy policy's ``customer_accounts`` starter
("we use the information to communicate with you about your account or our
relationship"). Not "orders and payment": that activity also names the payment provider,
and the export does not say who paid with it, so linking there would tell every customer
their data went to it.

When the record of processing has no such activity, the import never adds one on its own:
a line of the art. 30 record is the controller's statement, so the office decides. The
import says so in one sentence before anything is written (``shop_activity``); the office
either asks it to add the activity from the policy's starter (flagged "to complete", in
the same transaction as the rows, audited like any register change), or imports the rows
with their items linked to no activity. Refusing the import instead would keep customers
out of the file, and a letter from one of them would then wrongly look like "nobody we
know". Unlinked items keep the person's access response refusing with its own sentence
until the office links them (People › Link items…); the report says how many there are.

Marketing choices from the export are already facts on the person: each channel's choice is
a ``MarketingChoice`` row with its date and source ("shop import"), the history the file
and the letters read; a channel ever accepted brings the marketing activity into the
person's provenance (``services.provenance``). The import adds nothing else for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.activity_starters import CUSTOMER_ACCOUNTS_KEY, POLICY_ACTIVITIES
from albanera_desk.domain.bilingual import Bilingual, Language
from albanera_desk.domain.records import DataCategory, DataSource
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP, Sentence
from albanera_desk.services.register.starters import add_starter_activity, profile_language
from albanera_desk.store.models import ProcessingActivity
from albanera_desk.store.store import Store

# What the import writes about each customer, in the organisation profile's language; a
# re-import finds them in either language.
ACCOUNT = Bilingual(
    "Compte client de la boutique en ligne (numéro client, nom et coordonnées)",
    "Customer account on the online shop (customer number, name and contact details)",
)
PURCHASES = Bilingual(
    "Commandes sur la boutique en ligne (nombre de commandes, total dépensé)",
    "Orders on the online shop (number of orders, total spent)",
)
ACCOUNT_ITEM = (DataCategory.CONTACT, DataSource.ONLINE_ACCOUNT)
PURCHASES_ITEM = (DataCategory.PURCHASES, DataSource.PURCHASE)

NO_ACTIVITY = QT_TRANSLATE_NOOP(
    "Core",
    "The record of processing has no “{name}” activity, which the shop's customer data "
    "serves: add it from the privacy policy's starter while importing, or the imported "
    "customers' details will serve no activity and their access responses will wait until "
    "you link them (People › Link items…).",
)
LEFT_UNLINKED = QT_TRANSLATE_NOOP(
    "Core",
    "{count} imported items serve no processing activity, because the record of processing "
    "has no “{name}” activity: add it (Register › Add entries from the privacy policy), "
    "then link them (People › Link items…) before answering these customers' access requests.",
)
CREATED = QT_TRANSLATE_NOOP(
    "Core",
    "The “{name}” activity was added to the record of processing from the privacy policy's "
    "starter, and the imported customers' items serve it: complete it in the Register "
    "(recipients, retention, security measures).",
)


@dataclass(frozen=True, slots=True)
class ShopActivity:
    """The activity imported items will serve: its id and name, or a sentence why none."""

    id: int | None
    name: str  # the activity's name, or the starter's name in the profile's language
    missing: Sentence | None  # None when the record of processing has it


@dataclass(slots=True)
class ImportItems:
    """What one import writes as items, and for which activity (inside its transaction)."""

    activity_id: int | None
    activity: str
    language: Language
    created: bool = False

    @property
    def account(self) -> str:
        return ACCOUNT.text(self.language)

    @property
    def purchases(self) -> str:
        return PURCHASES.text(self.language)


def shop_activity(store: Store) -> ShopActivity:
    """Before importing: the activity the shop's customers serve, or the sentence saying it
    is missing (the import dialog and the CLI show it)."""
    with store.session_factory() as session:
        return _find(session)


def items_for_import(session: Session, actor: str, create_activity: bool) -> ImportItems:
    """The import's items and their activity; adds the starter activity when asked to and
    missing (audited, in the import's own transaction: all or nothing)."""
    found = _find(session)
    language = profile_language(session)
    if found.id is not None:
        return ImportItems(found.id, found.name, language)
    if not create_activity:
        return ImportItems(None, found.name, language)
    row = add_starter_activity(session, actor, CUSTOMER_ACCOUNTS_KEY, language)
    return ImportItems(row.id, row.name, language, created=True)


def report_sentences(activity: str, created: bool, unlinked: int) -> list[Sentence]:
    """What the import report says about provenance, beyond its counts."""
    out = []
    if created:
        out.append(CREATED.format(name=activity))
    if unlinked:
        out.append(LEFT_UNLINKED.format(count=unlinked, name=activity))
    return out


def _find(session: Session) -> ShopActivity:
    row = session.scalars(
        select(ProcessingActivity)
        .where(ProcessingActivity.starter_key == CUSTOMER_ACCOUNTS_KEY)
        .order_by(ProcessingActivity.id)
    ).first()
    if row is not None:
        return ShopActivity(row.id, row.name, None)
    starter = dict(POLICY_ACTIVITIES)[CUSTOMER_ACCOUNTS_KEY]["name"]
    assert isinstance(starter, Bilingual)
    name = starter.text(profile_language(session))
    return ShopActivity(None, name, NO_ACTIVITY.format(name=name))
