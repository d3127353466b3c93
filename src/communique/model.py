"""The event record of ``shared/spec/EVENTS.md``, declared once.

Each class is a plain dataclass (the stages build and change them freely), typed
with the contract's constraints as pydantic metadata. Everything else is derived
from these declarations: ``to_dict`` / ``from_dict`` (pydantic serialises exactly
the spec's JSON, key order included, and reads it back), the JSON Schema
(``communique.spec.derived_schema``) and the API's response shapes
(``communique.serve.schemas``). Only the contract's ``required`` lists are written
per class, because the contract requires fields the stages may leave at a default.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Self, TypeVar

from pydantic import (
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    TypeAdapter,
    WrapSerializer,
    with_config,
)
from pydantic.json_schema import JsonSchemaValue, SkipJsonSchema
from pydantic_core import CoreSchema

ActorKind = Literal["person", "state", "igo", "organization", "group"]
Precision = Literal["day", "month", "year", "unknown"]
Status = Literal["occurred", "planned"]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

_CONTRACT: ContextVar[bool] = ContextVar("contract", default=False)


class Contract:
    """Value constraints of the contract's JSON Schema (patterns, ranges, enums, non-empty
    lists), declared on the fields they bind.

    Only the record's schema carries them (``contract_schema``). Reading a record back
    checks its shape and types, as ever, and the API (whose schema pydantic derives from the
    same classes) answers with events that linking or a review made, which may break them:
    a linked act carries no evidence of its own.
    """

    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    def __get_pydantic_json_schema__(self, core: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core)
        if _CONTRACT.get():
            schema.update(self.constraints)
        return schema


def contract_schema(cls: type[Any]) -> dict[str, Any]:
    """The JSON Schema of ``cls`` with the contract's value constraints."""
    token = _CONTRACT.set(True)
    try:
        return dict(adapter(cls).json_schema())
    finally:
        _CONTRACT.reset(token)


Code = Annotated[str, Contract(pattern=r"^[A-Z][A-Z0-9_]{1,15}$")]
"""A state's ISO 3166-1 alpha-3 code or an IGO's upper-case short name."""
WikidataId = Annotated[str, Contract(pattern=r"^Q[0-9]+$")]
Offset = Annotated[int, Contract(minimum=0)]
EventType = Annotated[str, Contract(enum=list(EVENT_TYPES))]
"""A PLOVER category: an enum to the contract, a plain str to the stages that code one."""
Confidence = Annotated[float, Contract(minimum=0, maximum=1),
                       PlainSerializer(lambda value: round(value, 3))]
"""Written rounded to three decimals, as the record always was."""
Unwritten = Annotated[SkipJsonSchema[int | None], Field(exclude=True)]
"""A field the stages use and the record omits (an event actor's offsets)."""

R = TypeVar("R", bound="Record")


def _required(*names: str) -> ConfigDict:
    """The contract's ``required`` list of a class, where it differs from its defaults."""
    return ConfigDict(json_schema_extra={"required": list(names)})


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def adapter(cls: type[R]) -> TypeAdapter[R]:
    """pydantic's validator and serialiser of one record class, built once."""
    if cls not in _ADAPTERS:
        _ADAPTERS[cls] = TypeAdapter(cls)
    found: TypeAdapter[R] = _ADAPTERS[cls]
    return found


class Record:
    """What every record class derives from its declaration: the spec's JSON and back."""

    def to_dict(self) -> dict[str, Any]:
        return dict(adapter(type(self)).dump_python(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return adapter(cls).validate_python(data)


@dataclass
class Span(Record):
    """A character range of the cleaned text, with the text it covers."""

    start: Offset
    end: Offset
    text: str


@dataclass
class Actor(Record):
    """A resolved actor mention: a person, a state, an IGO, a body or a group.

    ``start``/``end`` locate the mention in the cleaned text; they are written
    only for document-level ``entities`` (the spec's actor fields plus a span).
    """

    text: str
    name: str
    kind: ActorKind
    role: str | None = None
    country: Code | None = None
    igo: Code | None = None
    sector: str | None = None
    wikidata: WikidataId | None = None
    start: Unwritten = None
    end: Unwritten = None

    def to_dict(self, with_span: bool = False) -> dict[str, Any]:
        out = super().to_dict()
        return _with_span(out, self) if with_span else out

    @property
    def code(self) -> str | None:
        """The participant code the scorer uses: the IGO the actor is or acts for, else its
        country (a Cambodian co-chairing for ASEAN counts as ASEAN)."""
        return self.igo or self.country


def _with_span(out: dict[str, Any], actor: Actor) -> dict[str, Any]:
    if actor.start is not None:
        out["start"], out["end"] = actor.start, actor.end
    return out


Entity = Annotated[Actor, WrapSerializer(lambda actor, write: _with_span(write(actor), actor))]
"""A document-level actor mention: written with its offsets."""


@with_config(_required("precision"))
@dataclass
class EventDate(Record):
    """When an event happened or is planned, at the precision the text gives."""

    start: str | None = None
    end: str | None = None
    precision: Precision = "unknown"
    text: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self:
        return super().from_dict(data or {})

    def gold_form(self) -> str | None:
        """The gold format's date: YYYY-MM-DD, YYYY-MM or YYYY by precision."""
        if not self.start or self.precision == "unknown":
            return None
        return self.start[: {"day": 10, "month": 7, "year": 4}[self.precision]]


@dataclass
class Location(Record):
    name: str | None = None
    country: Code | None = None
    virtual: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self | None:  # type: ignore[override]
        return None if data is None else super().from_dict(data)


@dataclass
class Forum(Record):
    name: str | None = None
    id: str | None = None
    session: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self | None:  # type: ignore[override]
        return None if data is None else super().from_dict(data)


@with_config(_required("id", "event_type", "actors", "recipients", "date", "status",
                       "evidence"))
@dataclass
class Event(Record):
    id: str
    event_type: EventType
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    status: Status = "occurred"
    forum: Forum | None = None
    outcomes: list[str] = field(default_factory=list)
    evidence: Annotated[list[Span], Contract(minItems=1)] = field(default_factory=list)
    confidence: Confidence = 0.5

    def participant_codes(self) -> set[str]:
        """Country / IGO codes of actors ∪ recipients, as the scorer compares them."""
        return {c for a in (*self.actors, *self.recipients) if (c := a.code)}

    def persons(self) -> list[str]:
        seen: dict[str, None] = {}
        for a in (*self.actors, *self.recipients):
            if a.kind == "person":
                seen.setdefault(a.name)
        return list(seen)


@with_config(_required("language"))
@dataclass
class Source(Record):
    name: str | None = None
    url: str | None = None
    language: Annotated[str | None, Field(description="ISO 639-1")] = None
    published: Annotated[str | None, Field(
        description="ISO 8601 date or date-time of publication")] = None
    dateline: str | None = None


@with_config(_required("doc_id", "source", "events", "entities"))
@dataclass
class DocumentRecord(Record):
    """One extracted document: spec section 1."""

    doc_id: Annotated[str, Contract(minLength=1)]
    source: Source = field(default_factory=Source)
    title: str | None = None
    text_sha256: str | None = None
    events: list[Event] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
