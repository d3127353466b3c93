"""Shared by the event-coding tests: what the whole extractor codes for a hand-written text.

Each test file used to carry its own copy of these few lines; the tuples are sorted so that
a test states the expected events in any order.
"""

from __future__ import annotations

from collections.abc import Callable

from communique import Extractor
from communique.document import Document, RawDocument
from communique.model import Actor, Event


def codes(actors: list[Actor]) -> str:
    """The sides' codes joined in order: "CHN+RUS"; "" for none."""
    return "+".join(sorted({a.code for a in actors if a.code}))


def document(extractor: Extractor, text: str, language: str | None,
             published: str) -> Document:
    """The one document the extractor makes of ``text``."""
    raw = RawDocument(text, doc_id="case", language=language, published=published)
    return next(iter(extractor.run([raw])))


def events(extractor: Extractor, text: str, language: str | None,
           published: str) -> list[Event]:
    return document(extractor, text, language, published).events


def persons_of(extractor: Extractor, text: str, event_type: str,
               published: str) -> frozenset[tuple[str, str | None, str | None]]:
    """The persons of the first coded event of ``event_type``: (name, role, state)."""
    event = next(e for e in events(extractor, text, None, published)
                 if e.event_type == event_type)
    return frozenset((a.name, a.role, a.country) for a in (*event.actors, *event.recipients)
                     if a.kind == "person")


FIELDS: dict[str, Callable[[Event], str | None]] = {
    "type": lambda e: e.event_type,
    "mode": lambda e: e.mode,
    "status": lambda e: e.status,
    "actors": lambda e: codes(e.actors),
    "recipients": lambda e: codes(e.recipients),
}
ACTS = ("type", "mode", "actors", "recipients", "status")
SIDES = ("type", "actors", "recipients")


def rows(extractor: Extractor, text: str, language: str | None, published: str,
         fields: tuple[str, ...] = ACTS) -> list[tuple[str | None, ...]]:
    """The ``fields`` (keys of ``FIELDS``) of every event, sorted."""
    return sorted(tuple(FIELDS[name](e) for name in fields)
                  for e in events(extractor, text, language, published))


def sides_of(extractor: Extractor, text: str, language: str | None,
             published: str) -> list[tuple[str | None, ...]]:
    """(event_type, actors, recipients) of every event, sorted."""
    return rows(extractor, text, language, published, SIDES)


def acts_of(extractor: Extractor, text: str, language: str | None,
            published: str) -> list[tuple[str | None, ...]]:
    """(event_type, mode, actors, recipients, status) of every event, sorted."""
    return rows(extractor, text, language, published)


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
