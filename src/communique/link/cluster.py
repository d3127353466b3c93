"""Reports joined into linked events: strongest links first, never across a conflict.

The reports of one connected group (reports joined by stored links, directly or
through others) are clustered from scratch each time the group changes, so the
result depends only on which reports are stored, never on the order they
arrived in. Links are taken strongest first (ties by the reports' ids); a link
joins two clusters only if no report of one conflicts with a report of the
other (``reports.conflict``): one document never appears twice in a linked
event, and a chain of similar reports cannot join two meetings that persons,
dates or session numbers tell apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from communique.link.reports import EventReport, conflict

Edge = tuple[int, int, float]          # event pk, event pk, score


def cluster(reports: dict[int, EventReport], edges: Iterable[Edge]) -> list[list[EventReport]]:
    """Clusters of ``reports`` (by event pk), each in publication order, sorted by first report."""
    ordered = sorted(_unique(reports, edges),
                     key=lambda e: (-e[2], reports[e[0]].key, reports[e[1]].key))
    cluster_of = {pk: pk for pk in reports}
    members: dict[int, list[int]] = {pk: [pk] for pk in reports}
    for a, b, _score in ordered:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb or _any_conflict(reports, members[ca], members[cb]):
            continue
        for pk in members[cb]:
            cluster_of[pk] = ca
        members[ca] += members.pop(cb)
    groups = [sorted((reports[pk] for pk in pks), key=lambda r: r.order)
              for pks in members.values()]
    return sorted(groups, key=lambda group: group[0].order)


def _unique(reports: dict[int, EventReport], edges: Iterable[Edge]) -> list[Edge]:
    """Each stored pair once, its two events in key order."""
    seen: dict[tuple[int, int], Edge] = {}
    for a, b, value in edges:
        if a not in reports or b not in reports or a == b:
            continue
        if reports[b].key < reports[a].key:
            a, b = b, a
        seen[(a, b)] = (a, b, value)
    return list(seen.values())


def _any_conflict(reports: dict[int, EventReport], left: list[int], right: list[int]) -> bool:
    return any(conflict(reports[a], reports[b]) is not None for a in left for b in right)


def linked_id(first: EventReport) -> str:
    """A linked event's id, from its first report: the same reports give the same id."""
    digest = hashlib.sha1(f"lev|{first.doc_id}|{first.event.id}".encode()).hexdigest()
    return f"lev-{digest[:16]}"
