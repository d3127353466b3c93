"""Linking time per new document as the store grows: 1k, 10k and 100k stored events.

    .venv/bin/python bench/bench_link.py                          # SQLite
    .venv/bin/python bench/bench_link.py --postgres postgresql://user@host/db   # and PostgreSQL
    .venv/bin/python bench/bench_link.py --fixed-span             # same years, denser store

The stored events are synthetic, written in bulk as linking would have written
them (documents, events, evidence vectors, blocking keys, linked events):
states and IGOs drawn with a Zipf-like popularity (Russia, the US, the EU come
up often), types, statuses, date precisions and numbered forums in realistic
shares, a constant number of events per day, so a larger store covers more
years (a news store grows by adding days). ``--fixed-span`` keeps 14 years
whatever the size instead: each day holds more events, and linking meets more
candidates, which shows that the cost follows the events that share a code and
a month with the new document, not the store's size.

Each new document has three events dated in the store's last month, with real
evidence sentences from the dev documents. Reported per size, as median and
90th percentile over the new documents (after five untimed ones): ``embed``
(the three evidence vectors: the model's cost, the same at any size),
``store+link`` (``Store.write`` with those vectors ready: the document's rows
and linking, in one transaction, committed), ``link`` (linking the stored
document again: index lookups, scoring, regrouping and plans) and the
candidate events it compared.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from corpus import gold_documents

from communique import open_store
from communique.document import Document
from communique.gazetteer.data import load_entries
from communique.link import link_document
from communique.link.db import list_param
from communique.link.embed import embed, evidence_text
from communique.link.reports import EventReport
from communique.link.series import series_id, series_key
from communique.link.writer import code_rows, linked_from, linked_row
from communique.model import Actor, Event, EventDate, Forum, Span
from communique.store import Store
from communique.store.rows import event_params

SIZES = (1_000, 10_000, 100_000)
EVENTS_PER_DAY = 20
END = date(2025, 12, 31)
FIXED_SPAN_DAYS = 14 * 365
EVENTS_PER_DOC = 3
TYPES = (("CONSULT", "occurred", 0.4), ("AGREE", "occurred", 0.2), ("AGREE", "planned", 0.1),
         ("SUPPORT", "occurred", 0.2), ("ACCUSE", "occurred", 0.1))
PRECISIONS = (("day", 0.8), ("month", 0.1), ("year", 0.05), ("unknown", 0.05))
BATCH = 5_000
WARM_UP = 5

# Bulk rows with explicit keys (the store's own queries let the database choose them).
INSERT_DOCUMENT = """INSERT INTO documents (pk, doc_id, source_name, language, published,
    original_text, text, text_sha256, ingested_at, warnings, origin) {override}
    VALUES (:pk, :doc_id, 'synthetic', 'en', :published, :text, :text, :sha, :ingested,
            :warnings, 'bench')"""
INSERT_EVENT = """INSERT INTO events (pk, document_pk, position, event_id, event_type, mode,
    status, date_start, date_end, date_precision, date_text, location_name, location_country,
    location_virtual, forum_name, forum_id, forum_session, contexts, confidence, record)
    {override} VALUES (:pk, :document_pk, :position, :event_id, :event_type, :mode, :status,
    :date_start, :date_end, :date_precision, :date_text, :location_name, :location_country,
    :location_virtual, :forum_name, :forum_id, :forum_session, :contexts, :confidence, :record)"""
INSERT_LINKED = """INSERT INTO linked_events (pk, linked_id, event_type, status, date_start,
    date_end, date_precision, sort_date, first_published, window_start, window_end, forum_id,
    series_id, session, fulfils, mention_count, record, mentions) {override}
    VALUES (:pk, :linked_id, :event_type, :status, :date_start, :date_end, :date_precision,
    :sort_date, :first_published, :window_start, :window_end, :forum_id, :series_id,
    :session, NULL, :mention_count, :record, :mentions)"""
NAMED = {"insert_link_vector", "insert_link_key", "insert_linked_member", "insert_linked_code",
         "mark_document_linked"}


class Synthetic:
    """Draws codes, types and dates with the shares above (seeded: the same store each run)."""

    def __init__(self, seed: int, span_days: int) -> None:
        self.random = random.Random(seed)
        entries = load_entries().values()
        codes = sorted({e.country for e in entries if e.kind == "state" and e.country})
        self.igos = {e.igo for e in entries if e.kind == "igo" and e.igo}
        codes += sorted(self.igos)
        favourites = ["RUS", "USA", "EU", "CHN", "DEU", "UN", "IND", "BLR", "ASEAN", "GBR"]
        self.codes = favourites + [c for c in codes if c not in favourites]
        self.weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.codes))]
        self.span_days = span_days

    def pick(self, table: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
        return self.random.choices(table, weights=[row[-1] for row in table])[0]

    def sides(self) -> list[Actor]:
        codes: set[str] = set()
        while len(codes) < 2:
            codes.add(self.random.choices(self.codes, weights=self.weights)[0])
        return [Actor(c, c, "igo", igo=c) if c in self.igos else
                Actor(c, c, "state", country=c) for c in sorted(codes)]

    def event(self, event_id: str, day: date, evidence: list[Span]) -> Event:
        event_type, status, _ = self.pick(TYPES)
        precision = self.pick(PRECISIONS)[0]
        when = EventDate()
        if precision == "day":
            when = EventDate(day.isoformat(), day.isoformat(), "day")
        elif precision == "month":
            when = EventDate(day.replace(day=1).isoformat(), None, "month")
        elif precision == "year":
            when = EventDate(day.replace(month=1, day=1).isoformat(), None, "year")
        actors = self.sides()
        forum = None
        if event_type == "CONSULT" and self.random.random() < 0.2:
            codes = "+".join(sorted(a.code or "" for a in actors))
            forum = Forum(None, f"{codes}:dialogue:cyber", self.random.randint(1, 12))
        return Event(event_id, event_type, actors=actors, date=when, status=status,
                     forum=forum, evidence=evidence, confidence=0.8)


def _vectors(count: int, rng: np.random.Generator) -> np.ndarray:
    vectors = rng.standard_normal((count, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float16)


def _sql(store: Store, statement: str) -> str:
    override = "OVERRIDING SYSTEM VALUE" if store.backend.dialect == "postgres" else ""
    sql = statement.format(override=override)
    if store.backend.dialect == "postgres":
        from communique.store.backends import to_pyformat

        return to_pyformat(sql)
    return sql


def fill(store: Store, total: int, span_days: int) -> None:
    """``total`` synthetic events in ``total / EVENTS_PER_DOC`` documents, bulk-written."""
    synthetic = Synthetic(7, span_days)
    rng = np.random.default_rng(7)
    backend, conn = store.backend, store.connection()
    first_day = END - timedelta(days=span_days)
    for start in range(0, total // EVENTS_PER_DOC, BATCH):
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (
            "documents", "events", "linked", *NAMED)}
        count = min(BATCH, total // EVENTS_PER_DOC - start)
        vectors = _vectors(count * EVENTS_PER_DOC, rng)
        for i in range(start, start + count):
            _synthetic_document(synthetic, i, first_day, vectors, rows, backend)
        with backend.transaction(conn):
            cursor = conn.cursor()
            cursor.executemany(_sql(store, INSERT_DOCUMENT), rows["documents"])
            cursor.executemany(_sql(store, INSERT_EVENT), rows["events"])
            cursor.executemany(_sql(store, INSERT_LINKED), rows["linked"])
            for name in sorted(NAMED):
                backend.execute_many(conn, name, rows[name])
    if backend.dialect == "sqlite":
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")    # the steady state of a store
    else:
        for table in ("documents", "events", "linked_events"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                         f"(SELECT MAX(pk) FROM {table}))")
        conn.execute("ANALYZE")          # what autovacuum does after a bulk load


def _synthetic_document(synthetic: Synthetic, i: int, first_day: date, vectors: np.ndarray,
                        rows: dict[str, list[dict[str, Any]]], backend: Any) -> None:
    doc_pk = i + 1
    published = first_day + timedelta(days=synthetic.random.randrange(synthetic.span_days))
    text = f"synthetic report {i}"
    rows["documents"].append({
        "pk": doc_pk, "doc_id": f"syn-{i}", "published": published.isoformat(), "text": text,
        "sha": hashlib.sha256(text.encode()).hexdigest(),
        "ingested": datetime.now(UTC).isoformat(timespec="seconds"),
        "warnings": backend.json_param([])})
    rows["mark_document_linked"].append({"document_pk": doc_pk})
    for position in range(EVENTS_PER_DOC):
        pk = i * EVENTS_PER_DOC + position + 1
        day = published - timedelta(days=synthetic.random.randrange(3))
        event = synthetic.event(f"evt-syn-{pk}", day, [Span(0, len(text), text)])
        rows["events"].append({**event_params(event, doc_pk, position, backend), "pk": pk})
        vector = vectors[pk - 1 - (i // BATCH) * BATCH * EVENTS_PER_DOC].tobytes()
        rows["insert_link_vector"].append({"event_pk": pk, "vector": vector})
        report = EventReport(pk, doc_pk, f"syn-{i}", event, published=published.isoformat())
        rows["insert_link_key"] += [{"key": k, "event_pk": pk} for k in report.blocking_keys()]
        key = series_key(event.forum)
        linked = linked_from(f"lev-syn-{pk}", event, report.published,
                             series_id(key) if key else None,
                             event.forum.session if key and event.forum else None, pk)
        rows["linked"].append({**linked_row(linked, [report], backend), "pk": pk})
        rows["insert_linked_member"].append({"event_pk": pk, "linked_pk": pk})
        rows["insert_linked_code"] += code_rows(linked, pk)


def new_documents(count: int, span_days: int) -> Iterator[Document]:
    """Documents with three events each in the store's last month, with real evidence."""
    synthetic = Synthetic(11, span_days)
    sentences = [s.strip() + "." for d in gold_documents() for s in d["text"].split(". ")
                 if 60 < len(s) < 300]
    for i in range(count):
        picked = synthetic.random.sample(sentences, EVENTS_PER_DOC)
        text = " ".join(picked)
        published = END - timedelta(days=synthetic.random.randrange(30))
        events, offset = [], 0
        for position, sentence in enumerate(picked):
            span = Span(offset, offset + len(sentence), sentence)
            offset += len(sentence) + 1
            events.append(synthetic.event(f"evt-new-{i}-{position}", published, [span]))
        yield Document(doc_id=f"new-{i:04d}", original=text, text=text, language="en",
                       published=datetime.combine(published, datetime.min.time()),
                       origin="bench", events=events)


def candidates(store: Store, doc: Document) -> int:
    keys = sorted({k for e in doc.events for k in EventReport(0, 0, doc.doc_id, e,
                                                         published=doc.published_iso)
                   .blocking_keys()})
    rows = store.backend.query(store.connection(), "link_document_pk", {"doc_id": doc.doc_id})
    found = store.backend.query(store.connection(), "link_candidates", {
        "keys": list_param(store.backend, keys), "document_pk": rows[0]["pk"]})
    return len(found)


def _stats(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"{statistics.median(ordered):7.1f} {p90:7.1f}"


def measure(url: str, size: int, docs: int, span_days: int) -> str:
    with open_store(url) as store:
        started = time.perf_counter()
        fill(store, size, span_days)
        filled = time.perf_counter() - started
        timings: dict[str, list[float]] = {"embed": [], "write": [], "link": [], "seen": []}
        for doc in new_documents(WARM_UP + docs, span_days):
            if doc.doc_id < f"new-{WARM_UP:04d}":
                store.write(doc)          # not timed: the first writes after a bulk load
                continue                  # read cold pages
            embed.cache_clear()
            started = time.perf_counter()
            for event in doc.events:      # what Store.write would embed; remembered for it
                embed(evidence_text(event, doc.text))
            timings["embed"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            store.write(doc)
            timings["write"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            link_document(store, doc.doc_id)
            timings["link"].append((time.perf_counter() - started) * 1000)
            timings["seen"].append(float(candidates(store, doc)))
        return (f"{store.backend.dialect:8} {size:>8,} {filled:6.1f}s  "
                + "  ".join(_stats(timings[name]) for name in ("embed", "write", "link",
                                                                "seen")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--docs", type=int, default=30, help="new documents per size")
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database")
    parser.add_argument("--fixed-span", action="store_true",
                        help=f"spread every size over {FIXED_SPAN_DAYS // 365} years")
    args = parser.parse_args()
    embed("warm up")                    # load the encoder before anything is timed
    print("backend    events    fill     embed ms   store+link ms      link ms     candidates")
    print("                            median    p90  median    p90  median    p90  median "
          "   p90")
    for size in args.sizes:
        span = FIXED_SPAN_DAYS if args.fixed_span else max(30, size // EVENTS_PER_DAY)
        with tempfile.TemporaryDirectory() as folder:
            print(measure(str(Path(folder) / "bench.db"), size, args.docs, span), flush=True)
        if args.postgres:
            _reset(args.postgres)
            print(measure(args.postgres, size, args.docs, span), flush=True)


def _reset(url: str) -> None:
    """Empty the PostgreSQL database for the next size."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


if __name__ == "__main__":
    main()
