"""Passphrase strength, estimated offline with zxcvbn: how many guesses would find it.

zxcvbn matches dictionaries (common passwords, English words, names, and below the
French and office words it lacks), keyboard runs, repeats, sequences, years and dates,
l33t substitutions, and adds up the cheapest way to guess the whole: "Summer2026!!!"
is a season, a year and a repeat, not 13 random characters. The same estimate drives
the refusal (``services.opening.check_new_passphrase``) and the start dialog's meter.

SQLCipher derives the key with PBKDF2-SHA512 (256,000 rounds): one graphics card tries
a few thousand passphrases a second, so 10^11 guesses is months of work, 10^10 days.

How long the passphrase stays in memory, honestly: Python strings cannot be wiped, only
dropped. The desk drops what it can: the start and unlock dialogs clear their fields once
the store is open, the key dialog is deleted after use, ``assess`` keeps nothing (no
cache, no log). The open store still holds its key (``Store.key`` and the engine's
connect hook, which needs it for each new connection and for backups) until it is
closed. Freed memory is not zeroed by the interpreter, Qt's own copies of typed text are
not under our control, and swap or a core dump can hold any of them: the OS (encrypted
swap, no core dumps) is the only real guarantee. Keeping SQLCipher's derived raw key
instead of the passphrase would shorten this further (see the issue 10 report).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from zxcvbn import zxcvbn

MIN_LENGTH = 12
# zxcvbn's matching grows fast with length: the first characters are estimated, the rest
# is not credited (a long passphrase is judged on its first 32 characters, under 0.1 s).
ESTIMATED_LENGTH = 32

# Words an attacker of this office tries first that zxcvbn's English lists lack.
OFFICE_WORDS = (
    "albanera", "alba", "nera", "desk", "privacy", "rgpd", "gdpr", "cnil", "dpo",
    "motdepasse", "azerty", "azertyuiop", "bonjour", "bonsoir", "salut", "coucou",
    "bienvenue", "soleil", "amour", "jetaime", "doudou", "chouchou", "loulou", "chocolat",
    "france", "paris", "marseille", "lyon", "toulouse", "bordeaux", "nantes", "lille",
    "printemps", "ete", "automne", "hiver", "janvier", "fevrier", "mars", "avril", "mai",
    "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "chat", "chien", "maison", "famille", "bureau", "societe", "entreprise", "client",
    "secret", "admin", "administrateur", "utilisateur", "test", "welcome",
)  # fmt: skip

# log10 of the guesses each level starts at.
_LEVELS = ((16.0, 4), (13.0, 3), (11.0, 2))


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class PassphraseVerdict:
    strength: Strength
    bits: float  # log2 of the estimated guesses
    reasons: tuple[str, ...]  # what made it guessable: keys the UI may word

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR

    @property
    def guesses_log10(self) -> float:
        return self.bits / math.log2(10)


# zxcvbn's pattern names -> the reasons this module reports.
_REASONS = {
    "dictionary": "common_word",
    "spatial": "keyboard",
    "repeat": "repetition",
    "sequence": "sequence",
    "regex": "year",
    "date": "date",
}


def assess(passphrase: str) -> PassphraseVerdict:
    """Estimate the strength of ``passphrase``. Nothing is kept: no cache, no log."""
    if len(passphrase) < MIN_LENGTH:
        return PassphraseVerdict(Strength.TOO_SHORT, 0.0, ("too_short",))
    result = zxcvbn(passphrase[:ESTIMATED_LENGTH], user_inputs=list(OFFICE_WORDS))
    log10 = float(result["guesses_log10"])
    reasons: list[str] = []
    for match in result["sequence"]:
        reason = _REASONS.get(str(match["pattern"]))
        if match.get("l33t"):
            reason = "leet"
        if reason is not None and reason not in reasons:
            reasons.append(reason)
    del result  # it holds the passphrase's pieces
    strength = Strength.WEAK
    for threshold, level in _LEVELS:
        if log10 >= threshold:
            strength = Strength(level)
            break
    return PassphraseVerdict(strength, round(log10 * math.log2(10), 1), tuple(reasons))
