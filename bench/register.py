"""``make bench`` figures for the register exports."""

from __future__ import annotations


def figures() -> list[dict[str, object]]:
    return []
