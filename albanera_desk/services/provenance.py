"""Provenance: what is held about one person, for which activity, and who got it.

Letters that speak of purposes, recipients, transfers or art. 19 notices walk
person -> items and facts -> activities -> recipients and transfers; never the whole
register. Where the records cannot say (an item linked to no activity, a partner
source without the partner, a transfer still to confirm), ``Provenance.problems`` says
so in one sentence each, and the letters refuse rather than guess. The link types are in
``provenance_links``.

Which activities concern a person:
  * the activity each item serves (``HeldItem.activity_id``);
  * facts on the person: a contest entry or a consent to advertising (their activity),
    an art. 49 transfer made for them (the activities that list that transfer);
  * marketing: a channel ever accepted brings the register's marketing activity
    (the policy's ``marketing_messages`` starter);
  * a request they wrote brings the register's own activity of handling requests.
Within an activity, a recipient the register says receives none of the kinds of data held
about the person (their items in it, their contact details) is not theirs; one that
receives data only through an art. 49
derogation concerns only the people for whom that transfer was made; sub-processors,
public authorities, entries the register has yet to name, and recipients of kinds of data
we hold none of for the person (a payment provider they may not have used) are possible
flows (worded conditionally by the letters).
"""

from __future__ import annotations

__all__ = [  # the link types live in provenance_links; callers may import them from here
    "AUTHORITY",
    "IF_USED",
    "MARKETING_ACTIVITY_KEY",
    "PROVIDED_BY_PERSON",
    "REQUESTS_ACTIVITY_KEY",
    "SUB_PROCESSOR",
    "UNNAMED",
    "ActivityLink",
    "ItemLink",
    "Provenance",
    "RecipientLink",
    "TransferLink",
    "known_identifiers",
    "walk",
]

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.records import (
    DataCategory,
    DataSource,
    LegalGround,
    PersonFactKind,
    ProcessorRole,
    ProcessorStatus,
)
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP, Sentence
from albanera_desk.services.provenance_links import (
    AUTHORITY,
    IF_USED,
    MARKETING_ACTIVITY_KEY,
    PROVIDED_BY_PERSON,
    REQUESTS_ACTIVITY_KEY,
    SUB_PROCESSOR,
    UNNAMED,
    ActivityLink,
    ItemLink,
    Provenance,
    RecipientLink,
    TransferLink,
)
from albanera_desk.services.register_rows import RegisterRows, read_register
from albanera_desk.store.models import (
    Person,
    ProcessingActivity,
    Processor,
    Request,
    Transfer,
)


def walk(session: Session, person: Person, register: RegisterRows | None = None) -> Provenance:
    """The person's provenance, read from the records (see the module's rules); a batch of
    letters hands in the ``register`` it read once."""
    problems: list[Sentence] = []
    register = register or read_register(session)
    activities = register.activities
    processors = register.processors
    facts = list(person.facts)
    reasons: dict[int, list[str]] = {}

    def concern(activity_id: int | None, why: str) -> None:
        if activity_id is not None and activity_id in activities:
            reasons.setdefault(activity_id, [])
            if why not in reasons[activity_id]:
                reasons[activity_id].append(why)

    items = []
    unlinked = 0
    unnamed_partner = 0
    for item in sorted(person.items, key=lambda i: (list(DataCategory).index(i.category), i.id)):
        activity = activities.get(item.activity_id) if item.activity_id else None
        if activity is None:
            unlinked += 1
        concern(item.activity_id, "items")
        partner = processors.get(item.source_partner_id) if item.source_partner_id else None
        if item.source is DataSource.PARTNER and partner is None:
            unnamed_partner += 1
        items.append(
            ItemLink(
                id=item.id,
                category=item.category,
                description=item.description,
                value=item.value,
                source=item.source,
                partner=partner.legal_name if partner is not None else "",
                collected_on=item.collected_on,
                retention=item.retention_rule,
                retention_end=item.retention_end,
                activity_id=activity.id if activity is not None else None,
                activity=activity.name if activity is not None else "",
            )
        )
    derogations: set[int] = set()
    for fact in facts:
        if fact.kind in (PersonFactKind.CONTEST_ENTRY, PersonFactKind.ADVERTISING_CONSENT):
            concern(fact.activity_id, fact.kind.value)
        elif fact.kind is PersonFactKind.DEROGATION_TRANSFER and fact.transfer_id is not None:
            derogations.add(fact.transfer_id)
            for activity in activities.values():
                if fact.transfer_id in activity.transfer_ids:
                    concern(activity.id, fact.kind.value)
    if any(choice.opted_in for choice in person.marketing_choices):
        marketing = next(
            (a for a in activities.values() if a.starter_key == MARKETING_ACTIVITY_KEY), None
        )
        if marketing is None:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The person accepted marketing, but the record of processing has no "
                    "marketing activity to say who receives their details: add it first.",
                ).format()
            )
        else:
            concern(marketing.id, "marketing_consent")
    wrote = (
        person.id in register.writers
        if register.writers is not None
        else session.scalars(select(Request.id).where(Request.person_id == person.id)).first()
    )
    if wrote:
        handling = next(
            (a for a in activities.values() if a.starter_key == REQUESTS_ACTIVITY_KEY), None
        )
        if handling is not None:
            concern(handling.id, "request")
    if unlinked:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Core",
                "Items held about this person serve no processing activity yet ({count}): "
                "link each to its activity in the person's file, so the letter can say "
                "truthfully why it is held and who receives it.",
            ).format(count=unlinked)
        )
    if unnamed_partner:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Core",
                "Items came from a partner the file does not name ({count}): name the "
                "partner (art. 14(2)(f) GDPR) before answering.",
            ).format(count=unnamed_partner)
        )
    objected = {
        f.activity_id
        for f in facts
        if f.kind is PersonFactKind.OBJECTION and f.ended_on is None and f.activity_id
    }
    links = []
    for activity_id, why in sorted(reasons.items(), key=lambda kv: activities[kv[0]].name):
        row = activities[activity_id]
        links.append(
            ActivityLink(
                id=row.id,
                name=row.name,
                purposes=tuple(row.purposes),
                legal_basis=row.legal_basis,
                retention=row.retention,
                starter_key=row.starter_key,
                reasons=tuple(why),
                categories=tuple(
                    c
                    for c in DataCategory
                    if any(i.activity_id == row.id and i.category is c for i in items)
                ),
                objected=row.id in objected,
            )
        )
    has_contact = bool(person.contacts or person.addresses or person.first_name or person.last_name)
    recipients, transfers = _flows(
        register.transfers, links, activities, processors, derogations, has_contact
    )
    for flow in transfers:
        flow_row = register.transfers.get(flow.id)
        if flow_row is not None and flow_row.to_complete:
            # A starter flow (the policy's request office abroad): its ground is a guess
            # until the office confirms it, and a letter does not state guesses.
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This person's data goes to {importer} outside the EEA by a transfer still "
                    "to confirm: confirm its legal ground in Transfers before answering.",
                ).format(importer=flow.importer)
            )
    today = date.today()
    restriction = next(
        (
            f
            for f in facts
            if f.kind is PersonFactKind.RESTRICTION and (f.ended_on is None or f.ended_on > today)
        ),
        None,
    )
    return Provenance(
        person_id=person.id,
        items=tuple(items),
        activities=tuple(links),
        recipients=recipients,
        transfers=transfers,
        problems=tuple(problems),
        restricted_since=restriction.started_on if restriction is not None else None,
    )


def _flows(
    all_transfers: dict[int, Transfer],
    links: Iterable[ActivityLink],
    activities: dict[int, ProcessingActivity],
    processors: dict[int, Processor],
    derogations: set[int],
    has_contact: bool,
) -> tuple[tuple[RecipientLink, ...], tuple[TransferLink, ...]]:
    found: dict[int, dict[str, object]] = {}
    transfers: dict[int, TransferLink] = {}

    def add(processor: Processor, activity: str, possible: str, parent: str = "") -> None:
        entry = found.get(processor.id)
        if entry is None:
            found[processor.id] = {
                "row": processor,
                "activities": [activity],
                "possible": possible,
                "parent": parent,
            }
            return
        names = entry["activities"]
        assert isinstance(names, list)
        if activity not in names:
            names.append(activity)
        if not possible:  # receiving for one activity outweighs "may" for another
            entry["possible"] = ""

    children: dict[int, list[Processor]] = {}  # active sub-processors by whom they work for
    for sub in processors.values():
        if sub.parent_id is not None and sub.status is ProcessorStatus.ACTIVE:
            children.setdefault(sub.parent_id, []).append(sub)
    for link in links:
        row = activities[link.id]
        linked = [all_transfers[t] for t in row.transfer_ids if t in all_transfers]
        derogation_only = {
            t.importer_id
            for t in linked
            if t.legal_ground is LegalGround.DEROGATION and t.id not in derogations
        } - {
            t.importer_id
            for t in linked
            if t.legal_ground is not LegalGround.DEROGATION or t.id in derogations
        }
        # What of this person the activity holds: their items in it, and their contact details.
        held = {c.value for c in link.categories} | ({"contact"} if has_contact else set())
        # In it through their items only: a recipient that receives other kinds of data than
        # contact details, none of which we hold for them here, may never have had theirs.
        through_items = link.reasons == ("items",)
        for processor_id in row.recipient_ids:
            processor = processors.get(processor_id)
            if processor is None or processor.status is not ProcessorStatus.ACTIVE:
                continue
            if processor.data_categories and not held & set(processor.data_categories):
                continue  # it receives none of the kinds of data held about this person
            if processor_id in derogation_only:
                continue  # an art. 49 flow made for other people, not for this one
            unshown = through_items and _unshown(processor, held)
            if processor.to_complete:
                add(processor, link.name, UNNAMED)
            elif unshown:
                add(processor, link.name, IF_USED)
            elif processor.role is ProcessorRole.PUBLIC_AUTHORITY:
                add(processor, link.name, AUTHORITY)
            else:
                add(processor, link.name, "")
                for sub in children.get(processor.id, ()):
                    add(sub, link.name, SUB_PROCESSOR, processor.legal_name)
        for transfer in linked:
            if transfer.ended_on is not None or transfer.legal_ground is LegalGround.WITHIN_EEA:
                continue
            if transfer.legal_ground is LegalGround.DEROGATION and transfer.id not in derogations:
                continue
            importer = processors.get(transfer.importer_id) if transfer.importer_id else None
            transfers.setdefault(
                transfer.id,
                TransferLink(
                    id=transfer.id,
                    importer=transfer.importer_name
                    or (importer.legal_name if importer is not None else ""),
                    importer_id=transfer.importer_id,
                    country_code=transfer.destination_country,
                    ground=transfer.legal_ground,
                    scc_module=transfer.scc_module,
                    derogation=transfer.derogation,
                    activity=link.name,
                ),
            )
    recipients = []
    for entry in found.values():
        row_of = entry["row"]
        assert isinstance(row_of, Processor)
        processor_row: Processor = row_of
        names = entry["activities"]
        assert isinstance(names, list)
        recipients.append(
            RecipientLink(
                id=processor_row.id,
                name=processor_row.legal_name,
                role=processor_row.role,
                country_code=processor_row.country_code,
                address=tuple(processor_row.address),
                categories=tuple(processor_row.data_categories),
                service=processor_row.service,
                activities=tuple(names),
                possible=str(entry["possible"]),
                parent=str(entry["parent"]),
                ccpa_role=processor_row.ccpa_role,
            )
        )
    recipients.sort(key=lambda r: (bool(r.possible), r.name.casefold()))
    ordered = tuple(sorted(transfers.values(), key=lambda t: (t.country_code, t.importer)))
    return tuple(recipients), ordered


def _unshown(processor: Processor, held: set[str]) -> bool:
    """Whether the file cannot show that ``processor`` ever had this person's data: it
    receives kinds of data beyond contact details and we hold none of them for the person,
    or it is a payment service of its own (a controller receiving payments: the one chosen
    at checkout) and we hold no payment of theirs."""
    categories = set(processor.data_categories)
    beyond_contact = categories - {DataCategory.CONTACT.value}
    if beyond_contact and not beyond_contact & held:
        return True
    payment = DataCategory.PAYMENT.value
    return (
        payment in categories
        and payment not in held
        and processor.role not in (ProcessorRole.PROCESSOR, ProcessorRole.SUB_PROCESSOR)
    )


def known_identifiers(person: Person, recipient: RecipientLink) -> list[tuple[str, str]]:
    """What ``recipient`` knows the person by (never our internal reference).

    Contact details for those that receive contact data; the customer number for those
    that receive orders or payments; the name in every case it receives contact data.
    """
    categories = set(recipient.categories)
    found: list[tuple[str, str]] = []
    name = f"{person.first_name} {person.last_name}".strip()
    if DataCategory.CONTACT.value in categories:
        if name:
            found.append(("name", name))
        emails = sorted(
            (c for c in person.contacts if c.kind.value == "email"),
            key=lambda c: (not c.is_primary, c.id),
        )
        if emails:
            found.append(("email", emails[0].value))
    # The customer number travels with orders and payments only: a recipient of contact
    # details alone (a mailing or advertising service) never received it.
    order_data = {DataCategory.PURCHASES.value, DataCategory.PAYMENT.value}
    if categories & order_data and person.customer_id:
        found.append(("customer_id", person.customer_id))
    return found
