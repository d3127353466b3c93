"""The knowledge base: SQLite by default, PostgreSQL for teams.

>>> from communique.store import open_store
>>> with open_store("communique.db") as store:
...     result = store.write(doc)          # stored / duplicate / conflict
...     stats = store.stats()

See ``docs/store.md`` for the schema, transactions and idempotency.
"""

from __future__ import annotations

from pathlib import Path

from communique.errors import StoreError
from communique.store.backends import Backend, PostgresBackend, SQLiteBackend
from communique.store.rows import StoredDocument
from communique.store.store import (
    ActorCount,
    IngestSummary,
    SearchHit,
    Store,
    StoredDocumentSummary,
    StoredEvent,
    StoreStats,
    WriteResult,
    load,
)

__all__ = [
    "ActorCount",
    "IngestSummary",
    "SearchHit",
    "Store",
    "StoreStats",
    "StoredDocument",
    "StoredDocumentSummary",
    "StoredEvent",
    "WriteResult",
    "backend_for",
    "load",
    "open_store",
]


def backend_for(url_or_path: str) -> Backend:
    """The back-end a store URL names: ``postgresql://…``, ``sqlite:///path`` or a path."""
    if url_or_path.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url_or_path)
    if url_or_path.startswith("sqlite:///"):
        return SQLiteBackend(Path(url_or_path.removeprefix("sqlite:///")))
    if "://" in url_or_path:
        scheme = url_or_path.split("://", 1)[0]
        raise StoreError(f"unsupported store URL scheme '{scheme}': use a file path, "
                         "sqlite:///path or postgresql://user@host/database")
    if not url_or_path.strip():
        raise StoreError("no store given: pass a file path or a postgresql:// URL")
    return SQLiteBackend(Path(url_or_path))


def open_store(url_or_path: str, *, create: bool = True) -> Store:
    """Open (and create or migrate) the knowledge base at ``url_or_path``.

    With ``create=False`` a missing SQLite file is an error instead of a new,
    empty store: what readers want, so that a mistyped path does not read as
    "nothing stored".
    """
    backend = backend_for(url_or_path)
    if not create and isinstance(backend, SQLiteBackend) and not backend.path.exists():
        raise StoreError(f"there is no store at {backend.path}; fill one with "
                         f"`communique ingest PATH… --db {backend.path}`")
    return Store(backend)
