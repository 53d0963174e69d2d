"""The architecture's import rule: the core never points up at Qt or the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "albanera_desk"
CORE = ("domain", "store", "services", "documents")
LOWER_THAN = {
    "domain": ("albanera_desk.",),
    "store": (
        "albanera_desk.services",
        "albanera_desk.documents",
        "albanera_desk.ui",
        "albanera_desk.cli",
    ),
    "services": ("albanera_desk.ui", "albanera_desk.cli"),
    "documents": ("albanera_desk.services", "albanera_desk.ui", "albanera_desk.cli"),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_import_neither_qt_nor_upper_layers(layer: str) -> None:
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if layer == "domain" and name.startswith("albanera_desk.domain"):
                continue  # the domain may use its own vocabulary, nothing else of the project
            if name.startswith("PySide6") or name.startswith(LOWER_THAN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_cli_commands_do_not_load_qt() -> None:
    code = (
        "import sys, albanera_desk.cli, albanera_desk.services.desk; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
