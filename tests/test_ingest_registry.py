"""Reader choice: suffix first, content decides; new readers plug in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.document import RawDocument, ReadFailure
from communique.ingest import Reader, read_inputs, registry


@pytest.mark.parametrize(("name", "head", "reader", "warned"), [
    ("a.warc", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc", False),
    ("a.xml", b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed", False),
    ("a.atom", b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed", False),
    ("a.html", b"<!DOCTYPE html><html><head>", "html", False),
    ("a.jsonl", b'{"text": "x"}\n', "jsonl", False),
    ("a.txt", b"MINSK, 23. November (BelTA) - Am 23. November", "text", False),
    ("a.txt", b"<html><body><p>x</p></body></html>", "html", True),
    ("a.html", b"Nur Text, kein Markup.", "text", True),
    ("download", b'[{"id": 1, "text": "x"}]', "jsonl", False),
    ("download", b"Plain words.", "text", False),
])
def test_ingest_registry_chooses_by_suffix_and_content(name: str, head: bytes, reader: str,
                                                       warned: bool) -> None:
    chosen, warning = registry.choose(name, head)
    assert chosen.name == reader
    assert (warning is not None) == warned


def test_ingest_registry_takes_a_registered_reader(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    def read_tsv(source: Path | bytes, origin: str,
                 max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
        data = source if isinstance(source, bytes) else source.read_bytes()
        for number, line in enumerate(data.decode().splitlines(), start=1):
            doc_id, text = line.split("\t")
            yield RawDocument(text, doc_id=doc_id, origin=f"{origin}:{number}")

    monkeypatch.setattr(registry, "_registered", [])
    registry.register(Reader("tsv", (".tsv",), lambda head: b"\t" in head[:200], read_tsv))
    path = tmp_path / "docs.tsv"
    path.write_text("d1\tErster Bericht.\nd2\tZweiter Bericht.\n")
    assert [i.doc_id for i in read_inputs([str(path)]) if isinstance(i, RawDocument)] == [
        "d1", "d2"]


def test_ingest_registry_isolates_a_failing_reader(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    def broken(source: Path | bytes, origin: str,
               max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
        raise ValueError("cannot parse row 3")
        yield  # pragma: no cover

    monkeypatch.setattr(registry, "_registered", [])
    registry.register(Reader("bad", (".bad",), lambda head: head.startswith(b"BAD"), broken))
    (tmp_path / "x.bad").write_text("BAD rows")
    (tmp_path / "y.txt").write_text("Ein guter Text.")
    items = list(read_inputs([str(tmp_path)]))
    assert [(type(i).__name__, getattr(i, "reason", "")) for i in items] == [
        ("ReadFailure", "bad reader failed: ValueError: cannot parse row 3"),
        ("RawDocument", ""),
    ]
