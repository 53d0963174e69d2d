"""How letters are written down: dates in words, French typography, paper, envelope windows,
fold marks and what an address window holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP, Sentence

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


_APOSTROPHE = re.compile(r"(\w)'(\w)")
_QUOTED = re.compile(r'"([^"]*)"')
_BEFORE_MARK = re.compile(r"\s*([;:!?»])")
_AFTER_GUILLEMET = re.compile(r"«\s*")
_NOT_A_COLON = re.compile(rf"(\w){NNBSP}:(//|\d)")


@lru_cache(maxsize=8192)
def french_typography(text: str) -> str:
    """Narrow no-break spaces where French typography wants them; straight quotes to « ».

    Letters of a batch say most sentences alike: each is worked out once."""
    text = _APOSTROPHE.sub("\\1’\\2", text)  # l'adresse -> l’adresse
    text = _QUOTED.sub(lambda m: f"«{NNBSP}{m.group(1).strip()}{NNBSP}»", text)
    text = _BEFORE_MARK.sub(lambda m: f"{NNBSP}{m.group(1)}", text)
    text = _AFTER_GUILLEMET.sub(f"«{NNBSP}", text)
    # No space was wanted inside web addresses and times like 10:30.
    return _NOT_A_COLON.sub(r"\1:\2", text)


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


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size_mm(self) -> tuple[float, float]:
        return (210.0, 297.0) if self is PaperSize.A4 else (215.9, 279.4)


# Offices in these countries print on US Letter (8.5 x 11 in); everyone else on A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE"})


def paper_for(country_code: str) -> PaperSize:
    """The paper the office's printer holds: its own country's usual size."""
    return PaperSize.LETTER if country_code.upper() in LETTER_COUNTRIES else PaperSize.A4


@dataclass(frozen=True, slots=True)
class AddressWindow:
    """Where the recipient's address goes on the page, in mm from the top-left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


WINDOWS: dict[EnvelopeKind, AddressWindow] = {
    # French DL (220 x 110) with a 100 x 45 window on the right, letter folded in three.
    EnvelopeKind.FR_DL_RIGHT: AddressWindow(left=110, top=50, width=90, height=38),
    # DIN 5008 form B: the address field 85 x 45 mm, 20 mm from the left, 45 mm from the top;
    # its lower 27.3 mm hold the address itself (the upper part is for postal endorsements).
    EnvelopeKind.DIN_5008_B: AddressWindow(left=25, top=62.7, width=80, height=27.3),
    # US #10 window (4.5 x 1.125 in, 7/8 in from the left) for a sheet folded in three.
    EnvelopeKind.US_10: AddressWindow(left=22, top=57, width=110, height=25),
}


def fold_marks(envelope: EnvelopeKind, paper: PaperSize) -> tuple[float, float]:
    """Where the sheet is folded, in mm from its top edge.

    DIN 5008 form B: 105 and 210 mm (the address field lands in the window of a DIN DL).
    The French DL and the US #10 take the sheet folded in equal thirds: 99 and 198 mm on
    A4, 93.1 and 186.3 mm (3 2/3 and 7 1/3 in) on US Letter.
    """
    if envelope is EnvelopeKind.DIN_5008_B:
        return (105.0, 210.0)
    height = paper.size_mm[1]
    return (round(height / 3, 1), round(2 * height / 3, 1))


def punch_mark(paper: PaperSize) -> float:
    """The hole-punch mark: half the sheet's height, in mm from the top."""
    return paper.size_mm[1] / 2


# NF Z10-011 (La Poste): an address is at most 6 lines of at most 38 characters.
ADDRESS_MAX_LINES = 6
ADDRESS_MAX_CHARS = 38


_TITLES = frozenset({"M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mr", "Mrs", "Ms", "Miss", "Mx"})


def fit_name_line(lines: Sequence[str]) -> list[str]:
    """The address with its first line (the name) held to NF Z10-011's 38 characters the way
    the post itself advises: a service after a comma goes to its own line ("Jacques Marie
    Mage, bureau du coordinateur" → two lines), then given names become initials
    ("Z. Quaglioni-Brzęczyszczykiewicz"). Other lines are left as written; what still does
    not fit is for ``address_problem`` to say."""
    shown = [line.strip() for line in lines if line.strip()]
    if not shown or len(shown[0]) <= ADDRESS_MAX_CHARS:
        return shown
    name, rest = shown[0], shown[1:]
    head, comma, tail = name.partition(",")
    head, tail = head.strip(), tail.strip()
    if (
        comma
        and tail
        and len(shown) < ADDRESS_MAX_LINES
        and max(len(head), len(tail)) <= ADDRESS_MAX_CHARS
    ):
        return [head, tail, *rest]
    words = name.split()
    if len(words) > 1:
        initials = [w if w in _TITLES or not w[0].isalpha() else f"{w[0]}." for w in words[:-1]]
        shorter = " ".join([*initials, words[-1]])
        if len(shorter) <= ADDRESS_MAX_CHARS:
            return [shorter, *rest]
    return shown


def address_problem(lines: list[str] | tuple[str, ...]) -> Sentence | None:
    """Why an address would not fit the envelope's window, in one sentence; None if it fits."""
    shown = [line.strip() for line in lines if line.strip()]
    if not shown:
        return QT_TRANSLATE_NOOP(
            "Core", "The letter has no address to show in the envelope's window: add it first."
        ).format()
    if len(shown) > ADDRESS_MAX_LINES:
        return QT_TRANSLATE_NOOP(
            "Core",
            "The address has {count} lines: an envelope's window holds {most} at most (French "
            "postal standard NF Z10-011). Shorten it, for example by joining the street lines.",
        ).format(count=len(shown), most=ADDRESS_MAX_LINES)
    for line in shown:
        if len(line) > ADDRESS_MAX_CHARS:
            return QT_TRANSLATE_NOOP(
                "Core",
                'The address line "{line}" has {count} characters: the post reads '
                "{most} at most (French postal standard NF Z10-011). Shorten it (abbreviate "
                "the street type, move a building name to its own line).",
            ).format(line=line, count=len(line), most=ADDRESS_MAX_CHARS)
    return None
