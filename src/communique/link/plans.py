"""Keeping ``linked_events.fulfils`` right when linked events are rewritten.

A meeting's ``fulfils`` is a function of the meeting and of the stored plans
(``series.best_plan``). So after a regroup, the meetings to re-examine are the
rewritten ones, those near (same code, overlapping window) or in the series of
a rewritten plan, and those that pointed at a plan that was rewritten; each
gets ``fulfils`` recomputed from the plans near it or in its series. The
lookups go through ``linked_event_codes`` by code and window start, bounded by
the longest window a linked event can have, and through the series index.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from communique.link.params import link_params
from communique.link.series import MEETING, PLAN, Linked, best_plan
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


def related(backend: Backend, conn: Any, linked: Linked, kind: tuple[str, str]
            ) -> dict[int, Linked]:
    """Linked events of ``kind`` (type, status) near ``linked`` or in its series."""
    found: dict[int, Linked] = {}
    event_type, status = kind
    if linked.window is not None:
        start, end = linked.window
        for code in sorted(linked.codes):
            rows = backend.query(conn, "linked_near", {
                "code": code, "event_type": event_type, "status": status,
                "window_from": (start - _longest_window()).isoformat(),
                "window_to": end.isoformat()})
            found.update({int(r["pk"]): _linked(r, backend) for r in rows})
    if linked.series_id:
        rows = backend.query(conn, "linked_in_series", {
            "series_id": linked.series_id, "event_type": event_type, "status": status})
        found.update({int(r["pk"]): _linked(r, backend) for r in rows})
    found.pop(linked.pk, None)
    return found


def update_fulfilment(backend: Backend, conn: Any, written: list[Linked],
                      replaced_ids: set[str]) -> None:
    """Recompute ``fulfils`` of every meeting a rewrite may have changed."""
    meetings: dict[int, Linked] = {m.pk: m for m in written if m.kind == MEETING}
    plan_ids = set(replaced_ids)
    for plan in (w for w in written if w.kind == PLAN):
        meetings.update(related(backend, conn, plan, MEETING))
        plan_ids.add(plan.linked_id)
    for plan_id in sorted(plan_ids):
        for row in backend.query(conn, "linked_fulfilling", {"linked_id": plan_id}):
            meetings.setdefault(int(row["pk"]), _linked(row, backend))
    for pk, meeting in sorted(meetings.items()):
        plan = best_plan(meeting, list(related(backend, conn, meeting, PLAN).values()))
        backend.execute(conn, "set_fulfils", {"pk": pk,
                                              "fulfils": plan.linked_id if plan else None})
