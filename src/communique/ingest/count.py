"""How many documents the inputs hold, counted cheaply before reading, for a progress bar.

A text or HTML file is one document, a JSON Lines file one per non-blank line, a CSV
file one per row; feeds, WARC files, gzip, whole JSON files and standard input are not
counted (``None``: the total is unknown). A file that will fail counts as one, as its
failure is counted too.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from communique.document import ReadFailure
from communique.ingest.decode import HEAD_BYTES, binary_kind, is_gzip
from communique.ingest.paths import arguments, expand
from communique.ingest.registry import choose, unreadable
from communique.ingest.table import TableOptions


def count_documents(paths: Sequence[str], table: TableOptions) -> int | None:
    """The number of documents ``read_inputs(paths, table=table)`` will give, if known."""
    total = 0
    for argument in arguments(paths):
        if argument == "-":
            return None
        for item in expand(argument):
            count = 1 if isinstance(item, ReadFailure) else _count_file(item, table)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: Path, table: TableOptions) -> int | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return 1
    if not head or binary_kind(head) is not None or unreadable(str(path)) is not None:
        return 1
    if is_gzip(head):
        return None
    reader, _ = choose(str(path), head)
    if reader.name in ("text", "html"):
        return 1
    if reader.name == "jsonl" and head.lstrip().startswith(b"{"):
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if reader.name == "csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            rows = csv.reader(handle, delimiter=table.delimiter, quotechar=table.quotechar)
            csv.field_size_limit(1 << 30)      # counting only: every row counts
            count = sum(1 for row in rows if any(cell.strip() for cell in row))
        return count - (1 if table.header and count else 0)
    return None
