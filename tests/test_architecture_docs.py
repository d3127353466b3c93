"""``docs/architecture.md`` is true: every package is drawn, its interface exists, and every
file the "where to change what" table names is there."""

from __future__ import annotations

import importlib
import re

import pytest

from communique.extractor import Extractor
from conftest import ROOT

ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "src" / "communique"
ROW = re.compile(r"^\| `(communique(?:\.\w+)?)` \| [^|]+ \| (.+) \|$", re.MULTILINE)
LANGUAGES = ("de", "en", "ru")


def rows() -> dict[str, str]:
    return {match.group(1): match.group(2) for match in ROW.finditer(ARCHITECTURE)}


def test_architecture_draws_every_package() -> None:
    packages = {f"communique.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    modules = {f"communique.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    drawn = set(rows())
    assert packages - drawn == set()
    assert drawn - packages - modules - {"communique"} == set()


@pytest.mark.parametrize("module", sorted(rows()))
def test_architecture_interfaces_exist(module: str) -> None:
    names = re.findall(r"`([A-Za-z_]\w*)[(`.]", rows()[module])
    found = importlib.import_module(module)
    assert [name for name in names if name != "python" and not hasattr(found, name)] == []


def test_architecture_where_to_change_names_real_files() -> None:
    section = ARCHITECTURE.split("## Where to change what", 1)[1].split("\n## ", 1)[0]
    paths = re.findall(r"`(src/communique/[^`]+)`", section)
    assert len(paths) >= 10
    missing = [path.replace("<lang>", language) for path in paths for language in LANGUAGES
               if not (ROOT / path.replace("<lang>", language)).exists()]
    assert missing == []


def _expanded(path: str) -> list[str]:
    """``path`` once per language for ``<lang>``, once per choice of a ``{a,b}`` group."""
    if "<lang>" in path:
        return [p for language in LANGUAGES for p in _expanded(path.replace("<lang>", language))]
    group = re.search(r"\{([^}]*)\}", path)
    if group:
        return [p for choice in group.group(1).split(",")
                for p in _expanded(path[:group.start()] + choice + path[group.end():])]
    return [path]


def _exists(path: str) -> bool:
    """Paths are written from the clone's root, from ``src/`` or from the package; a
    ``shared/`` path lies beside the clone."""
    bases = (ROOT.parent,) if path.startswith("shared/") else (ROOT, ROOT / "src", PACKAGE)
    return any(list(base.glob(path.rstrip("/"))) for base in bases)


def test_architecture_every_path_named_exists() -> None:
    paths = {path for path in re.findall(r"`([^`\s()]+/[^`\s()]*)`", ARCHITECTURE)
             if not path.startswith("http")}
    assert len(paths) >= 30
    if not (ROOT.parent / "shared").exists():
        paths = {path for path in paths if not path.startswith("shared/")}
    assert [p for path in sorted(paths) for p in _expanded(path) if not _exists(p)] == []


def test_architecture_draws_the_pipeline_in_the_order_it_runs(extractor: Extractor) -> None:
    drawn = next(line.strip() for line in ARCHITECTURE.splitlines()
                 if line.strip().startswith("Analyzer → "))
    assert drawn.split(" → ") == [type(stage).__name__ for stage in extractor.pipeline.stages]
