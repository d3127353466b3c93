"""Every way a store is written out: spec records, event tables, and a report for people.

- JSON Lines: one spec record per document, as ``extract`` prints it.
- PLOVER JSON (``export.plover``): one PLOVER event record per line.
- CSV and Parquet: one flat row per report's event with the columns of
  ``COLUMNS`` (its act's id and report count, its review status); the ``acts-``
  variants one row per act (``ACT_COLUMNS``). Dates and times are typed in
  Parquet (date32, timestamp) and ISO 8601 in CSV; list-valued columns (codes,
  names, contexts) are joined with ``"; "`` in CSV and stay lists of strings in
  Parquet. A CSV cell a spreadsheet would read as a formula gets a leading
  ``'`` (OWASP), so a report's text never runs.
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
from datetime import UTC, date, datetime
from itertools import islice
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from communique.export.acts import ActOf, Acts
from communique.export.reviewed import reviewed_events, reviewed_records
from communique.link import LinkedEvent
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

ColumnType = Literal["string", "bool", "int", "float", "date", "timestamp", "list"]
EVIDENCE_SEPARATOR = " … "

# The event's own columns, shared by the report-level and act-level tables.
EVENT_COLUMNS: dict[str, ColumnType] = {
    "event_type": "string",
    "mode": "string",
    "date_start": "date",
    "date_end": "date",
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
}

# ``csv`` and ``parquet``: one row per report's event. Column name -> type, in order.
COLUMNS: dict[str, ColumnType] = {
    "doc_id": "string",
    "event_id": "string",
    "act_id": "string",
    "act_reports": "int",
    "review_status": "string",
    **EVENT_COLUMNS,
    "confidence": "float",
    "evidence_text": "string",
    "source_url": "string",
    "source_name": "string",
    "language": "string",
    "published": "timestamp",
}

# ``acts-csv`` and ``acts-parquet``: one row per act.
ACT_COLUMNS: dict[str, ColumnType] = {
    "act_id": "string",
    "reports": "int",
    "review_status": "string",
    **EVENT_COLUMNS,
    "first_published": "timestamp",
    "languages": "list",
    "doc_ids": "list",
    "event_ids": "list",
    "series_id": "string",
    "session": "int",
}


def _codes(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(code for a in actors if (code := a.code)))


def _names(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(a.name for a in actors))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 publication time; with an offset, as UTC (the column has no zone)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None                     # not a time: the column stays typed
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def event_cells(event: Event) -> dict[str, Any]:
    """The columns of ``EVENT_COLUMNS`` of one event."""
    location, forum = event.location, event.forum
    return {
        "event_type": event.event_type,
        "mode": event.mode,
        "date_start": _day(event.date.start),
        "date_end": _day(event.date.end),
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
    }


def flat_row(stored: StoredEvent, acts: Acts, index: dict[tuple[str, str], ActOf]
             ) -> dict[str, Any]:
    """A report's event as a flat row with the columns of ``COLUMNS``."""
    event, source = stored.event, stored.source
    act = index.get((stored.doc_id, event.id))
    return {
        "doc_id": stored.doc_id,
        "event_id": event.id,
        "act_id": act.act_id if act else None,
        "act_reports": act.reports if act else None,
        "review_status": acts.report_status(stored.doc_id, event.id),
        **event_cells(event),
        "confidence": event.confidence,
        "evidence_text": EVIDENCE_SEPARATOR.join(span.text for span in event.evidence),
        "source_url": source.url,
        "source_name": source.name,
        "language": source.language,
        "published": _timestamp(source.published),
    }


def act_row(linked: LinkedEvent, acts: Acts) -> dict[str, Any]:
    """An act as a flat row with the columns of ``ACT_COLUMNS``."""
    published = [t for m in linked.mentions if (t := _timestamp(m.published)) is not None]
    return {
        "act_id": linked.id,
        "reports": len(linked.mentions),
        "review_status": acts.status(linked),
        **event_cells(linked.event),
        "first_published": min(published, default=None),
        "languages": linked.languages,
        "doc_ids": list(dict.fromkeys(m.doc_id for m in linked.mentions)),
        "event_ids": [m.event_id for m in linked.mentions],
        "series_id": linked.series_id,
        "session": linked.session,
    }


LIST_SEPARATOR = "; "
PARQUET_BATCH = 1000

_ARROW_TYPES = {"string": pa.string(), "bool": pa.bool_(), "int": pa.int64(),
                "float": pa.float64(), "date": pa.date32(), "timestamp": pa.timestamp("s"),
                "list": pa.list_(pa.string())}


def arrow_schema(columns: dict[str, ColumnType]) -> pa.Schema:
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in columns.items()])


PARQUET_SCHEMA = arrow_schema(COLUMNS)
ACT_PARQUET_SCHEMA = arrow_schema(ACT_COLUMNS)

# A cell starting with one of these is a formula to a spreadsheet (``=cmd|' /C calc'!A0``
# in a report's text would run); OWASP "CSV Injection" prefixes such a cell with a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> str:
    """A cell as text: ISO 8601 dates and times, lists joined, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    text = LIST_SEPARATOR.join(value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(store: Store, out: IO[bytes]) -> int:
    """Report-level CSV (UTF-8, header row, lists joined with "; "); returns the row count."""
    acts = Acts.load(store)
    return write_csv_events(reviewed_events(store), out, acts)


def write_csv_events(events: Iterable[StoredEvent], out: IO[bytes], acts: Acts) -> int:
    index = acts.index()
    return write_csv_rows((flat_row(e, acts, index) for e in events), COLUMNS, out)


def write_acts_csv(store: Store, out: IO[bytes]) -> int:
    """Act-level CSV: one row per act; returns the row count."""
    acts = Acts.load(store)
    return write_acts_csv_of(acts.linked, acts, out)


def write_acts_csv_of(linked: Iterable[LinkedEvent], acts: Acts, out: IO[bytes]) -> int:
    return write_csv_rows((act_row(act, acts) for act in linked), ACT_COLUMNS, out)


def write_csv_rows(rows: Iterable[dict[str, Any]], columns: dict[str, ColumnType],
                   out: IO[bytes]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row[name]) for name in columns])
        count += 1
    text.detach()   # leave ``out`` open for the caller
    return count


def write_parquet(store: Store, out: IO[bytes]) -> int:
    """Report-level Parquet with typed columns (lists stay lists); returns the row count."""
    acts = Acts.load(store)
    return write_parquet_events(reviewed_events(store), out, acts)


def write_parquet_events(events: Iterable[StoredEvent], out: IO[bytes], acts: Acts) -> int:
    index = acts.index()
    return write_parquet_rows((flat_row(e, acts, index) for e in events), PARQUET_SCHEMA, out)


def write_acts_parquet(store: Store, out: IO[bytes]) -> int:
    """Act-level Parquet: one row per act; returns the row count."""
    acts = Acts.load(store)
    return write_acts_parquet_of(acts.linked, acts, out)


def write_acts_parquet_of(linked: Iterable[LinkedEvent], acts: Acts, out: IO[bytes]) -> int:
    return write_parquet_rows((act_row(act, acts) for act in linked), ACT_PARQUET_SCHEMA, out)


def write_parquet_rows(rows: Iterable[dict[str, Any]], schema: pa.Schema,
                       out: IO[bytes]) -> int:
    rows = iter(rows)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, PARQUET_BATCH)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
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
