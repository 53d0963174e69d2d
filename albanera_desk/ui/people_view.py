"""The People section of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from albanera_desk.services.desk import Desk
from albanera_desk.ui.sections import EmptyState


def build_people_section(desk: Desk) -> QWidget:
    """The widget shown for this section; an empty state says what belongs here."""
    return EmptyState(
        QCoreApplication.translate("MainWindow", "People"),
        QCoreApplication.translate(
            "MainWindow",
            "The personal-information file: each customer or writer, and what we "
            "hold about them by category (contact, payment, purchases, devices, "
            "location, browsing…), with its source, date and retention.",
        ),
        QCoreApplication.translate(
            "MainWindow",
            "Add a person when you log a letter about them, or import the shop's "
            "customer export (CSV). Opening a file is itself recorded in the audit trail.",
        ),
    )
