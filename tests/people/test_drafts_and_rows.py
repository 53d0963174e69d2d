"""What comes into the file, without a store: drafts typed in the window, rows of a CSV."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from albanera_desk.domain.customer_import import (
    KNOWN_COLUMNS,
    ImportReport,
    header_key,
    parse_row,
)
from albanera_desk.domain.people_rules import InvalidPersonValue
from albanera_desk.domain.person_drafts import (
    AddressDraft,
    ItemDraft,
    PersonDraft,
    clean_address,
    clean_draft,
    clean_item,
    parse_address_text,
    years_before,
)
from albanera_desk.domain.records import DataCategory, DataSource

TODAY = date(2026, 11, 25)


def test_a_draft_is_cleaned_before_it_is_saved() -> None:
    draft = clean_draft(
        PersonDraft(
            first_name=" Zoë\u202e ",
            last_name="Maëlle",
            emails=["Zoe@Exemple.FR", "zoe@exemple.fr", " "],
            phones=["0470 12 34 56"],  # read as Belgian: the first address is in Belgium
            addresses=[AddressDraft(["Rue Haute 5"], "'1000", "Bruxelles", "", "be")],
            customer_id="'00042",
        )
    )
    assert (draft.first_name, draft.last_name) == ("Zoë", "Maëlle")
    assert draft.emails == ("zoe@exemple.fr",)
    assert draft.phones == ("+32470123456",)
    assert draft.addresses[0].postcode == "1000" and draft.addresses[0].country_code == "BE"
    assert draft.customer_id == "00042"


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        (PersonDraft(), "at least a name"),
        (PersonDraft(first_name="A", birth_date=date.today() + timedelta(days=1)), "future"),
        (PersonDraft(first_name="A", emails=["not-an-email"]), "name@domain.tld"),
        (PersonDraft(first_name="A", addresses=[AddressDraft(country_code="FRA")]), "two-letter"),
        (PersonDraft(first_name="A" * 201), "first name is 201 characters"),
    ],
)
def test_a_draft_that_cannot_be_saved_is_one_sentence(draft: PersonDraft, words: str) -> None:
    with pytest.raises(InvalidPersonValue, match=words) as caught:
        clean_draft(draft)
    assert caught.value.args[0].endswith(".")


def test_items_and_addresses() -> None:
    with pytest.raises(InvalidPersonValue, match="description"):
        clean_item(ItemDraft(DataCategory.BROWSING, "  ", DataSource.TRACKING_TOOL))
    item = clean_item(ItemDraft("browsing", " Cookies ", "tracking_tool"))  # type: ignore[arg-type]
    assert item.category is DataCategory.BROWSING and item.description == "Cookies"
    with pytest.raises(InvalidPersonValue, match="7 lines"):
        clean_address(AddressDraft([f"line {i}" for i in range(7)]))
    assert parse_address_text("12 rue des Lilas\n69003 Lyon", "FR") == AddressDraft(
        ("12 rue des Lilas",), "69003", "Lyon", "", "FR"
    )
    assert parse_address_text("Rue Haute 5\nBruxelles", "BE") == AddressDraft(
        ("Rue Haute 5",), "", "Bruxelles", "", "BE"
    )
    assert years_before(date(2028, 2, 29), 16) == date(2012, 2, 29)
    assert years_before(date(2028, 2, 29), 1) == date(2027, 2, 28)


def test_a_shop_row_as_a_person() -> None:
    header = ["Customer ID", "First Name", "Email", "Phone", "Default Address Zip",
              "Default Address Country Code", "Accepts Email Marketing", "Total Orders",
              "Total Spent", "Tags", "Note"]  # fmt: skip
    indexes = {
        field: next(i for i, name in enumerate(header) if header_key(name) in keys)
        for field, keys in KNOWN_COLUMNS.items()
        if any(header_key(name) in keys for name in header)
    }
    row = parse_row(
        [
            "'0042",
            "Élodie",
            "ELODIE@exemple.fr",
            "'+33612345678",
            "'69003",
            "Belgium",
            "no",
            "3",
            "120.50",
            "vip",
            "Prefers post",
        ],
        indexes,
        TODAY,
    )
    assert (row.customer_id, row.first_name, row.email) == ("0042", "Élodie", "elodie@exemple.fr")
    assert row.phones == ["+33612345678"]
    assert row.address is not None and row.address[1] == "69003" and row.address[4] == "BE"
    assert row.accepts == {"email": False}
    assert row.purchases == "3 orders, 120.50 spent"
    assert row.notes == "Prefers post\nTags: vip"
    with pytest.raises(InvalidPersonValue, match="no name, email address or customer ID"):
        parse_row(["", "", "", "", "", "", "yes", "", "", "", ""], indexes, TODAY)
    with pytest.raises(InvalidPersonValue, match="country"):
        parse_row(["1", "A", "", "", "", "Atlantis", "", "", "", "", ""], indexes, TODAY)


def test_an_import_report_in_one_line() -> None:
    assert ImportReport(2, 1, 0, ((4, "why"),)).summary() == (
        "2 added, 1 updated, 0 unchanged, 1 rejected"
    )
    assert ImportReport(0, 0, 3, (), opt_outs_kept=2).summary().endswith(", 2 opt-outs kept")
