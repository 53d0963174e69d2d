"""Lines of text written straight into a page's content stream, in an embedded TrueType font.

ReportLab's text objects encode each line anew (character by character into the font's
subsets) and wrap it in several calls. Letters of a batch repeat most of their lines word
for word, so each distinct line is encoded once per PDF and reused: the operators written
are the ones ReportLab writes (``Tm``, ``Tf``, ``TL``, ``Tj``, ``T*``), with the glyph codes
ReportLab's own ``splitString`` assigned, so the subsets embedded are its own.

French typography's narrow no-break space (U+202F) is mapped to itself in the font's
ToUnicode table, yet poppler's ``pdftotext`` takes any single whitespace character for
the gap between two words and writes a plain space. Each narrow space is therefore drawn
inside a marked-content span whose ``ActualText`` is the narrow space with the character
after it: text extractors that honour ``ActualText`` (poppler) read it from there, the
others (pypdf) from the glyphs, and both keep U+202F.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont

Runs = list[tuple[int, str]]  # (subset, escaped glyph codes); subset -1: an operator as is
NARROW = re.compile("(\u202f+[^\u202f]?)")  # a narrow space and the character it binds to
# Per PDF being built (weakly: the cache goes with the document), per font: line -> runs.
_encoded: weakref.WeakKeyDictionary[Any, dict[str, dict[str, Runs]]] = weakref.WeakKeyDictionary()


def _cache(doc: Any, font_name: str) -> dict[str, Runs]:
    fonts = _encoded.get(doc)
    if fonts is None:
        fonts = _encoded[doc] = {}
    found = fonts.get(font_name)
    if found is None:
        found = fonts[font_name] = {}
    return found


def _encode(line: str, split: Any, doc: Any) -> Runs:
    runs: Runs = []
    for index, part in enumerate(NARROW.split(line)):
        if not part:
            continue
        spanned = index % 2 == 1  # the pieces the pattern matched
        if spanned:
            actual = "FEFF" + part.encode("utf-16-be").hex().upper()
            runs.append((-1, f"/Span << /ActualText <{actual}> >> BDC"))
        runs.extend((subset, escapePDF(data)) for subset, data in split(part, doc))
        if spanned:
            runs.append((-1, "EMC"))
    return runs


def write_blocks(
    canvas: Any,
    font_name: str,
    size: float,
    leading: float,
    blocks: Iterable[tuple[float, float, Sequence[str]]],
) -> None:
    """Each block's lines from its first baseline (x, y) down, ``leading`` apart, in one
    text object."""
    font: Any = getFont(font_name)  # a TTFont: its subsets are per document
    doc = canvas._doc
    cache = _cache(doc, font_name)
    split = font.splitString
    name = font.getSubsetInternalName
    size_text = fp_str(size)
    out = [f"BT {fp_str(leading)} TL"]
    add = out.append
    current = -1
    for x, y, lines in blocks:
        add(f"1 0 0 1 {fp_str(x, y)} Tm")
        for line in lines:
            runs = cache.get(line)
            if runs is None:
                runs = cache[line] = _encode(line, split, doc)
            for subset, escaped in runs:
                if subset < 0:
                    add(escaped)
                    continue
                if subset != current:
                    add(f"{name(subset, doc)} {size_text} Tf")
                    current = subset
                add(f"({escaped}) Tj")
            add("T*")
    add("ET")
    canvas._code.append(" ".join(out))


def write_lines(
    canvas: Any,
    font_name: str,
    size: float,
    leading: float,
    x: float,
    y: float,
    lines: Sequence[str],
) -> None:
    """The lines from the first baseline (x, y) down, ``leading`` apart."""
    write_blocks(canvas, font_name, size, leading, ((x, y, lines),))
