"""Forms that ask before a change is discarded (Escape, Cancel or the close button)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from albanera_desk.ui.form_fields import form_state


def ask_before_discarding(dialog: QDialog) -> bool:
    """True when the changes may go: the person chose "Discard changes"."""
    box = QMessageBox(dialog)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialog.windowTitle())
    box.setText(QCoreApplication.translate("RecordDialog", "Discard the changes to this form?"))
    box.setInformativeText(
        QCoreApplication.translate("RecordDialog", "What you changed has not been saved.")
    )
    discard = box.addButton(
        QCoreApplication.translate("RecordDialog", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("RecordDialog", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog(QDialog):
    """A form that asks before Escape, Cancel or the close button discard a change."""

    def remember_state(self) -> None:
        """What the form holds as opened; call when it is filled."""
        self._opened_state = form_state(self)

    def changed_since_opened(self) -> bool:
        opened = getattr(self, "_opened_state", None)
        return opened is not None and form_state(self) != opened

    def reject(self) -> None:
        if self.changed_since_opened() and not ask_before_discarding(self):
            return
        super().reject()
