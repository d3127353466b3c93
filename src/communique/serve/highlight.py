"""Evidence highlighting built from text segments, never from HTML strings.

A report's cleaned text is cut at the evidence offsets into plain segments,
each marked or not; the template writes every segment through autoescaping,
so whatever a source text holds (``<script>``, ``<img onerror>``) is shown as
text and the only markup is the template's own ``<mark>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from communique.model import Span


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool
    evidence: int | None = None   # index of the first evidence span it belongs to


def located(text: str, span: Span) -> tuple[int, int] | None:
    """The span's offsets in ``text``; found again by its text when the offsets are off."""
    start, end = max(0, span.start), min(len(text), span.end)
    if start < end and (not span.text or text[start:end] == span.text):
        return start, end
    if span.text:
        found = text.find(span.text)
        if found >= 0:
            return found, found + len(span.text)
    return None


def segments(text: str, evidence: Sequence[Span]) -> list[Segment]:
    """``text`` cut into unmarked and marked segments; overlapping spans are merged."""
    return _cut(text, [(r[0], r[1], i) for i, span in enumerate(evidence)
                       if (r := located(text, span)) is not None])


def marked(text: str, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """``text`` with the ``(start, end)`` spans marked (search matches)."""
    return _cut(text, [(start, end, 0) for start, end in spans])


def _cut(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    ranges = sorted(spans)
    merged: list[list[int]] = []
    for start, end, index in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, index])
    out: list[Segment] = []
    position = 0
    for start, end, index in merged:
        if start > position:
            out.append(Segment(text[position:start], False))
        out.append(Segment(text[start:end], True, index))
        position = end
    if position < len(text):
        out.append(Segment(text[position:], False))
    return out
