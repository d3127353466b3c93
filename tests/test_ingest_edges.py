"""Edges of ingest: deeply nested HTML, pages whose text is lost, re-runs, long documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.cli import main
from communique.document import Document
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
