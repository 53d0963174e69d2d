"""Windows sized to the screen they open on: never larger than its available area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room the window manager takes around a window (title bar, borders).
FRAME = QSize(16, 48)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` (or its parent window) is on, else the primary screen."""
    for candidate in (widget.parentWidget(), widget):
        if candidate is not None:
            screen = candidate.window().screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_size(preferred: QSize, available: QRect) -> QSize:
    """``preferred``, shrunk so the window with its frame stays inside ``available``."""
    return QSize(
        min(preferred.width(), available.width() - FRAME.width()),
        min(preferred.height(), available.height() - FRAME.height()),
    )


def fit_to_screen(widget: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """Resize ``widget`` to ``preferred`` or less, centred on its screen's available area."""
    area = available if available is not None else available_area(widget)
    size = fit_size(preferred, area)
    widget.resize(size)
    left = area.x() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    top = area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    widget.move(left, top)
    return size
