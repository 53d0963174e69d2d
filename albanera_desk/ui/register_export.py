"""Register exports from a view, one at a time, in a worker; the file leaves the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from albanera_desk.domain.errors import StoreError
from albanera_desk.services.register.service import RegisterService
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.register import export_of
from albanera_desk.ui.saved_notice import show_saved
from albanera_desk.ui.worker import Progress, Task


class Exporter:
    """A view's register exports, one at a time: ask where (saying the file leaves the
    store), then write in a worker with a cancellable progress dialog; failures in one
    sentence, nothing written."""

    def __init__(self, parent: QWidget, register: RegisterService) -> None:
        self._parent = parent
        self._register = register
        self.task: Task | None = None
        self.notice: QMessageBox | None = None  # the last "Exported" notice

    def menu(
        self, button: QPushButton, choices: Sequence[tuple[str, str]], choose: Callable[[str], None]
    ) -> None:
        """``choices``: (key, label) with key "csv", "csv;" (semicolon), "xlsx" or "pdf"."""
        menu = QMenu(button)
        for key, label in choices:
            menu.addAction(label).triggered.connect(lambda _=False, k=key: choose(k))
        button.setMenu(menu)

    def ask(self, kind: str, key: str, stem: str) -> Task | None:
        export = export_of(kind, key, stem)
        path = file_dialogs.save_file(
            self._parent,
            QCoreApplication.translate("Register", "Export — the file leaves the encrypted store"),
            file_dialogs.EXPORT,
            export.file_name(date.today()),
            f"{export.fmt.upper()} (*.{export.fmt})",
        )
        return self.run(path, kind, export.fmt, semicolon=export.semicolon) if path else None

    def run(self, path: Path, kind: str, fmt: str, *, semicolon: bool = False) -> Task | None:
        if self.task is not None:
            return None
        register, parent = self._register, self._parent

        def work(progress: Progress) -> None:
            register.export(
                kind,  # type: ignore[arg-type]
                fmt,  # type: ignore[arg-type]
                path,
                language=ui_language(),
                semicolon=semicolon,
                progress=lambda done, total: progress.report(done, total),
            )

        def failed(exc: BaseException) -> None:
            text = (
                store_error_text(exc)
                if isinstance(exc, StoreError | ValueError)
                else QCoreApplication.translate(
                    "Register", "The export failed: nothing was written."
                )
            )
            QMessageBox.warning(parent, QCoreApplication.translate("Register", "Export"), text)

        def done(_: object) -> None:
            self.notice = show_saved(
                parent,
                path,
                QCoreApplication.translate(
                    "Register", "Exported: {name}. The file is not encrypted: keep it safe."
                ).format(name=path.name),
            )

        task = Task(work, parent=parent, label=QCoreApplication.translate("Register", "Exporting…"))
        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(lambda: setattr(self, "task", None))
        self.task = task
        task.start()
        return task
