"""Passphrase strength is an estimate of guesses (zxcvbn), not a rule list."""

from __future__ import annotations

import pytest

from albanera_desk.domain.errors import WeakPassphrase
from albanera_desk.domain.passphrase import Strength, assess
from albanera_desk.services.opening import check_new_passphrase
from tests.conftest import STRONG_PASSPHRASE

# Each passes a rule list (12+ characters, upper, lower, digit, sign) and is guessed early.
WEAK = [
    "Summer2026!!!",
    "Password1234",
    "AlbaNera2026!",
    "P@ssw0rd2026!",
    "Marseille2026!",
    "Motdepasse2026!",
    "Azertyuiop2026",
    "1qaz2wsx3edc4rfv",
    "Bonjour2026!!",
    "Qwerty123456!",
]


@pytest.mark.parametrize("phrase", WEAK)
def test_guessable_passphrases_are_refused(phrase: str) -> None:
    verdict = assess(phrase)
    assert verdict.strength is Strength.WEAK
    assert not verdict.acceptable
    assert verdict.guesses_log10 < 11
    with pytest.raises(WeakPassphrase, match="too easy to guess"):
        check_new_passphrase(phrase)


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("Summer2026!!!", "common_word"),
        ("Summer2026!!!", "repetition"),
        ("P@ssw0rd2026!", "leet"),
        ("zxcvbnm,./asdfg", "keyboard"),
        ("abcdefghijklmnop", "sequence"),
    ],
)
def test_the_verdict_says_what_made_it_guessable(phrase: str, reason: str) -> None:
    assert reason in assess(phrase).reasons


@pytest.mark.parametrize(
    "phrase",
    [STRONG_PASSPHRASE, "correct horse battery staple", "Givre-Ardoise-Pivoine-1983-Sud"],
)
def test_unrelated_words_are_accepted(phrase: str) -> None:
    verdict = assess(phrase)
    assert verdict.acceptable and verdict.strength >= Strength.GOOD
    check_new_passphrase(phrase)


def test_length_alone_is_not_strength_and_long_input_stays_quick() -> None:
    assert assess("x" * 500).strength is Strength.WEAK
    assert assess("ab" * 200).strength is Strength.WEAK
    assert assess("Short1!").strength is Strength.TOO_SHORT
