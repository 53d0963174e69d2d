"""Rules for the personal-information file: phones, emails, minors, search text, field names.

Pure functions over plain values; no I/O. Every refusal is an ``InvalidPersonValue``
whose message is one sentence that names the field, never the value (messages
reach dialogs and logs).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from albanera_desk.domain.text_input import harmful_characters
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

# The policy: the platform does not knowingly collect data of anyone under 16.
MINOR_AGE = 16

# Field names ``PeopleService.correct`` accepts; contact, address and item fields carry an id.
SIMPLE_FIELDS = ("first_name", "last_name", "birth_date", "age_band", "customer_id", "notes")
KEYED_FIELDS = ("email", "phone", "address", "item")


class InvalidPersonValue(ValueError):
    """A value that cannot be stored as given; the message says which field and why."""


# --- phones ----------------------------------------------------------------------------


def parse_phone(text: str, default_region: str = "FR") -> str:
    """The number in E.164 (``+33612345678``); refuses what is not a possible number.

    ``default_region`` (ISO country code) reads national numbers such as ``06 12 34 56 78``.
    Leading apostrophes (spreadsheet protection) and ``00`` international prefixes are fine.
    """
    cleaned = text.strip().lstrip("'").strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    region = (default_region or "FR").upper()
    if not cleaned:
        raise InvalidPersonValue(QT_TRANSLATE_NOOP("Core", "The phone number is empty."))
    # The shop's own numbers are French: read them without the library's full parse.
    compact = _SEPARATORS.sub("", cleaned)
    if _FRENCH_E164.match(compact):
        return compact
    if region == "FR" and _FRENCH_NATIONAL.match(compact):
        return "+33" + compact[1:]
    import phonenumbers  # its metadata loads when first needed, not at the desk's start

    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The phone number cannot be read as a phone number.")
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The phone number has the wrong number of digits.")
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_SEPARATORS = re.compile(r"[\s.\-()/]")
_FRENCH_E164 = re.compile(r"^\+33[1-9]\d{8}$")
_FRENCH_NATIONAL = re.compile(r"^0[1-9]\d{8}$")


def national_digits(e164: str) -> str:
    """The digits as dialled inside the country (``0612345678`` for ``+33612345678``).

    Read from the country code tables alone (no full parse: it runs for every indexed
    person): the trunk prefix (0 in most of Europe) and the national significant number.
    """
    import phonenumbers  # its metadata loads when first needed, not at the desk's start

    digits = re.sub(r"\D", "", e164)
    for length in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length] or 0))
        if regions:
            if length == 1 and digits[0] == "1":
                return digits[1:]  # North America writes no trunk prefix in national form
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(regions[0])
            prefix = (metadata.national_prefix if metadata else None) or ""
            return prefix + digits[length:]
    return digits


def display_phone(e164: str) -> str:
    """International format with spaces, for letters and the file view."""
    import phonenumbers  # its metadata loads when first needed, not at the desk's start

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# --- emails ----------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_email(text: str) -> str:
    """Trimmed and lower-cased: one spelling per mailbox, so re-imports match on it.

    (RFC 5321 lets the local part be case-sensitive; no mail provider the shop sees uses that.)
    """
    cleaned = text.strip().lstrip("'").strip()
    if not cleaned:
        raise InvalidPersonValue(QT_TRANSLATE_NOOP("Core", "The email address is empty."))
    hidden = harmful_characters(cleaned)
    if hidden:
        # Refused, not stripped: an address that looks like another must not become it.
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP(
                "Core",
                "The email address contains invisible or control characters ({codes}); "
                "type it again.",
            ).format(codes=", ".join(hidden))
        )
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The email address is not of the form name@domain.tld.")
        )
    local, _, domain = cleaned.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The email address has a domain that cannot exist.")
        ) from None
    return f"{local.lower()}@{domain}"


# --- minors ----------------------------------------------------------------------------


def age_on(birth_date: date, today: date) -> int:
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


_BAND_RANGE = re.compile(r"^\s*(\d{1,3})\s*[-–àa to]+\s*(\d{1,3})\s*(ans|years)?\s*$", re.I)
_BAND_UNDER = re.compile(r"^\s*(?:<|under|moins de|-)\s*(\d{1,3})\s*(ans|years)?\s*$", re.I)


def band_is_minor(age_band: str) -> bool:
    """True when every age in the band is under 16 ("13-15", "under 16", "<16", "moins de 16")."""
    text = age_band.strip()
    match = _BAND_RANGE.match(text)
    if match:
        return int(match.group(2)) < MINOR_AGE
    match = _BAND_UNDER.match(text)
    if match:
        return int(match.group(1)) <= MINOR_AGE
    return False


def is_minor(birth_date: date | None, age_band: str | None, today: date) -> bool:
    """Under 16 on ``today``, from the birth date when known, else from the age band."""
    if birth_date is not None:
        return age_on(birth_date, today) < MINOR_AGE
    return bool(age_band) and band_is_minor(age_band or "")


def parse_birth_date(text: str, today: date) -> date | None:
    """``YYYY-MM-DD`` or ``DD/MM/YYYY``; empty means unknown; impossible dates are refused."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", cleaned)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            value = date(year, month, day)
        else:
            value = date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP(
                "Core", "The birth date is not a real date: write it as YYYY-MM-DD or DD/MM/YYYY."
            )
        ) from None
    if value > today:
        raise InvalidPersonValue(QT_TRANSLATE_NOOP("Core", "The birth date is in the future."))
    if value.year < today.year - 130:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The birth date is more than 130 years ago.")
        )
    return value


# --- search text -------------------------------------------------------------------------

_SPECIAL_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
    }
)
# Letters and digits of any script (Greek and Cyrillic names are EU customers too).
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, accents removed ("Élodie Łukasz" -> "elodie lukasz"): how search compares."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_FOLDS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_SPECIAL_FOLDS).lower()


def tokens(text: str) -> list[str]:
    """The words search sees in ``text``: folded letters and digits, any script."""
    return _TOKEN.findall(fold(text))


def search_text(
    *,
    first_name: str,
    last_name: str,
    customer_id: str | None,
    emails: Iterable[str],
    phones: Iterable[str],
    postcodes: Iterable[str],
) -> str:
    """The one line the search index holds for a person.

    Emails are kept whole and in parts (``jean.dupont@ex.fr`` -> ``jeandupontexfr`` too, so a
    pasted address matches); phones as E.164 digits and national digits; postcodes without
    spaces (``SW1A 1AA`` -> ``sw1a1aa``) as well as in words.
    """
    parts: list[str] = [first_name, last_name]
    if customer_id:
        parts.append(customer_id)
        parts.append("".join(tokens(customer_id)))
    for email in emails:
        parts.append(email)
        parts.append("".join(tokens(email)))
    for phone in phones:
        parts.append(phone.lstrip("+"))
        parts.append(national_digits(phone))
    for postcode in postcodes:
        parts.append(postcode)
        parts.append("".join(tokens(postcode)))
    seen: dict[str, None] = {}
    for part in parts:
        for token in tokens(part):
            seen.setdefault(token, None)
    return " ".join(seen)


_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{4,}$")


def search_terms(typed: str) -> list[str]:
    """The folded words of what the user typed, with phone-like input joined into one number.

    Only letters and digits survive, so quotes, ``*``, ``AND``-style operators and
    parentheses never reach the index's query syntax as such.
    """
    text = typed.strip()
    if _PHONE_LIKE.match(text) and sum(c.isdigit() for c in text) >= 4:
        digits = re.sub(r"\D", "", text)
        if text.startswith("00"):
            digits = digits[2:]
        return [digits]
    return tokens(text)


# --- corrections ---------------------------------------------------------------------------


def split_field(field: str) -> tuple[str, int | None]:
    """``"first_name"`` -> ``("first_name", None)``; ``"email:12"`` -> ``("email", 12)``."""
    name, sep, key = field.partition(":")
    if not sep:
        if name in SIMPLE_FIELDS:
            return name, None
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP(
                "Core", "There is no field called {field} in a person's file."
            ).format(field=repr(name))
        )
    if name not in KEYED_FIELDS or not key.isdigit():
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP(
                "Core", "A contact, address or item field is written kind:id, for example email:12."
            )
        )
    return name, int(key)


# --- erased people ------------------------------------------------------------------------


def identifier_digest(secret: bytes, kind: str, value: str) -> str:
    """A keyed digest of one identifier (``kind`` "customer_id", "email" or "phone", value
    as stored): the same person gives the same digest, which reveals nothing without the
    store's secret. Used to refuse an erased person coming back with an import."""
    message = f"{kind}:{value.strip().casefold()}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
