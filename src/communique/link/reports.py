"""One stored report of an act, and the rules that say whether two reports are one act.

An ``EventReport`` is an event as one document tells it, with what the linker needs
beside it: the document's publication date, dateline, language and source,
the stored evidence vector, and derived facts (participant codes, coded
persons, the time window the act falls in).

Two reports can be one act only if nothing rules it out (``conflict``): they
come from two documents, have the same type and status, share enough
participant codes, fall in overlapping time windows, do not name disjoint
persons and do not give different session numbers of one forum. Among the pairs
that pass, ``score`` decides: the similarity of their evidence across
languages, plus a little for each fact they agree on, minus a little when
either gives no date.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import numpy as np

from communique.gazetteer.names import name_tokens, same_person
from communique.link.embed import similarity
from communique.link.params import link_params
from communique.model import Event

Window = tuple[date, date]
NO_DATE = "~"            # sorts after every ISO date: reports without one come last


@dataclass
class EventReport:
    """An event of a stored document, as the linker sees it."""

    event_pk: int
    document_pk: int
    doc_id: str
    event: Event
    published: str | None = None
    dateline: str | None = None
    language: str | None = None
    source_name: str | None = None
    url: str | None = None
    vector: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))

    @property
    def key(self) -> tuple[str, str]:
        """Identity independent of storage order: document and event id."""
        return (self.doc_id, self.event.id)

    @property
    def order(self) -> tuple[str, str, str]:
        """Publication order: earliest report first, undated reports last."""
        return (self.published or NO_DATE, self.doc_id, self.event.id)

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(self.event.participant_codes())

    @cached_property
    def persons(self) -> tuple[str, ...]:
        return coded_persons(self.event)

    @property
    def undated(self) -> bool:
        return self.event.date.precision == "unknown" or not self.event.date.start

    @property
    def exact_day(self) -> str | None:
        d = self.event.date
        if d.precision == "day" and d.start and (d.end or d.start) == d.start:
            return d.start
        return None

    @property
    def forum_id(self) -> str | None:
        return self.event.forum.id if self.event.forum else None

    @property
    def session(self) -> int | None:
        return self.event.forum.session if self.event.forum else None

    @cached_property
    def window(self) -> Window | None:
        """The days the act falls in, for blocking and for the date rule."""
        return report_window(self.event, self.published)

    def blocking_keys(self) -> list[str]:
        """Keys this report is filed under (``link_keys``): participant code and month,
        numbered forum session, and each person's surname; a report with no time window
        is also filed as such under its persons' surnames."""
        keys = self._shared_keys() + self._person_keys("person")
        if self.window is None:
            keys += self._person_keys("windowless")
        return keys

    def lookup_keys(self) -> list[str]:
        """Keys under which other reports of this act may be filed. A report with no time
        window looks for the reports of its type naming one of its persons; any report
        looks for windowless ones naming one of its persons, so that the pair is found
        in either order while a dated report never scans a person's whole record."""
        keys = self._shared_keys() + self._person_keys("windowless")
        if self.window is None:
            keys += self._person_keys("person")
        return keys

    def _shared_keys(self) -> list[str]:
        head = f"{self.event.event_type}|{self.event.status}"
        keys = []
        if self.window is not None:
            months = list(months_of(widened(self.window)))
            keys += [f"{head}|{code}|{month}" for code in sorted(self.codes) for month in months]
        if self.forum_id and self.session is not None:
            keys.append(f"{head}|forum|{self.forum_id}#{self.session}")
        return keys

    def _person_keys(self, kind: str) -> list[str]:
        head = f"{self.event.event_type}|{self.event.status}"
        surnames = sorted({name_tokens(person)[-1] for person in self.persons
                           if name_tokens(person)})
        return [f"{head}|{kind}|{surname}" for surname in surnames]


def coded_persons(event: Event) -> tuple[str, ...]:
    """Persons tied to a state or IGO; an uncoded "person" is too often a misread word."""
    return tuple(dict.fromkeys(a.name for a in (*event.actors, *event.recipients)
                               if a.kind == "person" and a.code))


def date_range(start: str, end: str | None, precision: str) -> Window:
    """The days an ISO date at ``precision`` covers (a month: at least its first to its last
    day), up to ``end`` where the text gives a range."""
    first = date.fromisoformat(start[:10])
    last = first
    if precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif precision == "year":
        last = first.replace(month=12, day=31)
    if end:
        last = max(last, date.fromisoformat(end[:10]))
    return first, last


def report_window(event: Event, published: str | None) -> Window | None:
    """When the act happened (a plan: when it was reported), as far as linking is concerned.

    A dated event covers its dates; an undated one the ``report_days`` before its
    document's publication (a plan: around it); an undated event of an undated document
    has no window and is linked only through its forum session or through another act
    its document shares with another report.
    """
    params = link_params()
    d = event.date
    if d.precision != "unknown" and d.start:
        return date_range(d.start, d.end, d.precision)
    if published:
        day = date.fromisoformat(published[:10])
        before = timedelta(days=params.report_days)
        return day - before, day + (before if event.status == "planned" else timedelta(0))
    return None


def widened(window: Window) -> Window:
    """``window`` with ``day_slack`` days on each side: reports written in other time
    zones, or dated "on Wednesday" from the publication day, may be a day off."""
    slack = timedelta(days=link_params().day_slack)
    return window[0] - slack, window[1] + slack


def months_of(window: Window) -> Iterator[str]:
    """``YYYY-MM`` of every month the window touches."""
    year, month = window[0].year, window[0].month
    while (year, month) <= (window[1].year, window[1].month):
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def overlaps(a: Window, b: Window) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def share_person(a: EventReport, b: EventReport) -> bool:
    return any(same_person(x, y) for x in a.persons for y in b.persons)


def conflict(a: EventReport, b: EventReport) -> str | None:
    """Why two reports cannot be one act, or None when they can."""
    if a.document_pk == b.document_pk:
        return "same document"      # the coder already made one event per act and document
    if (a.event.event_type, a.event.status) != (b.event.event_type, b.event.status):
        return "type or status"
    if jaccard(a.codes, b.codes) < link_params().min_overlap:
        return "participants"
    if a.window is not None and b.window is not None and not overlaps(widened(a.window),
                                                                      b.window):
        return "dates"
    if a.persons and b.persons and not share_person(a, b):
        return "persons"
    if (a.forum_id and a.forum_id == b.forum_id and a.session is not None
            and b.session is not None and a.session != b.session):
        return "session"
    return None


def score(a: EventReport, b: EventReport) -> float:
    """How strongly two compatible reports read as one act; linked at ``threshold``."""
    weights = link_params().score
    value = similarity(a.vector, b.vector)
    if a.persons and b.persons and share_person(a, b):
        value += weights.person
    if a.forum_id and a.forum_id == b.forum_id and a.session is not None \
            and a.session == b.session:
        value += weights.session
    if a.exact_day is not None and a.exact_day == b.exact_day:
        value += weights.same_day
    if a.undated or b.undated:
        value += weights.undated
    return round(value, 4)


def linked_score(a: EventReport, b: EventReport) -> float | None:
    """The pair's score when the two reports are one act, else None."""
    if conflict(a, b) is not None:
        return None
    value = score(a, b)
    return value if value >= link_params().threshold else None
