"""The JSON API: every page of the workbench has its twin here, under ``/api``.

Reading needs nothing; ``POST /api/events/{id}/review`` needs the review token
(``Authorization: Bearer TOKEN``). Lists are paginated (``limit`` ≤ 100) and
take the same filters as the search page; ``/api/export`` writes any filtered
list as JSON Lines, CSV, Parquet or PLOVER JSON.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, StreamingResponse

from communique.serve import catalog, directory
from communique.serve.downloads import download
from communique.serve.filters import EventFilter, event_filter
from communique.serve.review import ReviewRequest, review_act
from communique.serve.schemas import (
    ActorDetail,
    ActorPage,
    DocumentDetail,
    DocumentPage,
    EventDetail,
    EventPage,
    ForumSummary,
    Network,
    Problem,
    ReviewEntry,
    SeriesOut,
    Stats,
)
from communique.serve.security import PLAIN_PATTERN, valid_reviewer
from communique.serve.state import Workbench, workbench

Limit = Annotated[int, Query(ge=1, le=100, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Filter = Annotated[EventFilter, Depends(event_filter)]
EventId = Annotated[str, Path(max_length=200, pattern=PLAIN_PATTERN)]
Key = Annotated[str, Path(max_length=300, pattern=PLAIN_PATTERN)]
Bench = Annotated[Workbench, Depends(workbench)]
Kind = Literal["person", "state", "igo", "organization", "group"]
Responses = dict[int | str, dict[str, Any]]
NOT_FOUND: Responses = {404: {"model": Problem, "description": "no such item"}}

router = APIRouter(prefix="/api", responses={422: {"model": Problem,
                                                   "description": "a parameter is invalid"}})


@router.get("/events", response_model=EventPage, summary="Search events")
def list_events(bench: Bench, flt: Filter, limit: Limit = 25, offset: Offset = 0,
                facets: bool = True) -> EventPage:
    """Acts matching the filters, newest first: each a linked event (one act told by
    several reports) or a single report's event, as reviewed. With ``facets`` the
    counts per type, mode, status, language, context, code, person and forum."""
    return catalog.event_page(bench.store, flt, limit, offset, with_facets=facets)


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND,
            summary="One event with all its reports")
def get_event(bench: Bench, event_id: EventId) -> EventDetail:
    """The act ``event_id`` (``lev-…`` or ``evt-…``): its event, and every report of it
    with the cleaned text, the evidence spans, the review and its audit log."""
    detail = catalog.event_detail(bench.store, event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id}")
    return detail


@router.post("/events/{event_id}/review", response_model=EventDetail,
             responses={**NOT_FOUND, 400: {"model": Problem, "description": "the body is not "
                                                                           "JSON"},
                        401: {"model": Problem, "description": "no token"},
                        403: {"model": Problem, "description": "wrong token, or review "
                                                               "disabled"}},
             summary="Review an event (needs the review token)")
def post_review(bench: Bench, request: Request, body: ReviewRequest,
                event_id: EventId) -> EventDetail:
    """Confirm, correct (type, mode, status, date, participants), delete or revert an
    event. Every report of the act is changed alike; the extraction is kept and the
    change is logged with the reviewer, the time and the event before and after."""
    bench.auth.require_bearer(request)
    act = review_act(bench.store, event_id, body, valid_reviewer(body.reviewer))
    return get_event(bench, act)


@router.get("/export", summary="Download the filtered events",
            response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {},
                                         "application/vnd.apache.parquet": {}},
                             "description": "the file"}})
def export_events(bench: Bench, flt: Filter,
                  format: Literal["jsonl", "csv", "parquet", "acts-csv", "acts-parquet",
                                  "plover"] = "csv") -> StreamingResponse:
    """Every event matching the filters, as reviewed. ``jsonl``: the spec record of each
    document with a matching event (its events narrowed to those); ``csv``, ``parquet``:
    one row per report's event, with its act's id and report count; ``acts-csv``,
    ``acts-parquet``: one row per act with a matching report; ``plover``: one PLOVER
    JSON record per such act."""
    return download(bench.store, flt, format)


@router.get("/stats", response_model=Stats, summary="Events per month, top pairs")
def get_stats(bench: Bench, flt: Filter,
              top: Annotated[int, Query(ge=1, le=200)] = 20) -> Stats:
    """Events per month by type, and the pairs of states/IGOs most often in one event."""
    return catalog.stats(bench.store, flt, top)


@router.get("/network", response_model=Network, summary="States and IGOs as a network")
def get_network(bench: Bench, flt: Filter,
                limit: Annotated[int, Query(ge=1, le=500)] = 150) -> Network:
    """States and IGOs of the filtered events, tied by the number of events they share."""
    return catalog.code_network(bench.store, flt, limit)


@router.get("/actors", response_model=ActorPage, summary="Actors")
def list_actors(bench: Bench, kind: Kind | None = None,
                code: Annotated[str | None, Query(max_length=40, pattern=PLAIN_PATTERN)] = None,
                q: Annotated[str | None, Query(max_length=200, pattern=PLAIN_PATTERN, description=(
                    "a name in any script or spelling, or part of one"))] = None,
                limit: Limit = 50, offset: Offset = 0) -> ActorPage:
    """Actors taking part in events, most active first; by kind, by state or IGO code,
    by name."""
    return directory.actor_page(bench.store, kind, code, limit, offset, q)


@router.get("/actors/{key:path}", response_model=ActorDetail, responses=NOT_FOUND,
            summary="One actor, its events and counterparts")
def get_actor(bench: Bench, key: Key) -> ActorDetail:
    """The canonical actor of ``key`` (e.g. ``person:RUS:andrei krutskikh``): names, roles,
    events and the actors it shares events with."""
    detail = directory.actor_detail(bench.store, key)
    if detail is None:
        raise HTTPException(404, f"no actor {key}")
    return detail


@router.get("/documents", response_model=DocumentPage, summary="Stored documents")
def list_documents(bench: Bench,
                   language: Annotated[str | None,
                                       Query(max_length=10, pattern=PLAIN_PATTERN)] = None,
                   limit: Limit = 50, offset: Offset = 0) -> DocumentPage:
    """Stored reports, newest first, with how many events each gave."""
    return directory.document_page(bench.store, language, limit, offset)


@router.get("/documents/{doc_id:path}", response_model=DocumentDetail, responses=NOT_FOUND,
            summary="One document with its events")
def get_document(bench: Bench,
                 doc_id: Key) -> DocumentDetail:
    detail = directory.document_detail(bench.store, doc_id)
    if detail is None:
        raise HTTPException(404, f"no document {doc_id}")
    return detail


@router.get("/forums", response_model=list[ForumSummary], summary="Forums and series")
def list_forums(bench: Bench) -> list[ForumSummary]:
    """Forums events took place in (consultations, dialogues, summits), most events first;
    filter events with ``/api/events?forum=…``."""
    return directory.forum_list(bench.store)


@router.get("/series", response_model=list[SeriesOut], summary="Series of meetings")
def list_series(bench: Bench) -> list[SeriesOut]:
    """Recurring mechanisms linking recognised (consultations, dialogues, summits), each
    with its sessions; filter events with ``/api/events?series=…``."""
    return directory.series_list(bench.store)


@router.get("/reviews", response_model=list[ReviewEntry], summary="The review log")
def list_reviews(bench: Bench, limit: Annotated[int, Query(ge=1, le=500)] = 50
                 ) -> list[ReviewEntry]:
    """The latest review actions, newest first."""
    return catalog.recent_reviews(bench.store, limit)


@router.get("", include_in_schema=False)
def api_root() -> RedirectResponse:
    return RedirectResponse("/api/docs", status_code=307)
