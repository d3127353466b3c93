"""The knowledge base: one interface over SQLite and PostgreSQL, and loading it.

Every write goes through ``Store.write``: one document with all its rows in
one transaction, skipped when a document with the same cleaned text
(``text_sha256``) is already stored. Reads stream in pages of bounded size,
so exporting a large store does not load it into memory. ``load`` writes what
the pipeline yields, document by document, and keeps the ``IngestSummary``
that ``communique ingest`` prints: an interrupted run keeps every document it
finished, and the next run skips those as duplicates.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Concatenate, Literal, ParamSpec, TypeVar

from communique.document import Document
from communique.errors import StoreError
from communique.model import Actor, DocumentRecord, Event, Source
from communique.pipeline import StageFailure
from communique.store.backends import Backend, Params, migrate
from communique.store.rows import (
    DocumentWriter,
    StoredDocument,
    document_params,
    entity_of,
    event_of,
    source_of,
    stored_document,
)
from communique.store.search import (
    Terms,
    index_actors,
    index_document,
    index_missing,
    matching_sentence,
    person_spellings,
    query_terms,
)

PAGE_SIZE = 500
TERMS_SECONDS = 60.0     # how long a query's search terms are reused (see search_terms)
TERMS_KEPT = 1000        # queries whose terms are kept at most
HITS = "/* hits */"
FILTERS = "/* filters */"
_WORD = re.compile(r"\w+")

StoredHook = Callable[[Backend, Any, int], object]
"""``on_stored`` hooks: called with the back-end, the connection and the new document's pk."""
P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class WriteResult:
    """What ``Store.write`` did with a document.

    ``duplicate``: the same cleaned text is stored (as ``stored_doc_id``);
    ``conflict``: another text is stored under the same ``doc_id``.
    """

    status: Literal["stored", "duplicate", "conflict"]
    doc_id: str
    stored_doc_id: str | None = None
    events: int = 0

    @property
    def reason(self) -> str | None:
        """The one-line reason a document was not stored, for summaries."""
        if self.status == "duplicate":
            return f"same text as stored document {self.stored_doc_id}"
        if self.status == "conflict":
            return (f"doc_id {self.doc_id} is already stored with a different text; give the "
                    "input its own id (doc_id field) or store it in another database")
        return None


@dataclass(frozen=True)
class StoredEvent:
    """An event with the document it was coded from."""

    doc_id: str
    source: Source
    event: Event


@dataclass(frozen=True)
class StoredDocumentSummary:
    doc_id: str
    language: str | None
    published: str | None
    title: str | None
    events: int


@dataclass(frozen=True)
class ActorCount:
    key: str
    name: str
    kind: str
    country: str | None
    igo: str | None
    events: int
    mentions: int


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str | None
    language: str | None
    published: str | None
    snippet: str


@dataclass
class StoreStats:
    counts: dict[str, int]
    events_by_type: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    top_actors: list[ActorCount] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Store:
    """A knowledge base opened with ``open_store``; safe to share between threads.

    Each thread gets its own connection; close the store (or use it as a
    context manager) to close them all.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self._on_stored: list[StoredHook] = []
        self._terms: dict[str, tuple[float, Terms]] = {}
        try:
            migrate(backend, self.connection())
            index_missing(backend, self.connection())
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"<Store {self.backend}>"

    def __str__(self) -> str:
        """Where the store is: the SQLite file or the PostgreSQL URL without password."""
        return str(self.backend)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def on_stored(self, hook: StoredHook) -> None:
        """Run ``hook(backend, connection, document_pk)`` after each document is written,
        in the transaction that writes it: how a feature built on the store (linking) joins
        every write without the store importing it. A hook that raises undoes the write."""
        self._on_stored.append(hook)

    def connection(self) -> Any:
        """This thread's connection (the store's own; features use ``run`` and the named
        queries below)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.backend.connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    # -- the interface of features built on the store ------------------------------------
    # A feature keeps its SQL beside its code as named queries (``register_queries``) and
    # runs them here; no SQL text and no connection leaves the store.

    def query(self, name: str, params: Params | None = None) -> list[Any]:
        """Run one named query on this thread's connection."""
        return self.backend.query(self.connection(), name, params or {})

    def query_filtered(self, name: str, fragments: Sequence[str], params: Params) -> list[Any]:
        """Run query ``name`` over the events that pass every filter fragment named in
        ``fragments``: its ``/* hits */`` marker becomes the query ``event_hits`` with the
        ``AND``-joined fragments in place of its ``/* filters */`` marker. So only the
        filters in use reach the database, each written once for both back-ends."""
        sql = self.backend.sql
        where = "".join(f"\n  AND {sql[fragment]}" for fragment in fragments)
        composed = sql[name].replace(HITS, sql["event_hits"].replace(FILTERS, where))
        return list(self.connection().execute(composed, params).fetchall())

    def execute(self, name: str, params: Params | None = None) -> None:
        """Run one named statement (inside the caller's ``transaction``, if any)."""
        self.backend.execute(self.connection(), name, params)

    def execute_many(self, name: str, rows: Sequence[Params]) -> None:
        self.backend.execute_many(self.connection(), name, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction on this thread's connection: commit on success, roll back on
        any exception."""
        with self.backend.transaction(self.connection()):
            yield

    def run(self, fn: Callable[Concatenate[Backend, Any, P], T], *args: P.args,
            **kwargs: P.kwargs) -> T:
        """``fn(backend, connection, …)`` on this thread's connection: a feature's code that
        also runs inside ``write`` (an ``on_stored`` hook gets the same two), as datasette's
        ``execute_fn``."""
        return fn(self.backend, self.connection(), *args, **kwargs)

    def run_write(self, failure: str, fn: Callable[Concatenate[Backend, Any, P], T],
                  *args: P.args, **kwargs: P.kwargs) -> T:
        """``run`` in one transaction; a driver error undoes it and is raised as a
        ``StoreError`` that starts with ``failure`` (what could not be done)."""
        try:
            with self.transaction():
                return self.run(fn, *args, **kwargs)
        except self.backend.driver_error as exc:
            raise StoreError(f"{failure}: {type(exc).__name__}: {exc}") from exc

    def json_param(self, value: Any) -> Any:
        """``value`` as the back-end stores a JSON column."""
        return self.backend.json_param(value)

    def load_json(self, value: Any) -> Any:
        """A JSON column's value as Python data."""
        return self.backend.load_json(value)

    def terms_query(self, terms: Terms) -> str:
        """Search terms (``search_terms``) as the back-end's full-text query."""
        return self.backend.terms_query(terms)

    # -- writing --------------------------------------------------------------------------

    def write(self, doc: Document) -> WriteResult:
        """Store ``doc`` with its events, evidence and actors, then run the ``on_stored``
        hooks (linking), all in one transaction."""
        try:
            return self._write(doc)
        except self.backend.driver_error as exc:
            raise StoreError(f"document {doc.doc_id} was not stored (none of its rows were "
                             f"written): {type(exc).__name__}: {exc}") from exc

    def _write(self, doc: Document) -> WriteResult:
        conn, backend = self.connection(), self.backend
        with backend.transaction(conn):
            stored = backend.query(conn, "find_stored",
                                   {"text_sha256": doc.text_sha256, "doc_id": doc.doc_id})
            for row in stored:
                if row["text_sha256"] == doc.text_sha256:
                    return WriteResult("duplicate", doc.doc_id, row["doc_id"])
            if stored:
                return WriteResult("conflict", doc.doc_id, stored[0]["doc_id"])
            inserted = backend.query(conn, "insert_document", document_params(doc, backend))
            if not inserted:   # another process stored the same text since find_stored
                return WriteResult("duplicate", doc.doc_id, None)
            DocumentWriter(backend, conn).write(doc, inserted[0]["pk"])
            index_document(backend, conn, inserted[0]["pk"], doc.title, doc.text, doc.language)
            index_actors(backend, conn, inserted[0]["pk"])
            for hook in self._on_stored:
                hook(backend, conn, int(inserted[0]["pk"]))
        return WriteResult("stored", doc.doc_id, doc.doc_id, len(doc.events))

    # -- reading --------------------------------------------------------------------------

    def get_document(self, doc_id: str) -> StoredDocument | None:
        rows = self.backend.query(self.connection(), "document_by_doc_id", {"doc_id": doc_id})
        return stored_document(rows[0], self.backend) if rows else None

    def get_record(self, doc_id: str) -> DocumentRecord | None:
        """The spec record of one stored document, as ``extract`` gave it."""
        rows = self.backend.query(self.connection(), "document_by_doc_id", {"doc_id": doc_id})
        return next(self._records(rows), None)

    def iter_documents(self) -> Iterator[StoredDocument]:
        for page in self._document_pages():
            for row in page:
                yield stored_document(row, self.backend)

    def iter_records(self) -> Iterator[DocumentRecord]:
        """Every stored document's spec record, in the order they were stored."""
        for page in self._document_pages():
            yield from self._records(page)

    def iter_events(self) -> Iterator[StoredEvent]:
        """Every stored event with its document's id and source, in storage order."""
        after = 0
        while True:
            rows = self.backend.query(self.connection(), "events_page",
                                      {"after": after, "limit": PAGE_SIZE})
            for row in rows:
                yield StoredEvent(row["doc_id"], source_of(row), event_of(row, self.backend))
            if len(rows) < PAGE_SIZE:
                return
            after = rows[-1]["pk"]

    def document_summaries(self) -> list[StoredDocumentSummary]:
        rows = self.backend.query(self.connection(), "document_summaries")
        return [StoredDocumentSummary(**row) for row in rows]

    def stats(self, top: int = 10) -> StoreStats:
        """What the store holds. ``events`` counts acts as reviewed (a linked event told by
        several reports is one), ``reports`` the stored events that tell them; types and
        actors are counted in acts by the queries the workbench's facets and actor pages
        run, so every surface gives the same numbers."""
        conn, backend = self.connection(), self.backend
        counts = {name: int(n) for name, n in backend.query(conn, "table_counts")[0].items()}
        counts["events"] = int(self.query_filtered("event_count", [], {})[0]["n"])
        counts["reports"] = int(backend.query(conn, "current_report_count")[0]["n"])
        facets = self.query_filtered("event_facets", [], {"facet_limit": top})
        return StoreStats(
            counts=counts,
            events_by_type={r["event_type"]: int(r["n"]) for r in sorted(
                ({"event_type": f["value"], "n": f["n"]} for f in facets
                 if f["facet"] == "type"), key=lambda r: (-int(r["n"]), r["event_type"]))},
            languages={r["language"]: int(r["n"])
                       for r in backend.query(conn, "documents_by_language")},
            top_actors=[ActorCount(**r) for r in backend.query(conn, "actor_event_counts", {
                "kind": None, "code": None, "name": None, "limit": top, "offset": 0})],
        )

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Documents that hold every word of ``text`` in some form, best first: case,
        diacritics, ß/ss, script (Лавров/Lavrov) and inflection are ignored
        (``store.search``). The snippet is the first matching sentence, matches in [ ]."""
        terms = self.search_terms(text)
        if not terms:
            return []
        rows = self.backend.query(self.connection(), "search_documents",
                                  {"query": self.backend.terms_query(terms), "limit": limit})
        return [SearchHit(doc_id=row["doc_id"], title=row["title"], language=row["language"],
                          published=row["published"],
                          snippet=_snippet(row["text"], terms, row["language"]))
                for row in rows]

    def search_terms(self, text: str) -> Terms:
        """The alternatives of each word of ``text``, with the spellings of the persons a
        word or the whole text names (any script or spelling, from linking's canonical
        groups of persons).

        A page asks for the same query's terms once per query it runs, so they are kept
        for ``TERMS_SECONDS`` (a person stored meanwhile is found after that)."""
        now = time.monotonic()
        cached = self._terms.get(text)
        if cached is not None and now - cached[0] < TERMS_SECONDS:
            return cached[1]
        if len(self._terms) >= TERMS_KEPT:
            self._terms.clear()
        terms = self._search_terms(text)
        self._terms[text] = (now, terms)
        return terms

    def _search_terms(self, text: str) -> Terms:
        conn = self.connection()
        words = _WORD.findall(text)
        if len(words) > 1 and (whole := person_spellings(self.backend, conn, text)):
            return query_terms([words[-1]], [whole])
        return query_terms(words, [person_spellings(self.backend, conn, word) for word in words])

    def _document_pages(self) -> Iterator[list[dict[str, Any]]]:
        after = 0
        while True:
            rows = self.backend.query(self.connection(), "documents_page",
                                      {"after": after, "limit": PAGE_SIZE})
            if rows:
                yield rows
            if len(rows) < PAGE_SIZE:
                return
            after = rows[-1]["pk"]

    def _records(self, doc_rows: list[dict[str, Any]]) -> Iterator[DocumentRecord]:
        """Records of a page of document rows, reading their events and entities in bulk."""
        if not doc_rows:
            return
        span = {"first": doc_rows[0]["pk"], "last": doc_rows[-1]["pk"]}
        events: dict[int, list[Event]] = {}
        for row in self.backend.query(self.connection(), "events_of_documents", span):
            events.setdefault(row["document_pk"], []).append(event_of(row, self.backend))
        entities: dict[int, list[Actor]] = {}
        for row in self.backend.query(self.connection(), "mentions_of_documents", span):
            entities.setdefault(row["document_pk"], []).append(entity_of(row))
        for row in doc_rows:
            yield DocumentRecord(row["doc_id"], source_of(row), row["title"],
                                 row["text_sha256"], events.get(row["pk"], []),
                                 entities.get(row["pk"], []))


def _snippet(text: str, terms: Terms, language: str | None) -> str:
    """The first sentence of ``text`` holding a match, each matched word in [ ]."""
    found = matching_sentence(text, terms, language)
    if found is None:
        return ""
    out, position = [], 0
    for start, end in found.spans:
        out += [found.sentence[position:start], "[", found.sentence[start:end], "]"]
        position = end
    return "".join(out) + found.sentence[position:]


# -- loading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Skipped:
    """A document not stored because the same text is stored already."""

    doc_id: str
    origin: str
    stored_doc_id: str | None


@dataclass(frozen=True)
class DocumentWarning:
    """Something a stored document needed fixing for (a recovered encoding, a cut)."""

    doc_id: str
    origin: str
    warning: str


@dataclass
class IngestSummary:
    """What one ingest run did, document by document."""

    stored: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[StageFailure] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)

    @property
    def read(self) -> int:
        """Documents read from the inputs, the failed ones included."""
        return len(self.stored) + len(self.skipped) + len(self.failed)

    @property
    def ok(self) -> bool:
        """True when something was read and nothing failed."""
        return self.read > 0 and not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "stored": len(self.stored),
            "skipped_as_duplicate": len(self.skipped), "failed": len(self.failed),
            "stored_documents": list(self.stored),
            "duplicates": [asdict(s) for s in self.skipped],
            "failures": [failure_dict(f) for f in self.failed],
            "warnings": [asdict(w) for w in self.warnings],
        }

    def lines(self) -> list[str]:
        """The human summary: one line per count, then one line per failure and warning."""
        out = [f"read:                 {self.read}",
               f"stored:               {len(self.stored)}",
               f"skipped as duplicate: {len(self.skipped)}",
               f"failed:               {len(self.failed)}"]
        out += [f"  {failure_line(f)}" for f in self.failed]
        if self.warnings:
            out.append(f"warnings:             {len(self.warnings)}")
            out += [f"  {_where(w.origin, w.doc_id)}: {_one_line(w.warning)}"
                    for w in self.warnings]
        return out


def failure_dict(failure: StageFailure) -> dict[str, str]:
    return {"origin": failure.origin, "doc_id": failure.doc_id, "stage": failure.stage,
            "reason": failure.reason}


def failure_line(failure: StageFailure) -> str:
    """``origin: reason`` on one line, naming the document when the origin held several."""
    return f"{_where(failure.origin, failure.doc_id)}: {_one_line(failure.reason)}"


def _where(origin: str, doc_id: str) -> str:
    return f"{origin} [{doc_id}]" if doc_id and doc_id not in origin else origin


def _one_line(text: str) -> str:
    return " ".join(text.split())


def load(store: Store, documents: Iterable[Document], summary: IngestSummary,
         on_document: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Write each document to ``store``, recording in ``summary`` what became of it."""
    for doc in documents:
        try:
            result = store.write(doc)
        except StoreError as exc:
            summary.failed.append(StageFailure(doc.doc_id, doc.origin, "store", str(exc)))
        else:
            if result.status == "stored":
                summary.stored.append(doc.doc_id)
                summary.warnings += [DocumentWarning(doc.doc_id, doc.origin, warning)
                                     for warning in doc.warnings]
            elif result.status == "duplicate":
                summary.skipped.append(Skipped(doc.doc_id, doc.origin, result.stored_doc_id))
            else:
                summary.failed.append(StageFailure(doc.doc_id, doc.origin, "store",
                                                   result.reason or result.status))
        if on_document is not None:
            on_document(summary)
    return summary
