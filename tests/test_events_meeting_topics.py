"""A sentence that describes a meeting the report already told (issue 12): "During the
talks, the sides discussed …", «В ходе встречи стороны обсудили …", "Themen des Gesprächs
waren …". It is the same act as the meeting: it merges into it, and the states its topic
names are no sides. A second meeting of other sides told after it stays an event of its own.

Hand-written mini-reports in German, English and Russian, each with the exact list of
events (type, actor codes, recipient codes, number of evidence sentences).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

Coded = tuple[str, str, str, int]

BAERBOCK = ("Außenministerin Baerbock traf am Mittwoch in Berlin ihren polnischen Amtskollegen "
            "Radosław Sikorski. ")
SCHOLZ = ("Bundeskanzler Scholz empfing am Donnerstag den japanischen Ministerpräsidenten "
          "Kishida im Kanzleramt. ")
BLINKEN = ("Secretary of State Blinken met Indian External Affairs Minister Jaishankar in "
           "Washington on Tuesday. ")
LAVROV = ("Министр иностранных дел России Сергей Лавров провел во вторник в Москве переговоры "
          "с министром иностранных дел Турции Хаканом Фиданом. ")

CASES = [
    # a statement of topics: its states, however joined, are what the meeting was about
    (BAERBOCK + "Themen des Gesprächs waren die Annäherung Moldaus an die EU und "
                "die Energieversorgung Litauens.",
     [("CONSULT", "POL", "DEU", 2)]),
    (SCHOLZ + "Im Gespräch ging es auch um die Spannungen zwischen China und Taiwan.",
     [("CONSULT", "JPN", "DEU", 2)]),
    (BLINKEN + "The topics of the talks were Japan's defence budget and the ties "
               "between Nepal and Bhutan.",
     [("CONSULT", "IND", "USA", 1)]),
    (LAVROV + "Темой переговоров стали отношения между Сербией и Косово.",
     [("CONSULT", "TUR", "RUS", 1)]),
    (LAVROV + "Речь шла также об отношениях между Арменией и Азербайджаном.",
     [("CONSULT", "TUR", "RUS", 1)]),
    # "the sides" after the meeting noun of a phrase of time are the subject of the verb
    (SCHOLZ + "Bei dem Treffen besprachen beide Seiten die Beziehungen zwischen Nordkorea "
              "und Russland.",
     [("CONSULT", "JPN", "DEU", 2)]),
    (BLINKEN + "During the meeting, the sides discussed the conflict between Israel and Lebanon.",
     [("CONSULT", "IND", "USA", 2)]),
    (LAVROV + "В ходе встречи стороны обсудили отношения между Израилем и Ираном.",
     [("CONSULT", "TUR", "RUS", 2)]),
    # controls: another meeting, of other sides, on another day
    (BAERBOCK + "Am Donnerstag traf Baerbock dann den litauischen Außenminister in Vilnius.",
     [("CONSULT", "POL", "DEU", 1), ("CONSULT", "DEU", "LTU", 1)]),
    (BLINKEN + "On Wednesday, Blinken met the foreign minister of Brazil.",
     [("CONSULT", "IND", "USA", 1), ("CONSULT", "BRA", "USA", 1)]),
    (LAVROV + "В среду Лавров встретился с министром иностранных дел Египта.",
     [("CONSULT", "TUR", "RUS", 1), ("CONSULT", "EGY", "RUS", 1)]),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def events_of(extractor: Extractor, text: str) -> list[Coded]:
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2024-05-14")])))
    return [(e.event_type, "+".join(sorted({a.code for a in e.actors if a.code})),
             "+".join(sorted({a.code for a in e.recipients if a.code})), len(e.evidence))
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meeting_described_again(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert events_of(extractor, text) == expected
