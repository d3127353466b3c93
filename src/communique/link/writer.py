"""Writing linked events: the reconciled row, its members, codes, actors and mentions.

A regrouped set of reports replaces its old linked events whole (their member,
code and actor rows go with them by cascade), so a linked event in the store
always matches its current reports.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from communique.link.cluster import linked_id
from communique.link.db import query_list
from communique.link.reconcile import reconcile
from communique.link.records import EventMention
from communique.link.reports import EventReport, coded_persons
from communique.link.series import Linked, linked_window, series_id, series_key
from communique.model import Event
from communique.store.backends import Backend, Params

UNDATED = "9999-12-31"      # sort_date of a linked event with no date and no publication


def linked_from(row_id: str, event: Event, first_published: str | None,
                series: str | None, session: int | None, pk: int = 0) -> Linked:
    return Linked(linked_id=row_id, event=event, codes=frozenset(event.participant_codes()),
                  window=linked_window(event, first_published),
                  first_published=first_published, series_id=series, session=session,
                  persons=coded_persons(event), pk=pk)


def mention_of(report: EventReport) -> EventMention:
    return EventMention(report.doc_id, report.event.id, report.source_name, report.url,
                        report.language, report.published, list(report.event.evidence),
                        report.event.confidence)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class LinkedWriter:
    """Replaces the linked events of a regrouped set of reports."""

    def __init__(self, backend: Backend, conn: Any) -> None:
        self.backend = backend
        self.conn = conn

    def replace(self, old_pks: list[int], clusters: list[list[EventReport]]) -> list[Linked]:
        for pk in old_pks:
            self.backend.execute(self.conn, "delete_linked_event", {"pk": pk})
        members = [r.event_pk for group in clusters for r in group]
        actors: dict[int, list[int]] = {}
        for row in query_list(self.backend, self.conn, "participants_of_events", members):
            actors.setdefault(int(row["event_pk"]), []).append(int(row["actor_pk"]))
        return [self._write(group, actors) for group in clusters]

    def _write(self, reports: list[EventReport], actors: dict[int, list[int]]) -> Linked:
        event = reconcile(reports, linked_id(reports[0]))
        key = series_key(event.forum)
        session = event.forum.session if key and event.forum else None
        first_published = reports[0].published
        linked = linked_from(event.id, event, first_published,
                             series_id(key) if key else None, session)
        pk = self.backend.query(self.conn, "insert_linked_event",
                                linked_row(linked, reports, self.backend))[0]["pk"]
        linked.pk = int(pk)
        self.backend.execute_many(self.conn, "insert_linked_member",
                                  [{"event_pk": r.event_pk, "linked_pk": pk} for r in reports])
        self.backend.execute_many(self.conn, "insert_linked_code", code_rows(linked, pk))
        self.backend.execute_many(self.conn, "insert_linked_actor", [
            {"linked_pk": pk, "actor_pk": actor_pk}
            for actor_pk in sorted({a for r in reports for a in actors.get(r.event_pk, [])})])
        return linked


def linked_row(linked: Linked, reports: list[EventReport], backend: Backend) -> Params:
    """The ``linked_events`` row of a linked event and its reports."""
    event = linked.event
    window = linked.window or (None, None)
    published = linked.first_published
    return {
        "linked_id": linked.linked_id, "event_type": event.event_type,
        "status": event.status, "date_start": event.date.start,
        "date_end": event.date.end, "date_precision": event.date.precision,
        "sort_date": event.date.start or (published[:10] if published else UNDATED),
        "first_published": published, "window_start": _iso(window[0]),
        "window_end": _iso(window[1]), "forum_id": event.forum.id if event.forum else None,
        "series_id": linked.series_id, "session": linked.session,
        "mention_count": len(reports), "record": backend.json_param(event.to_dict()),
        "mentions": backend.json_param([mention_of(r).to_dict() for r in reports]),
    }


def code_rows(linked: Linked, linked_pk: int) -> list[Params]:
    """The ``linked_event_codes`` rows: each participant code with the event's window."""
    window = linked.window or (None, None)
    return [{"linked_pk": linked_pk, "code": code, "event_type": linked.event.event_type,
             "status": linked.event.status, "window_start": _iso(window[0]),
             "window_end": _iso(window[1])} for code in sorted(linked.codes)]
