"""Where a lost side is named, in counts: the sentence of the act, elsewhere, or nowhere.

A participant code the gold holds and the prediction lacks was lost for one of three
reasons, each with its own fix: the act's own sentence names it (the frame or the sides
rules did not take it), another sentence of the report names it (a side carried from a
headline, a delegation sentence or an earlier act was not), or no mention of the report
resolves to it (the gazetteer or the recogniser did not know the name, or the side is
only implied). Counted per code, without showing a text.

A code the prediction holds and the gold lacks (an extra side) is counted the same way,
with one more class first: it came only with a person (an official's state, where the
person is right and the side wrong, or the person is a wrong one), not with a state the
text names as taking part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.evaluate.scorer import DocumentResult, GoldEvent

WHERE = ("in_act_sentence", "in_document", "not_named")
EXTRA_WHERE = ("by_person", *WHERE)


def where_named(code: str, event_type: str, result: DocumentResult) -> str:
    """The class of ``WHERE`` of one lost code of an act of ``event_type``."""
    if code in result.act_codes.get(event_type, frozenset()):
        return "in_act_sentence"
    return "in_document" if code in result.document_codes else "not_named"


def lost_counts(codes: Iterable[str], event_type: str, result: DocumentResult) -> Counter[str]:
    return Counter(where_named(code, event_type, result) for code in codes)


def extra_counts(predicted: GoldEvent, gold: GoldEvent, result: DocumentResult) -> Counter[str]:
    """Where each extra code of a matched prediction came from (``EXTRA_WHERE``)."""
    return Counter("by_person" if code in predicted.person_codes
                   else where_named(code, gold.event_type, result)
                   for code in predicted.participants - gold.participants)


def format_where(counts: Counter[str], names: tuple[str, ...] = WHERE) -> str:
    return "  ".join(f"{name}={counts[name]}" for name in names)
