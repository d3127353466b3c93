"""The web UI: server-rendered pages, each the twin of an ``/api`` endpoint.

A page's JSON twin is its path under ``/api`` with the same query string
(``/events?type=CONSULT`` ↔ ``/api/events?type=CONSULT``); every page links
to it. Review forms post here and need an analyst signed in with the token
(``/review/sign-in``); reading needs nothing.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from communique.model import EVENT_TYPES
from communique.serve import catalog, directory
from communique.serve.charts import timeline
from communique.serve.filters import EventFilter, event_filter
from communique.serve.review import ReviewError, ReviewRequest, modes_of, review_act
from communique.serve.schemas import EventDetail
from communique.serve.security import COOKIE, REVIEW_DISABLED, same_origin, valid_reviewer
from communique.serve.state import Workbench, workbench
from communique.serve.views import actor_key_of, event_href

router = APIRouter(include_in_schema=False)
Bench = Annotated[Workbench, Depends(workbench)]
Filter = Annotated[EventFilter, Depends(event_filter)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
PAGE = 25
COOKIE_AGE = 12 * 3600


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=307)


@router.get("/events")
def events_page(bench: Bench, request: Request, flt: Filter, offset: Offset = 0) -> Response:
    page = catalog.event_page(bench.store, flt, PAGE, offset)
    chart = timeline(catalog.per_month(bench.store, flt))
    return bench.render(request, "events.html", {
        "page": page, "flt": flt, "chart": chart, "reports": catalog.report_count(bench.store, flt),
        "matches": catalog.matches(bench.store, page, flt)})


@router.get("/events/{event_id}")
def event_page(bench: Bench, request: Request, event_id: str) -> Response:
    detail = catalog.event_detail(bench.store, event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id}; search for it at /events")
    if detail.id != event_id:     # a report's own id: the act has one page
        return RedirectResponse(event_href(detail.id), status_code=307)
    return _render_event(bench, request, detail,
                         {"reviewed": request.query_params.get("reviewed")})


def _render_event(bench: Workbench, request: Request, detail: EventDetail,
                  extra: dict[str, Any], status: int = 200) -> Response:
    """The event page; ``extra`` holds a flash, a form to show again or a confirmation."""
    history = sorted(((entry, report.doc_id) for report in detail.reports
                      for entry in report.history), key=lambda e: e[0].reviewed_at, reverse=True)
    reviewing = bench.auth.reviewer_of(request) is not None    # the form is shown
    return bench.render(request, "event.html", {
        "detail": detail, "types": EVENT_TYPES, "history": history,
        "participants": _participants(detail),
        "modes": {t: modes_of(t) for t in EVENT_TYPES} if reviewing else {},
        "picker": directory.actor_choices(bench.store) if reviewing else [],
        "reviewed": None, "form": None,
        "form_error": None, "confirm_delete": False,
        "series_name": directory.series_label(bench.store, detail.series_id), **extra},
        status=status)


@router.post("/events/{event_id}/review")
def review_form(bench: Bench, request: Request, event_id: str,
                action: Annotated[Literal["confirm", "correct", "delete", "revert"], Form()],
                event_type: Annotated[str | None, Form(max_length=20)] = None,
                mode: Annotated[str | None, Form(max_length=40)] = None,
                status: Annotated[Literal["occurred", "planned"] | None, Form()] = None,
                date: Annotated[str | None, Form(max_length=10)] = None,
                sides: Annotated[bool, Form()] = False,
                actors: Annotated[list[str] | None, Form(max_length=50)] = None,
                recipients: Annotated[list[str] | None, Form(max_length=50)] = None,
                note: Annotated[str | None, Form(max_length=1000)] = None,
                confirmed: Annotated[bool, Form()] = False) -> Response:
    """An analyst's review from the event page; the token check is the signed cookie.
    A delete is asked to be confirmed first; a correction the spec refuses shows the form
    again, as entered, with the problem beside it."""
    if not bench.auth.enabled:
        raise HTTPException(403, REVIEW_DISABLED)
    reviewer = bench.auth.reviewer_of(request)
    if reviewer is None:
        raise HTTPException(401, "sign in for review first: /review/sign-in")
    if not same_origin(request):
        raise HTTPException(403, "review forms must be sent from this server's pages")
    detail = catalog.event_detail(bench.store, event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id}")
    if action == "delete" and not confirmed:
        return _render_event(bench, request, detail, {"confirm_delete": True})
    current = _participants(detail)
    entered = {"actors": _entries(actors), "recipients": _entries(recipients)}
    body = ReviewRequest(
        action=action, reviewer=reviewer, note=note or None,
        event_type=event_type if event_type != detail.event.event_type else None,
        mode=mode if mode is not None and mode != (detail.event.mode or "") else None,
        status=status if status != detail.event.status else None,
        date=date if date is not None and date != _date_value(detail) else None,
        actors=_changed(sides, entered["actors"], current["actors"]),
        recipients=_changed(sides, entered["recipients"], current["recipients"]))
    try:
        act = review_act(bench.store, event_id, body, reviewer)
    except ReviewError as problem:
        form = {"event_type": event_type, "mode": mode or "", "status": status,
                "date": date or "", "note": note or "", **entered}
        return _render_event(bench, request, detail,
                             {"form": form, "form_error": problem}, status=422)
    return RedirectResponse(f"{event_href(act)}?reviewed={action}#review", status_code=303)


def _participants(detail: EventDetail) -> dict[str, list[tuple[str, str]]]:
    """Each side as the review form lists it: (actor key, name) pairs."""
    return {side: [(k, a.name) for a in getattr(detail.event, side)
                   if (k := actor_key_of(a)) is not None]
            for side in ("actors", "recipients")}


def _entries(values: list[str] | None) -> list[str]:
    """A side's entries as sent: the kept actors' keys and the names added, each once."""
    return list(dict.fromkeys(v.strip() for v in values or () if v.strip()))


def _changed(sent: bool, entries: list[str], current: list[tuple[str, str]]
             ) -> list[str] | None:
    """The entries of a side, or None when the form had no sides or left this one as it was."""
    if not sent:
        return None
    return None if entries == [key for key, _ in current] else entries


def _date_value(detail: EventDetail) -> str:
    when = detail.event.date
    if not when.start or when.precision == "unknown":
        return ""
    return when.start[: {"day": 10, "month": 7, "year": 4}[when.precision]]


@router.get("/actors")
def actors_page(bench: Bench, request: Request,
                kind: Literal["person", "state", "igo", "organization", "group"] | None = None,
                code: Annotated[str | None, Query(max_length=40)] = None,
                q: Annotated[str | None, Query(max_length=200)] = None,
                offset: Offset = 0) -> Response:
    page = directory.actor_page(bench.store, kind, code, 50, offset, q)
    query = urlencode({k: v for k, v in (("kind", kind), ("code", code), ("q", q)) if v})
    return bench.render(request, "actors.html", {"page": page, "kind": kind, "code": code,
                                                  "q": q or "", "query": query})


@router.get("/actors/{key:path}")
def actor_page(bench: Bench, request: Request, key: str) -> Response:
    detail = directory.actor_detail(bench.store, key)
    if detail is None:
        raise HTTPException(404, f"no actor {key}; find actors at /actors")
    if detail.actor.key != key:
        return RedirectResponse(directory.actor_href(detail.actor.key), status_code=307)
    chart = timeline(catalog.per_month(bench.store, EventFilter(actor=key)))
    return bench.render(request, "actor.html", {"detail": detail, "chart": chart,
                                                 "flt": EventFilter(actor=key)})


@router.get("/documents")
def documents_page(bench: Bench, request: Request,
                   language: Annotated[str | None, Query(max_length=10)] = None,
                   offset: Offset = 0) -> Response:
    page = directory.document_page(bench.store, language, 50, offset)
    return bench.render(request, "documents.html", {"page": page, "language": language})


@router.get("/documents/{doc_id:path}")
def document_page(bench: Bench, request: Request, doc_id: str) -> Response:
    detail = directory.document_detail(bench.store, doc_id)
    if detail is None:
        raise HTTPException(404, f"no document {doc_id}; list documents at /documents")
    return bench.render(request, "document.html", {"detail": detail})


@router.get("/forums")
def forums_page(bench: Bench, request: Request) -> Response:
    return bench.render(request, "forums.html", {"forums": directory.forum_list(bench.store),
                                                  "series": directory.series_list(bench.store)})


@router.get("/network")
def network_page(bench: Bench, request: Request, flt: Filter) -> Response:
    stats = catalog.stats(bench.store, flt, top=30)
    return bench.render(request, "network.html", {"stats": stats, "flt": flt})


@router.get("/reviews")
def reviews_page(bench: Bench, request: Request) -> Response:
    return bench.render(request, "reviews.html",
                  {"entries": catalog.recent_reviews(bench.store, 100)})


@router.get("/review/sign-in")
def sign_in_page(bench: Bench, request: Request, next: str = "/events") -> Response:
    return bench.render(request, "sign_in.html", {"next": _local(next), "failed": False},
                  twin=False)


@router.post("/review/sign-in")
def sign_in(bench: Bench, request: Request, name: Annotated[str, Form(max_length=80)],
            token: Annotated[str, Form(max_length=500)],
            next: Annotated[str, Form(max_length=500)] = "/events") -> Response:
    if not bench.auth.enabled:
        raise HTTPException(403, REVIEW_DISABLED)
    if not bench.auth.check_login(request, token):
        return bench.render(request, "sign_in.html", {"next": _local(next), "failed": True},
                      twin=False, status=403)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(COOKIE, bench.auth.cookie_for(valid_reviewer(name)),
                        max_age=COOKIE_AGE, httponly=True, samesite="strict", path="/")
    return response


@router.post("/review/sign-out")
def sign_out() -> Response:
    response = RedirectResponse("/events", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _local(path: str) -> str:
    """A redirect target on this server only (no ``//host`` or ``scheme:`` tricks)."""
    return path if path.startswith("/") and not path.startswith(("//", "/\\")) else "/events"


@router.get("/api/docs")
def api_docs(bench: Bench, request: Request) -> Response:
    """The API reference, read from the OpenAPI schema (no external script needed)."""
    schema = request.app.openapi()
    return bench.render(request, "api.html", {"schema": schema}, twin=False)
