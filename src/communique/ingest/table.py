"""Reader for CSV files: one document per row, its columns mapped by options.

The text comes from ``text_column`` (a 1-based number, or a header name; with
a header row and no option, a column called text, content, html or body), the
id, publication date and URL from the optional columns. A row without the
text column, or with a blank text, fails alone with its line number. The file
is streamed: any number of rows, each field limited to ``max_bytes``.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.document import RawDocument, ReadFailure
from communique.ingest.decode import open_binary
from communique.ingest.jsonl import TEXT_FIELDS, record_document


@dataclass(frozen=True)
class TableOptions:
    """How to read a CSV file: its dialect and which column holds what."""

    text_column: str | None = None
    id_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    delimiter: str = ","
    quotechar: str = '"'
    header: bool = True


DEFAULT_TABLE = TableOptions()


def sniff_csv(head: bytes) -> bool:
    """Whether a ``.csv`` file is a table: plain text is; a CSV is never chosen by content."""
    return b"\x00" not in head


def read_csv(source: Path | bytes, origin: str, max_bytes: int,
             options: TableOptions = DEFAULT_TABLE) -> Iterator[RawDocument | ReadFailure]:
    csv.field_size_limit(max_bytes)
    with open_binary(source) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        rows = csv.reader(text, delimiter=options.delimiter, quotechar=options.quotechar)
        header = _header(rows, options, origin)
        if isinstance(header, ReadFailure):
            yield header
            return
        columns = _columns(header, options, origin)
        if isinstance(columns, ReadFailure):
            yield columns
            return
        yield from _rows(rows, columns, origin)


def _header(rows: Iterator[list[str]], options: TableOptions,
            origin: str) -> list[str] | ReadFailure:
    if not options.header:
        return []
    try:
        first = next(rows, [])
    except csv.Error as exc:
        return ReadFailure(origin, f"invalid CSV header: {exc}")
    return [name.removeprefix(codecs.BOM_UTF8.decode()).strip() for name in first]


def _columns(header: list[str], options: TableOptions,
             origin: str) -> dict[str, int] | ReadFailure:
    """Field name → 0-based column index, for the fields the options map."""
    text = options.text_column or next((name for name in header if name.lower() in TEXT_FIELDS),
                                       None)
    if text is None:
        return ReadFailure(origin, "CSV: which column holds the text? give --text-column "
                                   "(a number from 1, or a header name)")
    wanted = {"text": text, "id": options.id_column, "published": options.date_column,
              "url": options.url_column}
    columns: dict[str, int] = {}
    for field, column in wanted.items():
        if column is None:
            continue
        index = _index(column, header)
        if index is None:
            known = ", ".join(header) if header else "none: the file has no header row"
            return ReadFailure(origin, f"CSV: no column {column!r} (header names: {known})")
        columns[field] = index
    return columns


def _index(column: str, header: list[str]) -> int | None:
    if column.isdigit() and int(column) >= 1:
        return int(column) - 1
    return header.index(column) if column in header else None


def _rows(rows: Any, columns: dict[str, int],
          origin: str) -> Iterator[RawDocument | ReadFailure]:
    """One document per row of ``rows`` (a ``csv.reader``), named by the line it starts on."""
    while True:
        where = f"{origin}:{rows.line_num + 1}"
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadFailure(where, f"invalid CSV row: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        missing = [i + 1 for i in columns.values() if i >= len(row)]
        if missing:
            yield ReadFailure(where, f"CSV row of {len(row)} columns has no column {missing[0]}")
            continue
        yield record_document({field: row[i] for field, i in columns.items()}, where)
