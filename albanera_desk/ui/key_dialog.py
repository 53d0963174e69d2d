"""File ▸ Change the key: a new passphrase, or a fresh random key in the system keyring.

The launcher does the work (the store must be closed to rekey): a backup with the
old key first, then ``PRAGMA rekey``, then the store opens again with the new key.
"""

from __future__ import annotations

import hmac

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.keys import KeyKind
from albanera_desk.services.opening import KeyringKeys, StoreKey, keyring_available
from albanera_desk.ui.passphrase_fields import PassphraseFields


class KeyChangeDialog(QDialog):
    def __init__(
        self,
        current: KeyKind,
        keys: KeyringKeys,
        parent: QWidget | None = None,
        *,
        current_key: StoreKey | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the store's key"))
        self._current_key = current_key
        # A passphrase store asks for its passphrase first: an unattended window is not enough.
        self.current_passphrase = QLineEdit()
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_passphrase.setPlaceholderText(self.tr("The passphrase that opens it now"))
        self.current_error = QLabel()
        self.current_error.setObjectName("error")
        self.current_error.setWordWrap(True)
        asks_current = current is KeyKind.PASSPHRASE and current_key is not None
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
        available = keyring_available(keys)
        self.to_keyring.setEnabled(available)
        if not available:
            self.to_keyring.setToolTip(self.tr("There is no system keyring on this computer."))
        self.to_passphrase.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change the key"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        if asks_current:
            current_row = QFormLayout()
            current_row.addRow(self.tr("Current passphrase"), self.current_passphrase)
            layout.addLayout(current_row)
            layout.addWidget(self.current_error)
        else:
            self.current_passphrase.hide()
            self.current_error.hide()
        layout.addWidget(self.to_passphrase)
        layout.addWidget(self.fields)
        layout.addWidget(self.to_keyring)
        layout.addWidget(self.buttons)
        self.to_passphrase.toggled.connect(self._refresh)
        self.fields.changed.connect(self._refresh)
        self._refresh()

    def asks_current_passphrase(self) -> bool:
        return self._current_key is not None and self._current_key.kind is KeyKind.PASSPHRASE

    def current_passphrase_ok(self) -> bool:
        if not self.asks_current_passphrase():
            return True
        assert self._current_key is not None
        typed = self.current_passphrase.text().encode()
        return hmac.compare_digest(typed, self._current_key.secret.encode())

    def _check_and_accept(self) -> None:
        if not self.current_passphrase_ok():
            self.current_error.setText(
                self.tr("This is not the store's current passphrase; the key was not changed.")
            )
            self.current_passphrase.selectAll()
            self.current_passphrase.setFocus()
            return
        self.accept()

    def new_passphrase(self) -> str | None:
        """The chosen passphrase, or ``None`` for a keyring key."""
        return self.fields.passphrase() if self.to_passphrase.isChecked() else None

    def _refresh(self) -> None:
        wants_passphrase = self.to_passphrase.isChecked()
        self.fields.setEnabled(wants_passphrase)
        ok = not wants_passphrase or self.fields.passphrase() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
