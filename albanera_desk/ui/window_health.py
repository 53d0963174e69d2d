"""The main window's check of its store: quiet after the first frame (its verdict on Today),
or asked from the File menu (a box says it); cancelled at exit, never waited for there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from albanera_desk.ui.section_stack import SECTION_TODAY
from albanera_desk.ui.worker import Cancelled, Progress, Task

if TYPE_CHECKING:
    from albanera_desk.services.desk import Desk
    from albanera_desk.services.health import BackgroundCheck, HealthReport


class WindowHealth:
    """Mixed into ``MainWindow`` (before its Qt base): the store's check in a worker."""

    desk: Desk
    _cleared: bool
    _health_task: Task | None
    health_check: BackgroundCheck | None
    _last_health: HealthReport | None

    if TYPE_CHECKING:

        def _built(self, row: int) -> Any: ...
        def _key_text(self) -> str: ...
        @property
        def today(self) -> Any: ...

    def check_store(self, quiet: bool = False) -> None:
        if self._health_task is not None:
            return
        from albanera_desk.services.health import BackgroundCheck, CheckCancelled

        check = self.health_check = BackgroundCheck(
            self.desk.store, backup_dir=self.desk.backup_folder()
        )

        def work(progress: Progress) -> HealthReport:
            try:
                return check.run()
            except CheckCancelled:
                raise Cancelled from None

        self._health_task = Task(
            work,
            parent=None if quiet else self,
            label=QCoreApplication.translate("MainWindow", "Checking the store…"),
            cancellable=False,
        )
        self._health_task.succeeded.connect(lambda report: self._show_health(report, quiet))
        self._health_task.failed.connect(self._health_failed)
        self._health_task.cancelled.connect(self._health_cancelled)
        self._health_task.start()

    def _show_health(self, report: HealthReport, quiet: bool) -> None:
        self._health_task = None
        self._last_health = report
        if self._cleared:
            return  # locked or closed meanwhile: its views are gone
        today = self.today if not quiet else self._built(SECTION_TODAY)
        if today is None:
            return  # Today shows it when it is first built
        verdict = today.show_health(report, self._key_text())
        if not quiet:
            box = QMessageBox.information if report.ok else QMessageBox.warning
            title = QCoreApplication.translate("MainWindow", "Check the store")
            box(self, title, verdict + "\n\n" + "\n".join(report.lines()))  # type: ignore[arg-type]

    def _health_failed(self, exc: BaseException) -> None:
        self._health_task = None
        today = self._built(SECTION_TODAY)
        if today is not None and not self._cleared:
            today.show_health_failed()

    def _health_cancelled(self) -> None:
        self._health_task = None  # stopped at exit: nothing to show
