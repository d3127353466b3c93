"""The named queries the workbench runs, and the filters it composes them from.

Every SQL text lives in ``store/queries_review.sql``. A list query there holds
the marker ``/* hits */`` where the filtered set of events goes; that set is the
query ``event_hits`` with the ``AND``-joined fragments of the active filters
(``filter_type``, ``filter_code``…) in place of its ``/* filters */`` marker. So
only the filters in use reach the database, each written once for both
back-ends, and the planner can use the indexes they need.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from communique.store import Store
from communique.store.backends import Params, Row


def rows(store: Store, name: str, params: Params | None = None) -> list[Row]:
    """The rows of the named query ``name``."""
    return store.query(name, params)


def execute(store: Store, name: str, params: Params) -> None:
    """Run the named statement ``name`` (inside the caller's transaction, if any)."""
    store.backend.execute(store.connection(), name, params)


def execute_many(store: Store, name: str, rows: list[Params]) -> None:
    store.backend.execute_many(store.connection(), name, rows)


def rows_sql(store: Store, sql: str, params: Params) -> list[Row]:
    """The rows of a query composed from named blocks (already in the driver's style)."""
    return store.query_sql(sql, params)


def text(store: Store, name: str) -> str:
    """The SQL of the named query ``name`` in the back-end's parameter style."""
    return store.backend.sql[name]


@contextmanager
def transaction(store: Store) -> Iterator[Any]:
    """A write transaction on the calling thread's connection; yields the connection."""
    conn = store.connection()
    with store.backend.transaction(conn):
        yield conn


def compose(store: Store, name: str, fragments: list[str]) -> str:
    """Query ``name`` over the events that pass every filter fragment named in ``fragments``."""
    return store.compose(name, fragments)
