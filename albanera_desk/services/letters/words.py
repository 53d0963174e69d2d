"""The office's letter texts, filled in one language (French typography in French).

A letter is written in one language, chosen per request: ``letter_texts(language)``
reads that language's editable file (resources/letters/fr.json or en.json) and
``Words`` fills its templates with the letter's values, the CCPA's own wording over
the GDPR's where it applies, and French typography. It is not a French/English pair:
a text held in both languages and chosen when used is a ``domain.bilingual.Bilingual``
(the register's starters, the records' words in exports).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from albanera_desk.domain.letter_format import date_in_words, french_typography
from albanera_desk.settings import RESOURCES_DIR

LETTER_TEXTS = RESOURCES_DIR / "letters"


@cache
def letter_texts(language: str) -> dict[str, Any]:
    path = LETTER_TEXTS / f"{language}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


class Words:
    """One letter's texts, in its one language, filled with its values; under the CCPA
    its own texts come first. (Not a French/English pair: see ``Bilingual``.)"""

    def __init__(
        self, texts: dict[str, Any], lang: str, values: dict[str, str], *, ccpa: bool = False
    ) -> None:
        self.texts = texts
        self.lang = lang
        self.values = values
        self.ccpa = ccpa
        self.labels: dict[str, Any] = texts["labels"]

    def own(self, key: str) -> dict[str, Any]:
        """The texts of one letter: the CCPA's own wording over the GDPR's, key by key."""
        base = dict(self.texts.get(key, {}))
        if self.ccpa:
            base.update(self.texts.get("ccpa", {}).get(key, {}))
        return base

    def text(self, key: str, name: str, **extra: str) -> str:
        return self.fill(str(self.own(key)[name]), **extra)

    def fill(self, text: str, **extra: str) -> str:
        filled = text.format(**{**self.values, **extra})
        return french_typography(filled) if self.lang == "fr" else filled

    def body(self, key: str, **extra: str) -> list[str]:
        return [self.fill(p, **extra) for p in self.own(key)["body"]]

    def label(self, group: str, key: str) -> str:
        return str(self.labels[group].get(key, key))

    def field(self, field: str) -> str:
        return self.label("fields", field.partition(":")[0])

    def day(self, when: date | datetime) -> str:
        return date_in_words(when.date() if isinstance(when, datetime) else when, self.lang)

    def listing(self, parts: list[str], sep: str = "; ") -> str:
        return sep.join(parts) if parts else str(self.labels["none"])

    def joined(self, parts: list[str]) -> str:
        """ "a, b and c" in the letter's language."""
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + str(self.labels["and"]) + parts[-1]
