"""Unlocking: the passphrase of a store whose key is not in the keyring, or, after the desk
was locked, a confirmation that it is you. Opening runs in a worker (the passphrase costs
SQLCipher's key derivation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from albanera_desk.domain.errors import StoreError
from albanera_desk.services.opening import KeyringKeys, Store, needs_passphrase, open_store
from albanera_desk.settings import app_paths
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.passphrase_fields import error_label, title_label
from albanera_desk.ui.worker import Progress, Task


class UnlockDialog(QDialog):
    """Ask the passphrase of an existing store (its key is not in the keyring)."""

    def __init__(
        self,
        path: Path,
        keys: KeyringKeys,
        parent: QWidget | None = None,
        *,
        locked_after_idle: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the store"))
        # After an auto-lock, a store keyed from the keyring asks only for confirmation.
        self._confirm_only = locked_after_idle and not needs_passphrase(path, keys)
        self.setMinimumWidth(460)
        self._path = path
        self._keys = keys
        self._task: Task | None = None
        self.store: Store | None = None
        explanation = QLabel(
            self.tr("Enter the passphrase of {name} ({folder}).").format(
                name=path.name, folder=str(path.parent)
            )
        )
        explanation.setWordWrap(True)
        if locked_after_idle:
            explanation.setText(
                self.tr("The desk is locked: its views were cleared.")
                + " "
                + (
                    self.tr("Confirm it is you to open it again.")
                    if self._confirm_only
                    else explanation.text()
                )
            )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setVisible(not self._confirm_only)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            self.tr("Unlock") if locked_after_idle else self.tr("Open"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.open_button.setDefault(True)
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Unlock")))
        layout.addWidget(explanation)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._open)
        self.buttons.rejected.connect(self.reject)

    def _open(self) -> None:
        if self._task is not None or (not self.passphrase.text() and not self._confirm_only):
            return
        self.error.clear()
        path, keys, typed = self._path, self._keys, self.passphrase.text() or None

        def work(progress: Progress) -> Store:
            return open_store(path, keys, typed, backup_dir=app_paths().backup_dir)

        self._task = Task(work, parent=self, label=self.tr("Opening the store…"), cancellable=False)
        self._task.succeeded.connect(self._opened)
        self._task.failed.connect(self._failed)
        self.open_button.setEnabled(False)
        self._task.start()

    def _opened(self, store: Store) -> None:
        self._task = None
        self.store = store
        self.passphrase.clear()  # used: not kept
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.open_button.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, StoreError):
            self.error.setText(store_error_text(exc))
        else:
            self.error.setText(
                self.tr("Something unexpected went wrong (a bug); it was written to the log.")
            )
