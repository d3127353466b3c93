"""The event record of ``shared/spec/EVENTS.md`` as typed classes.

These classes are the output contract: ``to_dict`` serialises exactly the
spec's JSON (key order included) and ``from_dict`` reads it back, so the store,
the exports and the API all speak one format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "state", "igo", "organization", "group"]
Precision = Literal["day", "month", "year", "unknown"]
Status = Literal["occurred", "planned"]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class Span:
    """A character range of the cleaned text, with the text it covers."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), data["text"])


@dataclass
class Actor:
    """A resolved actor mention: a person, a state, an IGO, a body or a group.

    ``start``/``end`` locate the mention in the cleaned text; they are written
    only for document-level ``entities`` (the spec's actor fields plus a span).
    """

    text: str
    name: str
    kind: ActorKind
    role: str | None = None
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self, with_span: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text, "name": self.name, "kind": self.kind, "role": self.role,
            "country": self.country, "igo": self.igo, "sector": self.sector,
            "wikidata": self.wikidata,
        }
        if with_span and self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            text=data["text"], name=data["name"], kind=data["kind"], role=data.get("role"),
            country=data.get("country"), igo=data.get("igo"), sector=data.get("sector"),
            wikidata=data.get("wikidata"), start=data.get("start"), end=data.get("end"),
        )

    @property
    def code(self) -> str | None:
        """The participant code the scorer uses: the IGO the actor is or acts for, else its
        country (a Cambodian co-chairing for ASEAN counts as ASEAN)."""
        return self.igo or self.country


@dataclass
class EventDate:
    """When an event happened or is planned, at the precision the text gives."""

    start: str | None = None
    end: str | None = None
    precision: Precision = "unknown"
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision,
                "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventDate:
        data = data or {}
        return cls(data.get("start"), data.get("end"), data.get("precision", "unknown"),
                   data.get("text"))

    def gold_form(self) -> str | None:
        """The gold format's date: YYYY-MM-DD, YYYY-MM or YYYY by precision."""
        if not self.start or self.precision == "unknown":
            return None
        return self.start[: {"day": 10, "month": 7, "year": 4}[self.precision]]


@dataclass
class Location:
    name: str | None = None
    country: str | None = None
    virtual: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "virtual": self.virtual}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if data is None:
            return None
        return cls(data.get("name"), data.get("country"), bool(data.get("virtual", False)))


@dataclass
class Forum:
    name: str | None = None
    id: str | None = None
    session: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "session": self.session}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Forum | None:
        if data is None:
            return None
        return cls(data.get("name"), data.get("id"), data.get("session"))


@dataclass
class Event:
    id: str
    event_type: str
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    status: Status = "occurred"
    forum: Forum | None = None
    outcomes: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "forum": self.forum.to_dict() if self.forum else None,
            "outcomes": list(self.outcomes),
            "evidence": [s.to_dict() for s in self.evidence],
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"], event_type=data["event_type"], mode=data.get("mode"),
            contexts=list(data.get("contexts", [])),
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            recipients=[Actor.from_dict(a) for a in data.get("recipients", [])],
            date=EventDate.from_dict(data.get("date")),
            location=Location.from_dict(data.get("location")),
            status=data.get("status", "occurred"),
            forum=Forum.from_dict(data.get("forum")),
            outcomes=list(data.get("outcomes", [])),
            evidence=[Span.from_dict(s) for s in data.get("evidence", [])],
            confidence=float(data.get("confidence", 0.5)),
        )

    def participant_codes(self) -> set[str]:
        """Country / IGO codes of actors ∪ recipients, as the scorer compares them."""
        return {c for a in (*self.actors, *self.recipients) if (c := a.code)}

    def persons(self) -> list[str]:
        seen: dict[str, None] = {}
        for a in (*self.actors, *self.recipients):
            if a.kind == "person":
                seen.setdefault(a.name)
        return list(seen)


@dataclass
class Source:
    name: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "language": self.language,
                "published": self.published, "dateline": self.dateline}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(data.get("name"), data.get("url"), data.get("language"),
                   data.get("published"), data.get("dateline"))


@dataclass
class DocumentRecord:
    """One extracted document: spec section 1."""

    doc_id: str
    source: Source
    title: str | None = None
    text_sha256: str | None = None
    events: list[Event] = field(default_factory=list)
    entities: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source.to_dict(),
            "title": self.title,
            "text_sha256": self.text_sha256,
            "events": [e.to_dict() for e in self.events],
            "entities": [a.to_dict(with_span=True) for a in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentRecord:
        return cls(
            doc_id=data["doc_id"], source=Source.from_dict(data.get("source", {})),
            title=data.get("title"), text_sha256=data.get("text_sha256"),
            events=[Event.from_dict(e) for e in data.get("events", [])],
            entities=[Actor.from_dict(a) for a in data.get("entities", [])],
        )
