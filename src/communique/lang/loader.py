"""The one loader of the YAML data files: every error names the file, the entry and the fix.

A data file is a mapping of named entries (``months``, ``weekdays``, ``lines``…).
What can be wrong with it is said the same way for every file, so that someone
editing a word list learns from the message alone where to look and what to do:

    communique/lang/de/dates.yaml, entry 'weekdays': is missing or empty;
    fix: list at least one word under 'weekdays:'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from communique.errors import DataFileError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _where(path: Path | str) -> str:
    """The file as a reader finds it in the tree: from ``communique/`` on."""
    parts = Path(path).parts
    return "/".join(parts[parts.index("communique"):]) if "communique" in parts else str(path)


def location(path: Path | str, entry: str | None = None) -> str:
    """Where a data file's entry is, as errors name it: the file from ``communique/`` on
    and the entry."""
    return _where(path) + (f", entry '{entry}'" if entry else "")


def data_error(path: Path | str, entry: str | None, problem: str, fix: str) -> DataFileError:
    """The error of a data file, in the one form: where, what is wrong, what to do."""
    return DataFileError(f"{location(path, entry)}: {problem}; fix: {fix}")


def load_yaml(path: Path) -> dict[str, Any]:
    """The mapping a YAML data file holds."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)
    except FileNotFoundError as exc:
        raise DataFileError(f"{_where(path)} is missing; reinstall communique or restore the "
                            "file from the repository") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        entry = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise data_error(path, entry, f"is not valid YAML ({problem})",
                         "correct the YAML syntax there (indentation, quotes, colons)") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise data_error(path, None, f"holds a {type(data).__name__}, not a mapping of entries",
                         "write the file as 'entry: value' lines at the top level")
    return data


def section(data: Mapping[str, Any], key: str, source: Path | str, kind: type = list,
            *, required: bool = False) -> Any:
    """One entry of a data file, checked for its type; an absent entry is empty unless
    ``required``."""
    value = data.get(key)
    if value is None or (required and not value):
        if required:
            raise data_error(source, key, "is missing or empty",
                             f"list at least one item under '{key}:'")
        return kind()
    if not isinstance(value, kind):
        raise data_error(source, key, f"is a {type(value).__name__}, not a {kind.__name__}",
                         f"write '{key}' as a {_shape(kind)}")
    return value


def words(values: Iterable[Any], source: Path | str = "a data file",
          entry: str | None = None) -> list[str]:
    """Entries as strings; numbers are fine, YAML booleans are a defect.

    YAML 1.1 reads bare ``on``, ``no``, ``yes``, ``off`` as booleans, which would
    silently turn a preposition into the word "True".
    """
    out = []
    for value in values:
        if isinstance(value, bool):
            raise data_error(source, entry, f"an item reads as the YAML boolean {value}",
                             "quote words such as \"on\", \"no\", \"yes\", \"off\"")
        out.append(str(value))
    return out


def _shape(kind: type) -> str:
    if kind is list:
        return "list ('- item' lines)"
    if kind is dict:
        return "mapping ('key: value' lines)"
    return kind.__name__
