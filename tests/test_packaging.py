"""The package data globs in ``pyproject.toml`` ship every trained model file: setuptools'
own ``build_py`` (what a wheel holds) runs into a temporary folder and is compared with the
model folders of the source tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "communique"
#: Trained model folders: the German NER model and the syntax models (lang/<xx>/…/model).
MODELS = ("lang/*/ner/model", "lang/*/syntax/model")


def _files(base: Path) -> set[str]:
    return {str(path.relative_to(base)) for pattern in MODELS for folder in base.glob(pattern)
            for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts}


def test_packaging_ships_every_model_file(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q",
                    "egg_info", "--egg-base", str(tmp_path),
                    "build_py", "-d", str(tmp_path / "build")],
                   cwd=ROOT, check=True, capture_output=True)
    shipped = _files(tmp_path / "build" / "communique")
    assert "lang/de/ner/model/vocab/subword_projection.npy" in shipped
    assert shipped == _files(PACKAGE)
