"""Where things live, in one place: paths from platformdirs, overridable.

Precedence for the store path: ``--store PATH``, then ``ALBANERA_DESK_STORE``,
then the platform's user data folder. Tests and portable installs override the
data and log folders with ``ALBANERA_DESK_DATA_DIR`` / ``ALBANERA_DESK_LOG_DIR``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from albanera_desk import APP_NAME

STORE_ENV = "ALBANERA_DESK_STORE"
PASSPHRASE_ENV = "ALBANERA_DESK_PASSPHRASE"
DATA_DIR_ENV = "ALBANERA_DESK_DATA_DIR"
LOG_DIR_ENV = "ALBANERA_DESK_LOG_DIR"
STORE_FILENAME = "albanera-desk.db"


def _bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``db/``: the checkout, or PyInstaller's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


BUNDLE_ROOT = _bundle_root()
RESOURCES_DIR = BUNDLE_ROOT / "resources"
MIGRATIONS_DIR = BUNDLE_ROOT / "db"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def default_store(self) -> Path:
        return self.data_dir / STORE_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def app_paths() -> AppPaths:
    data = os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    logs = os.environ.get(LOG_DIR_ENV) or platformdirs.user_log_dir(APP_NAME, appauthor=False)
    return AppPaths(data_dir=Path(data), log_dir=Path(logs))


def resolve_store_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The store the user means: the command line first, then the environment, then the default."""
    raw = cli_value or os.environ.get(STORE_ENV)
    path = Path(raw).expanduser() if raw else app_paths().default_store
    return path.absolute()


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None
