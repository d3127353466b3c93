"""Linking one stored document: candidates, links, the affected group, its linked events.

``link_stored(backend, conn, document_pk)`` runs inside the transaction that
stored the document (``Store.write``), so a document and its links are written
together or not at all. Its steps, each bounded by what the document shares
with the store rather than by the store's size:

1. the document's events get their evidence vectors (computed once, stored);
2. each event is filed under its blocking keys: type, status, participant code
   and month of its time window (an undated report: the days before its
   publication), its forum session where the text numbers one, and its persons'
   surnames (looked up only by and for reports with no time window);
3. candidates are the stored events filed under the same keys (index
   lookups); each compatible pair scoring at least the threshold is a link;
4. documents that now share an act with this one are its co-reports: their
   other events are compared with this document's too, so that an undated
   welcome or plan in two reports of one meeting is found;
5. the connected group of events around the document's events (through stored
   links) is clustered afresh and its linked events rewritten;
6. the document's actors join their canonical groups, and the plans the new
   linked events may fulfil (or be fulfilled by) are re-examined.

Every step is a function of what is stored, never of the arrival order, and
re-running it changes nothing: linking is idempotent and order-independent.
On PostgreSQL an advisory lock serialises the linking step of concurrent
writers, so two reports of one act stored at once still meet.
"""

from __future__ import annotations

from typing import Any

from communique.link.actors import group_actors
from communique.link.cluster import Edge, cluster
from communique.link.db import list_param, query_list, report_of
from communique.link.embed import as_array, embed, evidence_text
from communique.link.plans import update_fulfilment
from communique.link.reports import EventReport, linked_score
from communique.link.writer import LinkedWriter
from communique.store.backends import Backend


def link_stored(backend: Backend, conn: Any, document_pk: int) -> list[str]:
    """Link a stored document's events inside the caller's transaction; returns the linked
    ids of every linked event written (the document's and those regrouped with them)."""
    backend.query(conn, "lock_links")
    own = _own_reports(backend, conn, document_pk)
    for report in own:
        backend.execute_many(conn, "insert_link_key", [{"key": key, "event_pk": report.event_pk}
                                                       for key in report.blocking_keys()])
    edges = _links(backend, conn, document_pk, own)
    backend.execute_many(conn, "insert_link_edge",
                         [{"event_pk": a, "other_pk": b, "score": s}
                          for x, y, s in edges for a, b in ((x, y), (y, x))])
    reports, component_edges = _component(backend, conn, own)
    old = query_list(backend, conn, "linked_of_events", reports)
    writer = LinkedWriter(backend, conn)
    written = writer.replace([row["pk"] for row in old], cluster(reports, component_edges))
    group_actors(backend, conn, document_pk)
    update_fulfilment(backend, conn, written, {row["linked_id"] for row in old})
    backend.execute(conn, "mark_document_linked", {"document_pk": document_pk})
    return [linked.linked_id for linked in written]


def relink_reviewed(backend: Backend, conn: Any, event_pks: list[int],
                    document_pks: list[int]) -> None:
    """Link reviewed events again (inside the review's transaction): their old links and
    keys go, then their documents are linked afresh from the events as reviewed."""
    backend.execute_many(conn, "unlink_event", [{"event_pk": pk} for pk in event_pks])
    backend.execute_many(conn, "unkey_event", [{"event_pk": pk} for pk in event_pks])
    for document_pk in document_pks:
        link_stored(backend, conn, document_pk)


def _own_reports(backend: Backend, conn: Any, document_pk: int) -> list[EventReport]:
    """The document's events, each with its stored (or newly computed) evidence vector."""
    reports = []
    text: str | None = None
    for row in backend.query(conn, "link_reports_of_document", {"document_pk": document_pk}):
        report = report_of(row, backend)
        if row["vector"] is None:
            if text is None:
                text = backend.query(conn, "link_document_text",
                                     {"document_pk": document_pk})[0]["text"]
            vector = embed(evidence_text(report.event, text))
            backend.execute(conn, "insert_link_vector",
                            {"event_pk": report.event_pk, "vector": vector})
            report.vector = as_array(vector)
        reports.append(report)
    return reports


def _load(backend: Backend, conn: Any, name: str, pks: set[int]) -> dict[int, EventReport]:
    return {int(row["event_pk"]): report_of(row, backend)
            for row in query_list(backend, conn, name, sorted(pks))}


def _links(backend: Backend, conn: Any, document_pk: int, own: list[EventReport]) -> list[Edge]:
    """Links between the document's events and stored ones: by blocking, then co-reports."""
    keys = sorted({key for report in own for key in report.lookup_keys()})
    found = backend.query(conn, "link_candidates", {"keys": list_param(backend, keys),
                                                    "document_pk": document_pk}) if keys else []
    candidates = _load(backend, conn, "link_reports", {int(r["event_pk"]) for r in found})
    edges = _score_pairs(own, list(candidates.values()))
    co_reports = {candidates[other].document_pk for _, other, _ in edges}
    if co_reports:
        others = _load(backend, conn, "link_reports_of_documents", co_reports)
        scored = {(a, b) for a, b, _ in edges}
        edges += [edge for edge in _score_pairs(own, list(others.values()))
                  if (edge[0], edge[1]) not in scored]
    return edges


def _score_pairs(own: list[EventReport], others: list[EventReport]) -> list[Edge]:
    edges = []
    for report in own:
        for other in others:
            value = linked_score(report, other)
            if value is not None:
                edges.append((report.event_pk, other.event_pk, value))
    return edges


def _component(backend: Backend, conn: Any, own: list[EventReport]
               ) -> tuple[dict[int, EventReport], list[Edge]]:
    """Every event joined to the document's events through stored links, and those links."""
    reports = {report.event_pk: report for report in own}
    edges: list[Edge] = []
    frontier = set(reports)
    seen = set(frontier)
    while frontier:
        rows = query_list(backend, conn, "link_neighbours", sorted(frontier))
        edges += [(int(r["event_pk"]), int(r["other_pk"]), float(r["score"])) for r in rows]
        frontier = {int(r["other_pk"]) for r in rows} - seen
        seen |= frontier
    reports.update(_load(backend, conn, "link_reports", seen - set(reports)))
    return reports, edges
