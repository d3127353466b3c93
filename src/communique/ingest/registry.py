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
from communique.ingest import feed, jsonl, plain, table, warc
from communique.ingest.table import TableOptions

Source = Path | bytes
ReadFunction = Callable[..., Iterator[RawDocument | ReadFailure]]

# Formats people hand in that hold no readable text for us: refused by suffix with a
# hint, rather than read as plain text (a spreadsheet read as text is one garbled document).
UNREADABLE: dict[str, str] = {
    ".xlsx": "an Excel workbook", ".xls": "an Excel workbook", ".ods": "a spreadsheet",
    ".numbers": "a spreadsheet", ".parquet": "a Parquet table", ".feather": "an Arrow table",
    ".arrow": "an Arrow table", ".avro": "an Avro file", ".orc": "an ORC table",
    ".docx": "a Word document", ".doc": "a Word document", ".odt": "a text document",
    ".rtf": "an RTF document", ".pdf": "a PDF document", ".epub": "an e-book",
    ".pptx": "a presentation", ".db": "a database", ".sqlite": "a database",
}


@dataclass(frozen=True)
class Reader:
    """One input format.

    ``sniff(head)`` says whether the first bytes (up to 64 KB) are this
    format; ``read(source, origin, max_bytes)`` yields the documents of a file
    (or of bytes: decompressed input) and applies ``max_bytes`` to each
    document it reads whole. A reader with ``by_content=False`` is chosen by
    its suffix only (any text looks like a CSV); one with ``table=True`` gets
    the ``TableOptions`` of the run as a fourth argument.
    """

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    read: ReadFunction
    by_content: bool = True
    table: bool = False


BUILTIN_READERS: tuple[Reader, ...] = (
    Reader("warc", (".warc", ".warc.gz", ".arc.gz"), warc.sniff_warc, warc.read_warc),
    Reader("feed", (".rss", ".atom", ".xml", ".rdf"), feed.sniff_feed, feed.read_feed),
    Reader("html", (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"),
           plain.sniff_html, plain.read_html),
    Reader("jsonl", (".jsonl", ".ndjson", ".jsonlines", ".json"), jsonl.sniff_json,
           jsonl.read_json_lines),
    Reader("csv", (".csv",), table.sniff_csv, table.read_csv, by_content=False, table=True),
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
        if reader is not fallback and reader.by_content and reader.sniff(head):
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


def unreadable(name: str) -> str | None:
    """Why a file called ``name`` is refused: a format no reader claims and text it is not."""
    if _by_suffix(name) is not None:
        return None
    suffix = Path(name).suffix.lower()
    kind = UNREADABLE.get(suffix)
    if kind is None:
        return None
    return (f"unsupported format ({suffix}: {kind}); convert it to text, HTML, CSV, "
            "JSON Lines, WARC or RSS first")


def run_reader(reader: Reader, source: Source, origin: str, max_bytes: int,
               options: TableOptions) -> Iterator[RawDocument | ReadFailure]:
    """``reader.read`` with the run's table options where the reader takes them."""
    if reader.table:
        return reader.read(source, origin, max_bytes, options)
    return reader.read(source, origin, max_bytes)
