"""The linker's parameters, read once from ``link/data/linking.yaml``.

They are data rather than code so that the threshold tuned on the dev set and
the forum kinds that make a series can be changed without touching the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from communique.errors import DataFileError

_FILE = "linking.yaml"


@dataclass(frozen=True)
class ScoreWeights:
    person: float
    session: float
    same_day: float
    undated: float


@dataclass(frozen=True)
class LinkParams:
    report_days: int
    day_slack: int
    threshold: float
    score: ScoreWeights
    min_overlap: float
    evidence_chars: int
    plan_days: int
    series_kinds: dict[str, str]
    numbered_only: frozenset[str]


@cache
def link_params() -> LinkParams:
    """The shipped parameters (a clear error when the data file is broken)."""
    path = resources.files("communique.link").joinpath("data", _FILE)
    try:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return LinkParams(
            report_days=int(data["report_days"]), day_slack=int(data["day_slack"]),
            threshold=float(data["threshold"]),
            score=ScoreWeights(**{k: float(v) for k, v in data["score"].items()}),
            min_overlap=float(data["min_overlap"]),
            evidence_chars=int(data["evidence_chars"]), plan_days=int(data["plan_days"]),
            series_kinds={str(k): str(v) for k, v in data["series_kinds"].items()},
            numbered_only=frozenset(data["numbered_only"]),
        )
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise DataFileError(f"link/data/{_FILE} is not valid ({type(exc).__name__}: {exc}); "
                            "restore it from the repository") from exc
