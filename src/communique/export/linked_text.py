"""Linked events as text for people: what ``communique events`` and ``relink`` print."""

from __future__ import annotations

from communique.export.formats import event_line
from communique.link.records import LinkedEvent

TITLE_WIDTH = 60


def linked_lines(linked: LinkedEvent) -> list[str]:
    """The act at a glance, then one line per report: document, language, date, source."""
    head = f"{linked.id}  {event_line(linked.event)}"
    if linked.series_id:
        head += f"  [{linked.series_id}" + (f" #{linked.session}]" if linked.session else "]")
    if linked.fulfils:
        head += f"  fulfils {linked.fulfils}"
    lines = [head]
    for mention in linked.mentions:
        where = mention.source_name or mention.url or ""
        lines.append(f"    {mention.doc_id}  {mention.language or '??'}  "
                     f"{mention.published or 'date unknown'}  {where[:TITLE_WIDTH]}")
    return lines


def stats_line(stats: dict[str, int]) -> str:
    return (f"linked events: {stats['linked_events']} ({stats['reported_more_than_once']} "
            f"reported more than once, {stats['mentions']} reports), series: "
            f"{stats['series']}, meetings fulfilling a plan: {stats['fulfilled_plans']}")
