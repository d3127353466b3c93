"""Shared by the event-coding tests: what the whole extractor codes for a hand-written text.

Each test file used to carry its own copy of these few lines; the tuples are sorted so that
a test states the expected events in any order.
"""

from __future__ import annotations

from collections.abc import Callable

from communique import Extractor
from communique.document import RawDocument
from communique.model import Actor, Event


def codes(actors: list[Actor]) -> str:
    """The sides' codes joined in order: "CHN+RUS"; "" for none."""
    return "+".join(sorted({a.code for a in actors if a.code}))


def events(extractor: Extractor, text: str, language: str | None,
           published: str) -> list[Event]:
    raw = RawDocument(text, doc_id="case", language=language, published=published)
    return [event for doc in extractor.run([raw]) for event in doc.events]


def sides_of(extractor: Extractor, text: str, language: str | None,
             published: str) -> list[tuple[str, str, str]]:
    """(event_type, actors, recipients) of every event, sorted."""
    return sorted((e.event_type, codes(e.actors), codes(e.recipients))
                  for e in events(extractor, text, language, published))


def acts_of(extractor: Extractor, text: str, language: str | None,
            published: str) -> list[tuple[str, str | None, str, str, str]]:
    """(event_type, mode, actors, recipients, status) of every event, sorted."""
    return sorted((e.event_type, e.mode, codes(e.actors), codes(e.recipients), e.status)
                  for e in events(extractor, text, language, published))


# A meeting told first, whose sides a mention after it would otherwise take: the precision
# tests put the mention they test after it (``LEAD_*``), and expect this event (``HELD_*``)
# besides the mention's.
LEAD_DE = "Die Außenminister Ghanas und Togos trafen sich am Montag in Accra. "
LEAD_EN = "The foreign ministers of Ghana and Togo met in Accra on Monday. "
LEAD_RU = "Министры иностранных дел Армении и Грузии провели в понедельник переговоры в Тбилиси. "
HELD_DE = HELD_EN = [("CONSULT", "TGO", "GHA")]
HELD_RU = [("CONSULT", "ARM", "GEO")]


def with_persons(extractor: Extractor, text: str, published: str,
                 person: Callable[[Actor], tuple[str | None, ...]],
                 ) -> list[tuple[str, tuple[str, ...], tuple[str, ...],
                                 frozenset[tuple[str | None, ...]]]]:
    """Each event as (type, actor codes, recipient codes, its persons as ``person`` gives
    them), in the order coded."""
    return [(e.event_type, tuple(sorted({a.code for a in e.actors if a.code})),
             tuple(sorted({a.code for a in e.recipients if a.code})),
             frozenset(person(a) for a in (*e.actors, *e.recipients) if a.kind == "person"))
            for e in events(extractor, text, None, published)]
