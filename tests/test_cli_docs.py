"""The documentation keeps up with the code: every command, option, setting and column."""

from __future__ import annotations

import argparse
import re

from communique.cli import build_parser
from communique.export.formats import COLUMNS
from communique.settings import default_values
from conftest import ROOT

CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _mentioned(option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", CLI_DOC) is not None


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_cli_docs_describe_every_command_and_option() -> None:
    for name, parser in _subcommands().items():
        assert f"## `communique {name}" in CLI_DOC, f"docs/cli.md has no section for {name}"
        for action in parser._actions:
            options = [o for o in action.option_strings if o not in ("-h", "--help")]
            if options:
                assert any(_mentioned(option) for option in options), \
                    f"docs/cli.md does not mention `{name} {'/'.join(options)}`"


def test_cli_docs_list_every_setting_with_its_default() -> None:
    for section, entries in default_values().items():
        for key, default in entries.items():
            shown = str(default).lower() if isinstance(default, bool) else default  # as TOML
            assert f"| `{section}.{key}` | `{shown}` |" in CLI_DOC, \
                f"docs/cli.md does not document the setting {section}.{key}"


def test_cli_docs_name_every_export_column() -> None:
    missing = [name for name in COLUMNS if f"`{name}`" not in CLI_DOC]
    assert missing == []


def test_docs_ship_the_spec_the_readme_links_to() -> None:
    """A clone holds the event-record spec; its schema is the one the package ships."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"`(docs/[\w/.-]+\.(?:md|json))`", readme):
        assert (ROOT / link).is_file(), f"README.md names {link}, which is not in the repo"
    shipped = ROOT / "src" / "communique" / "spec" / "event-record.schema.json"
    assert (ROOT / "docs" / "spec" / "event-record.schema.json").read_text(
        encoding="utf-8") == shipped.read_text(encoding="utf-8")
