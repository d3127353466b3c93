"""One text policy for both back-ends: control characters are removed at ingest, with a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.clean.control import without_controls
from communique.cli import main
from communique.document import RawDocument
from communique.store import open_store

TEXT = ("MOSCOW, September 24. Russian and ASEAN delegations\x00 discussed cybersecurity "
        "cooperation\x07 during the first meeting of the ASEAN-Russia Dialogue held by "
        "videoconference,\tthe Russian Foreign Ministry said on Friday.\r\n")


def test_control_characters_are_removed_but_tab_and_line_ends_kept() -> None:
    raw = RawDocument(TEXT, source_name="TASS\x00", warnings=["given"])
    cleaned = without_controls(raw)
    assert cleaned.content == TEXT.replace("\x00", "").replace("\x07", "")
    assert cleaned.source_name == "TASS"
    assert cleaned.warnings == ["given", "control characters (NUL and the like) removed: "
                                         "2 from the text, 1 from source_name"]
    assert without_controls(RawDocument("plain\ttext\n")).warnings == []


def test_a_document_with_nul_bytes_is_stored_alike_by_both_back_ends(
        store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "nul.jsonl"
    record = {"doc_id": "nul-1", "text": TEXT, "source_name": "TASS\x00"}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "\\u0000" in corpus.read_text(encoding="utf-8")
    assert main(["ingest", str(corpus), "--db", store_url, "-q"]) == 0
    with open_store(store_url, create=False) as store:
        stored = store.get_document("nul-1")
    assert stored is not None
    assert stored.text == ("MOSCOW, September 24. Russian and ASEAN delegations discussed "
                           "cybersecurity cooperation during the first meeting of the "
                           "ASEAN-Russia Dialogue held by videoconference,\tthe Russian "
                           "Foreign Ministry said on Friday.")
    assert stored.source_name == "TASS"
    assert "control characters (NUL and the like) removed: 2 from the text, " \
           "1 from source_name" in stored.warnings
