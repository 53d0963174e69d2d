"""How letters are written down: dates in words, French typography, envelope windows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

NNBSP = "\u202f"  # narrow no-break space, before ; : ! ? and inside « »

_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_in_words(day: date, language: str) -> str:
    """ "5 juin 2026" / "5 June 2026"; the first of a French month is "1er"."""
    if language == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def french_typography(text: str) -> str:
    """Narrow no-break spaces where French typography wants them; straight quotes to « »."""
    text = re.sub(r"(\w)'(\w)", "\\1’\\2", text)  # l'adresse -> l’adresse
    text = re.sub(r'"([^"]*)"', lambda m: f"«{NNBSP}{m.group(1).strip()}{NNBSP}»", text)
    text = re.sub(r"\s*([;:!?»])", lambda m: f"{NNBSP}{m.group(1)}", text)
    text = re.sub(r"«\s*", f"«{NNBSP}", text)
    # No space was wanted inside web addresses and times like 10:30.
    text = re.sub(rf"(\w){NNBSP}:(//|\d)", r"\1:\2", text)
    return text


def money(amount_cents: int, language: str, currency: str = "€") -> str:
    """ "40,00 €" in French, "€40.00" in English."""
    units, cents = divmod(abs(amount_cents), 100)
    sign = "-" if amount_cents < 0 else ""
    if language == "fr":
        grouped = f"{units:,}".replace(",", NNBSP)
        return f"{sign}{grouped},{cents:02d}{NNBSP}{currency}"
    return f"{sign}{currency}{units:,}.{cents:02d}"


class EnvelopeKind(StrEnum):
    FR_DL_RIGHT = "fr_dl_right"
    DIN_5008_B = "din_5008_b"
    US_10 = "us_10"


@dataclass(frozen=True, slots=True)
class AddressWindow:
    """Where the recipient's address goes on an A4 page, in mm from the top-left corner."""

    left: float
    top: float
    width: float
    height: float


WINDOWS: dict[EnvelopeKind, AddressWindow] = {
    # French DL (220 x 110) with a 100 x 45 window on the right, letter folded in three.
    EnvelopeKind.FR_DL_RIGHT: AddressWindow(left=110, top=50, width=90, height=38),
    # DIN 5008 form B: the address field 85 x 45 mm, 20 mm from the left, 45 mm from the top.
    EnvelopeKind.DIN_5008_B: AddressWindow(left=25, top=50, width=80, height=35),
    # US #10 window (4.5 x 1.125 in, 7/8 in from the left) for an A4 sheet folded in three.
    EnvelopeKind.US_10: AddressWindow(left=25, top=55, width=105, height=26),
}
