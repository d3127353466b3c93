"""An observer's forecast of a hostile or demanding act tells no act (gate ``predicted``,
events/gates.py); a meeting expected is still the planned one, and an act done "as
expected" is done."""

from __future__ import annotations

import pytest

import communique


def _coded(text: str, language: str) -> list[tuple[str, str]]:
    record = communique.extract(text, published="2023-05-10", language=language)
    return [(e["event_type"], e["status"]) for e in record["events"]]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Iran is expected to condemn the decision of the IAEA board.", "en", []),
    ("The EU is likely to impose new sanctions on Belarus next week.", "en", []),
    ("Es wird erwartet, dass Russland die Entscheidung der Nato verurteilt.", "de", []),
    ("Die EU dürfte nächste Woche neue Sanktionen gegen Belarus verhängen.", "de", []),
    ("Ожидается, что Россия осудит решение НАТО.", "ru", []),
    # a meeting expected is a planned one
    ("Modi is expected to visit Moscow next month.", "en", [("AGREE", "planned")]),
    # done as expected: an act
    ("Wie erwartet hat Russland die Entscheidung der Nato verurteilt.", "de",
     [("ACCUSE", "occurred")]),
])
def test_a_forecast_of_a_hostile_act_is_no_act(text: str, language: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert _coded(text, language) == expected
