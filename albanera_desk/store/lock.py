"""One desk per store: an OS file lock beside the store, released when the process ends.

SQLite itself keeps two programs from corrupting the file; this lock is so a
second window is told plainly that the store is already open, and so a restore
never replaces a store under a running desk. The lock file holds only a pid.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from types import TracebackType

from albanera_desk.domain.errors import StoreError, StoreOpenElsewhere
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


class StoreLock:
    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> StoreLock:
        # Never through a symbolic link (it could point at the store or any file of the user).
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The lock file {path} is a link or cannot be opened ({reason}): remove it, "
                    "then open the store again.",
                ).format(path=str(self.path), reason=exc.strerror or str(exc)),
                path=self.path,
            ) from exc
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The lock file {path} is not a plain file: remove it, then open the store "
                    "again.",
                ).format(path=str(self.path)),
                path=self.path,
            )
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise StoreOpenElsewhere(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} is already open in another Alba Nera Desk window on this computer: "
                    "use that window, or close it first.",
                ).format(name=self.path.name.removesuffix(".lock"))
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
