"""Writing a document where the user asked: whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.errors import StoreError


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, then rename: no half-written file is ever left behind."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Core", "The folder {folder} does not exist.").format(
                folder=str(path.parent)
            )
        )
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP("Core", "Cannot write {path}: {reason}. Nothing was written.").format(
                path=str(path), reason=exc.strerror
            )
        ) from exc
