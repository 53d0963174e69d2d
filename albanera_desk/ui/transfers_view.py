"""The Transfers section of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from albanera_desk.services.desk import Desk
from albanera_desk.ui.sections import EmptyState


def build_transfers_section(desk: Desk) -> QWidget:
    """The widget shown for this section; an empty state says what belongs here."""
    return EmptyState(
        QCoreApplication.translate("MainWindow", "Transfers"),
        QCoreApplication.translate(
            "MainWindow",
            "What is stored or accessed outside France and the EU: exporter, "
            "importer, destination country and the legal ground (adequacy, standard "
            "contractual clauses…).",
        ),
        QCoreApplication.translate(
            "MainWindow",
            "Record a transfer for each third party whose countries lie outside the "
            "EU; the register shows those still missing one.",
        ),
    )
