"""English acts in readouts and wires, second round (issue 12; blind set
tests/data/probe/en_acts2.jsonl).

Each group is one construction of readout and wire prose: less common wordings of a
meeting, commitments to go on cooperating, meetings looked forward to, a meeting that only
dates another act, and acts that are the content of another (access an agreement grants,
aid one's efforts aim at). The sentences are written for these tests, none from the blind
set; each asserts the exact (event_type, mode, actors, recipients, status) the whole
extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2024-05-08"
MEETING = ("Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta "
           "on Tuesday. ")


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # a working meal and a roundtable are meetings of those who hold them
    ("Chancellor Olaf Scholz held a working dinner with Italian Prime Minister Giorgia Meloni "
     "in Berlin on Monday.", [('CONSULT', 'visit', 'ITA', 'DEU', 'occurred')]),
    ("Australian Foreign Minister Penny Wong and Chinese Foreign Minister Wang Yi held a "
     "roundtable on Friday.", [('CONSULT', None, 'AUS+CHN', '', 'occurred')]),
    # "sat down with" a foreign leader is a meeting; with reporters it is none
    ("Prime Minister Anthony Albanese sat down with Chinese Premier Li Qiang in Canberra on "
     "Monday.", [('CONSULT', 'visit', 'CHN', 'AUS', 'occurred')]),
    ("Chancellor Scholz sat down with reporters in Berlin on Monday.", []),
])
def test_meeting_wordings(extractor: Extractor, text: str,
                          expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a commitment to go on cooperating, in the future tense, is AGREE (CAMEO 030)
    ("Egypt and Qatar will continue to work together to secure a ceasefire.",
     [('AGREE', None, 'EGY+QAT', '', 'occurred')]),
    (MEETING + "The two ministers will stay in close contact.",
     [('AGREE', None, 'AUS+IDN', '', 'occurred'), ('CONSULT', 'visit', 'AUS', 'IDN', 'occurred')]),
    # work and stay alone are no act
    ("Egypt and Qatar work on a ceasefire text.", []),
])
def test_continued_cooperation(extractor: Extractor, text: str,
                               expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting looked forward to is planned (spec section 3: a future meeting is AGREE
    # planned, never a CONSULT)
    ("The Brazilian president said he looks forward to meeting Chinese President Xi Jinping "
     "in Beijing.", [('AGREE', None, 'BRA+CHN', '', 'planned')]),
    (MEETING + "Wong said she looked forward to welcoming Marsudi to Canberra.",
     [('AGREE', None, 'AUS', 'IDN', 'planned'), ('CONSULT', 'visit', 'AUS', 'IDN', 'occurred')]),
])
def test_meeting_looked_forward_to(extractor: Extractor, text: str,
                                   expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting after "ahead of" dates the act: no planned meeting, and its IGO is no side
    (MEETING + "They committed to coordinating closely ahead of the G20 summit in Rio.",
     [('AGREE', None, 'AUS+IDN', '', 'occurred'), ('CONSULT', 'visit', 'AUS', 'IDN', 'occurred')]),
    (MEETING + "They pledged to align their positions on the eve of the ASEAN summit.",
     [('AGREE', None, 'AUS+IDN', '', 'occurred'), ('CONSULT', 'visit', 'AUS', 'IDN', 'occurred')]),
    # a meeting agreed on stays planned
    (MEETING + "They agreed to meet again before the end of the year.",
     [('AGREE', None, 'AUS+IDN', '', 'planned'), ('CONSULT', 'visit', 'AUS', 'IDN', 'occurred')]),
])
def test_meeting_that_dates_an_act(extractor: Extractor, text: str,
                                   expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # access an agreement grants is its content: the signing is the act
    ("India and Australia signed a logistics agreement permitting access to each other's "
     "military bases.", [('SUPPORT', None, 'AUS+IND', '', 'occurred')]),
    # aid one's efforts aim at is not delivered
    ("Qatar stepped up its efforts to deliver food aid to Gaza and Sudan.", []),
    ("Qatar delivered food aid to Sudan.", [('AID', None, 'QAT', 'SDN', 'occurred')]),
])
def test_content_of_another_act(extractor: Extractor, text: str,
                                expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a commitment to a standing position of the world order states a view, no act
    ("Japan and India reaffirmed their commitment to the rules-based international order.", []),
    ("Egypt and Jordan reaffirmed their commitment to a two-state solution.", []),
    # a commitment to a joint undertaking stays AGREE
    ("Kenya and Ethiopia reaffirmed their commitment to the peace process in South Sudan.",
     [('AGREE', None, 'ETH+KEN', '', 'occurred')]),
])
def test_commitment_to_a_position(extractor: Extractor, text: str,
                                  expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cooperation agreed or intended is that agreement's content, no COOPERATE beside it
    ("Brazil and Argentina agreed to cooperate closely on nuclear safety.",
     [('AGREE', None, 'ARG+BRA', '', 'occurred')]),
    ("Brazil and Argentina expressed their desire to collaborate in space.",
     [('AGREE', None, 'ARG+BRA', '', 'occurred')]),
    ("Brazil and Argentina cooperated on the rescue of the crew.",
     [('COOPERATE', None, 'ARG+BRA', '', 'occurred')]),
    # a signing after "of" or "for" is a topic; a signing witnessed, or an exchange of
    # agreements witnessed, is the act
    ("Brazil and Argentina discussed the possibility of signing a defence pact.",
     [('CONSULT', None, 'ARG+BRA', '', 'occurred')]),
    ("Presidents Lula and Milei witnessed the exchange of four agreements in Brasilia, Brazil "
     "and Argentina said.", [('SUPPORT', None, 'ARG+BRA', '', 'occurred')]),
    # a meeting the sides agreed their officials would hold is planned
    ("Brazil and Argentina agreed that their officials would meet in Buenos Aires.",
     [('AGREE', None, 'ARG+BRA', '', 'planned')]),
])
def test_agreed_content(extractor: Extractor, text: str,
                        expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the month March is no protest march
    ("The fourth Brazil-Argentina Strategic Dialogue was held in Brasilia on 14 March.",
     [('CONSULT', 'visit', 'ARG', 'BRA', 'occurred')]),
])
def test_month_is_no_march(extractor: Extractor, text: str,
                           expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
