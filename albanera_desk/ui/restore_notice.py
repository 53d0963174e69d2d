"""After a restore: which backup came back, where the store as it was before is kept (with
"Open folder"), and the erasures made again; dates in words, never a file's ISO stamp."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from albanera_desk.ui.dates import text_datetime
from albanera_desk.ui.saved_notice import SavedNotice

ASIDE_MARK = ".before-restore-"  # what restore puts after the store's name (services.restore)

if TYPE_CHECKING:
    from albanera_desk.services.restore import RestoreOutcome


class RestoredNotice(SavedNotice):
    """ "The backup of 1 déc. 2026, 14:05 was restored", the previous store's folder."""

    def __init__(self, outcome: RestoreOutcome, parent: QWidget | None = None) -> None:
        aside = outcome.aside
        # Without a previous store (it was lost) there is nothing set aside to show.
        super().__init__(aside or Path(), self.restored_text(outcome), parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Restored"))
        lines = []
        if aside is not None:
            prefix = aside.name.split(ASIDE_MARK)[0] + ASIDE_MARK
            lines.append(
                self.tr(
                    "The store as it was before the restore is kept in the folder {folder}, "
                    "under a name that starts with “{prefix}”."
                ).format(folder=str(aside.parent), prefix=prefix)
            )
        else:
            self.open_button.hide()
        if outcome.erasures_reapplied:
            lines.append(
                self.tr(
                    "The backup was older than %n erasure(s): they were made again.",
                    "",
                    outcome.erasures_reapplied,
                )
            )
        self.setInformativeText("\n\n".join(lines))

    def restored_text(self, outcome: RestoreOutcome) -> str:
        try:
            made = datetime.fromisoformat(outcome.made_at)
        except ValueError:
            return self.tr("The backup was restored.")
        return self.tr("The backup of {when} was restored.").format(when=text_datetime(made))


def show_restored(parent: QWidget | None, outcome: RestoreOutcome) -> RestoredNotice:
    """Tell what a restore did; window-modal, opened without a nested event loop."""
    box = RestoredNotice(outcome, parent)
    box.open()
    return box
