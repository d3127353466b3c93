"""Exports of a store: spec records as JSON Lines; each report's event as CSV or Parquet;
each act as CSV, Parquet, PLOVER JSON or JSON Lines with its reports.

Every export carries the events as analysts reviewed them (``export.reviewed``).

>>> from communique.export import export_to_path
>>> export_to_path(store, "csv", Path("events.csv"))   # returns the number of rows
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from communique.errors import UnknownFormatError
from communique.export.formats import (
    record_line,
    write_acts_csv,
    write_acts_parquet,
    write_csv,
    write_jsonl,
    write_parquet,
)
from communique.export.linked import write_events_jsonl
from communique.export.plover import write_plover
from communique.store import Store

Writer = Callable[[Store, IO[bytes]], int]

FORMATS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet,
                              "acts-csv": write_acts_csv, "acts-parquet": write_acts_parquet,
                              "plover": write_plover, "events-jsonl": write_events_jsonl}
BINARY_FORMATS = frozenset({"parquet", "acts-parquet"})

__all__ = ["BINARY_FORMATS", "FORMATS", "export", "export_to_path", "record_line"]


def export(store: Store, fmt: str, out: IO[bytes]) -> int:
    """Write ``store`` to the binary stream ``out`` in ``fmt``; returns records or rows written."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise UnknownFormatError(f"unknown export format '{fmt}'; choose one of "
                                 f"{', '.join(FORMATS)}") from None
    return writer(store, out)


def export_to_path(store: Store, fmt: str, path: Path) -> int:
    """Like ``export``, to a file that appears only when complete (no half-written exports)."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            count = export(store, fmt, out)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
