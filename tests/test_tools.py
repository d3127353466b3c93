"""The offline tools: one package, each a ``python -m`` entry that explains itself."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import communique.tools

TOOLS = sorted(m.name for m in pkgutil.iter_modules(communique.tools.__path__))


def test_tools_are_each_listed_in_the_package_docstring() -> None:
    assert {"build_gazetteer", "calibrate", "check_persons", "germeval", "measure_links",
            "train_de_ner", "train_syntax"} <= set(TOOLS)
    assert [name for name in TOOLS if f"``{name}``" not in (communique.tools.__doc__ or "")
            ] == []


@pytest.mark.parametrize("name", TOOLS)
def test_tools_each_answers_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    module = importlib.import_module(f"communique.tools.{name}")
    with pytest.raises(SystemExit) as exit_info:
        module.main(["--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("usage: ")
