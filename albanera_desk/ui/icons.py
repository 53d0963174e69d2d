"""One icon set for the whole window: line icons drawn for the desk (resources/icons/ui,
SVG, made by ``scripts/make_icons.py``), never the platform's mixed standard pixmaps."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from albanera_desk.settings import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons" / "ui"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (e.g. "print", "zoom-in"); an empty icon if there is none."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def names() -> list[str]:
    return sorted(p.stem for p in ICONS_DIR.glob("*.svg"))
