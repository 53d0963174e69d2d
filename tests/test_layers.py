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


def _imported_names(source: str, package: str) -> list[str]:
    """Every module or name an import statement of ``source`` (a module of ``package``)
    reaches, wherever it stands: module level, inside functions, under ``if TYPE_CHECKING:``."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def _window_and_cli_modules() -> list[Path]:
    found = sorted((PACKAGE / "ui").rglob("*.py")) + sorted((PACKAGE / "cli").rglob("*.py"))
    return [*found, PACKAGE / "__main__.py", PACKAGE / "window_entry.py"]


def _store_imports(source: str, package: str) -> list[str]:
    return [
        name
        for name in _imported_names(source, package)
        if name == "albanera_desk.store" or name.startswith("albanera_desk.store.")
    ]


def test_the_window_and_the_cli_reach_the_store_only_through_services() -> None:
    """One door: the window and the CLI open, lock and key stores through services/opening
    (and key_management, backup, restore), never through an ``albanera_desk.store`` module."""
    modules = _window_and_cli_modules()
    assert {PACKAGE / "ui" / "app.py", PACKAGE / "cli" / "support.py"} <= set(modules)
    offences = []
    for path in modules:
        package = ".".join(path.relative_to(PACKAGE.parent).parts[:-1])
        offences += [
            f"{path.relative_to(PACKAGE)} imports {name}"
            for name in _store_imports(path.read_text(encoding="utf-8"), package)
        ]
    assert offences == []


def test_the_door_rule_sees_imports_in_functions_and_relative_ones() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from albanera_desk.store.store import Store\n"
        "def f() -> None:\n"
        "    from albanera_desk import store\n"
        "    from ..store.keys import KeyringKeys\n"
        "    import albanera_desk.store.lock\n"
        "from albanera_desk.services.opening import open_store\n"
    )
    assert _store_imports(source, "albanera_desk.ui") == [
        "albanera_desk.store.store",
        "albanera_desk.store.store.Store",
        "albanera_desk.store",
        "albanera_desk.store.keys",
        "albanera_desk.store.keys.KeyringKeys",
        "albanera_desk.store.lock",
    ]
