"""Fit the confidence model on gold documents: ``python -m communique.tools.calibrate``.

Every predicted event of the gold documents is labelled by the scorer
(matched to a gold event or not); a logistic regression over the draft
features of ``confidence.py`` is fitted to those labels and written to
``events/data/calibration.json`` with its reliability table, so that a
confidence of 0.8 means that about eight in ten such events are right.
"""

from __future__ import annotations

import argparse
import json
from itertools import pairwise
from pathlib import Path

import numpy as np

from communique.evaluate import load_gold, raw_from_gold
from communique.evaluate.scorer import GoldEvent, match_events
from communique.events import confidence
from communique.events.confidence import FEATURES, features
from communique.extractor import Extractor

OUTPUT = Path(confidence.__file__).parent / "data" / "calibration.json"
BINS = (0.0, 0.3, 0.5, 0.7, 0.85, 1.01)


def labelled_features(gold_paths: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """One feature row per predicted event, labelled 1 when it matches a gold event."""
    extractor = Extractor()
    coder = extractor.pipeline.stages[-1]
    rows, labels = [], []
    for gold in load_gold(gold_paths):
        docs = list(extractor.prepare([raw_from_gold(gold)]))
        for stage in extractor.pipeline.stages[:-1]:
            docs = stage(docs)
        pairs = [pair for doc in docs for pair in coder.code_drafts(doc)]  # type: ignore[attr-defined]
        predicted = [GoldEvent.from_event(event) for _, event in pairs]
        matched, _, _ = match_events(gold.events, predicted)
        hits = {id(p.predicted) for p in matched}
        for (draft, _), as_gold in zip(pairs, predicted, strict=True):
            values = features(draft)
            rows.append([values[name] for name in FEATURES])
            labels.append(1.0 if id(as_gold) in hits else 0.0)
    return np.array(rows), np.array(labels)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 5000,
                 rate: float = 0.1) -> np.ndarray:
    """Weights (bias first) of an L2-regularised logistic regression by gradient descent."""
    design = np.hstack([np.ones((len(x), 1)), x])
    weights = np.zeros(design.shape[1])
    for _ in range(steps):
        predicted = 1 / (1 + np.exp(-design @ weights))
        gradient = design.T @ (predicted - y) / len(y)
        gradient[1:] += l2 * weights[1:] / len(y)
        weights -= rate * gradient
    return weights


def reliability(confidences: np.ndarray, y: np.ndarray) -> list[dict[str, float]]:
    table = []
    for low, high in pairwise(BINS):
        inside = (confidences >= low) & (confidences < high)
        if inside.any():
            table.append({"from": low, "to": min(high, 1.0), "events": int(inside.sum()),
                          "mean_confidence": round(float(confidences[inside].mean()), 3),
                          "share_correct": round(float(y[inside].mean()), 3)})
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSON Lines files (spec section 4)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    x, y = labelled_features(args.gold)
    weights = fit_logistic(x, y)
    confidences = 1 / (1 + np.exp(-(weights[0] + x @ weights[1:])))
    table = reliability(confidences, y)
    data = {
        "about": "Logistic weights of events/confidence.py, fitted by "
                 "python -m communique.tools.calibrate on " + ", ".join(
                     Path(p).name for p in args.gold),
        "events": len(y), "share_correct": round(float(y.mean()), 3),
        "weights": {"bias": round(float(weights[0]), 4),
                    **{n: round(float(w), 4) for n, w in zip(FEATURES, weights[1:], strict=True)}},
        "reliability": table,
    }
    args.output.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    for row in table:
        print(f"{row['from']:.2f}-{row['to']:.2f}: {row['events']:>3} events, "
              f"mean confidence {row['mean_confidence']:.2f}, correct {row['share_correct']:.2f}")


if __name__ == "__main__":
    main()
