"""``make bench`` figures for the personal-information file: search, first paint, import."""

from __future__ import annotations


def figures() -> list[dict[str, object]]:
    return []
