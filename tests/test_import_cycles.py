"""No import circle among the package's modules: each one can be read after what it uses.

The first test counts the imports that run when a module loads (module level, also inside
a top-level ``if`` or ``try``), never those under ``if TYPE_CHECKING:``. The second also
counts imports deferred into functions: a circle hidden that way (importing.py and
import_writer.py had one) is still a circle for the reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "albanera_desk"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _load_time_imports(
    body: list[ast.stmt], *, deferred: bool = False
) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module loads; with ``deferred``, also those
    inside functions and classes (``TYPE_CHECKING`` blocks never count)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif deferred and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found += _load_time_imports(node.body, deferred=True)
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                found += _load_time_imports(node.body, deferred=deferred)
            found += _load_time_imports(node.orelse, deferred=deferred)
        elif isinstance(node, ast.Try):
            blocks = [node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)]
            for block in blocks:
                found += _load_time_imports(block, deferred=deferred)
        elif isinstance(node, ast.With | ast.For | ast.While):
            found += _load_time_imports(node.body, deferred=deferred)
            if deferred and not isinstance(node, ast.With):
                found += _load_time_imports(node.orelse, deferred=deferred)
    return found


def _targets(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The project modules an import statement loads (``from pkg import mod`` loads pkg.mod)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolve against this module's package
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[: len(package) - node.level + 1])
        name = f"{base}.{node.module}" if node.module else base
    else:
        name = node.module or ""
    return [name] + [f"{name}.{alias.name}" for alias in node.names]


def import_graph(*, deferred: bool = False) -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = set()
        for node in _load_time_imports(tree.body, deferred=deferred):
            for target in _targets(module, path.name == "__init__.py", node):
                if target in paths and target != module:
                    edges.add(target)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of two or more modules (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycle_among_the_package_modules() -> None:
    assert cycles(import_graph()) == []


def test_no_import_cycle_even_through_imports_deferred_into_functions() -> None:
    assert cycles(import_graph(deferred=True)) == []


def test_the_cycle_finder_sees_a_circle_and_ignores_type_checking_imports(
    tmp_path: Path,
) -> None:
    # The finder itself, on a made-up graph and on real parsed code.
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    code = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "import albanera_desk.x\n"
        "if TYPE_CHECKING:\n    import albanera_desk.y\n"
        "try:\n    from albanera_desk import z\nexcept ImportError:\n    pass\n"
        "def later():\n    import albanera_desk.w\n"
    )
    loaded = {
        t
        for node in _load_time_imports(code.body)
        for t in _targets("albanera_desk.m", False, node)
    }
    assert {"albanera_desk.x", "albanera_desk.z"} <= loaded
    assert "albanera_desk.y" not in loaded and "albanera_desk.w" not in loaded
    deferred = {
        t
        for node in _load_time_imports(code.body, deferred=True)
        for t in _targets("albanera_desk.m", False, node)
    }
    assert "albanera_desk.w" in deferred and "albanera_desk.y" not in deferred
