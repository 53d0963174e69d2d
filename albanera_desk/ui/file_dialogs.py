"""File dialogs that start in a sensible folder: the last one used for that kind of file,
else Documents (else the home folder). Qt's own dialog words follow the window's language
(``app.install_translators`` loads qtbase_fr)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from albanera_desk.settings import app_paths

# Kinds of file, each with its own remembered folder.
EXPORT = "export"  # register exports, a person's file
PDF = "pdf"  # saved letters and previews
ATTACHMENT = "attachment"  # signed agreements, SCC, assessments, scans
BACKUP = "backup"  # backups to restore, the backup folder
STORE = "store"  # the store file itself
SHEET = "sheet"  # the recovery sheet


def _settings() -> QSettings:
    folder = app_paths().data_dir
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def last_folder(kind: str, default: Path | None = None) -> Path:
    """The folder last used for ``kind`` if it still exists, else ``default`` or Documents."""
    value = _settings().value(f"folders/{kind}")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    if default is not None and default.is_dir():
        return default
    return documents_folder()


def remember(kind: str, path: Path) -> None:
    """Remember ``path``'s folder (or ``path`` itself when it is a folder) for ``kind``."""
    folder = path if path.is_dir() else path.parent
    settings = _settings()
    settings.setValue(f"folders/{kind}", str(folder))
    settings.sync()


def save_file(
    parent: QWidget | None,
    title: str,
    kind: str,
    suggested_name: str,
    name_filter: str,
    default: Path | None = None,
) -> Path | None:
    """Ask where to save; the chosen folder is remembered for ``kind``."""
    start = last_folder(kind, default) / suggested_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember(kind, path)
    return path


def open_file(
    parent: QWidget | None,
    title: str,
    kind: str,
    name_filter: str,
    default: Path | None = None,
) -> Path | None:
    """Ask which file to open; its folder is remembered for ``kind``."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(last_folder(kind, default)), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember(kind, path)
    return path


def choose_folder(
    parent: QWidget | None, title: str, kind: str, default: Path | None = None
) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind, default)))
    if not chosen:
        return None
    path = Path(chosen)
    remember(kind, path)
    return path
