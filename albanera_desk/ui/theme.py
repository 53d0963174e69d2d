"""The desk's look: Qt's Fusion style on every platform, one calm palette, the desk's own
line icons (``ui.icons``) in place of the platform's mixed standard pixmaps, and a light
style sheet for what the palette cannot say (the sidebar, table headers, error lines)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from albanera_desk.ui.icons import icon

ACCENT = "#2f7d8c"
ERROR = "#b00020"

# The sections of the main window, in the sidebar's order.
SECTION_ICONS = ("today", "people", "requests", "register", "transfers", "audit")

_PALETTE = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2933",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8f9",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2933",
    QPalette.ColorRole.PlaceholderText: "#8a959e",
    QPalette.ColorRole.Text: "#1f2933",
    QPalette.ColorRole.Button: "#f8f9fa",
    QPalette.ColorRole.ButtonText: "#1f2933",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e7eaed",
    QPalette.ColorRole.Mid: "#b9c1c8",
    QPalette.ColorRole.Dark: "#8e99a3",
    QPalette.ColorRole.Shadow: "#5f6b75",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f6b85",
    QPalette.ColorRole.LinkVisited: "#1f6b85",
}
_DISABLED = {
    QPalette.ColorRole.WindowText: "#9aa5ae",
    QPalette.ColorRole.Text: "#9aa5ae",
    QPalette.ColorRole.ButtonText: "#9aa5ae",
    QPalette.ColorRole.Base: "#f3f4f6",
}

STYLE_SHEET = f"""
QListWidget#sidebar {{
    background: #e8ecef;
    border: none;
    border-right: 1px solid #d5dbe0;
    padding-top: 10px;
    outline: 0;
}}
QListWidget#sidebar::item {{
    padding: 4px 10px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #1f2933;
}}
QListWidget#sidebar::item:hover {{ background: #dde3e7; }}
QListWidget#sidebar::item:selected {{ background: #cfe4e8; color: #123f49; }}
QHeaderView::section {{
    background: #eef1f3;
    color: #3d5361;
    padding: 4px 6px;
    border: none;
    border-right: 1px solid #dde2e6;
    border-bottom: 1px solid #d5dbe0;
    font-weight: 600;
}}
QTableView {{
    gridline-color: #e6e9ec;
    selection-background-color: #cfe4e8;
    selection-color: #123f49;
}}
QFrame#card {{
    background: #ffffff;
    border: 1px solid #dde2e6;
    border-radius: 6px;
}}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLabel#error {{ color: {ERROR}; }}
QLabel#attention {{ padding: 4px 0; }}
QLabel#pageSheet {{ background: #7d8891; }}
QStatusBar {{ background: #e8ecef; color: #3d5361; }}
QToolTip {{ border: 1px solid #b9c1c8; padding: 4px; }}
"""


def palette() -> QPalette:
    colours = QPalette()
    for role, value in _PALETTE.items():
        colours.setColor(role, QColor(value))
    for role, value in _DISABLED.items():
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return colours


MESSAGE_ICONS = {
    QStyle.StandardPixmap.SP_MessageBoxInformation: "info",
    QStyle.StandardPixmap.SP_MessageBoxWarning: "warning",
    QStyle.StandardPixmap.SP_MessageBoxCritical: "error",
    QStyle.StandardPixmap.SP_MessageBoxQuestion: "question",
}


class DeskStyle(QProxyStyle):
    """Fusion, with the desk's icons in message boxes (dialog buttons: see the style sheet)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(
        self,
        standard: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = MESSAGE_ICONS.get(standard)
        if name is not None:
            return icon(name)
        return super().standardIcon(standard, option, widget)


_kept: list[DeskStyle] = []


def apply_theme(app: QApplication) -> None:
    """Fusion, the palette, the style sheet: the same desk on Linux, Windows and macOS."""
    style = DeskStyle()
    _kept.append(style)  # Qt owns it, but its Python overrides live only while referenced
    app.setStyle(style)
    app.setPalette(palette())
    app.setStyleSheet(STYLE_SHEET)


def dress_sidebar(sidebar: QListWidget) -> None:
    """The sections' own icons, one set, in the sidebar's order."""
    sidebar.setIconSize(QSize(20, 20))
    for row, name in enumerate(SECTION_ICONS[: sidebar.count()]):
        sidebar.item(row).setIcon(icon(name))
