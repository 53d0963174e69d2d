"""First start: create or open a store, then fill the organisation profile.

Opening and creating run in a worker: a passphrase costs SQLCipher's key
derivation and an older store is backed up and upgraded, which can take time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.opening import (
    KeyringKeys,
    Store,
    create_store,
    current_actor,
    open_store,
    plan_for_new_store,
)
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.settings import app_paths
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.organisation_form import OrganisationForm
from albanera_desk.ui.passphrase_fields import PassphraseFields, error_label, title_label
from albanera_desk.ui.screen_fit import fit_to_screen
from albanera_desk.ui.unlock_dialog import UnlockDialog
from albanera_desk.ui.worker import Progress, Task

__all__ = ["FirstStartDialog", "PassphraseFields", "UnlockDialog"]

STORE_FILTER = "Alba Nera Desk stores (*.db *.albanera);;All files (*)"


class FirstStartDialog(QDialog):
    """Create a new store or open an existing one; then fill the organisation profile."""

    def __init__(
        self, default_path: Path, keys: KeyringKeys, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Alba Nera Desk"))
        self.setMinimumWidth(620)
        self._keys = keys
        self._plan = plan_for_new_store(keys)
        self.store: Store | None = None
        self._task: Task | None = None
        self._actor = ""

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_store_page(default_path))
        self.pages.addWidget(self._build_profile_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._connect_signals()
        self._show_page(0)
        self._refresh()

    # --- layout ----------------------------------------------------------------------

    def _build_store_page(self, default_path: Path) -> QWidget:
        page = QWidget()
        self.create_choice = QRadioButton(self.tr("Create a new store"))
        self.open_choice = QRadioButton(self.tr("Open an existing store"))
        self.create_choice.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.create_choice)
        group.addButton(self.open_choice)

        self.new_path = QLineEdit(str(default_path))
        self.browse_new = QPushButton(self.tr("Choose…"))
        self.key_plan = QLabel()
        self.key_plan.setWordWrap(True)
        self.use_passphrase = QCheckBox(self.tr("Lock it with a passphrase instead"))
        self.new_passphrase = PassphraseFields()

        self.existing_path = QLineEdit()
        self.browse_existing = QPushButton(self.tr("Choose…"))
        self.existing_passphrase = QLineEdit()
        self.existing_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.existing_passphrase.setPlaceholderText(
            self.tr("Only if its key is not in this computer's keyring")
        )
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )

        intro = QLabel(
            self.tr(
                "Alba Nera Desk keeps the privacy office's records in one encrypted file on "
                "this computer. Nothing leaves it unless you print or export it."
            )
        )
        intro.setWordWrap(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_path)
        new_row.addWidget(self.browse_new)
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        self._new_form = new_form
        new_form.addRow(self.tr("File"), new_row)
        new_form.addRow("", self.key_plan)
        new_form.addRow("", self.use_passphrase)
        new_form.addRow(self.new_passphrase)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_path)
        existing_row.addWidget(self.browse_existing)
        self.existing_box = QWidget()
        existing_form = QFormLayout(self.existing_box)
        existing_form.addRow(self.tr("File"), existing_row)
        existing_form.addRow(self.tr("Passphrase"), self.existing_passphrase)

        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("Welcome")))
        layout.addWidget(intro)
        layout.addWidget(self.create_choice)
        layout.addWidget(self.new_box)
        layout.addWidget(self.open_choice)
        layout.addWidget(self.existing_box)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        return page

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        self.profile_form = OrganisationForm()
        self.profile_form.set_profile(profile_from_privacy_policy())
        warning = QLabel(
            self.tr(
                "Pre-filled from the published privacy policy, which gives a Los Angeles "
                "address naming Jacques Marie Mage: check that this is where Alba Nera "
                "receives its letters. Answers are sent from this address and signed by "
                "the person named here."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        warning.setStyleSheet("QLabel#warning { background: #fff4d6; padding: 8px; }")
        self.profile_error = error_label()
        self.profile_buttons = QDialogButtonBox()
        self.finish_button = self.profile_buttons.addButton(
            self.tr("Save and start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.profile_buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.profile_form)
        layout.addWidget(title_label(self.tr("Your organisation")))
        layout.addWidget(warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.profile_error)
        layout.addWidget(self.profile_buttons)
        return page

    def _connect_signals(self) -> None:
        self.create_choice.toggled.connect(self._refresh)
        self.use_passphrase.toggled.connect(self._refresh)
        self.new_passphrase.changed.connect(self._refresh)
        self.existing_path.textChanged.connect(self._refresh)
        self.new_path.textChanged.connect(self._refresh)
        self.browse_new.clicked.connect(self._choose_new)
        self.browse_existing.clicked.connect(self._choose_existing)
        self.continue_button.clicked.connect(self._continue)
        self.quit_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self._save_profile)
        self.later_button.clicked.connect(self.accept)

    # --- behaviour ---------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        """Size the dialog to the page shown, not to the tallest page of the stack."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.adjustSize()
        wanted = self.size()
        if index == 1:  # the profile scrolls: as tall as the screen allows
            wanted = QSize(max(wanted.width(), 680), self.profile_form.sizeHint().height() + 220)
        fit_to_screen(self, wanted)

    def _wants_passphrase(self) -> bool:
        return self._plan.kind is KeyKind.PASSPHRASE or self.use_passphrase.isChecked()

    def _refresh(self) -> None:
        creating = self.create_choice.isChecked()
        self.new_box.setEnabled(creating)
        self.existing_box.setEnabled(not creating)
        keyring_ok = self._plan.kind is KeyKind.RAW
        self._new_form.setRowVisible(self.use_passphrase, keyring_ok)
        if keyring_ok and not self.use_passphrase.isChecked():
            self.key_plan.setText(
                self.tr(
                    "Its key will be kept in this computer's keyring ({name}): you will "
                    "not need to type anything to open it."
                ).format(name=self._plan.keyring_name)
            )
        elif keyring_ok:
            self.key_plan.setText(
                self.tr("You will type this passphrase each time. It cannot be recovered if lost.")
            )
        else:
            self.key_plan.setText(
                self.tr(
                    "There is no system keyring on this computer: the store will be locked "
                    "with a passphrase you type each time. It cannot be recovered if lost."
                )
            )
        self._new_form.setRowVisible(self.new_passphrase, self._wants_passphrase())
        if creating:
            ready = bool(self.new_path.text().strip()) and (
                not self._wants_passphrase() or self.new_passphrase.passphrase() is not None
            )
        else:
            ready = bool(self.existing_path.text().strip())
        self.continue_button.setEnabled(ready and self._task is None)

    def _choose_new(self) -> None:
        current = Path(self.new_path.text().strip()).expanduser()
        path = file_dialogs.save_file(
            self,
            self.tr("New store"),
            file_dialogs.STORE,
            current.name,
            STORE_FILTER,
            current.parent,
        )
        if path is not None:
            self.new_path.setText(str(path))

    def _choose_existing(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Open a store"), file_dialogs.STORE, STORE_FILTER
        )
        if path is not None:
            self.existing_path.setText(str(path))

    def _continue(self) -> None:
        self.error.clear()
        keys = self._keys
        if self.create_choice.isChecked():
            path = Path(self.new_path.text().strip()).expanduser()
            passphrase = self.new_passphrase.passphrase() if self._wants_passphrase() else None

            def work(progress: Progress) -> Store:
                return create_store(path, keys, passphrase)

            label = self.tr("Creating the store…")
        else:
            path = Path(self.existing_path.text().strip()).expanduser()
            typed = self.existing_passphrase.text() or None

            def work(progress: Progress) -> Store:
                return open_store(path, keys, typed, backup_dir=app_paths().backup_dir)

            label = self.tr("Opening the store…")
        self._task = Task(work, parent=self, label=label, cancellable=False)
        self._task.succeeded.connect(self._opened)
        self._task.failed.connect(self._failed)
        self._refresh()
        self._task.start()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._refresh()
        if isinstance(exc, StoreError):
            self.error.setText(store_error_text(exc))
        else:
            self.error.setText(
                self.tr("Something unexpected went wrong (a bug); it was written to the log.")
            )

    def _opened(self, store: Store) -> None:
        self._task = None
        self.store = store
        self.new_passphrase.clear()  # used: not kept
        self.existing_passphrase.clear()
        self._actor = current_actor()
        existing = OrganisationService(store, self._actor).get()
        if existing is not None:
            self.accept()
            return
        self._show_page(1)
        self.profile_form.controller_name.setFocus()

    def _save_profile(self) -> None:
        assert self.store is not None
        try:
            OrganisationService(self.store, self._actor).save(self.profile_form.profile())
        except StoreError as exc:
            self.profile_error.setText(store_error_text(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self._task is not None:
            return  # work in progress: it finishes, then the user can quit
        if self.store is not None:
            # The store exists now: "Quit" on the profile page still keeps it.
            self.accept()
            return
        super().reject()
