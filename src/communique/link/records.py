"""The public shapes of the linking layer: linked events, their mentions, series, actors.

Each has ``to_dict`` (what ``communique events --json``, the ``events-jsonl``
export and the API give out) and, where the store keeps it as JSON,
``from_dict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from communique.model import Event, Span


@dataclass
class EventMention:
    """One report of the act: the event as one document codes it, with its source."""

    doc_id: str
    event_id: str
    source_name: str | None
    url: str | None
    language: str | None
    published: str | None
    evidence: list[Span]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "event_id": self.event_id,
                "source_name": self.source_name, "url": self.url, "language": self.language,
                "published": self.published, "evidence": [s.to_dict() for s in self.evidence],
                "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventMention:
        return cls(data["doc_id"], data["event_id"], data.get("source_name"), data.get("url"),
                   data.get("language"), data.get("published"),
                   [Span.from_dict(s) for s in data.get("evidence", [])],
                   float(data.get("confidence", 0.5)))


@dataclass
class LinkedEvent:
    """One act across all its reports.

    ``id`` (``lev-…``) derives from the first report in publication order, so
    the same reports give the same id whatever order they were stored in; it
    changes only when an earlier report of the act is added. ``event`` holds
    the reconciled fields (its ``id`` is the linked id; evidence stays with
    each mention).
    """

    id: str
    event: Event
    mentions: list[EventMention]
    series_id: str | None = None
    session: int | None = None
    fulfils: str | None = None

    @property
    def languages(self) -> list[str]:
        return sorted({m.language for m in self.mentions if m.language})

    def to_dict(self) -> dict[str, Any]:
        """The spec event's fields, then ``mentions``, ``series_id``, ``session``, ``fulfils``."""
        return {**self.event.to_dict(), "mentions": [m.to_dict() for m in self.mentions],
                "series_id": self.series_id, "session": self.session, "fulfils": self.fulfils}


@dataclass
class Series:
    """A recurring mechanism and its meetings in date order (``session`` None: unnumbered)."""

    id: str
    name: str
    forum_id: str | None
    sessions: list[tuple[int | None, str, str | None]] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)   # linked ids of planned sessions

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "forum_id": self.forum_id,
                "sessions": [{"session": s, "linked_id": lid, "date": d}
                             for s, lid, d in self.sessions],
                "plans": list(self.plans)}


@dataclass
class ActorName:
    name: str
    script: str
    language: str


@dataclass
class RoleSeen:
    """A role an actor was given, and the publication dates of the first and last report."""

    role: str
    first_seen: str | None
    last_seen: str | None
    mentions: int


@dataclass
class CanonicalActor:
    """One person, body, IGO or state across every document and spelling.

    ``keys`` are the store's actor rows it gathers (``person:RUS:sergei lavrov``
    and ``person:RUS:sergey lavrov``); ``key`` is the canonical one.
    """

    key: str
    name: str
    kind: str
    country: str | None
    igo: str | None
    wikidata: str | None
    keys: list[str] = field(default_factory=list)
    names: list[ActorName] = field(default_factory=list)
    roles: list[RoleSeen] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "kind": self.kind, "country": self.country,
                "igo": self.igo, "wikidata": self.wikidata, "keys": list(self.keys),
                "names": [vars(n) for n in self.names], "roles": [vars(r) for r in self.roles]}
