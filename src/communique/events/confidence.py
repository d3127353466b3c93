"""Confidence per event: a logistic model over a draft's evidence, fitted on the dev set.

The weights live in ``events/data/calibration.json`` and are refitted with
``python -m communique.tools.calibrate GOLD.jsonl…``, which also writes the
reliability table (predicted confidence against the share of events that
matched a gold event) into ``docs/accuracy.md``.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources

from communique.events.drafts import Draft

FEATURES = ("strength", "reports", "verb", "named_parties", "person", "date", "igo",
            "background", "lead", "planned")


def features(draft: Draft) -> dict[str, float]:
    """What makes an extraction trustworthy, each scaled to 0..1."""
    candidates = draft.candidates
    return {
        "strength": max(c.trigger.strength for c in candidates),
        "reports": min(len(candidates), 4) / 4,
        "verb": float(any(c.trigger.form == "verb" for c in candidates)),
        "named_parties": float(not draft.sides.inherited),
        "person": float(bool(draft.persons())),
        "date": float(draft.date is not None and draft.date.start is not None
                      and not draft.date_inherited),
        "igo": float(any(p.actor.kind == "igo" for p in (*draft.sides.actors,
                                                          *draft.sides.recipients))),
        "background": float(draft.background),
        "lead": float(min(c.sentence_index for c in candidates) < 4),
        "planned": float(draft.status == "planned"),
    }


@cache
def load_weights() -> dict[str, float]:
    path = resources.files("communique.events").joinpath("data", "calibration.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: float(value) for name, value in data["weights"].items()}


def confidence(draft: Draft) -> float:
    weights = load_weights()
    score = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value
                                           for name, value in features(draft).items())
    return 1 / (1 + math.exp(-score))
