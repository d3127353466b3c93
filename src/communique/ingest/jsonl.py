"""Reader for JSON Lines, and for ``.json`` files holding one object or a list.

A record is an object with the text in ``text``, ``content`` or ``html`` and
optional ``url``, ``published``, ``language``, ``source_name``, ``title`` and
``doc_id`` (or ``id``), which are taken as given. An object that wraps a list
of records (``{"items": [...]}`` and the like) is a listing: one document per
record. JSON Lines are streamed, so a file of any size is fine; each record is
limited to ``max_bytes``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.document import ContentType, RawDocument, ReadFailure
from communique.ingest.decode import decode, open_binary, read_limited, too_large_reason
from communique.ingest.plain import sniff_html, with_title

TEXT_FIELDS = ("text", "content", "html", "body")
LISTING_FIELDS = ("items", "articles", "documents", "entries", "records", "results", "data")
_JSON_START = re.compile(rb"^\s*(?:\[\s*[\[{\]]|\{\s*[\"}])")


def sniff_json(head: bytes) -> bool:
    return bool(_JSON_START.match(head.lstrip(b"\xef\xbb\xbf")))


def read_json_lines(source: Path | bytes, origin: str,
                    max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    """JSON Lines when the first line is a whole object, else one JSON value."""
    with open_binary(source) as handle:
        first = handle.readline(max_bytes + 1)
        while first and not first.strip():
            first = handle.readline(max_bytes + 1)
    cut = len(first) > max_bytes and first.lstrip().startswith(b"{")
    if cut or _is_json_object(first):
        yield from _read_lines(source, origin, max_bytes)
    else:
        yield from _read_whole(source, origin, max_bytes)


def _is_json_object(line: bytes) -> bool:
    try:
        text = line.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _read_lines(source: Path | bytes, origin: str,
                max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    with open_binary(source) as handle:
        number = 0
        while line := handle.readline(max_bytes + 1):
            number += 1
            where = f"{origin}:{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_rest_of_line(handle)
                yield ReadFailure(where, too_large_reason("record", max_bytes, size))
                continue
            if not line.strip():
                continue
            text, warnings = decode(line)
            try:
                value = json.loads(text)
            except ValueError as exc:
                yield ReadFailure(where, f"invalid JSON: {exc}")
                continue
            yield from _records(value, where, warnings)


def _skip_rest_of_line(handle: Any) -> int:
    """Read past the end of an over-long line; returns how many bytes were skipped."""
    skipped = 0
    while chunk := handle.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read_whole(source: Path | bytes, origin: str,
                max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    data, size = read_limited(source, max_bytes)
    if size is not None:
        yield ReadFailure(origin, too_large_reason("JSON file (read whole)", max_bytes, size))
        return
    text, warnings = decode(data)
    try:
        value = json.loads(text)
    except ValueError as exc:
        yield ReadFailure(origin, f"invalid JSON: {exc}")
        return
    yield from _records(value, origin, warnings)


def _records(value: Any, where: str, warnings: list[str]) -> Iterator[RawDocument | ReadFailure]:
    """One document per record: a record, a list of records, or a wrapped list."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _records(item, f"{where}[{index}]", warnings)
        return
    if not isinstance(value, dict):
        yield ReadFailure(where, f"a record must be a JSON object, not {type(value).__name__}")
        return
    listing = next((value[k] for k in LISTING_FIELDS if isinstance(value.get(k), list)), None)
    if listing is not None and not any(k in value for k in TEXT_FIELDS):
        yield from _records(listing, where, warnings)
        return
    yield record_document(value, where, warnings)


def record_document(record: dict[str, Any], where: str,
                    warnings: list[str] | None = None) -> RawDocument | ReadFailure:
    """The document of one JSON record; a failure saying what is missing."""
    field = next((k for k in TEXT_FIELDS if k in record), None)
    if field is None:
        return ReadFailure(where, "no text: a record needs a \"text\", \"content\" or "
                                  "\"html\" field")
    content = record[field]
    if not isinstance(content, str):
        return ReadFailure(where, f"\"{field}\" must be a string, not {type(content).__name__}")
    if not content.strip():
        return ReadFailure(where, f"empty: the \"{field}\" field is blank")
    is_html = field == "html" or sniff_html(content[:8192].encode("utf-8", errors="replace"))
    content_type: ContentType = "html" if is_html else "text"
    return RawDocument(
        content=with_title(content, _string(record.get("title")), content_type),
        content_type=content_type,
        doc_id=_string(record.get("doc_id", record.get("id"))),
        url=_string(record.get("url", record.get("link"))),
        published=_string(record.get("published", record.get("date"))),
        language=_string(record.get("language", record.get("lang"))),
        source_name=_string(record.get("source_name")),
        origin=where,
        warnings=list(warnings or []),
    )


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None
