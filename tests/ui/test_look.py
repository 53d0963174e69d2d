"""One look everywhere: Fusion with the desk's palette, one icon set (SVG, drawn for the
desk), message boxes with the desk's icons, dialog buttons with words only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory
from pytestqt.qtbot import QtBot

from albanera_desk.ui import icons, theme
from albanera_desk.ui.theme import ACCENT, SECTION_ICONS, DeskStyle, apply_theme, dress_sidebar

UI = Path(icons.__file__).parent


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.style().name() or "Fusion"
    apply_theme(qapp)
    yield qapp
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.setStyle(QStyleFactory.create(before))


def test_the_desk_wears_fusion_its_palette_and_its_own_icons(themed: QApplication) -> None:
    style = themed.style()  # the style sheet's wrapper around the desk's style
    desk_style = theme._kept[-1]
    assert isinstance(desk_style, DeskStyle)
    assert desk_style.baseStyle().name().lower() == "fusion"
    assert themed.palette().color(QPalette.ColorRole.Highlight).name() == ACCENT
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).icon().isNull()  # words only
    info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    assert info.cacheKey() == icons.icon("info").cacheKey()


def test_every_icon_the_window_asks_for_is_in_the_set_and_draws(qtbot: QtBot) -> None:
    asked = set(SECTION_ICONS)
    for source in UI.glob("*.py"):
        asked |= set(re.findall(r"icon\(\"([a-z-]+)\"\)", source.read_text(encoding="utf-8")))
        asked |= set(re.findall(r"\(self\.\w+, \"([a-z-]+)\"\)", source.read_text("utf-8")))
    asked |= {"info", "warning", "error", "question"}
    missing = sorted(asked - set(icons.names()))
    assert missing == []
    for name in icons.names():
        image = icons.icon(name).pixmap(24, 24).toImage()
        assert not image.isNull()
        drawn = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 0)
        assert drawn > 20, name  # a real drawing, not an empty file


def test_the_sidebar_shows_one_icon_per_section(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListWidget

    sidebar = QListWidget()
    qtbot.addWidget(sidebar)
    for name in ("Today", "People", "Requests", "Register", "Transfers", "Audit"):
        sidebar.addItem(name)
    dress_sidebar(sidebar)
    keys = [sidebar.item(row).icon().cacheKey() for row in range(sidebar.count())]
    assert keys == [icons.icon(name).cacheKey() for name in SECTION_ICONS]
