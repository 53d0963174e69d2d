"""Who matches what was typed, without walking every match: whole words first, then starts.

The search index (FTS5, ``services.people_index``) answers a whole word, or the start of a
word of two or three letters (its prefix indexes), by reading matches in id order and
stopping at the limit. A longer start ("examp", "5000", "gmai") it can only answer by
gathering every word that starts so, with every person holding one, before the first
result: a start that every row shares (an email domain, a customer-ID prefix) would cost
the whole file. So a longer start is never handed to the index as such unless few hold it:

- typed alone, its holders are read from the index's own word list (``fts5vocab``), words
  in order, each word's people in id order, stopping at the limit;
- with other words, a start that few hold (counted in that word list, up to
  ``FEW_HOLDERS``) is gathered by the index; a common one shared by few words (a first
  name, an email domain) is asked as those whole words; a common one of many words goes
  through its first three letters (candidates in id order, the limit first), each
  candidate kept if one of its indexed words starts as typed;
- only when that keeps too few of ``CANDIDATE_BUDGET`` candidates (a start common in the
  file but rare under its stem with the other words) does the index gather it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError

from albanera_desk.domain.people_rules import search_terms, tokens
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP, Sentence

# The index's prefix indexes (revision 0003: prefix = '2 3'): a start this long or shorter
# is read in id order by the index itself.
INDEXED_START = 3
# Candidates read through a stem before a rare start is asked of the index itself.
CANDIDATE_BUDGET = 2048
# A start held fewer times than this is gathered by the index itself (cheap to gather).
FEW_HOLDERS = 4096
# A common start shared by at most this many words is asked as those whole words.
FEW_WORDS = 8
WHOLE_LETTERS = QT_TRANSLATE_NOOP(
    "Core",
    "A single letter is found only as a whole word ({letters}): type one more to find the "
    "words it starts.",
)
_MATCH = "SELECT rowid FROM person_search WHERE person_search MATCH ?"
# The index's words, in order, each with the people holding it (a per-connection view).
_WORDS = "temp.person_search_words"
_WORDS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {_WORDS} "
    "USING fts5vocab(main, 'person_search', 'instance')"
)
# Text the index holds as typed (a store indexed by revision 0003 and not rebuilt since):
# checked in Python, word by word, instead of by the folded form.
_NOT_FOLDED = "body GLOB '*[A-Z@.+''-]*'"


def whole_letters_note(typed: str) -> Sentence | None:
    """The sentence to show when a typed word is one letter (matched whole, never as a
    start: a one-letter start would read half the index), else ``None``."""
    letters = [t for t in search_terms(typed) if len(t) < 2]
    return WHOLE_LETTERS.format(letters=", ".join(letters)) if letters else None


def whole_words(terms: Sequence[str]) -> str:
    """Every term as a whole word (one letter or a thousand)."""
    return " ".join(f'"{t}"' for t in terms)


def word_starts(terms: Sequence[str], *, stem: bool = False) -> str:
    """Every term as the start of a word (one letter stays whole: it would read half the
    index); with ``stem``, a long term by its first three letters only."""
    parts = []
    for t in terms:
        if len(t) < 2:
            parts.append(f'"{t}"')
        elif stem and len(t) > INDEXED_START:
            parts.append(f'"{t[:INDEXED_START]}"*')
        else:
            parts.append(f'"{t}"*')
    return " ".join(parts)


def whole_word_matches(conn: Any, terms: Sequence[str], limit: int) -> list[int]:
    """Ids of people holding every term as a whole word, at most ``limit``, in id order."""
    return _first(conn, whole_words(terms), limit)


def word_start_matches(conn: Any, terms: Sequence[str], limit: int) -> list[int]:
    """Ids of people holding a word that starts with each term, at most ``limit``."""
    if limit <= 0:
        return []
    if all(len(t) <= INDEXED_START for t in terms) or not _ensure_words_view(conn):
        return _first(conn, word_starts(terms), limit)
    if len(terms) == 1:
        return _holders_of_start(conn, terms[0], limit)
    parts: dict[str, str] = {t: word_starts([t]) for t in terms}
    checked: list[str] = []  # common starts of many words: through their stems, checked
    for t in terms:
        if len(t) > INDEXED_START and not _few_hold(conn, t):
            words = _words_starting(conn, t)
            if words:
                parts[t] = "(" + " OR ".join(f'"{w}"' for w in words) + ")"
            else:
                parts[t], checked = word_starts([t[:INDEXED_START]]), [*checked, t]
    if not checked:
        return _first(conn, " AND ".join(parts[t] for t in terms), limit)
    found: list[int] = []
    read = 0
    checks = " AND ".join("instr(' ' || body, ' ' || ?) > 0" for _ in checked)
    rows = conn.exec_driver_sql(
        f"SELECT rowid, CASE WHEN {checks} THEN 1 WHEN {_NOT_FOLDED} THEN 2 ELSE 0 END "
        "FROM person_search WHERE person_search MATCH ? LIMIT ?",
        (*checked, " AND ".join(parts[t] for t in terms), CANDIDATE_BUDGET),
    )
    try:
        for pid, verdict in rows:
            read += 1
            if verdict == 1 or (verdict == 2 and _starts_as_typed(conn, pid, checked)):
                found.append(pid)
                if len(found) == limit:
                    return found
    finally:
        rows.close()
    if read < CANDIDATE_BUDGET:
        return found  # every candidate read: these are all there are
    # A start common in the file but rare among its stem's candidates: the index itself.
    for t in checked:
        parts[t] = word_starts([t])
    return _first(conn, " AND ".join(parts[t] for t in terms), limit)


def _first(conn: Any, expression: str, limit: int) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql(f"{_MATCH} LIMIT ?", (expression, limit))]


def _starts_as_typed(conn: Any, pid: int, long_terms: Sequence[str]) -> bool:
    body = conn.exec_driver_sql(
        "SELECT body FROM person_search WHERE rowid = ?", (int(pid),)
    ).scalar_one_or_none()
    words = tokens(body or "")
    return all(any(w.startswith(t) for w in words) for t in long_terms)


def _ensure_words_view(conn: Any) -> bool:
    try:
        conn.exec_driver_sql(_WORDS_DDL)
    except DBAPIError:  # a read-only connection: the index answers on its own
        return False
    return True


def _holders_of_start(conn: Any, start: str, limit: int) -> list[int]:
    """People holding a word that starts with ``start``, from the index's word list."""
    found: dict[int, None] = {}
    rows = conn.exec_driver_sql(
        f"SELECT doc FROM {_WORDS} WHERE term >= ? AND term < ?", (start, _after(start))
    )
    try:
        for (pid,) in rows:
            found.setdefault(pid, None)
            if len(found) == limit:
                break
    finally:
        rows.close()
    return list(found)


def _few_hold(conn: Any, start: str) -> bool:
    """Whether fewer than ``FEW_HOLDERS`` word occurrences start with ``start``: then the
    index gathers them all at little cost."""
    held = conn.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {_WORDS} WHERE term >= ? AND term < ? LIMIT ?)",
        (start, _after(start), FEW_HOLDERS),
    ).scalar_one()
    return int(held) < FEW_HOLDERS


def _words_starting(conn: Any, start: str) -> list[str] | None:
    """The index's words that start with ``start``, when there are at most ``FEW_WORDS``:
    one seek each in the word list, never a walk of the people holding them."""
    words: list[str] = []
    after, end = start, _after(start)
    while len(words) <= FEW_WORDS:
        word = conn.exec_driver_sql(
            f"SELECT term FROM {_WORDS} WHERE term >= ? AND term < ? LIMIT 1", (after, end)
        ).scalar_one_or_none()
        if word is None:
            return words
        words.append(word)
        after = word + "\x01"  # the next word: the index holds no control character
    return None


def _after(start: str) -> str:
    """A string after every word that starts with ``start`` (and before any other)."""
    return start + "\U0010ffff"
