"""Hostile text: control characters, direction overrides, absurd lengths."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from albanera_desk.domain.text_input import TextRejected, clean_lines, clean_text


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
        assert char == "\n" or char == "\u200d" or not unicodedata.category(char).startswith("C")
    assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in cleaned)
    assert clean_text(cleaned, max_length=400, multiline=True) == cleaned  # idempotent
