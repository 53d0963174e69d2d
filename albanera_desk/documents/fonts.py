"""The TrueType fonts every PDF embeds: Helvetica has no U+202F (French narrow space), ł or ș."""

from __future__ import annotations

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
