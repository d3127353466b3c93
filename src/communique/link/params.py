"""The linker's parameters, read once from ``link/data/linking.yaml``.

They are data rather than code so that the threshold tuned on the dev set and
the forum kinds that make a series can be changed without touching the rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
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
    context_chars: int
    plan_days: int
    series_kinds: dict[str, str]
    numbered_only: frozenset[str]


_overrides: list[LinkParams] = []


def link_params() -> LinkParams:
    """The parameters in force: the shipped ones, unless a measurement overrides them."""
    return _overrides[-1] if _overrides else shipped_params()


@contextmanager
def overridden(**changes: Any) -> Iterator[LinkParams]:
    """The shipped parameters with ``changes``, in force inside the block (for tuning)."""
    params = replace(shipped_params(), **changes)
    _overrides.append(params)
    try:
        yield params
    finally:
        _overrides.remove(params)


@cache
def shipped_params() -> LinkParams:
    """The parameters of ``linking.yaml`` (a clear error when the data file is broken)."""
    path = resources.files("communique.link").joinpath("data", _FILE)
    try:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return LinkParams(
            report_days=int(data["report_days"]), day_slack=int(data["day_slack"]),
            threshold=float(data["threshold"]),
            score=ScoreWeights(**{k: float(v) for k, v in data["score"].items()}),
            min_overlap=float(data["min_overlap"]),
            evidence_chars=int(data["evidence_chars"]),
            context_chars=int(data["context_chars"]), plan_days=int(data["plan_days"]),
            series_kinds={str(k): str(v) for k, v in data["series_kinds"].items()},
            numbered_only=frozenset(data["numbered_only"]),
        )
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise DataFileError(f"link/data/{_FILE} is not valid ({type(exc).__name__}: {exc}); "
                            "restore it from the repository") from exc
