"""A state a policy is directed at is the policy's topic, not the target of the act that
judges the policy (topic cue ``polic(y|ies) towards`` / ``Politik gegenüber`` /
``политика в отношении`` in each language's event_cues.yaml)."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Lavrov criticised the US policy towards Ukraine.", "en",
     [("ACCUSE", ["Sergey Lavrov"], ["United States"])]),
    ("Lavrov criticised Washington's policy on Ukraine.", "en",
     [("ACCUSE", ["Sergey Lavrov"], ["United States"])]),
    ("Lawrow kritisierte Washingtons Politik gegenüber der Ukraine.", "de",
     [("ACCUSE", ["Sergey Lavrov"], ["United States"])]),
    ("Лавров раскритиковал американскую политику в отношении Украины.", "ru",
     [("ACCUSE", ["Sergey Lavrov"], ["United States"])]),
    # sanctions "в отношении" a state are directed at it: no policy word, no topic
    ("Лавров раскритиковал санкции США в отношении России.", "ru",
     [("ACCUSE", ["Sergey Lavrov"], ["United States"])]),
])
def test_the_state_a_policy_is_towards_is_no_target(text: str, language: str,
                                                      expected: list) -> None:
    record = communique.extract(text, language=language, published="2021-05-15")
    assert [(e["event_type"], [a["name"] for a in e["actors"]],
             [a["name"] for a in e["recipients"]]) for e in record["events"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is agreed on holds the place it concerns, not where the act took place
    ("Russland und die Türkei haben sich am Montag auf eine Waffenruhe in Aleppo geeinigt.",
     [("AGREE", None)]),
    ("Russland und die Türkei haben sich am Montag in Moskau auf eine Waffenruhe in Idlib "
     "geeinigt.", [("AGREE", "Moscow")]),
])
def test_the_place_of_what_is_agreed_on_is_no_place_of_the_act(text: str,
                                                               expected: list) -> None:
    record = communique.extract(text, language="de", published="2021-11-23")
    assert [(e["event_type"], (e["location"] or {}).get("name"))
            for e in record["events"]] == expected
