"""English acts beyond meetings (issue 12; blind set tests/data/probe/en_general.jsonl).

Each group is one construction of English wire prose that the lemma frames of
``lang/en/events.yaml``, the regex triggers of ``lang/en/event_triggers.yaml`` or the cues of
``lang/en/event_cues.yaml`` now read; the sentences are written for the tests, not taken from
the blind set. Each asserts the exact (event_type, mode, actors, recipients, status) the whole
extractor codes, both ways where a neighbouring wording is no such act.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2024-05-08"

Coded = list[tuple[str | None, ...]]


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # troops that leave a country withdraw from it (CAMEO 0874, PLOVER RETREAT withdraw)
    ("The last US troops left Afghanistan on Monday.",
     [("RETREAT", "withdraw", "USA", "AFG", "occurred")]),
    # troops leaving for a country are sent there; ordered or planned to leave, none left
    ("Kenyan troops left for Haiti on Tuesday.", []),
    ("US troops will leave Iraq by the end of next year.", []),
    ("Mali's junta ordered French troops to leave the country.", []),
])
def test_troops_leaving(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state suspended from a body, aid halted (CAMEO 16x, PLOVER SANCTION)
    ("The Council of Europe suspended Russia from its committee of ministers.",
     [("SANCTION", None, "COE", "RUS", "occurred")]),
    ("Germany halted development aid to Niger after the coup.",
     [("SANCTION", None, "DEU", "NER", "occurred")]),
    ("The United States paused some aid programmes to Niger.",
     [("SANCTION", None, "USA", "NER", "occurred")]),
])
def test_suspension_and_aid_halted(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what another state gave or decided, welcomed, is praise (SUPPORT), not a host's welcome,
    # even when the subject is a minister
    ("Moldova's finance minister welcomed the payment from the European Union.",
     [("SUPPORT", None, "MDA", "EU", "occurred")]),
    ("Kazakhstan's foreign minister welcomed the release of the two journalists by Russia.",
     [("SUPPORT", None, "KAZ", "RUS", "occurred")]),
    # an official welcomed in person is hosted
    ("The Finnish president welcomed the Estonian prime minister in Helsinki.",
     [("CONSULT", "visit", "EST", "FIN", "occurred")]),
])
def test_welcomed_act(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # CAMEO 011 'decline comment' is no rejection
    ("The Chinese embassy declined to comment on the arrests.", []),
    ("Israel declined to comment on the report by Iran.", []),
])
def test_declined_to_comment(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that wants another to act asks it (CAMEO WANT with an addressee: REQUEST);
    # the act wanted is not done
    ("Washington wants Ankara to ratify Sweden's membership bid.",
     [("REQUEST", None, "USA", "SWE+TUR", "occurred")]),
    ("The European Union wanted Belarus to free all political prisoners.",
     [("REQUEST", None, "EU", "BLR", "occurred")]),
    ("Moscow wants Kyiv to withdraw its troops from Kursk, Lavrov said.",
     [("REQUEST", None, "RUS", "UKR", "occurred")]),
    # wanting to act oneself is an intention, no act
    ("Russia wants to expand its trade with India.", []),
])
def test_wants_another_to_act(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state adjective before a hostile act names its doer, the accused
    ("Poland condemned the Russian aggression against Ukraine.",
     [("ACCUSE", None, "POL", "RUS", "occurred")]),
    ("Lithuania blamed Russian hackers for the attack on its parliament.",
     [("ACCUSE", None, "LTU", "RUS", "occurred")]),
])
def test_adjective_before_hostile_act(extractor: Extractor, text: str,
                                      expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # consequences announced are a threat (CAMEO 138); sanctions imposed are SANCTION
    ("Britain said it would impose severe consequences on Iran.",
     [("THREATEN", None, "GBR", "IRN", "occurred")]),
    ("The European Union imposed sanctions on Iran.",
     [("SANCTION", None, "EU", "IRN", "occurred")]),
    # arms transfers that a sanction is about are no cooperation
    ("The European Union imposed sanctions on Iran over drone transfers to Russia.",
     [("SANCTION", None, "EU", "IRN", "occurred")]),
])
def test_consequences_and_transfers(extractor: Extractor, text: str,
                                    expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "fired on" as "fired at"; a minister fired is dismissed
    ("Indian troops fired on Pakistani posts along the Line of Control.",
     [("ASSAULT", None, "IND", "PAK", "occurred")]),
    ("Putin fired his defence minister on Monday.", []),
    # soldiers captured are detained (COERCE arrest)
    ("Russian forces captured three British mercenaries near Kharkiv.",
     [("COERCE", "arrest", "RUS", "GBR", "occurred")]),
    # a protest addressed to a named state is an official complaint (ACCUSE)
    ("Seoul protested to Tokyo over the textbook revisions.",
     [("ACCUSE", None, "KOR", "JPN", "occurred")]),
    ("Students protested to the Chinese embassy.", []),
])
def test_fired_on_captured_protested_to(extractor: Extractor, text: str,
                                        expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a passive auxiliary that hedges or orders an infinitive is not the act's: the subject acts
    ("Russia is believed to have attacked Ukrainian power plants.",
     [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("Poland was believed to have expelled two Russian diplomats on Monday.",
     [("SANCTION", "expel", "POL", "RUS", "occurred")]),
    # the passive itself keeps its agent as the actor
    ("Two Russian diplomats were expelled by Poland on Monday.",
     [("SANCTION", "expel", "POL", "RUS", "occurred")]),
])
def test_hedged_infinitive_is_active(extractor: Extractor, text: str, expected: Coded) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting gerund agreed on is the meeting agreed on, as the infinitive is
    ("Vietnam and Russia agreed on holding the next round of talks in Hanoi.",
     [("AGREE", None, "RUS+VNM", "", "planned")]),
    ("Vietnam and Russia agreed to hold the next round of talks in Hanoi.",
     [("AGREE", None, "RUS+VNM", "", "planned")]),
])
def test_meeting_gerund_agreed_on_is_planned(extractor: Extractor, text: str,
                                             expected: Coded) -> None:
    assert coded(extractor, text) == expected
