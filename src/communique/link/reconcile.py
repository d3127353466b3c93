"""One event from many reports: the fields of a linked event.

Each field is taken where the reports are most informative, and ties go to
the majority, then to the earliest report, so the result does not depend on
the order the reports were stored in:

- date: the most precise one (a day over a month over a year);
- location: a place the text names over a virtual meeting over a place that is
  only the document's dateline (a TASS report datelined MOSCOW about a
  video call);
- actors and recipients: the most confident report's sides, plus every actor
  with a state or IGO code the other reports add (persons matched across
  scripts with ``same_person``);
- contexts and outcomes: the union; mode, forum and session: the majority;
- confidence: the best report's. Evidence stays with each mention, since
  offsets refer to that mention's document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

from communique.gazetteer.names import same_person
from communique.link.reports import EventReport
from communique.model import Actor, Event, EventDate, Forum, Location
from communique.store.rows import fold

T = TypeVar("T", bound=Hashable)

PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
PREFERRED_NAME_LANGUAGE = "en"   # forum names are surface text; English reads best in lists


def vote(values: Sequence[T | None]) -> T | None:
    """The most frequent non-empty value; ties go to the one seen first."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    best = max(counts.values())
    return next(v for v in present if counts[v] == best)


def reconcile(reports: list[EventReport], linked_id: str) -> Event:
    """The linked event's fields from its reports (given in publication order)."""
    base = max(reports, key=lambda r: (r.event.confidence, _earliness(reports, r)))
    actors, recipients = _sides(base, reports)
    return Event(
        id=linked_id,
        event_type=base.event.event_type,
        mode=vote([r.event.mode for r in reports]),
        contexts=list(dict.fromkeys(c for r in reports for c in r.event.contexts)),
        actors=actors,
        recipients=recipients,
        date=_best_date(reports),
        location=_best_location(reports),
        status=base.event.status,
        forum=_best_forum(reports),
        outcomes=_union_folded(o for r in reports for o in r.event.outcomes),
        evidence=[],
        confidence=max(r.event.confidence for r in reports),
    )


def _earliness(reports: list[EventReport], report: EventReport) -> int:
    return -reports.index(report)


def _best_date(reports: list[EventReport]) -> EventDate:
    rank = max(PRECISION_RANK.get(r.event.date.precision, 0) for r in reports)
    precise = [r for r in reports if PRECISION_RANK.get(r.event.date.precision, 0) == rank]
    chosen = vote([(r.event.date.start, r.event.date.end) for r in precise])
    return next(r.event.date for r in precise
                if (r.event.date.start, r.event.date.end) == chosen)


def _location_class(report: EventReport) -> int:
    """3: a place the text names; 2: virtual; 1: only the dateline's place; 0: none."""
    location = report.event.location
    if location is None:
        return 0
    if location.virtual:
        return 2
    if not location.name:
        return 0
    if report.dateline and fold(location.name) == fold(report.dateline):
        return 1
    return 3


def _best_location(reports: list[EventReport]) -> Location | None:
    best = max(_location_class(r) for r in reports)
    if best == 0:
        return None
    candidates = [r.event.location for r in reports if _location_class(r) == best]
    chosen = vote([(loc.name, loc.country, loc.virtual) for loc in candidates if loc])
    return next(loc for loc in candidates if loc and (loc.name, loc.country, loc.virtual)
                == chosen)


def _best_forum(reports: list[EventReport]) -> Forum | None:
    forums = [r.event.forum for r in reports if r.event.forum is not None]
    if not forums:
        return None
    forum_id = vote([f.id for f in forums])
    same = [(r, r.event.forum) for r in reports
            if r.event.forum is not None and r.event.forum.id == forum_id]
    english = [f for r, f in same if r.language == PREFERRED_NAME_LANGUAGE and f.name]
    named = english or [f for _, f in same if f.name]
    name = named[0].name if named else None
    return Forum(name, forum_id, vote([f.session for _, f in same]))


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor in two reports: a state by its code, a person by name across scripts."""
    if a.kind != b.kind or a.code != b.code:
        return False
    if a.kind == "state":
        return True
    if a.kind == "person":
        return same_person(a.name, b.name)
    return fold(a.name) == fold(b.name)


def _sides(base: EventReport, reports: list[EventReport]) -> tuple[list[Actor], list[Actor]]:
    """The best report's actors and recipients, plus every state, IGO or coded person or
    body the others add, on their side (an uncoded name one report adds is mostly noise)."""
    actors, recipients = list(base.event.actors), list(base.event.recipients)
    for report in reports:
        for side, target in ((report.event.actors, actors),
                             (report.event.recipients, recipients)):
            for actor in side:
                if actor.code and not any(same_actor(actor, known)
                                          for known in (*actors, *recipients)):
                    target.append(actor)
    return actors, recipients


def _union_folded(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return list(seen.values())
