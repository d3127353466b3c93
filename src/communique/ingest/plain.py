"""Readers for plain text and HTML files.

HTML stays HTML here (``content_type="html"``): ``communique.clean`` extracts
the article text, its metadata and, on listing pages, the single articles.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from communique.document import ContentType, RawDocument, ReadFailure
from communique.ingest.decode import load_text

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(rb"<(?:head|body|div|p|br|span|script|style|meta|title|article|a\s)[\s>/]",
                       re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def sniff_html(head: bytes) -> bool:
    """An HTML document, or a fragment with several HTML tags."""
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head[:8192])) >= 3


def sniff_text(head: bytes) -> bool:
    """Plain text is the fallback: whatever no other sniffer claims."""
    return True


def html_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii", errors="replace") if match else None


def with_title(content: str, title: str | None, content_type: ContentType) -> str:
    """Put a title that came as metadata where a page shows it: above the text.

    ``RawDocument`` has no title field; cleaning finds the title in the text
    (a headline line) or in the HTML ``<title>``.
    """
    if not title or title in content[: (len(title) + 200) if content_type == "text" else 65536]:
        return content
    if content_type == "html":
        head = f"<head><title>{html.escape(title)}</title></head>"
        return f"<html>{head}<body>{content}</body></html>"
    return f"{title}\n\n{content}"


def read_text(source: Path | bytes, origin: str,
              max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    yield _document(source, origin, max_bytes, "text")


def read_html(source: Path | bytes, origin: str,
              max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
    yield _document(source, origin, max_bytes, "html")


def _document(source: Path | bytes, origin: str, max_bytes: int,
              content_type: ContentType) -> RawDocument | ReadFailure:
    head = source[:4096] if isinstance(source, bytes) else b""
    if isinstance(source, Path):
        with source.open("rb") as handle:
            head = handle.read(4096)
    declared = html_charset(head) if content_type == "html" else None
    text, warnings = load_text(source, max_bytes, declared)
    if not text.strip():
        return ReadFailure(origin, "empty: the file holds only whitespace")
    return RawDocument(content=text, content_type=content_type, origin=origin, warnings=warnings)
