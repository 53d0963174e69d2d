"""Countries by name in a person's language (ISO 3166 names, French from pycountry's own
translations): what a window or a letter shows instead of a code."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry


@cache
def country_name(country_code: str, language: str = "en") -> str:
    """The country's usual name in ``language`` (ISO 3166 names, French from pycountry's
    own translations); the code itself when it is not a country."""
    country = pycountry.countries.get(alpha_2=country_code.upper())
    if country is None:
        return country_code
    name = str(getattr(country, "common_name", None) or country.name)
    if language == "en":
        return name
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return name
    return translation.gettext(name)
