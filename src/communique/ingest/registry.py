"""Which reader reads an input: by file suffix, checked against the content.

A reader is registered with the suffixes it claims and a sniffer that looks
at the first bytes. The suffix proposes, the content decides: a ``.txt`` file
holding an RSS feed goes to the feed reader, a file without a known suffix
to whichever sniffer recognises it, and plain text is the fallback. Adding a
format is one :class:`Reader` in :data:`BUILTIN_READERS` (or a call to
:func:`register`); see docs/ingest.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from communique.document import RawDocument, ReadFailure
from communique.ingest import feed, jsonl, plain, warc

Source = Path | bytes
ReadFunction = Callable[[Source, str, int], Iterator[RawDocument | ReadFailure]]


@dataclass(frozen=True)
class Reader:
    """One input format.

    ``sniff(head)`` says whether the first bytes (up to 64 KB) are this
    format; ``read(source, origin, max_bytes)`` yields the documents of a file
    (or of bytes: decompressed input) and applies ``max_bytes`` to each
    document it reads whole.
    """

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    read: ReadFunction


BUILTIN_READERS: tuple[Reader, ...] = (
    Reader("warc", (".warc", ".warc.gz", ".arc.gz"), warc.sniff_warc, warc.read_warc),
    Reader("feed", (".rss", ".atom", ".xml", ".rdf"), feed.sniff_feed, feed.read_feed),
    Reader("html", (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"),
           plain.sniff_html, plain.read_html),
    Reader("jsonl", (".jsonl", ".ndjson", ".jsonlines", ".json"), jsonl.sniff_json,
           jsonl.read_json_lines),
    Reader("text", (".txt", ".text", ".md"), plain.sniff_text, plain.read_text),
)

_registered: list[Reader] = []


def register(reader: Reader) -> Reader:
    """Add a reader; it takes precedence over the built-in ones."""
    _registered.insert(0, reader)
    return reader


def readers() -> tuple[Reader, ...]:
    """All readers, in the order their sniffers are tried (text last)."""
    return (*_registered, *BUILTIN_READERS)


def _by_suffix(name: str) -> Reader | None:
    lowered = name.lower()
    best: tuple[int, Reader] | None = None
    for reader in readers():
        for suffix in reader.suffixes:
            if lowered.endswith(suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), reader)
    return best[1] if best else None


def _by_content(head: bytes) -> Reader:
    """The first reader whose sniffer accepts ``head``; plain text is the fallback."""
    fallback = readers()[-1]
    for reader in readers():
        if reader is not fallback and reader.sniff(head):
            return reader
    return fallback


def choose(name: str, head: bytes) -> tuple[Reader, str | None]:
    """The reader for a file called ``name`` starting with ``head``.

    Returns the reader and a warning when the content contradicts the suffix.
    """
    claimed = _by_suffix(name)
    fallback = readers()[-1]
    if claimed is not None and claimed is not fallback and claimed.sniff(head):
        return claimed, None
    found = _by_content(head)
    if claimed is None or claimed is found:
        return found, None
    return found, (f"the suffix says {claimed.name} but the content is {found.name}; "
                   f"read as {found.name}")
