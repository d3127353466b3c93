"""Voice and frames: who acts in a passive, and words that frame an act rather than name a topic."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Wie das Außenministerium in Moskau mitteilte, wurden zwei Mitarbeiter der deutschen "
     "Botschaft zu unerwünschten Personen erklärt.", "de",
     [("SANCTION", "expel", ["RUS"], ["DEU"])]),
    ("Wie das Außenministerium in Moskau mitteilte, wurde der deutsche Botschafter "
     "einbestellt.", "de", [("ACCUSE", None, ["RUS"], ["DEU"])]),
    ("The Chinese ambassador was summoned, the Foreign Ministry in Vilnius said.", "en",
     [("ACCUSE", None, ["LTU"], ["CHN"])]),
])
def test_events_voice_the_reporting_ministry_acts_in_an_agentless_passive(
        text: str, language: str, expected: list) -> None:
    record = communique.extract(text, published="2021-11-24", language=language)
    assert [(e["event_type"], e["mode"], [a["country"] for a in e["actors"]],
             [a["country"] for a in e["recipients"]]) for e in record["events"]] == expected


def test_events_voice_on_a_visit_is_a_frame_not_a_topic() -> None:
    record = communique.extract(
        "Chinese Vice Premier He Lifeng arrived in Islamabad on Sunday on a three-day official "
        "visit to Pakistan.", published="2023-07-30", language="en")
    assert [(e["event_type"], e["mode"], [a["country"] for a in e["actors"]],
             [a["country"] for a in e["recipients"]]) for e in record["events"]] == [
        ("CONSULT", "visit", ["CHN"], ["PAK"])]
