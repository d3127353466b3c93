"""Analyst review: confirm, correct or delete an event, keeping the extraction and a log.

A review never touches the extracted rows. It writes the event as reviewed to
``event_reviews`` (and the corrected participants to ``review_participants``),
which the reading views prefer, and one ``review_log`` line per stored event
with the reviewer, the time, and the event before and after. ``revert``
drops the review and the extraction shows again. An act told by several
reports is reviewed as one: every report's event gets the same change, in one
transaction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, Field

from communique.export.plover import modes
from communique.gazetteer import Gazetteer
from communique.link.linker import relink_reviewed
from communique.model import EVENT_TYPES, Actor, Event, EventDate
from communique.serve.catalog import act_id_of, act_reports
from communique.serve.filters import DATE_PATTERN, day_bound
from communique.serve.schemas import ActorEntry, EventType, mode_problem
from communique.serve.security import REVIEWER_PATTERN, TEXT_PATTERN
from communique.store import Store
from communique.store.rows import actor_key, actor_params
from communique.store.search import fold, index_actors

Action = Literal["confirm", "correct", "delete", "revert"]
_WORD = re.compile(r"\w+")
VERDICTS: dict[str, str] = {"confirm": "confirmed", "correct": "corrected", "delete": "deleted"}
Sides = dict[str, list[Actor]]   # "actor" / "recipient" -> the actors an analyst named


class ReviewRequest(BaseModel):
    """A review of one event. Corrections apply only with ``action: correct``;
    a field left out (null) keeps its value."""

    action: Action
    reviewer: str = Field(min_length=1, max_length=80, pattern=REVIEWER_PATTERN,
                          description="who reviews (kept in the audit log)")
    note: str | None = Field(None, max_length=1000, pattern=TEXT_PATTERN,
                             description="why, for the audit log")
    event_type: EventType | None = Field(None, description="PLOVER event type, e.g. CONSULT")
    mode: str | None = Field(None, max_length=40, pattern=r"^([a-z][a-z -]{0,39})?$",
                             description="PLOVER mode, e.g. visit; '' clears it")
    status: Literal["occurred", "planned"] | None = None
    date: str | None = Field(None, pattern=DATE_PATTERN,
                             description="YYYY, YYYY-MM or YYYY-MM-DD; '' for unknown")
    actors: list[ActorEntry] | None = Field(None, max_length=50, description=(
        "the actor side: actor keys (state:BLR, person:RUS:andrei krutskikh) or "
        "state / IGO codes (BLR, ASEAN)"))
    recipients: list[ActorEntry] | None = Field(None, max_length=50,
                                                description="the recipient side, as for actors")


def review_act(store: Store, event_id: str, request: ReviewRequest, reviewer: str) -> str:
    """Apply ``request`` to every report of the act ``event_id`` names, then link those
    reports again as reviewed (a corrected type or side may join or leave other acts);
    returns the id of the act the first report belongs to afterwards."""
    targets = act_reports(store, act_id_of(store, event_id))
    if not targets:
        raise HTTPException(404, f"no event {event_id}")
    with store.transaction():
        sides = _resolve_sides(store, request) if request.action == "correct" else None
        for row in targets:
            _review_one(store, row["pk"], request, reviewer, sides)
        store.run(relink_reviewed, [row["pk"] for row in targets],
                  sorted({row["document_pk"] for row in targets}))
        store.run(index_actors, None)
    return act_id_of(store, targets[0]["event_id"])


def _review_one(store: Store, event_pk: int, request: ReviewRequest, reviewer: str,
                sides: Sides | None) -> None:
    extracted = Event.from_dict(store.load_json(
        store.query("extracted_event", {"event_pk": event_pk})[0]["record"]))
    found = store.query("review_of_event", {"event_pk": event_pk})
    verdict = found[0]["verdict"] if found else None
    current = Event.from_dict(store.load_json(found[0]["record"])) if found else extracted
    before: dict[str, Any] = {"verdict": verdict, "event": current.to_dict()}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if request.action == "revert":
        store.execute("drop_review", {"event_pk": event_pk})
        after: dict[str, Any] = {"verdict": None, "event": extracted.to_dict()}
    else:
        event = current if sides is None else corrected(current, extracted, request, sides)
        verdict = VERDICTS[request.action]
        _save(store, event_pk, verdict, event, reviewer, now)
        if request.actors is not None or request.recipients is not None:
            _save_participants(store, event_pk, event)
        after = {"verdict": verdict, "event": event.to_dict()}
    store.execute("log_review", {
        "event_pk": event_pk, "action": request.action, "reviewer": reviewer,
        "reviewed_at": now, "state_before": store.json_param(before),
        "state_after": store.json_param(after), "note": request.note})


class ReviewError(HTTPException):
    """A review the spec does not allow, naming the field: the form shows it beside the
    field and keeps what the analyst entered."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(422, f"{field}: {problem}")
        self.field = field
        self.problem = problem


def modes_of(event_type: str) -> tuple[str, ...]:
    """The PLOVER modes an event of ``event_type`` may have (the review form's choices)."""
    return tuple(sorted(modes(event_type)))


def corrected(current: Event, extracted: Event, request: ReviewRequest,
              sides: Sides) -> Event:
    """``current`` with the corrections of ``request``; participants keep their report text."""
    event = replace(current)
    if request.event_type is not None:
        if request.event_type not in EVENT_TYPES:
            raise ReviewError("event_type", f"{request.event_type!r} is not a PLOVER type; "
                              f"use one of {', '.join(EVENT_TYPES)}")
        event.event_type = request.event_type
    if request.mode is not None:
        event.mode = " ".join(request.mode.split()) or None
    problem = mode_problem(event.event_type, event.mode)
    if problem and request.mode is None:      # a new type the old mode does not fit: cleared
        event.mode = None
    elif problem:
        raise ReviewError("mode", problem.split(": ", 1)[1])
    if request.status is not None:
        event.status = request.status
    if request.date is not None:
        event.date = corrected_date(request.date, current.date)
    if request.actors is not None or request.recipients is not None:
        seen = {actor_key(a): a for a in (*extracted.actors, *extracted.recipients,
                                          *current.actors, *current.recipients)}
        if request.actors is not None:
            event.actors = [_as_reported(actor, seen) for actor in sides["actor"]]
        if request.recipients is not None:
            event.recipients = [_as_reported(actor, seen) for actor in sides["recipient"]]
        if not event.actors:
            raise ReviewError("actors", "an event needs at least one actor")
    return event


def corrected_date(value: str, current: EventDate) -> EventDate:
    """An analyst's date (YYYY, YYYY-MM, YYYY-MM-DD; '' for unknown) as an ``EventDate``."""
    value = value.strip()
    if not value:
        return EventDate(None, None, "unknown", None)
    try:
        start, end = day_bound(value, last=False), day_bound(value, last=True)
    except ValueError as exc:
        raise ReviewError("date", str(exc)) from None
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    same = current.start == start and current.end == end
    return EventDate(start, end, precision, current.text if same else None)  # type: ignore[arg-type]


def _as_reported(actor: Actor, seen: dict[str, Actor]) -> Actor:
    """The actor with the text and role its report gave it, when the report named it."""
    reported = seen.get(actor_key(actor))
    return replace(reported) if reported is not None else actor


def _resolve_sides(store: Store, request: ReviewRequest) -> Sides:
    """Each side's actors, each once (a name and the key of one actor are one entry);
    a ``ReviewError`` naming every entry not understood."""
    sides: Sides = {"actor": [], "recipient": []}
    unknown: list[str] = []
    for side, entries in (("actor", request.actors), ("recipient", request.recipients)):
        found: dict[str | None, Actor] = {}
        for entry in dict.fromkeys(e.strip() for e in entries or () if e.strip()):
            actor = _actor(store, entry)
            if actor is None:
                unknown.append(entry)
            else:
                found.setdefault(actor_key(actor), actor)
        sides[side] = list(found.values())
    if unknown:
        raise ReviewError("actors", f"no actor is known as {', '.join(unknown)}; pick one "
                          "from the list (a name in any script, an actor key, or a state "
                          "or IGO code such as BLR or UN)")
    return sides


def _actor(store: Store, entry: str) -> Actor | None:
    """A stored actor by key or by one of its names (any script or spelling, when only one
    actor has it), or a state / IGO by code (added to the store if new)."""
    rows = store.query("actor_row", {"key": entry})
    if not rows:
        folded = " ".join(fold(w) for w in _WORD.findall(entry))
        named = store.query("actors_named", {"folded": folded}) if folded else []
        rows = named if len(named) == 1 else []
    if rows:
        row = rows[0]
        return Actor(text=row["name"], name=row["name"], kind=row["kind"],
                     country=row["country"], igo=row["igo"], wikidata=row["wikidata"])
    found = Gazetteer.load().state(entry) or Gazetteer.load().igo(entry)
    if found is None:
        return None
    return Actor(text=found.name, name=found.name, kind=found.kind,  # type: ignore[arg-type]
                 country=found.country, igo=found.igo, sector=found.sector,
                 wikidata=found.wikidata)


def _actor_pk(store: Store, actor: Actor) -> int:
    """The row of ``actor`` (by its canonical key), added when the store lacks it."""
    pk: int = store.query("upsert_actor", actor_params(actor))[0]["pk"]
    return pk


def _save(store: Store, event_pk: int, verdict: str, event: Event, reviewer: str,
          now: str) -> None:
    store.execute("save_review", {
        "event_pk": event_pk, "verdict": verdict, "event_type": event.event_type,
        "mode": event.mode, "status": event.status, "date_start": event.date.start,
        "date_end": event.date.end, "date_precision": event.date.precision,
        "record": store.json_param(event.to_dict()), "reviewer": reviewer,
        "reviewed_at": now})


def _save_participants(store: Store, event_pk: int, event: Event) -> None:
    """The reviewed sides of ``event`` as its participant rows, replacing earlier ones."""
    store.execute("clear_review_participants", {"event_pk": event_pk})
    rows = [{"event_pk": event_pk, "actor_pk": _actor_pk(store, actor), "side": side,
             "position": i, "text": actor.text, "role": actor.role}
            for side, actors in (("actor", event.actors), ("recipient", event.recipients))
            for i, actor in enumerate(actors)]
    store.execute_many("insert_review_participant", rows)
