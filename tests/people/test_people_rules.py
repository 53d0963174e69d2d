"""The pure rules of the file: phones, emails, minors, folding, search terms, field names."""

from __future__ import annotations

from datetime import date

import pytest

from albanera_desk.domain.people_rules import (
    InvalidPersonValue,
    band_is_minor,
    fold,
    is_minor,
    national_digits,
    normalise_email,
    parse_birth_date,
    parse_phone,
    search_terms,
    split_field,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("'0612345678", "FR", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "FR", "+33612345678"),
        ("0033 6 12 34 56 78", "FR", "+33612345678"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("+49 30 1234567", "FR", "+49301234567"),
        ("06.12.34.56.78", "FR", "+33612345678"),
    ],
)
def test_phones_to_e164(typed: str, region: str, e164: str) -> None:
    assert parse_phone(typed, region) == e164


@pytest.mark.parametrize("typed", ["12", "abc", "", "+33 6 12", "0612345678901234567"])
def test_unreadable_phones(typed: str) -> None:
    with pytest.raises(InvalidPersonValue) as caught:
        parse_phone(typed)
    assert typed not in str(caught.value) or not typed


@pytest.mark.parametrize(
    ("e164", "national"),
    [
        ("+33612345678", "0612345678"),
        ("+390612345678", "0612345678"),
        ("+12015550123", "2015550123"),
    ],
)
def test_national_digits(e164: str, national: str) -> None:
    assert national_digits(e164) == national


def test_emails() -> None:
    assert normalise_email(" Élodie.Dupré@Exemple.FR ") == "élodie.dupré@exemple.fr"
    assert normalise_email("a@bücher.de") == "a@xn--bcher-kva.de"
    for bad in ("nope", "a@b", "a b@c.fr", "@c.fr"):
        with pytest.raises(InvalidPersonValue, match=r"name@domain\.tld"):
            normalise_email(bad)


@pytest.mark.parametrize(
    ("band", "minor"),
    [("13-15", True), ("13 à 15 ans", True), ("under 16", True), ("<16", True),
     ("moins de 16 ans", True), ("16-17", False), ("25-34", False), ("", False), ("adult", False)],
)  # fmt: skip
def test_age_bands(band: str, minor: bool) -> None:
    assert band_is_minor(band) is minor


def test_minor_from_birth_date_first() -> None:
    assert is_minor(date(2010, 11, 26), "25-34", TODAY)  # 15 until tomorrow
    assert not is_minor(date(2010, 11, 25), "13-15", TODAY)  # 16 today
    assert is_minor(None, "13-15", TODAY) and not is_minor(None, None, TODAY)


def test_birth_dates() -> None:
    assert parse_birth_date("14/07/1985", TODAY) == date(1985, 7, 14)
    assert parse_birth_date("1985-07-14", TODAY) == date(1985, 7, 14)
    assert parse_birth_date("  ", TODAY) is None
    for bad, why in (("31/02/1990", "real date"), ("2027-01-01", "future"), ("1800-01-01", "130")):
        with pytest.raises(InvalidPersonValue, match=why):
            parse_birth_date(bad, TODAY)


def test_folding_and_terms() -> None:
    assert fold("Élodie Ștefănescu Łukasz Øre Straße Œuvre") == (
        "elodie stefanescu lukasz ore strasse oeuvre"
    )
    assert search_terms('"Élo*" OR (dup') == ["elo", "or", "dup"]
    assert search_terms("06 12 34") == ["061234"]
    assert search_terms("+33 6 12") == ["33612"]
    assert search_terms("75 003") == ["75003"]
    assert search_terms("***") == []


def test_field_names() -> None:
    assert split_field("first_name") == ("first_name", None)
    assert split_field("email:12") == ("email", 12)
    for bad in ("shoe_size", "email:x", "tattoo:3", "email:"):
        with pytest.raises(InvalidPersonValue):
            split_field(bad)
