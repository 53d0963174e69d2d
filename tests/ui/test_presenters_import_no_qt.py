"""The presenters are plain Python: no PySide6, and nothing of the window above them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PRESENTERS = Path(__file__).resolve().parents[2] / "albanera_desk" / "ui" / "presenters"
OWN = "albanera_desk.ui.presenters"


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_presenters_import_neither_qt_nor_views() -> None:
    modules = sorted(PRESENTERS.rglob("*.py"))
    assert len(modules) >= 4  # requests, today, backups, register (and the package)
    offences = [
        f"{path.name} imports {name}"
        for path in modules
        for name in _imports(path)
        if name.startswith(("PySide6", "shiboken6", "albanera_desk.cli"))
        or (name.startswith("albanera_desk.ui") and not name.startswith(OWN))
    ]
    assert offences == []


def test_loading_every_presenter_loads_no_qt() -> None:
    names = [f"albanera_desk.ui.presenters.{p.stem}" for p in sorted(PRESENTERS.glob("[!_]*.py"))]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "sys.exit(1 if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
