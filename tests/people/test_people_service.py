"""The personal-information file on a real encrypted store: list, search, file, corrections."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from albanera_desk.domain.people_rules import InvalidPersonValue
from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, MarketingDraft, PersonDraft
from albanera_desk.domain.records import (
    AuditAction,
    ContactKind,
    DataCategory,
    DataSource,
    MarketingChannel,
    RequestKind,
)
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.people.errors import PersonNotFound
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.store import Store

ELODIE = PersonDraft(
    first_name="Élodie",
    last_name="Ștefănescu-Dupré",
    emails=["Elodie.Dupre@Exemple.FR"],
    phones=["06 12 34 56 78"],
    addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
    customer_id="'7834561234",
    birth_date=date(1990, 4, 2),
    items=[
        ItemDraft(
            DataCategory.PURCHASES,
            "Orders on the online shop",
            DataSource.PURCHASE,
            value="3 orders, 412.50 EUR",
        )
    ],
    marketing=[MarketingDraft(MarketingChannel.EMAIL, True, "shop sign-up")],
)


def _ids(rows: list) -> list[int]:  # type: ignore[type-arg]
    return [r.id for r in rows]


def test_create_then_list_and_count(people: PeopleService) -> None:
    a = people.create(ELODIE)
    b = people.create(PersonDraft(first_name="Zoé", last_name="Abadie"))
    c = people.create(PersonDraft(first_name="Anne", last_name="Abadie"))
    assert people.count() == 3
    assert _ids(people.rows(0, 100)) == [c, b, a]
    assert _ids(people.rows(1, 1)) == [b]
    assert people.rows(5, 10) == []
    row = people.rows(2, 1)[0]
    assert row.reference == "P-000001"
    assert row.display_name == "Élodie Ștefănescu-Dupré"
    assert row.email == "elodie.dupre@exemple.fr"
    assert (row.postcode, row.city, row.customer_id) == ("69003", "Lyon", "7834561234")
    assert not row.flagged_minor and not row.opted_out


@pytest.mark.parametrize(
    "typed",
    [
        "elodie",
        "Élodie",
        "elo",
        "ELO dup",
        "stefanescu",
        "ștef",
        "69003",
        "0612345678",
        "06 12 34 56 78",
        "+33 6 12 34 56 78",
        "33612345678",
        "7834561234",
        "elodie.dupre@exemple.fr",
        "exemple.fr",
    ],
)
def test_search_finds_her_every_way(people: PeopleService, typed: str) -> None:
    pid = people.create(ELODIE)
    people.create(PersonDraft(first_name="Marc", last_name="Lefèvre", emails=["m@ex.fr"]))
    assert _ids(people.search(typed)) == [pid]


@pytest.mark.parametrize(
    "typed",
    ['"', "'", "*", "elo*", 'elodie" OR "x', "NEAR(a b)", "a AND", "(", "^", ":", "-", "", "   "],
)
def test_search_never_raises_on_query_syntax(people: PeopleService, typed: str) -> None:
    people.create(ELODIE)
    assert isinstance(people.search(typed), list)


def test_whole_word_matches_come_first(people: PeopleService) -> None:
    long_name = people.create(PersonDraft(first_name="Aa", last_name="Martinez"))
    exact = people.create(PersonDraft(first_name="Zz", last_name="Martin"))
    assert _ids(people.search("martin")) == [exact, long_name]


def test_minor_and_opt_out_flags(people: PeopleService) -> None:
    young = people.create(PersonDraft(first_name="Léa", last_name="Petit", age_band="13-15"))
    kid = people.create(
        PersonDraft(first_name="Hugo", last_name="Petit", birth_date=date(2015, 6, 1))
    )
    adult = people.create(PersonDraft(first_name="Paul", last_name="Petit", age_band="25-34"))
    people.set_marketing(adult, MarketingChannel.SMS, True, "in store")
    people.set_marketing(adult, MarketingChannel.SMS, False, "letter")
    rows = {r.id: r for r in people.search("petit")}
    assert rows[young].flagged_minor and rows[kid].flagged_minor
    assert not rows[adult].flagged_minor and rows[adult].opted_out
    file = people.open_file(adult)
    sms = next(m for m in file.marketing if m.channel is MarketingChannel.SMS)
    assert sms.opted_in is False and sms.source == "letter"
    assert [m.source for m in file.marketing_history] == ["letter", "in store"]


def test_opening_a_file_is_audited_without_values(people: PeopleService, store: Store) -> None:
    pid = people.create(ELODIE)
    file = people.open_file(pid)
    assert file.first_name == "Élodie" and file.phones[0].value == "+33612345678"
    assert file.items[0].category is DataCategory.PURCHASES
    events = AuditTrail(store).page(AuditFilter(record_type="person"))
    assert events[0].action is AuditAction.VIEW and events[0].record_id == "P-000001"
    assert events[0].actor == "coordinator"
    text = repr(events)
    for value in ("Élodie", "Dupr", "elodie", "0612", "+33", "Lyon", "69003", "7834561234"):
        assert value not in text


def test_corrections_keep_their_history(people: PeopleService, store: Store) -> None:
    pid = people.create(ELODIE)
    request = RequestService(store, "coordinator").log(
        NewRequest(date(2026, 1, 5), [RequestKind.CORRECTION], "Élodie Dupré")
    )
    with store.session_factory() as session:
        from albanera_desk.store.models import Request

        request_id = session.scalars(
            select(Request.id).where(Request.reference == request.reference)
        ).one()
    file = people.open_file(pid)
    email_id, phone_id, address_id = file.emails[0].id, file.phones[0].id, file.addresses[0].id
    people.correct(pid, "last_name", "Dupré", "her letter", request_id)
    changed = people.correct_many(
        pid,
        {
            "birth_date": "02/05/1990",
            f"email:{email_id}": "elodie@exemple.fr",
            f"phone:{phone_id}": "+32 470 12 34 56",
            f"address:{address_id}": "3 quai Saint-Vincent\n69001 Lyon",
            "first_name": "Élodie",  # unchanged: no row
        },
        "phone call",
    )
    assert "first_name" not in changed and len(changed) == 4
    file = people.open_file(pid)
    assert file.last_name == "Dupré" and file.birth_date == date(1990, 5, 2)
    assert file.phones[0].value == "+32470123456"
    assert file.addresses[0].postcode == "69001" and file.addresses[0].city == "Lyon"
    fixes = {c.field: c for c in file.corrections}
    assert fixes["last_name"].before == "Ștefănescu-Dupré"
    assert fixes["last_name"].request_reference == request.reference
    assert fixes["last_name"].why == "her letter" and fixes["last_name"].who == "coordinator"
    assert fixes["birth_date"].before == "1990-04-02"
    assert fixes[f"address:{address_id}"].after == "3 quai Saint-Vincent\n69001 Lyon"
    assert _ids(people.search("dupre")) == [pid]
    assert people.search("stefanescu") == []  # the index follows the correction
    assert _ids(people.search("0470123456")) == [pid]


@pytest.mark.parametrize(
    ("field", "after", "message"),
    [
        ("birth_date", "31/02/1990", "not a real date"),
        ("birth_date", "2999-01-01", "future"),
        ("phone:{phone}", "12", "phone number"),
        ("email:{email}", "not-an-email", "email address"),
        ("shoe_size", "42", "no field"),
        ("email:999", "a@b.fr", "no email"),
    ],
)
def test_bad_corrections_are_refused_with_a_sentence(
    people: PeopleService, field: str, after: str, message: str
) -> None:
    pid = people.create(ELODIE)
    file = people.open_file(pid)
    name = field.format(phone=file.phones[0].id, email=file.emails[0].id)
    with pytest.raises(InvalidPersonValue, match=message) as caught:
        people.correct(pid, name, after, "test")
    assert after not in str(caught.value) or after in ("42",)
    assert people.open_file(pid).corrections == ()


def test_unknown_person(people: PeopleService) -> None:
    with pytest.raises(PersonNotFound):
        people.open_file(12345)


def test_create_refuses_bad_values_and_saves_nothing(people: PeopleService) -> None:
    with pytest.raises(InvalidPersonValue, match="email"):
        people.create_many([PersonDraft(first_name="A"), PersonDraft(emails=["nope"])])
    with pytest.raises(InvalidPersonValue, match="at least"):
        people.create(PersonDraft())
    assert people.count() == 0


def test_add_contact_item_address(people: PeopleService) -> None:
    pid = people.create(PersonDraft(first_name="Jonas", last_name="Vermeulen"))
    people.add_contact(pid, ContactKind.PHONE, "0470 12 34 56")  # no address: read as French
    people.add_address(pid, AddressDraft(["Kerkstraat 1"], "2000", "Antwerpen", "", "BE"))
    item = people.add_item(
        pid, ItemDraft(DataCategory.DEVICES, "Phone model", DataSource.TRACKING_TOOL, "Pixel")
    )
    file = people.open_file(pid)
    assert file.items[0].id == item and file.addresses[0].country_code == "BE"
    assert _ids(people.search("antwerpen")) == [] and _ids(people.search("2000")) == [pid]


def test_exports(people: PeopleService) -> None:
    pid = people.create(ELODIE)
    data = json.loads(people.export_json(pid))
    assert data["first_name"] == "Élodie" and data["items"][0]["category"] == "purchases"
    assert data["birth_date"] == "1990-04-02"
    text = people.export_csv(pid).decode("utf-8-sig")
    assert "Ștefănescu-Dupré" in text and "'+33612345678" in text
    assert text.splitlines()[0] == "section;field;value;source;date;activity;recipients"


def test_names_in_other_scripts_are_found(people: PeopleService) -> None:
    greek = people.create(PersonDraft(first_name="Σοφία", last_name="Παπαδοπούλου"))
    bulgarian = people.create(PersonDraft(first_name="Дмитрий", last_name="Иванов"))
    assert _ids(people.search("σοφια")) == [greek]
    assert _ids(people.search("Παπαδ")) == [greek]
    assert _ids(people.search("иван")) == [bulgarian]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_typed_text_searches_without_error(people: PeopleService, typed: str) -> None:
    assert isinstance(people.search(typed), list)


def test_people_under_16_are_listed_for_review(people: PeopleService) -> None:
    from datetime import date

    today = date(2026, 11, 25)
    young = people.create(
        PersonDraft(first_name="Lou", last_name="Petit", birth_date=date(2012, 3, 1))
    )
    people.create(PersonDraft(first_name="Max", last_name="Grand", birth_date=date(2010, 11, 25)))
    banded = people.create(PersonDraft(first_name="Zoé", last_name="Bande", age_band="13-15"))
    people.create(PersonDraft(first_name="Ana", last_name="Adulte", age_band="25-34"))
    listed = people.to_review(today)
    assert [row.id for row in listed] == [banded, young]  # sixteen today is not under 16
    assert all(row.flagged_minor for row in listed)


def test_items_past_their_retention_are_counted_then_deleted_with_their_audit(
    people: PeopleService, store: Store
) -> None:
    from datetime import date

    from albanera_desk.domain.person_drafts import ItemDraft
    from albanera_desk.domain.records import AuditAction, DataCategory, DataSource
    from albanera_desk.services.audit import AuditFilter, AuditTrail

    pid = people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    old = ItemDraft(
        DataCategory.BROWSING,
        "Cookies",
        DataSource.TRACKING_TOOL,
        "id-42",
        retention_end=date(2026, 1, 1),
    )
    kept = ItemDraft(
        DataCategory.PURCHASES, "Orders", DataSource.PURCHASE, "3", retention_end=date(2030, 1, 1)
    )
    people.add_item(pid, old)
    people.add_item(pid, kept)
    today = date(2026, 11, 25)
    assert people.expired_items(today) == 1
    assert people.purge_expired_items(today) == 1
    assert people.expired_items(today) == 0 and people.purge_expired_items(today) == 0
    assert [item.description for item in people.open_file(pid).items] == ["Orders"]
    deleted = AuditTrail(store).page(AuditFilter(record_type="person"), limit=50)
    assert any(e.action is AuditAction.DELETE and e.note == "retention ended" for e in deleted)
