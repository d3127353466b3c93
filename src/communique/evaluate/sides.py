"""Where a lost side is named, in counts: the sentence of the act, elsewhere, or nowhere.

A participant code the gold holds and the prediction lacks was lost for one of three
reasons, each with its own fix: the act's own sentence names it (the frame or the sides
rules did not take it), another sentence of the report names it (a side carried from a
headline, a delegation sentence or an earlier act was not), or no mention of the report
resolves to it (the gazetteer or the recogniser did not know the name, or the side is
only implied). Counted per code, without showing a text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.evaluate.scorer import DocumentResult

WHERE = ("in_act_sentence", "in_document", "not_named")


def where_named(code: str, event_type: str, result: DocumentResult) -> str:
    """The class of ``WHERE`` of one lost code of an act of ``event_type``."""
    if code in result.act_codes.get(event_type, frozenset()):
        return "in_act_sentence"
    return "in_document" if code in result.document_codes else "not_named"


def lost_counts(codes: Iterable[str], event_type: str, result: DocumentResult) -> Counter[str]:
    return Counter(where_named(code, event_type, result) for code in codes)


def format_where(counts: Counter[str]) -> str:
    return "  ".join(f"{name}={counts[name]}" for name in WHERE)
