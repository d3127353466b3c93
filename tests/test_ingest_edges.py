"""Edges of ingest: deeply nested HTML, pages whose text is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.cli import main
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
