"""Loading the NLP layer's language data files, ``communique/lang/<language>/*.yaml``.

Every lexicon the NLP layer uses lives in a YAML file per language, so that a
new abbreviation or month spelling is a data change, not a code change. A
missing or malformed file is a packaging defect: ``communique.lang.load_yaml``
raises ``DataFileError`` naming the file, the entry and the fix instead of
degrading silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from communique.lang import data_file, load_yaml


def read_data(language: str, name: str) -> dict[str, Any]:
    """The parsed ``lang/<language>/<name>.yaml``, a mapping."""
    return load_yaml(data_file(language, f"{name}.yaml"))


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
