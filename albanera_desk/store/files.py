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


# --- files nothing may be written over -------------------------------------------------------

BACKUP_MARKS = (".albanera-backup", ".before-restore-", ".before-upgrade-")
_protected_stores: set[Path] = set()
_protected_folders: set[Path] = set()


def protect_store(store_path: Path) -> None:
    """Nothing the desk writes may land on this store, its companions, lock or backups."""
    _protected_stores.add(store_path.absolute())


def protect_folder(folder: Path) -> None:
    """A backup folder: no document is ever written into it."""
    _protected_folders.add(folder.absolute())


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def protected_kind(target: Path) -> str | None:
    """``"store"`` or ``"backup"`` when ``target`` must never be written over, else ``None``."""
    from albanera_desk.store.identity import read_salt

    real = _real(target)
    salts = set()
    for store in _protected_stores:
        for suffix in (*COMPANIONS, ".lock"):
            name = Path(f"{store}{suffix}")
            if real == _real(name) or target.absolute() == name:
                return "store"
            if name.exists() and real.exists():
                with contextlib.suppress(OSError):
                    if real.samefile(name):
                        return "store"
        salt = read_salt(store)
        if salt is not None:
            salts.add(salt)
    if real.exists() and any(mark in real.name for mark in BACKUP_MARKS):
        return "backup"
    if any(real.is_relative_to(_real(folder)) for folder in _protected_folders):
        return "backup"
    if real.is_file() and read_salt(real) in salts:  # a copy of a store: a backup made with -o
        return "backup"
    return None
