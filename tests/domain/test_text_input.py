"""Hostile text: control characters, direction overrides, absurd lengths."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from albanera_desk.domain.text_input import (
    TextRejected,
    clean_lines,
    clean_text,
    harmful_characters,
    is_harmful,
    terminal_safe,
)


def test_names_are_kept_as_written() -> None:
    for name in ("Łucja Ștefănescu", "Zoë O’Brien-Núñez", "山田 太郎", "Anne\u2011Marie"):
        assert clean_text(name, max_length=300) == unicodedata.normalize("NFC", name)


def test_direction_overrides_and_controls_are_removed() -> None:
    spoof = "Jean \u202eelliuG\u202c Dupont\x00\x07"
    assert clean_text(spoof, max_length=300) == "Jean elliuG Dupont"
    assert clean_text("line one\nline two\x1b[31m", max_length=99, multiline=True) == (
        "line one\nline two[31m"
    )
    assert "\n" not in clean_text("a\nb", max_length=9)


def test_absurd_lengths_get_a_sentence() -> None:
    with pytest.raises(TextRejected, match="at most 300"):
        clean_text("A" * 10_000, max_length=300, what="writer's name")
    with pytest.raises(TextRejected, match="50 lines; at most 8"):
        clean_lines(["x"] * 50, max_lines=8, max_length=120, what="postal address")


@given(st.text(max_size=400))
def test_clean_text_never_leaves_controls_or_overrides(value: str) -> None:
    try:
        cleaned = clean_text(value, max_length=400, multiline=True)
    except TextRejected:
        return
    for char in cleaned:
        assert char == "\n" or not unicodedata.category(char).startswith("C")
    assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in cleaned)
    assert clean_text(cleaned, max_length=400, multiline=True) == cleaned  # idempotent


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", INVISIBLE + BIDI + ["\x00", "\x1b", "\x7f", "\x85", "\u2028"])
def test_each_harmful_character_is_stripped_from_names(char: str) -> None:
    assert clean_text(f"Ma{char}rie", max_length=99) in ("Marie", "Ma rie")
    assert harmful_characters(f"Ma{char}rie") == [f"U+{ord(char):04X}"]


def test_line_separators_are_line_breaks_where_lines_are_allowed() -> None:
    assert clean_text("a\u2028b", max_length=9, multiline=True) == "a\nb"
    assert clean_text("a\u2029b", max_length=9) == "a b"


def test_terminal_safe_escapes_what_could_rewrite_a_terminal() -> None:
    assert terminal_safe("Élodie Martin") == "Élodie Martin"
    assert terminal_safe("Anne\u202eniraM") == "Anne\\u202eniraM"
    assert terminal_safe("A\x1b[31mB\u200bC") == "A\\u001b[31mB\\u200bC"
    assert terminal_safe("tag\U000e0041") == "tag\\udb40\\udc41"
    # JSON stays JSON and says the same thing.
    original = {"name": "Anne\u202eniraM\x07\u2066x\U000e0041"}
    escaped = terminal_safe(json.dumps(original, ensure_ascii=False))
    assert all(not is_harmful(c) for c in escaped)
    assert json.loads(escaped) == original


@given(st.text(max_size=200))
def test_terminal_safe_leaves_nothing_harmful(value: str) -> None:
    assert not harmful_characters(terminal_safe(value))
