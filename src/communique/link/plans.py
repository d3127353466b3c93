"""Keeping ``linked_events.fulfils`` right when linked events are rewritten.

A meeting's ``fulfils`` is a function of the meeting and of the stored plans
(``series.best_plan`` over the plans that ``fulfils`` it). So after a regroup,
the meetings to re-examine are the rewritten ones, those a rewritten plan
could be fulfilled by, and those that named a plan that was rewritten; each
gets ``fulfils`` recomputed from the plans in its series or near it in time.
The lookups go through the series index and through ``linked_event_codes`` by
code and window start, bounded by the longest window a linked event can have;
a plan that names neither a series, a person nor a place looks for nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from communique.link.params import link_params
from communique.link.series import MEETING, PLAN, Linked, best_plan, fulfils
from communique.link.writer import linked_from
from communique.model import Event
from communique.store.backends import Backend, Row

YEAR_DAYS = 366


def _linked(row: Row, backend: Backend) -> Linked:
    return linked_from(row["linked_id"], Event.from_dict(backend.load_json(row["record"])),
                       row["first_published"], row["series_id"], row["session"], int(row["pk"]))


def _longest_window() -> timedelta:
    """No linked event's window is longer: a year-precision date, or an undated plan's span."""
    return timedelta(days=max(YEAR_DAYS, link_params().plan_days) + 1)


def _near(backend: Backend, conn: Any, linked: Linked, kind: tuple[str, str]
          ) -> dict[int, Linked]:
    """Linked events of ``kind`` (type, status) sharing a code and overlapping in time."""
    if linked.window is None:
        return {}
    start, end = linked.window
    found: dict[int, Linked] = {}
    for code in sorted(linked.codes):
        rows = backend.query(conn, "linked_near", {
            "code": code, "event_type": kind[0], "status": kind[1],
            "earliest_start": (start - _longest_window()).isoformat(),
            "window_start": start.isoformat(), "window_end": end.isoformat()})
        found.update({int(r["pk"]): _linked(r, backend) for r in rows})
    return found


def _in_series(backend: Backend, conn: Any, linked: Linked, kind: tuple[str, str]
               ) -> dict[int, Linked]:
    if not linked.series_id:
        return {}
    rows = backend.query(conn, "linked_in_series", {
        "series_id": linked.series_id, "event_type": kind[0], "status": kind[1]})
    return {int(r["pk"]): _linked(r, backend) for r in rows}


def plans_for(backend: Backend, conn: Any, meeting: Linked) -> list[Linked]:
    """Every plan that could name ``meeting``: in its series, or near it in time."""
    found = _in_series(backend, conn, meeting, PLAN) | _near(backend, conn, meeting, PLAN)
    return [plan for plan in found.values() if fulfils(plan, meeting)]


def meetings_for(backend: Backend, conn: Any, plan: Linked) -> dict[int, Linked]:
    """The meetings ``plan`` could be fulfilled by (only they may now name it)."""
    found = _in_series(backend, conn, plan, MEETING)
    if plan.persons or plan.event.location is not None:
        found |= _near(backend, conn, plan, MEETING)
    return {pk: meeting for pk, meeting in found.items() if fulfils(plan, meeting)}


def update_fulfilment(backend: Backend, conn: Any, written: list[Linked],
                      replaced_ids: set[str]) -> None:
    """Recompute ``fulfils`` of every meeting a rewrite may have changed."""
    meetings: dict[int, Linked] = {m.pk: m for m in written if m.kind == MEETING}
    plan_ids = set(replaced_ids)
    for plan in (w for w in written if w.kind == PLAN):
        meetings.update(meetings_for(backend, conn, plan))
        plan_ids.add(plan.linked_id)
    for plan_id in sorted(plan_ids):
        for row in backend.query(conn, "linked_fulfilling", {"linked_id": plan_id}):
            meetings.setdefault(int(row["pk"]), _linked(row, backend))
    for pk, meeting in sorted(meetings.items()):
        best = best_plan(meeting, plans_for(backend, conn, meeting))
        backend.execute(conn, "set_fulfils", {"pk": pk,
                                              "fulfils": best.linked_id if best else None})
