"""WARC reading: good records become documents, a broken one fails alone."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from communique.clean import prepare
from communique.document import RawDocument, ReadFailure
from communique.ingest import read_inputs

PAGE_ONE = ("<html><head><title>Lawrow telefonierte mit Gabriel</title></head><body>"
            "<nav><a href='/'>Startseite</a></nav><article><h1>Lawrow telefonierte mit Gabriel</h1>"
            "<p>Am 7. Februar fand auf Initiative der deutschen Seite ein Telefongespräch des "
            "Außenministers Russlands, Sergej Lawrow, mit dem Außenminister Deutschlands, Sigmar "
            "Gabriel, statt.</p><script>var t = 'SCRIPT';</script></article></body></html>")
PAGE_TWO = ("МОСКВА, 8 июня. /ТАСС/. Эксперты Совета безопасности обсудили вопросы научного "
            "обеспечения международной информационной безопасности.")


def _record(kind: str, record_id: str, uri: str, payload: bytes, content_type: str,
            broken: str | None = None) -> bytes:
    headers = [b"WARC/1.0", b"WARC-Type: " + kind.encode(),
               b"WARC-Record-ID: <" + record_id.encode() + b">",
               b"WARC-Date: 2024-04-26T10:00:00Z", b"WARC-Target-URI: " + uri.encode(),
               b"Content-Type: " + content_type.encode(),
               b"Content-Length: " + str(len(payload)).encode()]
    if broken == "version":
        headers[0] = b"WARX-1.0 garbage"
    if broken == "length":
        headers[-1] = b"Content-Length: twelve"
    return b"\r\n".join(headers) + b"\r\n\r\n" + payload + b"\r\n\r\n"


def _http(body: str, content_type: str = "text/html; charset=utf-8") -> bytes:
    encoded = body.encode("utf-8")
    return (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode()
            + b"\r\nContent-Length: " + str(len(encoded)).encode() + b"\r\n\r\n" + encoded)


def _records(broken: str) -> list[bytes]:
    return [
        _record("warcinfo", "urn:uuid:0", "", b"software: test\r\n", "application/warc-fields"),
        _record("response", "urn:uuid:1", "https://russische-botschaft.ru/de/2017/02/08/tel/",
                _http(PAGE_ONE), "application/http; msgtype=response"),
        _record("response", "urn:uuid:2", "https://tass.ru/politika/1", _http("<p>lost</p>"),
                "application/http; msgtype=response", broken=broken),
        _record("resource", "urn:uuid:3", "https://tass.ru/politika/14852885",
                PAGE_TWO.encode(), "text/plain; charset=utf-8"),
        _record("request", "urn:uuid:4", "https://tass.ru/", b"GET / HTTP/1.1\r\n\r\n",
                "application/http; msgtype=request"),
    ]


@pytest.mark.parametrize("broken", ["version", "length"])
@pytest.mark.parametrize("compressed", [False, True])
def test_ingest_warc_reads_good_records_around_a_broken_header(
        tmp_path: Path, broken: str, compressed: bool) -> None:
    records = _records(broken)
    if compressed:
        path = tmp_path / "crawl.warc.gz"
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path = tmp_path / "crawl.warc"
        path.write_bytes(b"".join(records))
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [(d.doc_id, d.url, d.content_type) for d in documents] == [
        ("urn:uuid:1", "https://russische-botschaft.ru/de/2017/02/08/tel/", "html"),
        ("urn:uuid:3", "https://tass.ru/politika/14852885", "text"),
    ]
    assert len(failures) == 1
    assert failures[0].origin.startswith(f"{path} record 3")
    expected = {"version": "broken WARC record: expected a 'WARC/1.x' version line, "
                           "found 'WARX-1.0 garbage'",
                "length": "broken WARC record: missing or invalid Content-Length: 'twelve'"}
    assert failures[0].reason == expected[broken]


def test_ingest_warc_documents_clean_without_scripts_and_without_crawl_date(
        tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(_records("version")))
    first, second = (prepare(i)[0] for i in read_inputs([str(path)])
                     if isinstance(i, RawDocument))
    assert "SCRIPT" not in first.text and "Startseite" not in first.text
    assert first.text.startswith("Lawrow telefonierte mit Gabriel\n")
    assert first.published is not None and first.published.date().isoformat() == "2017-02-08"
    assert first.source_name == "Embassy of Russia in Germany"
    assert (second.dateline, second.dateline_date, second.source_name) == ("МОСКВА", "8 июня",
                                                                          "TASS")
    assert second.published is None      # WARC-Date 2024-04-26 is the crawl, not the publication


def test_ingest_warc_reports_http_errors(tmp_path: Path) -> None:
    payload = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>missing</p>"
    path = tmp_path / "errors.warc"
    path.write_bytes(_record("response", "urn:uuid:9", "https://example.org/x", payload,
                             "application/http; msgtype=response"))
    (failure,) = list(read_inputs([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "HTTP status 404: no article in this record"


def test_ingest_warc_reports_an_undecodable_payload_and_reads_on(tmp_path: Path) -> None:
    bad = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
           b"not gzip at all")
    good = _http(PAGE_TWO, "text/plain; charset=utf-8")
    path = tmp_path / "encoding.warc"
    path.write_bytes(_record("response", "urn:uuid:a", "https://example.org/a", bad,
                             "application/http; msgtype=response")
                     + _record("response", "urn:uuid:b", "https://example.org/b", good,
                               "application/http; msgtype=response"))
    failure, document = list(read_inputs([str(path)]))
    assert isinstance(failure, ReadFailure) and isinstance(document, RawDocument)
    assert failure.reason.startswith("broken WARC record: the payload cannot be decoded")
    assert document.content == PAGE_TWO
