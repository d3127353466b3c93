"""``explain_sides --counts``: the fates of the candidates of acts found without their
sides, counted per language with no text and no codes (fit for a held-out set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.events.coder import EventCoder
from communique.extractor import Extractor
from communique.tools.explain_sides import fate_counts, main


def gold_file(tmp_path: Path) -> Path:
    """A meeting whose partner the text names by a title with no state (no side), and one
    whose sides are both named (no miss)."""
    docs = [
        {"doc_id": "c1", "language": "en", "published": "2023-03-14", "published_given": True,
         "text": "Sergey Lavrov met the deputy minister on Tuesday.",
         "events": [{"event_type": "CONSULT", "participants": ["RUS", "CHN"]}]},
        {"doc_id": "c2", "language": "en", "published": "2023-03-14", "published_given": True,
         "text": "Russia and China held talks in Beijing on Tuesday.",
         "events": [{"event_type": "CONSULT", "participants": ["RUS", "CHN"]}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_the_fates_of_no_sides_candidates_are_counted(extractor: Extractor,
                                                      tmp_path: Path) -> None:
    coder = extractor.pipeline.stages[-1]
    assert isinstance(coder, EventCoder)
    counts = fate_counts([gold_file(tmp_path)], extractor, coder)
    assert {language: dict(c) for language, c in counts.items()} == {
        "en": {"CONSULT: not codable: fewer than two sides": 1}}


def test_the_command_prints_counts_only(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--counts", str(gold_file(tmp_path))]) == 0
    assert capsys.readouterr().out == "en\n    1  CONSULT: not codable: fewer than two sides\n"


def test_a_fate_names_no_codes() -> None:
    from communique.gazetteer import Gazetteer
    from communique.tools.explain_sides import _without_codes

    places = Gazetteer.load()
    assert [_without_codes(v, places) for v in (
        "event CONSULT CSTO", "merged into AGREE BLR+RUS", "dropped when acts were merged",
        "not codable: fewer than two sides")] == [
        "event CONSULT, IGOs alone", "merged into AGREE, with states",
        "dropped when acts were merged", "not codable: fewer than two sides"]
