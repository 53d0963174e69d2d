"""Files the desk writes beside the store: temporary names, fsync, and what a kill left behind.

A file is written under ``.<final name>.<pid>.part`` in the folder it will live in,
fsynced, checked, then renamed (and the folder fsynced): at every instant the final
name holds a whole file or nothing. A kill leaves only a ``.part`` file, which the
next run removes once no living process owns it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

PART_SUFFIX = ".part"
COMPANIONS = ("", "-wal", "-shm", "-journal")
_PART = re.compile(r"^\.(?P<final>.+)\.(?P<pid>\d+)\.part$")


def partial_name(final: Path) -> Path:
    """The temporary name for ``final``, in the same folder (so the rename is atomic)."""
    return final.with_name(f".{final.name}.{os.getpid()}{PART_SUFFIX}")


def final_name_of(part: Path) -> str | None:
    """The final name a ``.part`` file was meant to become, or ``None``."""
    match = _PART.match(part.name)
    return match.group("final") if match else None


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(part: Path, final: Path, *, replace: bool = False) -> None:
    """fsync ``part``, rename it to ``final``, fsync the folder.

    Without ``replace`` an existing ``final`` is never overwritten (a hard link
    is made, then the temporary name removed).
    """
    fsync_file(part)
    if replace:
        part.replace(final)
    else:
        try:
            os.link(part, final)
        except OSError as exc:
            if isinstance(exc, FileExistsError):
                raise
            # No hard links here (some network or FAT folders): a checked rename instead.
            if final.exists():
                raise FileExistsError(str(final)) from exc
            part.replace(final)
        else:
            part.unlink()
    fsync_dir(final.parent)


def remove_with_companions(path: Path) -> None:
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the ``.part`` files in ``folder`` whose writer is dead (killed mid-write)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for part in folder.glob(f".*{PART_SUFFIX}"):
        match = _PART.match(part.name)
        if match is None or pid_alive(int(match.group("pid"))):
            continue
        remove_with_companions(part)
        removed.append(part)
    return removed
