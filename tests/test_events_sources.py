"""Where the news comes from is no side of the act it reports: a state or body an attribution
names ("nach Angaben Südkoreas", "according to South Korea's Joint Chiefs of Staff", «по
данным … Южной Кореи»), what is said after a meeting noun
("Bei seinem Besuch in Belgrad stellte … klar: …", participants._in_speech_after), and the
place of a newspaper's dateline after its teaser ("Außenminister verlängern Sanktionen.
Luxemburg – Die EU …")
(events/participants.is_report_source, events/attributes.dateline_end). Sentences written
for these tests from the construction, none from a gold set; each with its exact coded
events (type, actors, recipients).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import Sided

CASES = [
    # a missile test names no target: the reporting states are sources, so no act is coded
    ("Nordkorea hat nach Angaben Südkoreas erneut eine Kurzstreckenrakete ins Meer "
     "abgefeuert.", []),
    ("North Korea fired a ballistic missile into the sea on Sunday, according to South "
     "Korea's Joint Chiefs of Staff.", []),
    ("КНДР запустила баллистическую ракету в сторону Японского моря, по данным "
     "Объединенного комитета начальников штабов Южной Кореи.", []),
    # the attribution's phrase ends at its noun: a party after a verb or a coded body is
    # the act's own
    ("Laut Diplomaten hat China den japanischen Botschafter einbestellt.",
     [("ACCUSE", "CHN", "JPN")]),
    ("Nach Angaben der Polizei griff Russland in der Nacht Kiew an.",
     [("ASSAULT", "RUS", "UKR")]),
    ("Die Bundesregierung hat nach eigenen Angaben den russischen Botschafter einbestellt.",
     [("ACCUSE", "DEU", "RUS")]),
    ("According to South Korea's military, North Korea fired two missiles at Japan.",
     [("ASSAULT", "PRK", "JPN")]),
    # what is said after a meeting noun names no side of the meeting
    ("Bei seinem Besuch in Belgrad stellte der ungarische Außenminister am Montag klar, dass "
     "Kroatien seine Blockade aufgeben müsse.", [("CONSULT", "HUN", "SRB")]),
    # a topic opened in the reported clause ("zur Sorge") ends where the attribution opens:
    # the speaker at the conference takes part in it
    ("Die Gefahr wachse zur Sorge vieler Staaten weiter, sagte Außenminister Sergej Lawrow am "
     "Dienstag bei einer UN-Konferenz in Genf.", [("CONSULT", "RUS+UN", "")]),
    # a state after a city and a comma is where the city lies only if it does: here it is the
    # subject of the clause after a fronted phrase
    ("During his visit to Hanoi, Japan said the two countries would deepen their ties.",
     [("CONSULT", "JPN", "VNM")]),
    ("The talks took place in Ashgabat, Turkmenistan, on Monday between Russia and Iran.",
     [("CONSULT", "IRN+RUS", "")]),
    # the dateline after a newspaper's teaser: the place the report was filed from
    ("Außenminister verlängern Sanktionen. Luxemburg – Die EU hat die Sanktionen gegen "
     "Russland um sechs Monate verlängert.", [("SANCTION", "EU", "RUS")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_report_source_is_no_side(sided: Callable[[str], list[Sided]], text: str,
                                  expected: list[Sided]) -> None:
    assert sided(text) == expected
