"""The shapes the API answers with, documented in its OpenAPI schema.

The templates render the same objects, so a page and its JSON twin cannot
drift apart. An event, its parts and a source are the record classes of
``communique.model`` themselves (the spec's one declaration), not copies of them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, WithJsonSchema

from communique.export.plover import modes
from communique.model import EVENT_TYPES, Event, Source, Span
from communique.serve.security import PLAIN_PATTERN

Verdict = Literal["confirmed", "corrected", "deleted"]


def _plover_type(value: str) -> str:
    if value not in EVENT_TYPES:
        raise ValueError(f"{value!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}")
    return value


# A review's event type: a str to the code (forms pass one), an enum in the OpenAPI schema.
EventType = Annotated[str, AfterValidator(_plover_type),
                      WithJsonSchema({"type": "string", "enum": list(EVENT_TYPES)})]
# A review's participant: an actor key or a state / IGO code.
ActorEntry = Annotated[str, Field(max_length=300, pattern=PLAIN_PATTERN)]


def mode_problem(event_type: str, mode: str | None) -> str | None:
    """Why ``mode`` cannot be a mode of ``event_type`` (None when it can, or is empty)."""
    allowed = sorted(modes(event_type))
    if not mode or mode in allowed:
        return None
    choice = f"one of {', '.join(allowed)}, or none" if allowed else "none (it has no modes)"
    return f"mode: {mode!r} is not a mode of {event_type}; use {choice}"


class ReviewState(BaseModel):
    """The analyst's verdict on an event; absent while nobody reviewed it."""

    verdict: Verdict
    reviewer: str
    reviewed_at: str


class EventSummary(BaseModel):
    """A row of an event list: the event as reviewed, with the report it came from."""

    id: str = Field(description="the id to open the event with: /api/events/{id}")
    event: Event
    doc_id: str
    title: str | None
    source: Source
    verdict: Verdict | None = None
    reports: int = Field(1, description="how many reports tell of this act")


class FacetValue(BaseModel):
    value: str
    label: str | None = None
    count: int


class EventPage(BaseModel):
    items: list[EventSummary]
    total: int
    limit: int
    offset: int
    filters: dict[str, str]
    facets: dict[str, list[FacetValue]] = {}


class ReviewEntry(BaseModel):
    """One line of the audit log."""

    action: Literal["confirm", "correct", "delete", "revert"]
    reviewer: str
    reviewed_at: str
    before: dict[str, object]
    after: dict[str, object]
    note: str | None = None
    event_id: str | None = None
    doc_id: str | None = None


class Report(BaseModel):
    """One source document that tells of an event, with the evidence it gives."""

    doc_id: str
    event_id: str
    title: str | None
    source: Source
    text: str = Field(description="the cleaned text the evidence offsets refer to")
    evidence: list[Span]
    confidence: float
    event: Event = Field(description="the event as this report gives it (reviewed)")
    extracted: Event = Field(description="the event as extraction gave it")
    review: ReviewState | None = None
    history: list[ReviewEntry] = []


class EventDetail(BaseModel):
    """One act with every report of it."""

    id: str
    event: Event
    reports: list[Report]
    review: ReviewState | None = None
    series_id: str | None = None
    session: int | None = None
    fulfils: str | None = None


class NameVariant(BaseModel):
    name: str
    script: str
    language: str


class RoleSeenOut(BaseModel):
    """A role reports gave the actor, with the publication days of the first and last."""

    role: str
    first_seen: str | None = None
    last_seen: str | None = None
    mentions: int


class ActorSummary(BaseModel):
    key: str
    name: str
    kind: str
    country: str | None = None
    igo: str | None = None
    events: int = 0


class ActorPage(BaseModel):
    items: list[ActorSummary]
    total: int
    limit: int
    offset: int


class NetworkNode(BaseModel):
    id: str
    label: str
    kind: str | None = None
    weight: int = Field(0, description="events the node takes part in")
    href: str | None = Field(None, description="the page of the node")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="events both take part in")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Counterpart(BaseModel):
    actor: ActorSummary
    events: int


class ActorDetail(BaseModel):
    actor: ActorSummary
    wikidata: str | None = None
    keys: list[str] = Field([], description="the actor rows linking grouped under this one")
    variants: list[NameVariant]
    roles: list[RoleSeenOut]
    events: list[EventSummary]
    counterparts: list[Counterpart]
    network: Network


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    event_type: str
    count: int


class Pair(BaseModel):
    source: str
    target: str
    source_name: str | None = None
    target_name: str | None = None
    count: int


class Stats(BaseModel):
    total: int
    filters: dict[str, str]
    per_month: list[MonthCount]
    top_pairs: list[Pair]


class DocumentSummary(BaseModel):
    doc_id: str
    title: str | None
    source: Source
    events: int


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class DocumentDetail(BaseModel):
    doc_id: str
    title: str | None
    source: Source
    text: str
    text_sha256: str
    events: list[EventSummary]
    warnings: list[str] = []


class ForumSummary(BaseModel):
    forum: str = Field(description="the forum's id, else its name: filter events with it")
    name: str | None
    events: int
    first: str | None = None
    last: str | None = None


class Session(BaseModel):
    session: int | None = Field(description="its number in the series, when reports give one")
    event_id: str = Field(description="the act: /api/events/{event_id}")
    date: str | None = None


class SeriesOut(BaseModel):
    """A recurring mechanism (a dialogue, consultations, a summit) and its meetings."""

    id: str = Field(description="filter events with /api/events?series={id}")
    name: str
    forum_id: str | None = None
    sessions: list[Session]
    plans: list[str] = Field(description="acts of planned sessions")


class Problem(BaseModel):
    """An error: what went wrong and what to do."""

    detail: str
