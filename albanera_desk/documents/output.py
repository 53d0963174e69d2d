"""Writing a document where the user asked: whole or not at all, owner-only, never over the store.

The one way the desk writes a document (letter, export, person file, recovery sheet):
a temporary file in the same folder, created mode 0600, fsynced, then renamed over
the target and the folder fsynced. The store, its companions, its lock and its
backups are refused whatever the caller says; whether another existing file may be
replaced is the caller's question (the window's save dialog asks, the command line
wants ``--force`` or a yes).
"""

from __future__ import annotations

import os
from pathlib import Path

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.files import (
    fsync_dir,
    partial_name,
    protected_kind,
    remove_with_companions,
)


class OutputRefused(StoreError):
    """A file the desk will not write over (the store, a backup), or a target that is no file."""


def refuse_store_files(path: Path) -> None:
    """One sentence when ``path`` is the store or one of its files, even a -wal name that is
    not there yet (a backup may be written beside other backups)."""
    if protected_kind(path) == "store":
        refuse_protected(path)


def refuse_protected(path: Path) -> None:
    """One sentence when ``path`` is the store, one of its files or a backup."""
    kind = protected_kind(path)
    if kind == "store":
        raise OutputRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path} is the store or one of its files: it is never written over. "
                "Choose another file name.",
            ).format(path=str(path)),
            path=path,
        )
    if kind == "backup":
        raise OutputRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path} is a backup (or in the backup folder): it is never written over. "
                "Choose another file name.",
            ).format(path=str(path)),
            path=path,
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, owner-only, fsync, rename: never a half-written file."""
    path = path.expanduser()
    if not str(path).strip() or path.name in ("", ".", ".."):
        raise OutputRefused(QT_TRANSLATE_NOOP("Core", "Give a file name to write to."))
    if path.is_dir():
        raise OutputRefused(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder: give a file name.").format(
                path=str(path)
            ),
            path=path,
        )
    refuse_protected(path)
    if not path.parent.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Core", "The folder {folder} does not exist.").format(
                folder=str(path.parent)
            )
        )
    temp = partial_name(path)
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        remove_with_companions(temp)
        raise StoreError(
            QT_TRANSLATE_NOOP("Core", "Cannot write {path}: {reason}. Nothing was written.").format(
                path=str(path), reason=exc.strerror
            )
        ) from exc
