"""Text typed or imported by people: kept as written, minus what can only do harm.

Control characters (but line breaks where lines are allowed) and Unicode
direction overrides (which can make a printed name read differently from the
stored one) are removed; absurd lengths are refused with a sentence.
"""

from __future__ import annotations

import re
import unicodedata

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

# Bidirectional embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


class TextRejected(ValueError):
    """The sentence says what is wrong with the text."""


def clean_text(
    value: str,
    *,
    max_length: int,
    what: str = QT_TRANSLATE_NOOP("Core", "text"),
    multiline: bool = False,
) -> str:
    """NFC-normalised text without control or direction-override characters, trimmed."""
    text = unicodedata.normalize("NFC", value)
    text = _BIDI_CONTROLS.sub("", text)
    allowed = {"\n"} if multiline else set()
    text = "".join(
        char
        for char in text
        if char in allowed
        or not unicodedata.category(char).startswith("C")
        or char == "\u200d"  # zero-width joiner: part of some names and emoji
    )
    text = text.strip()
    if len(text) > max_length:
        raise TextRejected(
            QT_TRANSLATE_NOOP(
                "Core", "The {what} is {length} characters long; at most {limit} fit."
            ).format(what=what, length=len(text), limit=max_length)
        )
    return text


def clean_lines(lines: list[str], *, max_lines: int, max_length: int, what: str) -> list[str]:
    cleaned = [clean_text(line, max_length=max_length, what=what) for line in lines]
    cleaned = [line for line in cleaned if line]
    if len(cleaned) > max_lines:
        raise TextRejected(
            QT_TRANSLATE_NOOP("Core", "The {what} has {count} lines; at most {limit} fit.").format(
                what=what, count=len(cleaned), limit=max_lines
            )
        )
    return cleaned
