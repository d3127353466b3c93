"""A private person's origin is no side (issue 12, gnadprec6).

News on courts, arrests and militants names where people come from: "ein Lenker mit
österreichischer Staatsbürgerschaft und bosnischem Bezug", "aus dem Irak kommend in Syrien
eingetroffen", "ein Belgier mit Verbindungen zu den Attentätern von Paris". These states
neither act nor are acted on (spec §3: sides are states and IGOs that take part in the act),
so a party named only that way is dropped before sides are assigned; the words are the
language's cues ``origin_noun``, ``origin_travel`` and ``origin_deed`` (lang/<xx>/event_cues.yaml).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from communique.document import Document
from communique.events.lexicon import Lexicon


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)

# Characters before a place searched for "den Attentätern von ": the longest deed noun with
# its preposition and article ("Terroranschlägen von der ") fits in it.
DEED_WINDOW = 40


def origin_only(doc: Document, party: Spanned, lexicon: Lexicon) -> bool:
    """Whether the party is named only as where a private person or a deed comes from."""
    after = doc.text[party.end:party.end + DEED_WINDOW]
    words = after.split(maxsplit=1)
    if words and (lexicon.cues["origin_noun"].match(words[0])
                  or lexicon.cues["origin_travel"].match(words[0])):
        return True
    before = doc.text[max(0, party.start - DEED_WINDOW):party.start]
    return lexicon.cue("origin_deed", before) is not None


def without_origins(doc: Document, parties: list[S], lexicon: Lexicon) -> list[S]:
    """The parties less those named only as an origin."""
    return [p for p in parties if not origin_only(doc, p, lexicon)]
