"""Run slow work off the UI thread, with a progress dialog that can be cancelled.

The work function receives a ``Progress`` to report steps and to learn that
the user cancelled; it must then stop without committing anything.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from albanera_desk.domain.errors import StoreError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside work that noticed the user pressed Cancel."""


class Progress:
    def __init__(self, signal: Signal) -> None:
        self._signal = signal
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled
        self._signal.emit(done, total, text)  # type: ignore[attr-defined]

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _Runner(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback text (for the log only)
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread as a value
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of work on its own thread. Connect to the signals, then ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        parent: QWidget | None = None,
        label: str = "",
        cancellable: bool = True,
        show_after_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._on_cancelled)
        self._dialog: QProgressDialog | None = None
        if parent is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(show_after_ms)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self.progressed.connect(self._show_progress)
            self._dialog = dialog
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        if self._dialog is not None:
            # The dialog shows itself after its minimum duration, only if the work lasts.
            QTimer.singleShot(0, lambda: self._dialog and self._dialog.setValue(0))
        self._thread.start()

    def cancel(self) -> None:
        self._runner.progress.cancelled = True

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait_until_done(self) -> None:
        """Block until the work has finished and its result was delivered (at shutdown)."""
        # An event loop's own processEvents(): PySide6 6.12's static
        # QCoreApplication.processEvents() drops a reference to None at every call, and a
        # long wait (a check of a 3M-person store) emptied None's count: the interpreter
        # then aborted at exit ("Fatal Python error: none_dealloc").
        loop = QEventLoop()
        while self._thread.isRunning():
            loop.processEvents()
            self._thread.wait(10)
        loop.processEvents()

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, exc: BaseException, trace: str) -> None:
        self.error = exc
        if not isinstance(exc, StoreError):
            log.error("background task failed (a bug):\n%s", trace)
        self._finish()
        self.failed.emit(exc)

    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
