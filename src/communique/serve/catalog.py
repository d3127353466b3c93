"""Reading events for the workbench: filtered lists with facets, one event, statistics.

Every list is one composed query per concern (page, count, facets, months,
pairs) over the filtered set, so a page costs a fixed number of round trips
whatever it shows: no query per row. Events are read as reviewed
(``current_events``): an analyst's correction replaces the extraction, a
deleted event is gone from lists but its page still shows what happened to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any
from urllib.parse import quote

from communique.gazetteer import Gazetteer
from communique.link import linked_event
from communique.link.series import series_name
from communique.model import Event, Source
from communique.serve.filters import EventFilter
from communique.serve.highlight import Segment, marked
from communique.serve.schemas import (
    EventDetail,
    EventPage,
    EventSummary,
    FacetValue,
    MonthCount,
    Network,
    NetworkEdge,
    NetworkNode,
    Pair,
    Report,
    ReviewEntry,
    ReviewState,
    Stats,
)
from communique.store import Store
from communique.store.backends import Row, register_queries
from communique.store.search import matching_sentence

# The workbench's named queries live beside it; the store runs them (``Store.query`` …).
register_queries(resources.files("communique.serve").joinpath("queries.sql"))

FACET_LIMIT = 12
FACETS = ("type", "mode", "status", "language", "context", "code", "person", "forum")
STREAM_PAGE = 500


def actor_href(key: str) -> str:
    return "/actors/" + quote(key, safe=":")


def record_of(store: Store, row: Row, column: str = "record") -> dict[str, Any]:
    value: dict[str, Any] = store.load_json(row[column])
    return value


def source_of(row: Row) -> Source:
    return Source(name=row["source_name"], url=row["url"], language=row["language"],
                     published=row["published"], dateline=row["dateline"])


def summary_of(store: Store, row: Row) -> EventSummary:
    """A row of ``event_list``: one act, shown by its reviewed or reconciled event."""
    return EventSummary(id=row["act_id"], event=Event.from_dict(record_of(store, row)),
                        doc_id=row["doc_id"], title=row["title"], source=source_of(row),
                        verdict=row["verdict"], reports=int(row["reports"]))


def event_page(store: Store, flt: EventFilter, limit: int, offset: int,
               with_facets: bool = True) -> EventPage:
    """One page of the filtered events, newest first, with the total and the facets."""
    names, params = flt.sql(store)
    rows = store.query_filtered("event_list", names,
                        {**params, "limit": limit, "offset": offset})
    total = store.query_filtered("event_count", names, params)[0]["n"]
    return EventPage(items=[summary_of(store, row) for row in rows], total=int(total),
                     limit=limit, offset=offset, filters=flt.active(),
                     facets=facets(store, flt) if with_facets else {})


def report_count(store: Store, flt: EventFilter) -> int:
    """How many reports tell the filtered events (acts)."""
    names, params = flt.sql(store)
    return int(store.query_filtered("event_count", names,
                            params)[0]["reports"])


def matches(store: Store, page: EventPage, flt: EventFilter) -> dict[str, list[Segment]]:
    """Per act of ``page``, the first sentence of its reports that matches the search
    ``q``, cut into segments with the matched words marked (empty without a search)."""
    terms = store.search_terms(flt.q) if flt.q else []
    if not terms or not page.items:
        return {}
    act_ids = json.dumps(sorted({item.id for item in page.items}))
    found: dict[str, list[Segment]] = {}
    for row in store.query("act_texts", {"act_ids": act_ids}):
        if row["act_id"] not in found:
            match = matching_sentence(row["text"], terms, row["language"])
            if match is not None:
                found[row["act_id"]] = marked(match.sentence, match.spans)
    return found


def facets(store: Store, flt: EventFilter) -> dict[str, list[FacetValue]]:
    """How many filtered events have each type, mode, status, language, context, code…"""
    names, params = flt.sql(store)
    found: dict[str, list[FacetValue]] = {name: [] for name in FACETS}
    rows = store.query_filtered("event_facets", names,
                        {**params, "facet_limit": FACET_LIMIT})
    for row in rows:
        label = row["label"]
        if row["facet"] == "code":
            label = code_label(row["value"], label)[0]
        elif row["facet"] == "forum":
            label = forum_label(row["value"], label)
        found[row["facet"]].append(FacetValue(value=row["value"], label=label,
                                              count=int(row["n"])))
    for values in found.values():
        values.sort(key=lambda v: (-v.count, v.value))
    return found


def iter_event_rows(store: Store, flt: EventFilter) -> Iterator[Row]:
    """Every filtered event row (with its document's columns) in storage order, in pages."""
    names, params = flt.sql(store)
    after = 0
    while True:
        rows = store.query_filtered("event_stream", names,
                                    {**params, "after": after, "limit": STREAM_PAGE})
        yield from rows
        if len(rows) < STREAM_PAGE:
            return
        after = rows[-1]["pk"]


def per_month(store: Store, flt: EventFilter) -> list[MonthCount]:
    """Filtered acts per month and type (those dated to the month or the day)."""
    names, params = flt.sql(store)
    months = store.query_filtered("events_per_month", names, params)
    return [MonthCount(month=r["month"], event_type=r["event_type"], count=int(r["n"]))
            for r in months]


def stats(store: Store, flt: EventFilter, top: int = 20) -> Stats:
    """Events per month by type and the pairs of states/IGOs most often in one event."""
    names, params = flt.sql(store)
    total = store.query_filtered("event_count", names, params)[0]["n"]
    pairs = store.query_filtered("code_pairs", names,
                         {**params, "limit": top})
    labels = code_names(store)
    return Stats(
        total=int(total), filters=flt.active(), per_month=per_month(store, flt),
        top_pairs=[Pair(source=r["source"], target=r["target"],
                        source_name=labels.get(r["source"], code_label(r["source"]))[0],
                        target_name=labels.get(r["target"], code_label(r["target"]))[0],
                        count=int(r["n"])) for r in pairs])


def forum_label(forum_id: str | None, name: str | None) -> str:
    """A forum's canonical English name from its id (``RUS+USA:talks`` → ``Russia–United
    States talks``), not the words one report used; the report's name when it has no id."""
    if forum_id and ":" in forum_id:
        return series_name(forum_id)
    return name or forum_id or ""


def code_names(store: Store) -> dict[str, tuple[str, str]]:
    """State and IGO codes of the store's actors -> (name, kind), named as the gazetteer
    names them (a body of an IGO carries the IGO's code, but is not the IGO)."""
    return {row["code"]: code_label(row["code"], row["name"], row["kind"])
            for row in store.query("code_names")}


def code_label(code: str, name: str | None = None, kind: str | None = None
               ) -> tuple[str, str]:
    """(name, kind) of a state or IGO code: the gazetteer's, else what the store says."""
    gazetteer = Gazetteer.load()
    if (entry := gazetteer.state(code)) is not None:
        return entry.name, "state"
    if (entry := gazetteer.igo(code)) is not None:
        return entry.name, "igo"
    return name or code, kind or "group"


def code_network(store: Store, flt: EventFilter, limit: int = 150) -> Network:
    """States and IGOs of the filtered events, tied by the events they share. A code that
    an actor stands for (state:RUS for RUS) is shown as that actor; a node links to that
    actor's page, or with filters in use to its filtered events."""
    names, params = flt.sql(store)
    pairs = store.query_filtered("code_pairs", names,
                         {**params, "limit": limit})
    counts = {r["code"]: int(r["n"]) for r in
              store.query_filtered("code_counts", names, params)}
    labels = code_names(store)
    for code in counts.keys() - labels.keys():
        labels[code] = code_label(code)
    keys = {r["code"]: r["key"] for r in store.query("code_actor_keys")}
    ids = {code: keys.get(code, code) for code in counts}
    codes = sorted({c for r in pairs for c in (r["source"], r["target"])}
                   or set(sorted(counts, key=lambda c: -counts[c])[:limit]))
    nodes = [NetworkNode(id=ids[code], label=labels[code][0], kind=labels[code][1],
                         weight=counts.get(code, 0),
                         href=actor_href(keys[code]) if code in keys and not flt.active()
                         else f"/events?{flt.query(code=code)}") for code in codes]
    edges = [NetworkEdge(source=ids[r["source"]], target=ids[r["target"]], weight=int(r["n"]))
             for r in pairs]
    return Network(nodes=nodes, edges=edges)


# -- one event ------------------------------------------------------------------------------

def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """The act ``event_id`` names (a linked event's ``lev-…`` id, or the ``evt-…`` id of
    any of its reports) with every report of it; None when there is none.

    Its event is the analyst's when the act was reviewed, else the linked event's
    reconciled one, else (a document stored before linking) the report's own.
    """
    linked = linked_event(store, event_id)
    act_id = linked.id if linked is not None else event_id
    rows = act_reports(store, act_id)
    if not rows:
        return None
    reports = [report_of(store, row) for row in rows]
    reviewed = next((r for r in reports if r.review is not None), None)
    if reviewed is not None:
        event = reviewed.event
    elif linked is not None:
        event = Event.from_dict(linked.event.to_dict())
    else:
        event = reports[0].event
    return EventDetail(id=act_id, event=event, reports=reports,
                       review=reviewed.review if reviewed else None,
                       series_id=linked.series_id if linked else None,
                       session=linked.session if linked else None,
                       fulfils=linked.fulfils if linked else None)


def act_reports(store: Store, act_id: str) -> list[Row]:
    """The stored events (with their documents) that report the act ``act_id``."""
    return store.query("act_reports", {"act_id": act_id})


def act_id_of(store: Store, event_id: str) -> str:
    """The id of the act ``event_id`` names: its linked event's, else itself."""
    linked = linked_event(store, event_id)
    return linked.id if linked is not None else event_id


def report_of(store: Store, row: Row) -> Report:
    """One stored event of a document as a report: text, evidence, review and history."""
    event = Event.from_dict(record_of(store, row))
    review = None
    extracted = event
    if row["verdict"] is not None:
        review = ReviewState(verdict=row["verdict"], reviewer=row["reviewer"],
                             reviewed_at=_iso(row["reviewed_at"]))
        original = store.query("extracted_event", {"event_pk": row["pk"]})[0]
        extracted = Event.from_dict(record_of(store, original))
    return Report(doc_id=row["doc_id"], event_id=row["event_id"], title=row["title"],
                  source=source_of(row), text=row["text"], evidence=event.evidence,
                  confidence=event.confidence, event=event, extracted=extracted,
                  review=review, history=history(store, row["pk"]))


def history(store: Store, event_pk: int) -> list[ReviewEntry]:
    """The audit log of one stored event, newest first."""
    return [ReviewEntry(action=r["action"], reviewer=r["reviewer"],
                        reviewed_at=_iso(r["reviewed_at"]),
                        before=_json(store, r["state_before"]),
                        after=_json(store, r["state_after"]), note=r["note"])
            for r in store.query("review_log_of_event", {"event_pk": event_pk})]


def recent_reviews(store: Store, limit: int = 50) -> list[ReviewEntry]:
    return [ReviewEntry(action=r["action"], reviewer=r["reviewer"],
                        reviewed_at=_iso(r["reviewed_at"]),
                        before=_json(store, r["state_before"]),
                        after=_json(store, r["state_after"]),
                        note=r["note"], event_id=r["event_id"], doc_id=r["doc_id"])
            for r in store.query("recent_reviews", {"limit": limit})]


def _json(store: Store, value: Any) -> dict[str, Any]:
    return dict(store.load_json(value))


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
