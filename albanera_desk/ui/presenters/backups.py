"""When the window backs the store up on its own, and what closing does meanwhile (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

DAY_HOURS = 24


def needs_daily_backup(age_hours: float | None) -> bool:
    """A backup is made soon after start-up when none is a day old."""
    return age_hours is None or age_hours >= DAY_HOURS


class CloseStep(Enum):
    CLOSE = "close"
    BACK_UP_FIRST = "back up first"  # with a progress dialog; the window closes after it
    WAIT_FOR_BACKUP = "wait for backup"  # a backup is being written: closing waits for it


def close_step(
    *,
    auto_backup: bool,
    exit_backup_done: bool,
    backup_on_exit: Callable[[], bool],
    backup_running: bool,
) -> CloseStep:
    """What asking the window to close does now.

    ``auto_backup``: the real app (tests open windows without daily and exit backups);
    ``exit_backup_done``: the exit backup was already started or waited for;
    ``backup_on_exit``: the office's setting, read only when it matters (a locked window's
    store is closed already).
    """
    if auto_backup and not exit_backup_done and backup_on_exit():
        return CloseStep.BACK_UP_FIRST
    if backup_running:
        return CloseStep.WAIT_FOR_BACKUP
    return CloseStep.CLOSE
