"""Sentences for the user: written in English in the core, worded again in the window's language.

A core module writes::

    raise RequestRefused(
        QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
    )

The value is an ordinary English ``str`` (the CLI, logs and tests read it as it is), and it
also carries its template and values, so the window shows it in French
(``albanera_desk.ui.messages.said``). ``pyside6-lupdate`` finds the templates in the core
modules by that name (see scripts/translations.py). Nothing of Qt is imported here: the
name is only the marker lupdate looks for.
"""

from __future__ import annotations

from typing import Any


class Sentence(str):
    """English text that remembers the template and the values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(
        cls, text: str, template: str | None = None, values: dict[str, Any] | None = None
    ) -> Sentence:
        made = super().__new__(cls, text)
        made.template = text if template is None else template
        made.values = dict(values or {})
        return made

    def format(self, *args: object, **values: Any) -> Sentence:
        if args:
            raise TypeError("Sentence.format takes named values only, so they can be worded again")
        return Sentence(self.template.format(**values), self.template, values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Sentence:  # noqa: N802 - lupdate's marker
    """Mark ``text`` for translation in ``context`` ("Core"); it stays English here."""
    return Sentence(text)
