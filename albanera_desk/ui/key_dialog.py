"""File ▸ Change the key: a new passphrase, or a fresh random key in the system keyring.

The launcher does the work (the store must be closed to rekey): a backup with the
old key first, then ``PRAGMA rekey``, then the store opens again with the new key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.ui.start_dialogs import PassphraseFields


class KeyChangeDialog(QDialog):
    def __init__(self, current: KeyKind, keys: KeyringKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the store's key"))
        now = (
            self.tr("The store's key is now kept in this computer's keyring.")
            if current is KeyKind.RAW
            else self.tr("The store is now locked with a passphrase.")
        )
        about = QLabel(
            now
            + " "
            + self.tr(
                "A backup with the current key is made first. Afterwards, print a new "
                "recovery sheet: the old one no longer opens the store."
            )
        )
        about.setWordWrap(True)
        self.to_passphrase = QRadioButton(self.tr("A new passphrase I choose"))
        self.to_keyring = QRadioButton(self.tr("A new random key kept in the system keyring"))
        self.fields = PassphraseFields()
        available = keys.status().available
        self.to_keyring.setEnabled(available)
        if not available:
            self.to_keyring.setToolTip(self.tr("There is no system keyring on this computer."))
        self.to_passphrase.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change the key"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.to_passphrase)
        layout.addWidget(self.fields)
        layout.addWidget(self.to_keyring)
        layout.addWidget(self.buttons)
        self.to_passphrase.toggled.connect(self._refresh)
        self.fields.changed.connect(self._refresh)
        self._refresh()

    def new_passphrase(self) -> str | None:
        """The chosen passphrase, or ``None`` for a keyring key."""
        return self.fields.passphrase() if self.to_passphrase.isChecked() else None

    def _refresh(self) -> None:
        wants_passphrase = self.to_passphrase.isChecked()
        self.fields.setEnabled(wants_passphrase)
        ok = not wants_passphrase or self.fields.passphrase() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
