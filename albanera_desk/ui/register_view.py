"""The Register section of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from albanera_desk.services.desk import Desk
from albanera_desk.ui.sections import EmptyState


def build_register_section(desk: Desk) -> QWidget:
    """The widget shown for this section; an empty state says what belongs here."""
    return EmptyState(
        QCoreApplication.translate("MainWindow", "Processor register"),
        QCoreApplication.translate(
            "MainWindow",
            "The third parties that receive personal information (email vendors, "
            "platform providers, event co-sponsors, payment and advertising partners) "
            "and the record of processing.",
        ),
        QCoreApplication.translate(
            "MainWindow",
            "Add each third party with its role, purposes, data categories and "
            "contract; export the register as CSV, XLSX or PDF when asked.",
        ),
    )
