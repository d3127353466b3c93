"""Reading linked events and series back from the store.

``iter_linked_events`` streams in pages ordered by date (undated last), so a
large store never has to fit in memory; its filters run in the database. Acts are
read as reviewed: a review links its reports again from the reviewed records (see
``serve.review``), and an act whose every report an analyst deleted is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from communique.errors import StoreError
from communique.link.actors import person_groups
from communique.link.db import optional_list_param
from communique.link.records import EventMention, LinkedEvent, Series
from communique.link.series import series_key, series_name
from communique.model import EVENT_TYPES, Event, Forum
from communique.store import Store
from communique.store.backends import Backend, Row

PAGE_SIZE = 200
FILTERS = ("event_type", "code", "person", "since", "until", "language", "status", "forum",
           "series", "min_mentions")
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def linked_of(row: Row, store: Store) -> LinkedEvent:
    """The linked event of a ``linked_*`` row."""
    return LinkedEvent(
        id=row["linked_id"], event=Event.from_dict(store.load_json(row["record"])),
        mentions=[EventMention.from_dict(m) for m in store.load_json(row["mentions"])],
        series_id=row["series_id"], session=row["session"], fulfils=row["fulfils"])


def linked_event(store: Store, linked_id_or_event_id: str) -> LinkedEvent | None:
    """The linked event with this id (``lev-…``), or the one a stored event (``evt-…``)
    is a report of; None when there is none."""
    if linked_id_or_event_id.startswith("lev-"):
        rows = store.query("linked_by_id", {"linked_id": linked_id_or_event_id})
    else:
        rows = store.query("linked_by_event_id", {"event_id": linked_id_or_event_id})
    return linked_of(rows[0], store) if rows else None


def _date_bound(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not _ISO_PREFIX.match(value):
        raise StoreError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value if name == "since" else value + "~"     # until: the whole day, month or year


def filter_params(backend: Backend, conn: Any, filters: dict[str, Any]) -> dict[str, Any]:
    """The ``linked_page`` parameters of ``iter_linked_events``' filters, checked."""
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise StoreError(f"unknown filter {', '.join(unknown)}; use {', '.join(FILTERS)}")
    event_type = filters.get("event_type")
    if event_type is not None and event_type.upper() not in EVENT_TYPES:
        raise StoreError(f"unknown event type {event_type}; use one of {', '.join(EVENT_TYPES)}")
    persons = None
    if filters.get("person"):
        persons = person_groups(backend, conn, filters["person"])
        persons = persons or [-1]          # a name nobody has: nothing matches
    code = filters.get("code")
    return {
        "event_type": event_type.upper() if event_type else None,
        "status": filters.get("status"), "series_id": filters.get("series"),
        "forum_id": filters.get("forum"), "code": code.upper() if code else None,
        "language": filters.get("language"),
        "since": _date_bound("since", filters.get("since")),
        "until": _date_bound("until", filters.get("until")),
        "min_mentions": int(filters.get("min_mentions") or 1),
        "persons": optional_list_param(backend, persons),
    }


def iter_linked_events(store: Store, **filters: Any) -> Iterator[LinkedEvent]:
    """Linked events in date order, filtered by ``event_type``, ``code`` (a state's or IGO's),
    ``person`` (a name in any script or spelling), ``since`` / ``until`` (YYYY[-MM[-DD]]),
    ``language`` (of any report), ``status``, ``forum`` (a forum id), ``series`` (a series
    id) and ``min_mentions`` (reported at least that often)."""
    params = store.run(filter_params, filters)
    after_date, after_id = "", ""
    while True:
        rows = store.query("linked_page", {
            **params, "after_date": after_date, "after_id": after_id, "limit": PAGE_SIZE})
        for row in rows:
            yield linked_of(row, store)
        if len(rows) < PAGE_SIZE:
            return
        after_date, after_id = rows[-1]["sort_date"], rows[-1]["linked_id"]


def series(store: Store) -> list[Series]:
    """Every recurring mechanism with its meetings in date order, and its planned sessions."""
    found: dict[str, Series] = {}
    forums: dict[str, Counter[str]] = {}
    for row in store.query("linked_series_members"):
        sid = row["series_id"]
        event = Event.from_dict(store.load_json(row["record"]))
        if sid not in found:
            key = series_key(Forum(None, row["forum_id"], row["session"]))
            found[sid] = Series(sid, series_name(key) if key else sid, None)
            forums[sid] = Counter()
        if row["forum_id"]:
            forums[sid][row["forum_id"]] += 1
        if row["status"] == "planned":
            found[sid].plans.append(row["linked_id"])
        else:
            found[sid].sessions.append((row["session"], row["linked_id"], event.date.start))
    for sid, counts in forums.items():
        found[sid].forum_id = counts.most_common(1)[0][0] if counts else None
    return list(found.values())


def link_stats(store: Store) -> dict[str, int]:
    """How many linked events, how many reported more than once, mentions, series, fulfilled."""
    row = store.query("link_counts")[0]
    return {name: int(value) for name, value in row.items()}
