"""What a customer file's columns and rows mean, and what an import reports (pure rules).

``KNOWN_COLUMNS`` (the header names each field goes by), ``parse_row`` (one CSV row as a
person, or an ``InvalidPersonValue`` that names the field, never the value) and
``ImportReport``. The reader (``services.importing``) and the writer
(``services.import_writer``) both use these; neither imports the other for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pycountry

from albanera_desk.domain.people_rules import (
    InvalidPersonValue,
    fold,
    normalise_email,
    parse_birth_date,
    parse_phone,
)
from albanera_desk.domain.text_input import TextRejected, clean_lines
from albanera_desk.domain.text_input import clean_text as _clean_text
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

# Target field -> the header names that mean it, folded to letters and digits.
KNOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "customer_id": ("customerid", "idclient", "numeroclient", "clientid", "customernumber"),
    "first_name": ("firstname", "prenom", "givenname"),
    "last_name": ("lastname", "nom", "surname", "familyname", "nomdefamille"),
    "email": ("email", "emailaddress", "mail", "courriel", "adresseemail", "adressemail"),
    "accepts_email": (
        "acceptsemailmarketing",
        "acceptsmarketing",
        "emailmarketingconsent",
        "optinemail",
        "newsletter",
    ),
    "company": ("defaultaddresscompany", "company", "societe", "entreprise"),
    "address1": ("defaultaddressaddress1", "address1", "adresse", "adresse1", "address"),
    "address2": ("defaultaddressaddress2", "address2", "adresse2", "complementdadresse"),
    "city": ("defaultaddresscity", "city", "ville"),
    "province": ("defaultaddressprovincecode", "provincecode", "province", "region", "state"),
    "country_code": ("defaultaddresscountrycode", "countrycode", "country", "pays", "codepays"),
    "postcode": ("defaultaddresszip", "zip", "postcode", "postalcode", "codepostal", "cp"),
    "address_phone": ("defaultaddressphone",),
    "phone": ("phone", "telephone", "tel", "mobile", "portable"),
    "accepts_sms": ("acceptssmsmarketing", "smsmarketingconsent", "optinsms"),
    "total_spent": ("totalspent", "montanttotal", "totaldepense"),
    "total_orders": ("totalorders", "nombredecommandes", "commandes"),
    "note": ("note", "notes", "remarque", "remarques"),
    "tags": ("tags", "etiquettes"),
    "birth_date": ("birthdate", "dateofbirth", "datedenaissance", "birthday"),
    "age_band": ("ageband", "trancheage", "tranchedage"),
}
# Columns the platform protects from spreadsheets with a leading apostrophe ('0612..., '75001).
APOSTROPHE_FIELDS = frozenset({"customer_id", "phone", "address_phone", "postcode"})
SHOP_MARKERS = ("customerid", "acceptsemailmarketing", "defaultaddresszip", "totalspent")


def header_key(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum())


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    rejected: tuple[tuple[int, str], ...]  # (line number, reason)
    # Rows saying "accepts marketing" for someone who opted out through the office: the
    # opt-out stands (only the person can undo it), and they are counted here.
    opt_outs_kept: int = 0
    # The processing activity the imported items serve ("" when the store has none yet),
    # whether the import added it from the policy's starter, and the items it left unlinked.
    activity: str = ""
    activity_created: bool = False
    unlinked: int = 0
    linked: int = 0  # items of earlier imports, unlinked until now, that this one linked

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected"
        )
        if self.opt_outs_kept:
            text += f", {self.opt_outs_kept} opt-outs kept"
        if self.activity_created:
            text += ", activity added from its starter"
        if self.linked:
            text += f", {self.linked} earlier items linked to their activity"
        if self.unlinked:
            text += f", {self.unlinked} items serve no activity"
        return text


# --- one row ---------------------------------------------------------------------------------

# What each column is called in a sentence refusing its text (worded again in the window).
_WHAT = {
    "first_name": QT_TRANSLATE_NOOP("Core", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Core", "last name"),
    "customer_id": QT_TRANSLATE_NOOP("Core", "customer ID"),
    "age_band": QT_TRANSLATE_NOOP("Core", "age band"),
    "note": QT_TRANSLATE_NOOP("Core", "note"),
    "tags": QT_TRANSLATE_NOOP("Core", "tags"),
    "address": QT_TRANSLATE_NOOP("Core", "postal address"),
    "city": QT_TRANSLATE_NOOP("Core", "city"),
    "postcode": QT_TRANSLATE_NOOP("Core", "postcode"),
    "province": QT_TRANSLATE_NOOP("Core", "region"),
}
_YES = frozenset({"yes", "y", "true", "1", "oui", "o", "subscribed", "x"})
_NO = frozenset({"no", "n", "false", "0", "non", "unsubscribed", "not_subscribed"})
_ZERO = frozenset({"", "0", "0.0", "0.00", "0,00", "0,0"})


@dataclass(slots=True)
class ParsedRow:
    first_name: str = ""
    last_name: str = ""
    customer_id: str = ""
    email: str = ""
    phones: list[str] = field(default_factory=list)
    address: tuple[list[str], str, str, str, str] | None = None  # lines, postcode, city, ...
    accepts: dict[str, bool] = field(default_factory=dict)  # channel -> choice
    purchases: str = ""
    notes: str = ""
    birth_date: date | None = None
    age_band: str = ""


def parse_row(values: Sequence[str], indexes: dict[str, int], today: date) -> ParsedRow:
    """One CSV row as a person; ``InvalidPersonValue`` says what is wrong (no values)."""

    def get(name: str) -> str:
        if name not in indexes:
            return ""
        value = values[indexes[name]].strip()
        if name in APOSTROPHE_FIELDS and value.startswith("'"):
            value = value[1:].strip()
        return value

    try:
        row = ParsedRow(
            first_name=clean_text(get("first_name"), max_length=200, what=_WHAT["first_name"]),
            last_name=clean_text(get("last_name"), max_length=200, what=_WHAT["last_name"]),
            customer_id=clean_text(get("customer_id"), max_length=64, what=_WHAT["customer_id"]),
            age_band=clean_text(get("age_band"), max_length=20, what=_WHAT["age_band"]),
        )
        note = clean_text(get("note"), max_length=4000, what=_WHAT["note"], multiline=True)
        tags = clean_text(get("tags"), max_length=1000, what=_WHAT["tags"])
        lines = clean_lines(
            [get("company"), get("address1"), get("address2")],
            max_lines=3,
            max_length=120,
            what=_WHAT["address"],
        )
        city = clean_text(get("city"), max_length=100, what=_WHAT["city"])
        postcode = clean_text(get("postcode"), max_length=20, what=_WHAT["postcode"])
        region = clean_text(get("province"), max_length=100, what=_WHAT["province"])
    except TextRejected as exc:
        raise InvalidPersonValue(exc.args[0]) from None
    if not (row.first_name or row.last_name or row.customer_id or get("email")):
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP("Core", "The row has no name, email address or customer ID.")
        )
    country = _country(get("country_code"))
    if get("email"):
        row.email = normalise_email(get("email"))
    for name in ("phone", "address_phone"):
        if get(name):
            number = parse_phone(get(name), country)
            if number not in row.phones:
                row.phones.append(number)
    if lines or city or postcode:
        row.address = (lines, postcode, city, region, country)
    for name, channel in (("accepts_email", "email"), ("accepts_sms", "sms")):
        choice = get(name).lower()
        if choice in _YES:
            row.accepts[channel] = True
        elif choice in _NO:
            row.accepts[channel] = False
    orders, spent = get("total_orders"), get("total_spent")
    if orders not in _ZERO or spent not in _ZERO:
        row.purchases = f"{orders or '0'} orders, {spent or '0'} spent"
    row.notes = "\n".join(part for part in (note, f"Tags: {tags}" if tags else "") if part).strip()
    if get("birth_date"):
        row.birth_date = parse_birth_date(get("birth_date"), today)
    return row


def clean_text(value: str, *, max_length: int, what: str, multiline: bool = False) -> str:
    """``text_input.clean_text`` with a fast path: printable ASCII needs no cleaning."""
    if not value or (value.isascii() and value.isprintable() and len(value) <= max_length):
        return value.strip()
    return _clean_text(value, max_length=max_length, what=what, multiline=multiline)


def _country(text: str) -> str:
    if not text:
        return "FR"
    if len(text) == 2 and text.isalpha():
        return text.upper()
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        raise InvalidPersonValue(
            QT_TRANSLATE_NOOP(
                "Core",
                "The country is neither a two-letter code (FR, BE ...) nor a country's name.",
            )
        ) from None
