"""Recurring mechanisms: series of sessions, and plans that later meetings fulfil.

The event coder gives each named forum a language-neutral id: participant
codes, mechanism kind and topic (``ASEAN+RUS:dialogue:cyber``), with the
session number where the text gives one ("first", "zweite", "третий"). A
linked event whose forum kind names a recurring mechanism belongs to the series
of those codes, kind and topic; kinds that reports use for one mechanism
("dialogue", "consultations", "talks") count as one (``linking.yaml``).

A planned AGREE ("agreed to hold the second consultations next year") is
fulfilled by a later CONSULT of the same participants: in the same series, the
session the plan numbers (else one inside the plan's window); outside a
series, a meeting inside the plan's window that names one of the plan's
persons or is held in the country the plan names. A plan's window is its
date, or ``plan_days`` from its first report when it gives none. Plans that
name neither a series, a person nor a place ("a new action plan is to be
adopted this year") are not meetings anyone can be sure fulfil.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from communique.gazetteer.data import load_entries
from communique.gazetteer.names import same_person
from communique.link.params import link_params
from communique.link.reports import Window, date_range, jaccard, overlaps
from communique.model import Event, Forum

PLAN = ("AGREE", "planned")
MEETING = ("CONSULT", "occurred")
_PRECISION = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def series_key(forum: Forum | None) -> str | None:
    """``codes:kind[:topic]`` of the mechanism a forum is a session of, or None."""
    if forum is None or not forum.id:
        return None
    parts = forum.id.split(":")
    if len(parts) < 2:
        return None
    params = link_params()
    kind = parts[1]
    if kind not in params.series_kinds:
        return None
    if kind in params.numbered_only and forum.session is None:
        return None
    return ":".join([parts[0], params.series_kinds[kind], *parts[2:]])


def series_id(key: str) -> str:
    """A readable, URL-safe id: ``ser-asean-rus-dialogue-cyber``."""
    return "ser-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def series_name(key: str) -> str:
    """An English name from the key: ``ASEAN–Russia dialogue (cyber)``."""
    codes, kind, *topic = key.split(":")
    entries = load_entries()
    names = []
    for code in codes.split("+"):
        state = entries.get(f"state:{code}")
        names.append(state.name if state is not None else code)
    return f"{'–'.join(names)} {kind}" + (f" ({topic[0]})" if topic else "")


@dataclass
class Linked:
    """What fulfilment needs of a stored linked event."""

    linked_id: str
    event: Event
    codes: frozenset[str]
    window: Window | None
    first_published: str | None
    series_id: str | None = None
    session: int | None = None
    persons: tuple[str, ...] = field(default=())
    pk: int = 0

    @property
    def kind(self) -> tuple[str, str]:
        return (self.event.event_type, self.event.status)


def linked_window(event: Event, first_published: str | None) -> Window | None:
    """When a linked event happened; for a plan, when it is due (``plan_days`` if undated)."""
    d = event.date
    if d.precision != "unknown" and d.start:
        return date_range(d.start, d.end, d.precision)
    if not first_published:
        return None
    day = date.fromisoformat(first_published[:10])
    if event.status == "planned":
        return day, day + timedelta(days=link_params().plan_days)
    return day - timedelta(days=link_params().report_days), day


def fulfils(plan: Linked, meeting: Linked) -> bool:
    """Whether ``meeting`` is the meeting ``plan`` announced."""
    if plan.kind != PLAN or meeting.kind != MEETING or not _after_plan(plan, meeting):
        return False
    if not (plan.codes <= meeting.codes or jaccard(plan.codes, meeting.codes)
            >= link_params().min_overlap):
        return False
    if plan.series_id is not None and meeting.series_id is not None:
        if plan.series_id != meeting.series_id:
            return False
        if plan.session is not None and meeting.session is not None:
            return plan.session == meeting.session
        return _in_window(plan, meeting)
    return _in_window(plan, meeting) and (_share_person(plan, meeting)
                                          or _same_place(plan, meeting))


def _in_window(plan: Linked, meeting: Linked) -> bool:
    return (plan.window is not None and meeting.window is not None
            and overlaps(plan.window, meeting.window))


def _after_plan(plan: Linked, meeting: Linked) -> bool:
    """A meeting held before the plan was first reported cannot fulfil it."""
    if plan.first_published is None or not meeting.event.date.start:
        return True
    return meeting.event.date.start > plan.first_published[:10]


def _share_person(a: Linked, b: Linked) -> bool:
    return any(same_person(x, y) for x in a.persons for y in b.persons)


def _same_place(plan: Linked, meeting: Linked) -> bool:
    """The meeting is held in the country the plan names ("ein Besuch nach Russland")."""
    where, held = plan.event.location, meeting.event.location
    return (where is not None and held is not None and not where.virtual
            and where.country is not None and where.country == held.country)


def plan_rank(plan: Linked, meeting: Linked) -> tuple[int, int, int, str, str]:
    """Preference among plans a meeting fulfils: same numbered session, same series, a
    precise plan date, the most recent plan; then the id, for a stable choice."""
    same_series = plan.series_id is not None and plan.series_id == meeting.series_id
    same_session = same_series and plan.session is not None and plan.session == meeting.session
    return (int(same_session), int(same_series),
            _PRECISION.get(plan.event.date.precision, 0), plan.first_published or "",
            plan.linked_id)


def best_plan(meeting: Linked, plans: list[Linked]) -> Linked | None:
    """The plan ``meeting`` fulfils, if any."""
    fitting = [plan for plan in plans if fulfils(plan, meeting)]
    return max(fitting, key=lambda plan: plan_rank(plan, meeting), default=None)
