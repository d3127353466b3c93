"""Reader for RSS and Atom feeds (feedparser).

Each entry is a document: its link is the ``url``, its id (guid) the
``doc_id``, its ``published`` (else ``updated``) date the publication time, its
title the headline, and its full content (else its summary) the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from communique.document import ContentType, RawDocument, ReadFailure
from communique.ingest.decode import read_limited, too_large_reason
from communique.ingest.plain import sniff_html, with_title

_FEED_ROOT = re.compile(rb"<(?:rss|rdf:RDF|feed)\b[^>]*>", re.IGNORECASE)
_ATOM_NS = b"http://www.w3.org/2005/Atom"


def sniff_feed(head: bytes) -> bool:
    """An RSS (0.9x, 1.0 RDF, 2.0) or Atom document."""
    match = _FEED_ROOT.search(head[:4096])
    if match is None:
        return False
    root = match.group(0).lower()
    return not root.startswith(b"<feed") or _ATOM_NS.lower() in root


def read_feed(source: Path | bytes, origin: str,
              max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    data, size = read_limited(source, max_bytes)
    if size is not None:
        yield ReadFailure(origin, too_large_reason("feed (read whole)", max_bytes, size))
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield ReadFailure(origin, f"no entries in the feed{problem}")
        return
    language = _language(parsed.feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, f"{origin} entry {number}", language)


def _entry_document(entry: Any, where: str, language: str | None) -> RawDocument | ReadFailure:
    text, content_type = _entry_text(entry)
    title = (entry.get("title") or "").strip() or None
    if not text.strip():
        return ReadFailure(where, "empty: the entry has no content or summary"
                                  + (" (title only)" if title else ""))
    warnings: list[str] = []
    published = entry.get("published")
    if not published and entry.get("updated"):
        published = entry.get("updated")
        warnings.append("the entry has no published date: its updated date is used")
    return RawDocument(
        content=with_title(text, title, content_type),
        content_type=content_type,
        doc_id=(entry.get("id") or "").strip() or None,
        url=(entry.get("link") or "").strip() or None,
        published=published or None,
        language=language,
        origin=where,
        warnings=warnings,
    )


def _entry_text(entry: Any) -> tuple[str, ContentType]:
    """The fullest text of an entry: its content, else its summary."""
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            return _typed(part.get("type"), part["value"])
    detail = entry.get("summary_detail") or {}
    return _typed(detail.get("type"), entry.get("summary") or "")


def _typed(declared: str | None, value: str) -> tuple[str, ContentType]:
    """HTML stays HTML; HTML without a tag is text, its entities (``&amp;``) resolved."""
    if declared not in ("text/html", "application/xhtml+xml"):
        return value, "text"
    if sniff_html(value.encode("utf-8")) or "<" in value:
        return value, "html"
    return html.unescape(value), "text"


def _language(raw: str | None) -> str | None:
    """The feed's language ("de-DE") as a two-letter code ("de")."""
    if not raw:
        return None
    code = raw.strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and len(code) in (2, 3) else None
