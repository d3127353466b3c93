"""Edges of ingest: deep HTML, lost text, re-runs, budgets, gzip bombs, feed entities."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from communique.clean import prepare
from communique.clean.language import language_label
from communique.cli import main
from communique.document import Document, RawDocument, ReadFailure
from communique.ingest import read_inputs
from communique.pipeline import Pipeline
from communique.store import open_store

SENTENCE = ("MOSCOW, September 24. Russian and ASEAN delegations discussed cybersecurity "
            "cooperation during the first meeting of the ASEAN-Russia Dialogue.")


def _deep_page(levels: int) -> str:
    body = "<div>" * levels + f"<p>{SENTENCE}</p>" + "</div>" * levels
    return f"<html><head><title>Deep page</title></head><body>{body}</body></html>"


def test_deeply_nested_html_keeps_its_text_and_a_page_without_text_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "deep.html").write_text(_deep_page(10_000), encoding="utf-8")
    (folder / "title-only.html").write_text(
        "<!DOCTYPE html><html><head><title>Only a title</title></head>"
        "<body><div><script>var x = 1;</script></div></body></html>", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    assert main(["ingest", str(folder), "--db", db, "-q"]) == 1
    out, err = capsys.readouterr()
    assert f"  {folder / 'title-only.html'}: [E002] the HTML holds no text (only markup, " \
           "scripts or styles)" in out.splitlines()
    assert err == ""
    with open_store(db, create=False) as store:
        (summary,) = store.document_summaries()
        stored = store.get_document(summary.doc_id)
    assert stored is not None
    assert stored.text == f"Deep page\n\n{SENTENCE}"
    assert stored.warnings == ["the HTML is nested too deeply for the parser (more than 256 "
                               "levels); its text was read without the page structure"]


def test_a_rerun_of_a_finished_ingest_extracts_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "three.jsonl"
    lines = Path("examples/dev-corpus.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extracted: list[str] = []
    run_stages = Pipeline.__call__

    def counting(self: Pipeline, docs: list[Document]) -> list[Document]:
        extracted.extend(doc.doc_id for doc in docs)
        return run_stages(self, docs)

    monkeypatch.setattr(Pipeline, "__call__", counting)
    db = str(tmp_path / "kb.db")
    assert main(["ingest", str(corpus), "--db", db, "-q"]) == 0
    assert extracted == ["seed-belta-de", "seed-russia-asean-de", "de-001"]
    capsys.readouterr()
    assert main(["ingest", str(corpus), "--db", db, "-q", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert extracted == ["seed-belta-de", "seed-russia-asean-de", "de-001"]
    assert (summary["read"], summary["stored"], summary["skipped_as_duplicate"]) == (3, 0, 3)
    assert [d["stored_doc_id"] for d in summary["duplicates"]] == extracted


_PARAGRAPH = ("Am {i}. Verhandlungstag berieten die Delegationen aus Berlin und Moskau in Genf "
              "über die Zusammenarbeit im Bereich der Informationssicherheit, teilte das "
              "Auswärtige Amt mit.")


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(_PARAGRAPH.format(i=i) for i in range(1, paragraphs + 1))


def test_a_text_over_its_character_budget_is_cut_at_a_paragraph() -> None:
    (doc,) = prepare(RawDocument(_long_text(20), doc_id="long"), max_chars=1000)
    assert doc.text == _long_text(5)
    assert doc.warnings == ["cut: the text has 3,469 characters, only the first 863 were "
                            "processed (setting ingest.max_document_chars = 1,000)"]


def test_a_document_over_its_time_budget_fails_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mixed.jsonl"
    records = [{"doc_id": "short-1", "text": SENTENCE},
               {"doc_id": "long-1", "text": _long_text(1200)},
               {"doc_id": "short-2", "text": _PARAGRAPH.format(i=3)}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    # 209,915 characters: cut to the default 200,000, still a batch of its own (>= 160,000).
    # Half a second: the cut text takes about 2 s on a quiet machine (10 ms/KB,
    # docs/performance.md), a short one a few hundredths, so neither side is near the line.
    monkeypatch.setenv("COMMUNIQUE_INGEST_MAX_DOCUMENT_SECONDS", "0.5")
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "kb.db"), "-q", "--json"]) == 1
    summary = json.loads(capsys.readouterr().out)
    assert summary["stored_documents"] == ["short-1", "short-2"]
    assert summary["failures"] == [
        {"origin": f"{corpus}:2", "doc_id": "long-1", "stage": "budget",
         "reason": "not processed within 0.5 s (199,883 characters; setting "
                   "ingest.max_document_seconds)"}]


def test_a_gzip_bomb_is_refused_with_the_limit_it_passed(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * 3000))
    (failure,) = read_inputs([str(bomb)], max_bytes=2048)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == ("unpacked file too large: more than 2 KB, the limit; set "
                              "COMMUNIQUE_INGEST_MAX_INPUT_MB to read it")


def test_feed_text_without_markup_has_its_entities_resolved(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item>'
        "<title>Talks</title><link>https://example.org/1</link><description>Russia &amp;amp; "
        "ASEAN held talks in Moscow.</description></item></channel></rss>", encoding="utf-8")
    (item,) = read_inputs([str(feed)])
    assert isinstance(item, RawDocument)
    assert (item.content, item.content_type) == (
        "Talks\n\nRussia & ASEAN held talks in Moscow.", "text")


def test_a_language_nobody_identified_is_named_so() -> None:
    assert language_label(None) == "unknown (none was given or identified)"
    assert language_label("fr") == "'fr'"
