"""A text written once in French and once in English, chosen when it is used.

``Bilingual`` is what the register's starters hold (their words are written, when added,
in the organisation profile's language: ``localised``) and what the records' words for the
exports are (``vocabulary``). It is not the letters' ``services.letters.words.Words``,
which fills the office's editable letter texts (resources/letters) with a letter's values
and French typography: a different job, with its own name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Language = Literal["fr", "en"]


@dataclass(frozen=True, slots=True)
class Bilingual:
    """One text, in French and in English."""

    fr: str
    en: str

    def text(self, language: str) -> str:
        """The French text for "fr", the English one for any other language."""
        return self.fr if language == "fr" else self.en


def localised(values: dict[str, Any], language: Language) -> dict[str, Any]:
    """``values`` with every ``Bilingual`` (alone or in a list) written in ``language``."""

    def pick(value: Any) -> Any:
        if isinstance(value, Bilingual):
            return value.text(language)
        if isinstance(value, list):
            return [pick(v) for v in value]
        return value

    return {name: pick(value) for name, value in values.items()}
