"""Loading the language data files of ``nlp/data/<language>/``.

Every lexicon the NLP layer uses lives in a YAML file per language, so that a
new abbreviation or month spelling is a data change, not a code change. A
missing or malformed file is a packaging defect: it raises ``DataFileError``
naming the file and the fix instead of degrading silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from communique.errors import DataFileError

DATA_DIR = Path(__file__).parent / "data"
SUPPORTED_LANGUAGES = ("de", "en", "ru")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(language: str, name: str) -> dict[str, Any]:
    """The parsed ``data/<language>/<name>.yaml``, a mapping."""
    path = DATA_DIR / language / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)
    except FileNotFoundError as exc:
        raise DataFileError(
            f"{path} is missing; reinstall communique or restore the file from the repository"
        ) from exc
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path} is not valid YAML ({exc}); fix the file") from exc
    if not isinstance(data, dict):
        raise DataFileError(f"{path} must hold a mapping of sections; fix the file")
    return data


def section(data: Mapping[str, Any], key: str, source: str, kind: type = list) -> Any:
    """One section of a data file, checked for its type; an absent section is empty."""
    value = data.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise DataFileError(f"{source}: section '{key}' must be a {kind.__name__}; fix the file")
    return value


def words(values: Iterable[Any], source: str = "a data file") -> list[str]:
    """Data-file entries as strings; numbers are fine, YAML booleans are a defect.

    YAML 1.1 reads bare ``on``, ``no``, ``yes``, ``off`` as booleans, which would
    silently turn a preposition into the word "True".
    """
    out = []
    for value in values:
        if isinstance(value, bool):
            raise DataFileError(f"{source}: an entry reads as {value}; quote words such as "
                                "\"on\", \"no\", \"yes\", \"off\" in the file")
        out.append(str(value))
    return out


def normal(text: str) -> str:
    """The lookup key of a surface form: lower case, single spaces, no final dot."""
    return " ".join(text.lower().split()).rstrip(".")


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace.

    Returns a pattern that never matches when ``forms`` is empty, so that a
    language without, say, year words simply has no such rule.
    """
    unique = sorted({f.strip() for f in forms if f.strip()}, key=lambda f: (-len(f), f))
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in unique) + ")"
