"""Downloads of a filtered event list, written with the export package's writers.

The file is written to a spooled temporary file (in memory up to 16 MB, then
on disk) and streamed from there, so a large export neither holds the store's
connection while the client reads nor fills the server's memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from tempfile import SpooledTemporaryFile
from typing import IO

from fastapi.responses import StreamingResponse

from communique.export.acts import Acts
from communique.export.formats import (
    write_acts_csv_of,
    write_acts_parquet_of,
    write_csv_events,
    write_parquet_events,
    write_records,
)
from communique.export.plover import write_plover_acts
from communique.export.reviewed import reviewed_records
from communique.model import DocumentRecord, Event, Source
from communique.serve.catalog import iter_event_rows
from communique.serve.filters import EventFilter
from communique.store import Store, StoredEvent
from communique.store.backends import Row

ACT_FORMATS = {"plover": write_plover_acts, "acts-csv": write_acts_csv_of,
               "acts-parquet": write_acts_parquet_of}
SPOOL_LIMIT = 16 * 1024 * 1024
CHUNK = 64 * 1024
MEDIA = {"jsonl": ("application/x-ndjson", "events.jsonl"),
         "csv": ("text/csv; charset=utf-8", "events.csv"),
         "parquet": ("application/vnd.apache.parquet", "events.parquet"),
         "plover": ("application/x-ndjson", "acts.plover.jsonl"),
         "acts-csv": ("text/csv; charset=utf-8", "acts.csv"),
         "acts-parquet": ("application/vnd.apache.parquet", "acts.parquet")}


def download(store: Store, flt: EventFilter, fmt: str) -> StreamingResponse:
    """The filtered events in ``fmt`` as an attachment."""
    spool = SpooledTemporaryFile(max_size=SPOOL_LIMIT)  # noqa: SIM115 (closed by _chunks)
    write_filtered(store, flt, fmt, spool)
    spool.seek(0)
    media_type, filename = MEDIA[fmt]
    return StreamingResponse(_chunks(spool), media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


def write_filtered(store: Store, flt: EventFilter, fmt: str, out: IO[bytes]) -> int:
    """Write the filtered events, as reviewed, to ``out``; returns records or rows written.
    The act-level formats hold every act with a matching report."""
    rows = iter_event_rows(store, flt)
    if fmt == "jsonl":
        wanted: dict[str, set[str]] = {}
        for row in rows:
            wanted.setdefault(row["doc_id"], set()).add(row["event_id"])
        return write_records((_narrowed(record, wanted[record.doc_id])
                              for record in reviewed_records(store)
                              if record.doc_id in wanted), out)
    acts = Acts.load(store)
    if fmt in ACT_FORMATS:
        found = list(acts.of_reports((row["doc_id"], row["event_id"]) for row in rows))
        return ACT_FORMATS[fmt](found, acts, out)
    events = (_stored(store, row) for row in rows)
    if fmt == "csv":
        return write_csv_events(events, out, acts)
    return write_parquet_events(events, out, acts)


def _stored(store: Store, row: Row) -> StoredEvent:
    """An ``event_stream`` row as the export's ``StoredEvent``."""
    source = Source(row["source_name"], row["url"], row["language"], row["published"],
                    row["dateline"])
    return StoredEvent(row["doc_id"], source,
                       Event.from_dict(store.load_json(row["record"])))


def _narrowed(record: DocumentRecord, event_ids: set[str]) -> DocumentRecord:
    return replace(record, events=[e for e in record.events if e.id in event_ids])


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()
