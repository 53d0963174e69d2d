"""Text typed or imported by people: kept as written, minus what can only do harm.

Control characters (but line breaks where lines are allowed), Unicode direction
overrides and isolates (which can make a printed name read differently from the
stored one) and zero-width characters (which make two equal-looking names differ)
are removed; absurd lengths are refused with a sentence. ``harmful_characters``
finds them where text must be refused instead (email addresses), and
``terminal_safe`` escapes them where stored text is printed (the command line).
"""

from __future__ import annotations

import re
import unicodedata

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

# Bidirectional embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Zero-width space, non-joiner, joiner, word joiner, byte-order mark.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_BIDI_PATTERN = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Line and paragraph separators: line breaks that are not "\n".
_LINE_SEPARATORS = frozenset("\u2028\u2029")


class TextRejected(ValueError):
    """The sentence says what is wrong with the text."""


def is_harmful(char: str) -> bool:
    """A control, format (bidi, zero-width, ...), surrogate, private or unassigned character,
    or a line separator: nothing a name or an address needs."""
    return unicodedata.category(char).startswith("C") or char in _LINE_SEPARATORS


def harmful_characters(value: str) -> list[str]:
    """The harmful characters of ``value``, each once, as ``U+202E`` codes (never the text)."""
    found: list[str] = []
    for char in value:
        code = f"U+{ord(char):04X}"
        if is_harmful(char) and code not in found:
            found.append(code)
    return found


def clean_text(
    value: str,
    *,
    max_length: int,
    what: str = QT_TRANSLATE_NOOP("Core", "text"),
    multiline: bool = False,
) -> str:
    """NFC-normalised text without control, direction-override or zero-width characters,
    trimmed. Line separators become a line break (``multiline``) or a space."""
    text = strip_harmful(value, multiline=multiline)
    if len(text) > max_length:
        raise TextRejected(
            QT_TRANSLATE_NOOP(
                "Core", "The {what} is {length} characters long; at most {limit} fit."
            ).format(what=what, length=len(text), limit=max_length)
        )
    return text


def strip_harmful(value: str, *, multiline: bool = False) -> str:
    """``clean_text`` without a length limit: never refuses."""
    text = unicodedata.normalize("NFC", value)
    text = _BIDI_PATTERN.sub("", text)
    allowed = {"\n"} if multiline else set()
    text = "".join(
        ("\n" if multiline else " ") if char in _LINE_SEPARATORS else char
        for char in text
        if char in allowed or not is_harmful(char) or char in _LINE_SEPARATORS
    )
    return text.strip()


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


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    # As a UTF-16 pair, so the escaped text stays valid JSON too.
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every harmful character written as ``\\uXXXX``, for a terminal.

    A stored name with a direction override or an escape sequence cannot reorder or
    recolour what the terminal shows. JSON stays JSON: the escapes are JSON's own.
    ``keep_newlines`` leaves ``"\\n"`` alone (text made of lines, such as indented JSON).
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        _escape(char) if is_harmful(char) and not (keep_newlines and char == "\n") else char
        for char in text
    )
