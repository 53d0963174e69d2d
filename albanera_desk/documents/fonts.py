"""The TrueType fonts every PDF embeds: Helvetica has no U+202F (French narrow space), ł or ș."""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from albanera_desk.settings import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"  # keys and codes: 0/O and 1/l stay distinct


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular face's name for styles."""
    for name in (REGULAR, BOLD, ITALIC, MONO):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / f"{name}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


NO_BREAK = "\u00a0\u202f"  # no-break and narrow no-break spaces: never a line break


@cache
def keep_narrow_spaces() -> None:
    """ReportLab breaks lines at U+202F (it counts it as whitespace) and prints it as a plain
    space, so « : » could start a line and the narrow space would vanish. Its paragraphs
    split words with one module function: that one is replaced, once, by the same split
    without the no-break spaces, and the glyph U+202F is drawn as it is."""
    from reportlab.platypus import paragraph

    breaking = "".join(c for c in getattr(paragraph, "_wsc") if c not in NO_BREAK)  # noqa: B009
    pattern = re.compile(f"[{re.escape(breaking)}]+")

    def split(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if delim is None:
            return [word for word in pattern.split(text) if word]
        if isinstance(delim, bytes):
            delim = delim.decode("utf8")
        return text.split(delim)

    setattr(paragraph, "split", split)  # noqa: B010 - ReportLab's own module function
