"""The letter that answers one request or a batch: preview and print, save, record as posted.

Which letters are offered and what recording them does is the presenter's
(``LetterPlan``); the dialog lays out the choices and runs the work in a
worker, so a batch of hundreds never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.services.batch_letters import Batch, BatchLetters
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.ui.dates import pydate, text_format
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.requests import (
    RECIPIENT_NOTICES,
    LetterPlan,
    LetterStage,
    letter_choices,
)
from albanera_desk.ui.worker import Cancelled, Progress, Task

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from albanera_desk.ui.print_preview import PrintPreviewDialog


class LetterDialog(QDialog):
    """Prepare a request's letter, save it where the user says, record it as posted."""

    def __init__(
        self,
        desk: Desk,
        references: list[str],
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        title = (
            self.tr("Letter for {ref}").format(ref=references[0])
            if len(references) == 1
            else self.tr("Letters for %n request(s)", "", len(references))
        )
        self.setWindowTitle(title)
        self._desk = desk
        self._references = references
        self._task: Task | None = None
        self._batches = BatchLetters(desk.store, desk.actor, desk.letters)
        self._made: tuple[LetterPlan, Batch] | None = None
        self.recorded = False
        self.pdf: bytes | None = None
        self.kind = QComboBox()
        labels = {
            RequestLetter.ACKNOWLEDGEMENT.value: self.tr("Acknowledgement"),
            RequestLetter.IDENTITY_CHECK.value: self.tr("Identity check"),
            RequestLetter.EXTENSION_NOTICE.value: self.tr("Extension notice"),
            RequestLetter.ACCESS_RESPONSE.value: self.tr("Access response"),
            RequestLetter.CORRECTION_CONFIRMATION.value: self.tr("Correction confirmation"),
            RequestLetter.ERASURE_CONFIRMATION.value: self.tr("Erasure confirmation"),
            RequestLetter.OPT_OUT_CONFIRMATION.value: self.tr("Marketing opt-out confirmation"),
            RequestLetter.REFUSAL.value: self.tr("Refusal"),
            "portability-response": self.tr("Portability response (their data, in a file)"),
            "restriction-confirmation": self.tr("Restriction confirmation"),
            "restriction-lift-notice": self.tr("Notice before the restriction is lifted"),
            "objection-response": self.tr("Answer to an objection (art. 21)"),
            "partial-answer": self.tr("Partial answer (the rest by the due date)"),
            # Art. 19: the recipients of what was corrected or erased are told too.
            RECIPIENT_NOTICES: self.tr("Notices to recipients (art. 19)"),
        }
        # Only the letters that fit where each request stands (all of them, for a batch).
        stages = [LetterStage.of(desk.requests.get(reference)) for reference in references]
        for choice in letter_choices(stages):
            shown = labels.get(choice) or choice.replace("-", " ").capitalize()  # never the code
            self.kind.addItem(shown, choice)
        if kind is not None and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox()
        self.language.addItem(self.tr("From the address"), None)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.envelope = QComboBox()
        for envelope, label in (
            (EnvelopeKind.FR_DL_RIGHT, self.tr("DL, window on the right (France)")),
            (EnvelopeKind.DIN_5008_B, self.tr("DIN 5008 form B")),
            (EnvelopeKind.US_10, self.tr("US #10")),
        ):
            self.envelope.addItem(label, envelope)
        self.posted_on = QDateEdit(QDate.currentDate())
        self.posted_on.setCalendarPopup(True)
        self.posted_on.setDisplayFormat(text_format())
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("registered mail only"))
        self.tracking.setEnabled(len(references) == 1)
        notice = QLabel(
            self.tr(
                "Saving writes the letter outside the encrypted store, where you choose. "
                "Recording it as posted keeps the PDF inside the store with the request."
            )
        )
        notice.setWordWrap(True)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.posted_button = QPushButton(self.tr("Record as posted"))
        self.print_button = QPushButton(self.tr("Print and record as posted…"))
        self.print_button.setToolTip(
            self.tr("One print job for every letter, then each request keeps its letter as posted")
        )
        close = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Envelope"), self.envelope)
        form.addRow(self.tr("Posted on"), self.posted_on)
        form.addRow(self.tr("Tracking number"), self.tracking)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(self.posted_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        if len(references) > 1:  # a batch says which requests it is for
            shown = ", ".join(references[:8]) + (" …" if len(references) > 8 else "")
            batch = QLabel(
                self.tr("For %n request(s): {list}", "", len(references)).format(list=shown)
            )
            batch.setWordWrap(True)
            layout.addWidget(batch)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save_pdf)
        self.preview_button.clicked.connect(self.preview)
        self.posted_button.clicked.connect(self._record_posted)
        self.print_button.clicked.connect(self._print_and_record)
        close.clicked.connect(self.accept)
        if not self.kind.count():
            self.error.setText(
                self.tr("No letter fits where this request stands now (closed or withdrawn).")
                if len(references) == 1
                else self.tr(
                    "No letter fits all these requests at once: choose requests at the same stage."
                )
            )
            for button in (
                self.preview_button,
                self.save_button,
                self.posted_button,
                self.print_button,
            ):
                button.setEnabled(False)
        else:
            self._kind_changed()

    def plan(self) -> LetterPlan:
        """The letter as the dialog's choices stand now."""
        return LetterPlan(
            tuple(self._references),
            self.kind.currentData(),
            self.language.currentData(),
            EnvelopeKind(self.envelope.currentData()),
        )

    def _kind_changed(self) -> None:
        self.error.clear()  # a warning about the letter chosen before no longer applies
        plan = self.plan()
        self.posted_button.setEnabled(plan.can_record_posted)
        self.print_button.setEnabled(plan.can_record_posted)
        self.tracking.setEnabled(plan.takes_tracking)

    def _run(self, work: Callable[[Progress], Any], then: Callable[[Any], None]) -> Task | None:
        """Letters are made in a worker: a batch of hundreds must not freeze the window."""
        if self._task is not None:
            return None
        self.error.clear()
        self._task = Task(work, parent=self, label=self.tr("Preparing the letters…"))
        self._task.succeeded.connect(lambda result: (self._done(), then(result)))
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self._task.start()
        return self._task

    def _done(self) -> None:
        self._task = None

    def _cancelled(self) -> None:
        self._task = None
        self.error.setText(self.tr("Cancelled: nothing was recorded."))

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.error.setText(
            (store_error_text(exc) if isinstance(exc, StoreError) else self.tr("A bug stopped it."))
            + " "
            + self.tr("Nothing was recorded.")
        )

    def _batch(self, plan: LetterPlan, progress: Progress) -> Batch:
        """The letters made for ``plan``, or made before for the same choices (previewed):
        what is recorded is exactly what was shown and printed."""
        made = self._made
        if made is not None and made[0] == plan:
            return made[1]
        batch = plan.make(self._batches, progress.report)
        self._made = (plan, batch)
        return batch

    def _make(self) -> Callable[[Progress], bytes]:
        plan = self.plan()
        return lambda progress: self._batch(plan, progress).pdf

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), self.plan().save_name(), "PDF (*.pdf)"
        )
        if path:
            self._run(self._make(), lambda pdf: self.save_to(Path(path), pdf))

    def preview(self) -> None:
        """Build the letters in a worker, then show them before they go to the printer."""
        self._run(self._make(), self.show_preview)

    def show_preview(self, pdf: bytes) -> PrintPreviewDialog:
        from albanera_desk.ui.print_preview import PrintPreviewDialog

        name = self.plan().preview_name()
        dialog = PrintPreviewDialog(pdf, self.windowTitle(), name, self)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: Path, pdf: bytes) -> None:
        try:
            write_atomically(path, pdf)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))

    def _record_posted(self) -> None:
        self.record_posted()

    def record_posted(self, printer: QPrinter | None = None) -> Task | None:
        """Record every letter as posted, in one transaction; with ``printer``, print them
        first as one job. Cancelled or failed at any step: nothing is recorded."""
        plan, batches = self.plan(), self._batches
        posted_on = pydate(self.posted_on.date())
        tracking = self.tracking.text()

        def work(progress: Progress) -> int:
            batch = self._batch(plan, progress)
            if printer is not None:
                from albanera_desk.ui.print_preview import print_pdf

                try:
                    print_pdf(batch.pdf, printer, progress)
                except Cancelled:
                    printer.abort()
                    raise
            progress.check()  # the last moment to cancel: recording is all or nothing
            return plan.record_posted(batches, batch, posted_on, tracking)

        def finished(_: object) -> None:
            self.recorded = True
            self.accept()

        return self._run(work, finished)

    def _print_and_record(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.record_posted(printer)
