"""The words a request is found by, folded as people search folds them ("Łucja" → "lucja").

Folding is the slow part of a text search over ten thousand requests, so it is done
in bulk, once per open store: the first search reads every request's reference,
name and address in one query and folds them as one text (``fold_many``); each
search after that only looks the folded words up. A request written since is
folded on its own when a search first meets it. The folded words live in memory
with the desk (locking the window drops them), never on disk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from albanera_desk.domain.people_rules import fold

TEXT_FUNCTION = "albanera_request_text"  # the SQL function a search calls on each row


class _CharFolds(dict[int, str]):
    """Each character folded once (as ``people_rules.fold`` folds it), then by table lookup."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        self[code] = folded
        return folded


_FOLDS = _CharFolds()


def quick_fold(text: str) -> str:
    """``fold(text)``, character by character through a table that learns as it goes."""
    # Case folded for the whole text first ("ß" -> "ss", final "ς" -> "σ", as search compares).
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_FOLDS)


def fold_many(texts: Sequence[str]) -> list[str]:
    """``quick_fold`` of each of ``texts`` (none holding a line break), in a few passes in C.

    The texts are folded as one: case folded at once, then each distinct non-ASCII
    character replaced everywhere it occurs (its fold being plain ASCII, no replacement
    can meet another's output); about twice as fast as row by row.
    """
    if not texts:
        return []
    joined = "\n".join(texts).casefold()
    if joined.isascii():
        return joined.split("\n")
    changes = [(c, _FOLDS[ord(c)]) for c in set(_ASCII_RUNS.sub("", joined))]
    if not all(folded.isascii() for char, folded in changes if folded != char):
        return [quick_fold(text) for text in texts]  # a fold that is not plain letters: one by one
    for char, folded in changes:
        if folded != char:
            joined = joined.replace(char, folded)
    return joined.split("\n")


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script, as people search reads them


def search_words(typed: str) -> list[str]:
    """The folded words of what was typed, folded exactly as the requests' own text is."""
    return _WORD.findall(quick_fold(typed))


def _unfolded(reference: str, writer_name: str, writer_address: str | None) -> str:
    # Line breaks would split a text in fold_many; a space keeps the words apart the same way.
    text = f"{reference} {reference.replace('-', '')} {writer_name} {writer_address or ''}"
    return text.replace("\n", " ").replace("\r", " ")


def searchable_text(reference: str, writer_name: str, writer_address: str | None) -> str:
    """The folded words a request is found by: reference (with or without dashes), name, address.

    ``writer_address`` is the column's JSON text (its lines, kept unescaped): brackets and
    quotes do not get in the way of a word, and the postcode is in it.
    """
    return quick_fold(_unfolded(reference, writer_name, writer_address))


class FoldedText:
    """``searchable_text`` kept per row's values while the store is open.

    The SQL function a search calls on each row looks the row's words up here; the
    first search fills it for every request in one read (``warm``), and a request
    logged since is folded when a search first meets it. Keyed by the row's values,
    so a changed name or address is never found by its old words.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str, str | None], str] = {}
        self._warm = False

    def __call__(self, reference: str, writer_name: str, writer_address: str | None) -> str:
        key = (reference, writer_name, writer_address)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = searchable_text(reference, writer_name, writer_address)
        return found

    def register(self, session: Session) -> None:
        """Make the SQL function available on ``session``'s connection, folded in bulk once."""
        raw: Any = session.connection().connection.dbapi_connection
        if not self._warm:
            self._warm = True
            self.warm(raw)
        raw.create_function(TEXT_FUNCTION, 3, self, deterministic=True)

    def warm(self, raw: Any) -> None:
        """Fold every request's words at once, from the very values the SQL function gets."""
        # The driver's own rows: the same strings (JSON text for the address) the function
        # is called with, read without the ORM's per-row work.
        rows = raw.execute("SELECT reference, writer_name, writer_address FROM request").fetchall()
        folded = fold_many([_unfolded(*row) for row in rows])
        self._seen.update(zip(map(tuple, rows), folded, strict=True))

    def __len__(self) -> int:
        return len(self._seen)
