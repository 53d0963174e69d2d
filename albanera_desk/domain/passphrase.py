"""Passphrase strength, estimated offline: length, variety, and the obvious patterns."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise

MIN_LENGTH = 12

_COMMON = (
    "password", "motdepasse", "azerty", "qwerty", "123456", "albanera", "alba", "nera",
    "admin", "welcome", "bienvenue", "soleil", "letmein", "iloveyou", "secret",
)  # fmt: skip


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class PassphraseVerdict:
    strength: Strength
    bits: float
    reasons: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def _pool_size(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    return max(pool, 1)


def assess(passphrase: str) -> PassphraseVerdict:
    """Estimate the strength of ``passphrase``; ``reasons`` are English keys the UI translates."""
    reasons: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        return PassphraseVerdict(Strength.TOO_SHORT, 0.0, ("too_short",))
    effective = passphrase
    lowered = passphrase.lower()
    for word in _COMMON:
        if word in lowered:
            reasons.append("common_word")
            effective = effective.lower().replace(word, "", 1) + "x"
    # Runs of one character ("aaaa") or plain sequences ("1234", "abcd") add little.
    if re.search(r"(.)\1{3,}", passphrase):
        reasons.append("repetition")
        effective = re.sub(r"(.)\1{3,}", r"\1\1", effective)
    if _has_sequence(lowered):
        reasons.append("sequence")
        effective = _collapse_sequences(effective)
    distinct = len(set(effective))
    bits = len(effective) * math.log2(_pool_size(effective))
    bits = min(bits, distinct * 6.5 + len(effective) * 1.5)
    if bits < 45:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return PassphraseVerdict(strength, round(bits, 1), tuple(reasons))


def _has_sequence(text: str, run: int = 4) -> bool:
    count = 1
    for prev, cur in pairwise(text):
        count = count + 1 if ord(cur) - ord(prev) == 1 else 1
        if count >= run:
            return True
    return False


def _collapse_sequences(text: str, run: int = 4) -> str:
    """Keep two characters of each run like "abcdef" or "1234": the rest is guessable."""
    out: list[str] = []
    length = 0
    for i, char in enumerate(text):
        length = length + 1 if i and ord(char) - ord(text[i - 1]) == 1 else 1
        out.append(char)
        if length == run:
            del out[-(run - 2) :]
        elif length > run:
            out.pop()
    return "".join(out)
