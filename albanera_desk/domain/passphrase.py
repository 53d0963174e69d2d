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
# Letters people swap for look-alike digits and signs.
_LEET = str.maketrans({"@": "a", "4": "a", "$": "s", "5": "s", "0": "o", "1": "i", "!": "i",
                       "3": "e", "€": "e", "7": "t"})  # fmt: skip
# Runs going up ("abcd", "1234") or down ("dcba", "4321").
_STEPS = (1, -1)


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
    for word in _COMMON:
        lowered = effective.lower()
        # Every occurrence, also written in leetspeak ("P@ssw0rd"), counts as one guess.
        for variant in (lowered, lowered.translate(_LEET)):
            if word in variant:
                reasons.append("common_word")
                effective = variant.replace(word, "") + "x"
                break
    # Runs of one character ("aaaa") or plain sequences ("1234", "abcd") add little.
    if re.search(r"(.)\1{3,}", passphrase):
        reasons.append("repetition")
        effective = re.sub(r"(.)\1{3,}", r"\1\1", effective)
    if _has_sequence(passphrase.lower()):
        reasons.append("sequence")
        for step in _STEPS:
            effective = _collapse_sequences(effective, step=step)
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
    for step in _STEPS:
        count = 1
        for prev, cur in pairwise(text):
            count = count + 1 if ord(cur) - ord(prev) == step else 1
            if count >= run:
                return True
    return False


def _collapse_sequences(text: str, run: int = 4, step: int = 1) -> str:
    """Keep two characters of each run like "abcdef" or "4321": the rest is guessable."""
    out: list[str] = []
    length = 0
    for i, char in enumerate(text):
        length = length + 1 if i and ord(char) - ord(text[i - 1]) == step else 1
        out.append(char)
        if length == run:
            del out[-(run - 2) :]
        elif length > run:
            out.pop()
    return "".join(out)
