"""Read inputs: files, folders, globs and stdin in text, HTML, JSON Lines, CSV, WARC, RSS/Atom.

``read_inputs`` yields one ``RawDocument`` per document found and one
``ReadFailure`` (with a one-line reason) per input or record it could not
read; the batch always goes on. See docs/ingest.md.
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from communique.document import RawDocument, ReadFailure
from communique.ingest.decode import (
    HEAD_BYTES,
    binary_kind,
    is_gzip,
    max_input_bytes,
    open_binary,
    too_large_reason,
)
from communique.ingest.paths import arguments, expand, spooled
from communique.ingest.registry import Reader, choose, readers, register, run_reader, unreadable
from communique.ingest.table import DEFAULT_TABLE, TableOptions

__all__ = ["Reader", "TableOptions", "read_inputs", "read_source", "readers", "register"]

STDIN = "-"


def read_inputs(paths: Sequence[str], stdin: BinaryIO | None = None, *,
                max_bytes: int | None = None,
                table: TableOptions = DEFAULT_TABLE) -> Iterator[RawDocument | ReadFailure]:
    """Read every input that ``paths`` names; ``-`` is standard input.

    ``max_bytes`` caps a document read whole (default: ``COMMUNIQUE_INGEST_MAX_INPUT_MB``
    or 5 MB); longer text and HTML files are truncated with a warning. ``table``
    says how CSV files are read (delimiter, quote, header, which column is what).
    """
    limit = max_bytes or max_input_bytes()
    for argument in arguments(paths):
        if argument == STDIN:
            with spooled(stdin or sys.stdin.buffer) as path:
                yield from read_source(path, "<stdin>", limit, name="", table=table)
            continue
        for item in expand(argument):
            if isinstance(item, ReadFailure):
                yield item
            else:
                yield from read_source(item, str(item), limit, table=table)


def read_source(source: Path | bytes, origin: str, max_bytes: int,
                name: str | None = None,
                table: TableOptions = DEFAULT_TABLE) -> Iterator[RawDocument | ReadFailure]:
    """Read one file (or bytes): refuse binary content and unsupported formats, pick the
    reader, isolate its errors."""
    name = origin if name is None else name
    try:
        head = _head(source)
    except OSError as exc:
        yield ReadFailure(origin, f"cannot read: {exc.strerror or exc}")
        return
    if not head:
        yield ReadFailure(origin, "empty file (0 bytes)")
        return
    if is_gzip(head):
        yield from _read_gzip(source, origin, max_bytes, name, head, table)
        return
    kind = binary_kind(head)
    if kind is not None:
        yield ReadFailure(origin, f"binary content ({kind}); convert it to text, HTML, CSV, "
                                  "JSON Lines, WARC or RSS first")
        return
    refused = unreadable(name)
    if refused is not None:
        yield ReadFailure(origin, refused)
        return
    reader, warning = choose(name, head)
    yield from _run(reader, source, origin, max_bytes, warning, table)


def _head(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        return source[:HEAD_BYTES]
    with source.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def _read_gzip(source: Path | bytes, origin: str, max_bytes: int, name: str, head: bytes,
               table: TableOptions) -> Iterator[RawDocument | ReadFailure]:
    """A gzipped WARC is streamed; any other gzipped file is unpacked (up to the limit)."""
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    reader, _ = choose(inner_name, _gunzip_head(head))
    if reader.name == "warc":
        yield from _run(reader, source, origin, max_bytes, None, table)
        return
    try:
        with open_binary(source) as raw, gzip.GzipFile(fileobj=raw) as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadFailure(origin, f"broken gzip file: {exc}")
        return
    if len(data) > max_bytes:
        yield ReadFailure(origin, too_large_reason("unpacked file", max_bytes, None))
        return
    yield from read_source(data, origin, max_bytes, name=inner_name, table=table)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def _run(reader: Reader, source: Path | bytes, origin: str, max_bytes: int,
         warning: str | None, table: TableOptions) -> Iterator[RawDocument | ReadFailure]:
    """Run a reader; an unexpected error fails this input only."""
    try:
        for item in run_reader(reader, source, origin, max_bytes, table):
            if warning and isinstance(item, RawDocument):
                item.warnings.insert(0, warning)
            yield item
    except Exception as exc:  # one bad input must not stop the batch
        yield ReadFailure(origin, f"{reader.name} reader failed: {type(exc).__name__}: {exc}")
