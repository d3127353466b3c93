"""What the linker needs from the store's back-ends beyond the named queries.

List parameters differ by driver: SQLite reads a JSON array (``json_each``),
PostgreSQL an array (``= ANY``); vectors are BLOB / BYTEA. Everything else goes
through ``Backend.query`` / ``Backend.execute`` with the queries of
``link/queries.sql``, registered with the store when this package is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

from communique.link.embed import as_array
from communique.link.reports import EventReport
from communique.model import Event
from communique.store.backends import Backend, Params, Row, register_queries

register_queries(resources.files(__package__).joinpath("queries.sql"))


def list_param(backend: Backend, values: Iterable[Any]) -> Any:
    """A list as the back-end's list parameter (a JSON array for SQLite)."""
    items = list(values)
    return json.dumps(items) if backend.dialect == "sqlite" else items


def optional_list_param(backend: Backend, values: Sequence[Any] | None) -> Any:
    return None if values is None else list_param(backend, values)


def report_of(row: Row, backend: Backend) -> EventReport:
    """An ``EventReport`` from a ``link_reports*`` row (the vector may still be missing)."""
    vector = row.get("vector")
    return EventReport(
        event_pk=int(row["event_pk"]), document_pk=int(row["document_pk"]),
        doc_id=row["doc_id"], event=Event.from_dict(backend.load_json(row["record"])),
        published=row["published"], dateline=row["dateline"], language=row["language"],
        source_name=row["source_name"], url=row["url"],
        vector=as_array(vector) if vector is not None else as_array(b""),
    )


def query_list(backend: Backend, conn: Any, name: str, values: Iterable[Any],
               params: Params | None = None) -> list[Row]:
    """A query whose ``:pks`` is a list; nothing is asked for an empty list."""
    items = list(values)
    if not items:
        return []
    return backend.query(conn, name, {**(params or {}), "pks": list_param(backend, items)})
