"""Reader for WARC files (``.warc``, ``.warc.gz``).

The file is streamed record by record. The framing is checked here, so that a
record with a broken header is reported (``ReadFailure`` naming the record and
the defect) and reading goes on at the next record; FastWARC then parses each
good record's HTTP message and undoes chunked and gzip/deflate/brotli
encodings. ``response`` and ``resource`` records with HTML, plain text or a
feed become documents: the record id is the ``doc_id``, the target URI the
``url``. ``WARC-Date`` is when the page was crawled, not when it was
published, so it is not used as the publication date.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord

from communique.document import RawDocument, ReadFailure
from communique.ingest import feed
from communique.ingest.decode import decode, is_gzip, open_binary, too_large_reason
from communique.ingest.plain import html_charset

MAX_HEADER_LINES = 512
DOCUMENT_TYPES = {"response", "resource", "conversion"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml")


def sniff_warc(head: bytes) -> bool:
    if is_gzip(head):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"WARC/")


@dataclass
class _Frame:
    """One record as framed: its header lines, its block, or what is wrong."""

    number: int
    lines: list[bytes] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    block: bytes = b""
    defect: str | None = None


def read_warc(source: Path | bytes, origin: str,
              max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    with open_binary(source) as raw:
        stream: BinaryIO = raw
        if is_gzip(raw.read(2)):
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
        else:
            raw.seek(0)
        try:
            for frame in _frames(stream, max_bytes):
                yield from _documents(frame, origin, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadFailure(origin, f"WARC stream broken off: {exc}; the records before it "
                                      "were read")


def _frames(stream: BinaryIO, max_bytes: int) -> Iterator[_Frame]:
    """Split the stream into records; a broken one carries its defect."""
    pending: bytes | None = None
    number = 0
    while True:
        line = pending if pending is not None else stream.readline()
        pending = None
        if not line:
            return
        if not line.strip():
            continue
        number += 1
        frame = _Frame(number)
        if not line.startswith(b"WARC/"):
            frame.defect = f"expected a 'WARC/1.x' version line, found {_show(line)}"
            pending = _resync(stream)
            yield frame
            continue
        frame.lines.append(line)
        _read_header(stream, frame)
        length = _content_length(frame)
        if length is None:
            pending = _resync(stream)
        elif length > max_bytes:
            _skip(stream, length)
            frame.defect = too_large_reason("record", max_bytes, length)
        else:
            frame.block = stream.read(length)
            if len(frame.block) < length:
                frame.defect = f"record cut short: {len(frame.block)} of {length} bytes"
        yield frame


def _read_header(stream: BinaryIO, frame: _Frame) -> None:
    for _ in range(MAX_HEADER_LINES):
        line = stream.readline()
        if not line or not line.strip():
            return
        frame.lines.append(line)
        name, colon, value = line.decode("utf-8", errors="replace").partition(":")
        if not colon or not name.strip() or " " in name.strip():
            frame.defect = frame.defect or f"header line without 'Name: value': {_show(line)}"
            continue
        frame.headers[name.strip().lower()] = value.strip()
    frame.defect = frame.defect or f"header longer than {MAX_HEADER_LINES} lines"


def _content_length(frame: _Frame) -> int | None:
    raw = frame.headers.get("content-length")
    if raw is None or not raw.isdigit():
        frame.defect = frame.defect or f"missing or invalid Content-Length: {raw!r}"
        return None
    return int(raw)


def _resync(stream: BinaryIO) -> bytes | None:
    """Skip to the next line that starts a record (returned), or the end."""
    while line := stream.readline():
        if line.startswith(b"WARC/1."):
            return line
    return None


def _skip(stream: BinaryIO, length: int) -> None:
    while length > 0:
        chunk = stream.read(min(length, 1 << 20))
        if not chunk:
            return
        length -= len(chunk)


def _show(line: bytes) -> str:
    return repr(line.strip()[:60].decode("utf-8", errors="replace"))


def _documents(frame: _Frame, origin: str,
               max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    record_id = frame.headers.get("warc-record-id", "").strip("<>") or None
    where = f"{origin} record {frame.number}" + (f" ({record_id})" if record_id else "")
    if frame.defect:
        yield ReadFailure(where, f"broken WARC record: {frame.defect}")
        return
    if frame.headers.get("warc-type", "").lower() not in DOCUMENT_TYPES:
        return
    record = _parse(frame)
    if record is None:
        yield ReadFailure(where, "broken WARC record: FastWARC cannot parse it")
        return
    yield from _payload_documents(record, frame, where, record_id, max_bytes)


def _parse(frame: _Frame) -> WarcRecord | None:
    raw = b"".join(frame.lines) + b"\r\n" + frame.block + b"\r\n\r\n"
    try:
        return next(iter(ArchiveIterator(io.BytesIO(raw), parse_http=True, auto_decode="all")))
    except (StopIteration, OSError, ValueError):
        return None


def _payload_documents(record: WarcRecord, frame: _Frame, where: str, record_id: str | None,
                       max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    if record.http_headers is not None:
        status = record.http_headers.status_code
        if status is not None and 300 <= status < 400:
            return  # a redirect carries no article
        if status is not None and status >= 400:
            yield ReadFailure(where, f"HTTP status {status}: no article in this record")
            return
        content_type, charset = record.http_content_type or "", record.http_charset
    else:
        content_type, charset = frame.headers.get("content-type", ""), None
    content_type = content_type.split(";")[0].strip().lower()
    try:
        payload = record.reader.read()
    except (OSError, ValueError, zlib.error) as exc:
        yield ReadFailure(where, f"broken WARC record: the payload cannot be decoded ({exc})")
        return
    url = frame.headers.get("warc-target-uri") or None
    if (content_type in _FEED_TYPES or not content_type) and feed.sniff_feed(payload[:4096]):
        yield from feed.read_feed(payload, where, max_bytes)
        return
    if content_type not in _HTML_TYPES and content_type != "text/plain":
        return  # images, scripts, style sheets …: not documents
    if not payload.strip():
        yield ReadFailure(where, "empty: the record has no payload")
        return
    is_html = content_type in _HTML_TYPES
    text, warnings = decode(payload, charset or (html_charset(payload) if is_html else None))
    yield RawDocument(content=text, content_type="html" if is_html else "text",
                      doc_id=record_id, url=url, origin=where, warnings=warnings)
