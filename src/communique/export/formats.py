"""Every way a store is written out: spec records, event tables, and a report for people.

- JSON Lines: one spec record per document, as ``extract`` prints it.
- PLOVER JSON (``export.plover``): one PLOVER event record per line.
- CSV and Parquet: one flat row per event with the columns of ``COLUMNS``;
  list-valued columns (codes, names, contexts) are joined with ``"; "`` in CSV
  and stay lists of strings in Parquet.
- The text ``communique stats`` prints: counts, top actors, and each document
  with its events at a glance.

Exports carry the events as analysts reviewed them (``export.reviewed``). Each
``write_<format>(store, out)`` has a twin over any iterable of records or
events, which the web API uses to export a filtered list.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from itertools import islice
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from communique.export.reviewed import reviewed_events, reviewed_records
from communique.model import Actor, DocumentRecord, Event
from communique.store import ActorCount, Store, StoredEvent, StoreStats

# -- records --------------------------------------------------------------------------------

def record_line(record: dict[str, Any]) -> str:
    """One record as one line of JSON (UTF-8 kept readable, no trailing newline)."""
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(store: Store, out: IO[bytes]) -> int:
    """Every stored document's spec record, one per line; returns the record count."""
    return write_records(reviewed_records(store), out)


def write_records(records: Iterable[DocumentRecord], out: IO[bytes]) -> int:
    count = 0
    for record in records:
        out.write((record_line(record.to_dict()) + "\n").encode("utf-8"))
        count += 1
    return count


# -- event tables ---------------------------------------------------------------------------

ColumnType = Literal["string", "bool", "float", "list"]
EVIDENCE_SEPARATOR = " … "

# Column name -> type, in output order.
COLUMNS: dict[str, ColumnType] = {
    "doc_id": "string",
    "event_id": "string",
    "event_type": "string",
    "mode": "string",
    "date_start": "string",
    "date_end": "string",
    "date_precision": "string",
    "date_text": "string",
    "location_name": "string",
    "location_country": "string",
    "location_virtual": "bool",
    "status": "string",
    "forum_name": "string",
    "actor_codes": "list",
    "actor_names": "list",
    "recipient_codes": "list",
    "recipient_names": "list",
    "persons": "list",
    "contexts": "list",
    "outcomes": "list",
    "confidence": "float",
    "evidence_text": "string",
    "source_url": "string",
    "source_name": "string",
    "language": "string",
    "published": "string",
}


def _codes(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(code for a in actors if (code := a.code)))


def _names(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(a.name for a in actors))


def flat_row(stored: StoredEvent) -> dict[str, Any]:
    """The event as a flat row with the columns of ``COLUMNS``."""
    event: Event = stored.event
    location, forum, source = event.location, event.forum, stored.source
    return {
        "doc_id": stored.doc_id,
        "event_id": event.id,
        "event_type": event.event_type,
        "mode": event.mode,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_precision": event.date.precision,
        "date_text": event.date.text,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_virtual": location.virtual if location else None,
        "status": event.status,
        "forum_name": forum.name if forum else None,
        "actor_codes": _codes(event.actors),
        "actor_names": _names(event.actors),
        "recipient_codes": _codes(event.recipients),
        "recipient_names": _names(event.recipients),
        "persons": event.persons(),
        "contexts": list(event.contexts),
        "outcomes": list(event.outcomes),
        "confidence": event.confidence,
        "evidence_text": EVIDENCE_SEPARATOR.join(span.text for span in event.evidence),
        "source_url": source.url,
        "source_name": source.name,
        "language": source.language,
        "published": source.published,
    }


LIST_SEPARATOR = "; "
PARQUET_BATCH = 1000

_ARROW_TYPES = {"string": pa.string(), "bool": pa.bool_(), "float": pa.float64(),
                "list": pa.list_(pa.string())}
PARQUET_SCHEMA = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in COLUMNS.items()])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return str(value)


def write_csv(store: Store, out: IO[bytes]) -> int:
    """Events as CSV (UTF-8, header row, lists joined with "; "); returns the row count."""
    return write_csv_events(reviewed_events(store), out)


def write_csv_events(events: Iterable[StoredEvent], out: IO[bytes]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    count = 0
    for row in map(flat_row, events):
        writer.writerow([_csv_cell(row[name]) for name in COLUMNS])
        count += 1
    text.detach()   # leave ``out`` open for the caller
    return count


def write_parquet(store: Store, out: IO[bytes]) -> int:
    """Events as Parquet with typed columns (lists stay lists); returns the row count."""
    return write_parquet_events(reviewed_events(store), out)


def write_parquet_events(events: Iterable[StoredEvent], out: IO[bytes]) -> int:
    rows = map(flat_row, events)
    count = 0
    with pq.ParquetWriter(out, PARQUET_SCHEMA) as writer:
        while batch := list(islice(rows, PARQUET_BATCH)):
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
        if count == 0:
            writer.write_table(PARQUET_SCHEMA.empty_table())
    return count


# -- report ---------------------------------------------------------------------------------

TITLE_WIDTH = 70


def stats_lines(stats: StoreStats, where: str) -> list[str]:
    """Counts, languages, events by type and the top actors, one fact per line."""
    counts = stats.counts
    lines = [f"Store: {where}",
             f"Documents: {counts['documents']}   Events: {counts['events']} "
             f"(acts, told by {counts['reports']} reports)   "
             f"Actors: {counts['actors']}   Actor mentions: {counts['mentions']}"]
    if stats.languages:
        lines.append("Languages: " + ", ".join(f"{lang} {n}"
                                               for lang, n in stats.languages.items()))
    lines.append("Events by type:" if stats.events_by_type else "Events by type: none")
    width = max((len(t) for t in stats.events_by_type), default=0)
    lines += [f"  {event_type:<{width}}  {n:>5}" for event_type, n in
              stats.events_by_type.items()]
    if stats.top_actors:
        lines.append("Top actors (events, mentions):")
        labels = [_actor_label(a) for a in stats.top_actors]
        width = max(len(label) for label in labels)
        lines += [f"  {label:<{width}}  {a.events:>5}  {a.mentions:>5}"
                  for label, a in zip(labels, stats.top_actors, strict=True)]
    return lines


def documents_lines(store: Store) -> list[str]:
    """Each stored document with its events as reviewed, in storage order."""
    events: dict[str, list[Event]] = {}
    for stored in reviewed_events(store):
        events.setdefault(stored.doc_id, []).append(stored.event)
    lines = ["Documents:"]
    for summary in store.document_summaries():
        title = " ".join((summary.title or "(no title)").split())
        if len(title) > TITLE_WIDTH:
            title = title[:TITLE_WIDTH - 1] + "…"
        lines.append(f"  {summary.doc_id}  {summary.language or '??'}  "
                     f"{summary.published or 'date unknown'}  {title}")
        lines += [f"      {event_line(event)}" for event in events.get(summary.doc_id, [])]
    return lines


def event_line(event: Event) -> str:
    """``CONSULT/visit  RUS → BLR  2021-11-23  Minsk``: an event at a glance."""
    kind = event.event_type + (f"/{event.mode}" if event.mode else "")
    sides = _side(event.actors)
    if event.recipients:
        sides += f" → {_side(event.recipients)}"
    parts = [kind, sides, event.date.gold_form() or "date unknown"]
    if event.location is not None:
        parts.append("virtual" if event.location.virtual else (event.location.name or ""))
    if event.status == "planned":
        parts.append("(planned)")
    return "  ".join(part for part in parts if part)


def _side(actors: list[Actor]) -> str:
    """The codes of one side of an event, joined: ``RUS+ASEAN``."""
    codes = dict.fromkeys(a.code or a.name for a in actors)
    return "+".join(codes) or "?"


def _actor_label(actor: ActorCount) -> str:
    code = actor.igo if actor.kind == "igo" else (actor.country or actor.igo)
    return f"{actor.name} ({actor.kind}{', ' + code if code else ''})"
