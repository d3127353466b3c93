"""Reading inputs: formats, sniffing, folders, globs, stdin and bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from communique.document import RawDocument, ReadFailure
from communique.ingest import read_inputs

DATA = Path(__file__).parent / "data" / "ingest"


def _read(*paths: str | Path, **kwargs: object) -> list[RawDocument | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def _only(items: list[RawDocument | ReadFailure]) -> RawDocument:
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def test_ingest_reads_plain_text_file() -> None:
    raw = _only(_read(DATA / "seed_belta_de.txt"))
    assert raw.content_type == "text"
    assert raw.content.startswith("Projekte\nStaatsorgane\nflag Freitag, 26 April 2024")
    assert raw.origin == str(DATA / "seed_belta_de.txt")
    assert raw.warnings == []


def test_ingest_reads_html_file_as_html() -> None:
    raw = _only(_read(DATA / "belta_page.html"))
    assert raw.content_type == "html"
    assert "<article>" in raw.content


def test_ingest_sniffs_html_behind_a_txt_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><p>Minsk hosted the talks.</p></body></html>")
    raw = _only(_read(path))
    assert raw.content_type == "html"
    assert raw.warnings == ["the suffix says text but the content is html; read as html"]


def test_ingest_sniffs_a_feed_without_suffix(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes((DATA / "mfa_news.rss").read_bytes())
    items = _read(path)
    assert [i.doc_id for i in items if isinstance(i, RawDocument)] == [
        "mid-news-1001", "mid-news-1002"]


def test_ingest_reads_rss_entries_with_link_date_title() -> None:
    first, second = _read(DATA / "mfa_news.rss")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.url == "https://www.mid.ru/en/foreign_policy/news/1001/"
    assert first.published == "Tue, 18 Dec 2018 16:20:00 +0300"
    assert first.language == "en"
    assert first.content_type == "html"
    assert "<title>Russian-Iranian consultations on international information security</title>" \
        in first.content
    assert "full content replaces" not in second.content      # content:encoded wins
    assert "never text" not in second.content                  # feedparser drops scripts
    assert first.origin.endswith("mfa_news.rss entry 1")


def test_ingest_reads_atom_entries_and_falls_back_to_updated() -> None:
    first, second = _read(DATA / "un_news.atom")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.doc_id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert first.published == "2019-12-27T19:30:00+01:00"
    assert first.content_type == "text"
    assert first.content.startswith("UN-Generalversammlung beschließt Ausschuss zu "
                                    "Cyberkriminalität\n\nNEW YORK, 27. Dezember (Reuters)")
    assert second.published == "2019-12-28T12:00:00+01:00"
    assert second.warnings == ["the entry has no published date: its updated date is used"]


def test_ingest_reads_json_lines_and_reports_bad_records() -> None:
    items = _read(DATA / "articles.jsonl")
    assert [type(i).__name__ for i in items] == [
        "RawDocument", "RawDocument", "RawDocument", "ReadFailure", "ReadFailure", "ReadFailure",
        "RawDocument"]
    first = items[0]
    assert isinstance(first, RawDocument)
    assert (first.doc_id, first.url, first.published, first.language) == (
        "tass-en-1342009", "https://tass.com/politics/1342009", "2021-09-24T10:15:00", "en")
    assert items[1].doc_id == "77" and items[1].content_type == "text"  # type: ignore[union-attr]
    assert items[2].content_type == "html"  # type: ignore[union-attr]
    reasons = [(i.origin.rsplit("/", 1)[-1], i.reason) for i in items if isinstance(i, ReadFailure)]
    assert reasons == [
        ("articles.jsonl:4", 'empty: the "text" field is blank'),
        ("articles.jsonl:5", 'no text: a record needs a "text", "content" or "html" field'),
        ("articles.jsonl:6", "invalid JSON: Expecting value: line 1 column 1 (char 0)"),
    ]
    last = items[6]
    assert isinstance(last, RawDocument) and last.source_name == "Beispielzeitung"
    assert last.content.startswith("Deutsch-französische Cyberkonsultationen\n\nDie Außenminister")


def test_ingest_reads_a_json_list_and_a_wrapped_listing(tmp_path: Path) -> None:
    listing = tmp_path / "listing.json"
    listing.write_text(json.dumps([{"id": "a", "text": "Erster Text."},
                                   {"id": "b", "text": "Zweiter Text."}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"items": [{"id": "c", "text": "Dritter Text."}]}, indent=2))
    ids = [i.doc_id for i in _read(listing, wrapped) if isinstance(i, RawDocument)]
    assert ids == ["a", "b", "c"]


def test_ingest_walks_folders_sorted_and_keeps_going_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Zweiter Bericht über die Konsultationen.")
    (tmp_path / "a.txt").write_text("Erster Bericht über die Konsultationen.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / ".hidden.txt").write_text("never read")
    items = _read(tmp_path)
    found = [(Path(i.origin).name, i.reason if isinstance(i, ReadFailure) else "ok")
             for i in items]
    assert found == [
        ("a.txt", "ok"),
        ("2.txt", "ok"),
        ("empty.txt", "empty file (0 bytes)"),
        ("photo.jpg", "binary content (JPEG image); convert it to text, HTML, CSV, "
                      "JSON Lines, WARC or RSS first"),
        ("scan.pdf", "binary content (PDF document); convert it to text, HTML, CSV, "
                     "JSON Lines, WARC or RSS first"),
    ]


def test_ingest_expands_globs_and_reports_missing_paths(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(f"Text {name}.")
    items = _read(tmp_path / "x*.txt", tmp_path / "missing.txt", tmp_path / "none*.txt")
    assert [Path(i.origin).name for i in items] == ["x1.txt", "x2.txt", "missing.txt",
                                                    "none*.txt"]
    assert [i.reason for i in items if isinstance(i, ReadFailure)] == [
        "no such file or folder", "no file matches this pattern"]


def test_ingest_reads_stdin() -> None:
    stdin = io.BytesIO(b'{"id": "s1", "text": "Lawrow traf Wang Yi in Peking."}\n')
    raw = _only(_read("-", stdin=stdin))
    assert (raw.doc_id, raw.origin) == ("s1", "<stdin>:1")


def test_ingest_recovers_invalid_utf8_with_replacement_and_warning(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("Die Außenminister trafen sich".encode() + b" \xff\xfe in Minsk.")
    raw = _only(_read(path))
    assert raw.content == "Die Außenminister trafen sich \ufffd\ufffd in Minsk."
    assert raw.warnings == ["invalid UTF-8 from byte 31: 2 bytes replaced by U+FFFD; "
                            "re-save the file as UTF-8 to keep them"]


def test_ingest_decodes_legacy_cyrillic_code_page(tmp_path: Path) -> None:
    text = "МИНСК, 7 июня. /БЕЛТА/. Государственный секретарь Совета безопасности встретился."
    path = tmp_path / "cp1251.txt"
    path.write_bytes(text.encode("cp1251"))
    raw = _only(_read(path))
    assert raw.content == text
    assert raw.warnings == ["not valid UTF-8: decoded as cp1251"]


def test_ingest_decodes_latin1_german(tmp_path: Path) -> None:
    text = "Außenminister Maas kündigte eine Reaktion an; die Gespräche würden fortgesetzt."
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    raw = _only(_read(path))
    assert raw.content == text
    assert raw.warnings == ["not valid UTF-8: decoded as cp1252"]


def test_ingest_truncates_a_50_mb_html_page_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    paragraph = b"<p>Die Delegationen berieten in Minsk ueber Informationssicherheit.</p>\n"
    with path.open("wb") as out:
        out.write(b"<html><body><article><h1>Sehr lange Seite</h1>\n")
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            out.write(paragraph)
        out.write(b"</article></body></html>")
    raw = _only(_read(path, max_bytes=2 * 1024 * 1024))
    assert raw.content_type == "html"
    assert len(raw.content.encode()) <= 2 * 1024 * 1024
    assert raw.content.endswith("</p>\n")                   # cut at a line end
    assert raw.warnings == ["truncated: the input is 50.0 MB, only the first 2.0 MB were read; "
                            "set COMMUNIQUE_INGEST_MAX_INPUT_MB to read more"]


def test_ingest_reads_gzipped_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "g1", "text": "Text eins."}\n'
                                   b'{"id": "g2", "text": "Text zwei."}\n'))
    assert [i.doc_id for i in _read(path) if isinstance(i, RawDocument)] == ["g1", "g2"]


def test_ingest_refuses_a_record_above_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n"
                    + json.dumps({"id": "small", "text": "klein"}) + "\n")
    items = _read(path, max_bytes=1024)
    assert isinstance(items[0], ReadFailure)
    assert items[0].reason == ("record too large: 5 KB, the limit is 1 KB; set "
                               "COMMUNIQUE_INGEST_MAX_INPUT_MB to read it")
    assert isinstance(items[1], RawDocument) and items[1].doc_id == "small"
