"""``docs/architecture.md`` is true: every package is drawn, its interface exists, and every
file the "where to change what" table names is there."""

from __future__ import annotations

import importlib
import re

import pytest

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
