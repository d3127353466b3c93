"""The house's import order: no cycle, and no stage importing a later one.

``ORDER`` is the one place the allowed order is written; ``docs/architecture.md``
draws it and ``test_imports_architecture_draws_the_order`` keeps the two equal.
Every ``import`` counts, also those inside functions and under ``TYPE_CHECKING``:
a deferred import hides a cycle from Python, not from the design.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "communique"
ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"

SHARED = ("version", "errors", "settings", "spec", "lang", "model", "document", "pipeline")
"""Types and services every stage may use; they import nothing but each other."""

STAGES = ("ingest", "clean", "nlp", "gazetteer", "events", "store", "link", "export", "serve")
"""The stages in their allowed order: each may import the shared modules and earlier stages."""

ROOTS = ("communique", "extractor", "evaluate", "scale", "cli", "tools")
"""Composition roots: they join stages (and each other, without cycles); no stage imports them."""

ORDER = (SHARED, *((stage,) for stage in STAGES), ROOTS)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(name: str) -> bool:
    return (SRC / name.replace(".", "/") / "__init__.py").exists()


def is_module(name: str) -> bool:
    return is_package(name) or (SRC / (name.replace(".", "/") + ".py")).exists()


def imported(path: Path) -> Iterator[str]:
    """The ``communique`` modules ``path`` imports (a name imported from a package that is
    itself a module counts as that module)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == "communique")
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            source = ".".join([*base, node.module] if node.level else [node.module or ""])
            if node.level and not node.module:
                source = ".".join(base)
            if source.split(".")[0] != "communique":
                continue
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                yield sub if is_module(sub) else source


@cache
def graph() -> dict[str, set[str]]:
    """Every module's imports, read once per session (three tests walk them)."""
    return {module_name(p): {t for t in imported(p) if t != module_name(p)}
            for p in sorted(PACKAGE.rglob("*.py"))}


def rank(module: str) -> int:
    """The index in ``ORDER`` of the layer a module belongs to."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "communique"
    for index, layer in enumerate(ORDER):
        if top in layer:
            return index
    raise AssertionError(f"{module} is in no layer of ORDER: add '{top}' to SHARED, STAGES "
                         "or ROOTS in tests/test_imports.py and draw it in docs/architecture.md")


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_imports_have_no_cycle() -> None:
    assert cycles(graph()) == []


def test_imports_no_stage_imports_a_later_one() -> None:
    later = sorted(f"{source} imports {target}" for source, targets in graph().items()
                   for target in targets if rank(target) > rank(source))
    assert later == []


def test_imports_every_package_has_a_layer() -> None:
    for module in graph():
        rank(module)


def test_imports_cycles_are_found() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]


def test_imports_architecture_draws_the_order() -> None:
    drawn = next(line for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines()
                 if line.startswith("ingest → "))
    assert drawn.split(" → ") == list(STAGES)


def class_names() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, []).append(module_name(path))
    return found


def test_imports_class_names_say_which_one_they_are() -> None:
    """Two classes of one name (three ``Report``s once) make every import a riddle."""
    shared = {name: modules for name, modules in class_names().items() if len(modules) > 1}
    assert shared == {}
