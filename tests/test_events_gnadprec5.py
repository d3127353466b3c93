"""Journeys that are no visits between states (issue 12, 10kGNAD precision): the places a
German travel verb goes to ("nach Belgien", "in die Türkei", and the names coordinated with
them: "nach Ungarn, Rumänien und Polen") are hosts, never the traveller;
a journey whose traveller names no state, IGO or official ("sei er … gereist"), or whose
traveller is a body of no state ("ein Kommandeur der Miliz sei … eingetroffen"), codes no
CONSULT visit. A minister's journey stays. Hand-written sentences, none from an evaluation
set (``docs/events.md``, "Journeys of no state").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]


@pytest.mark.parametrize("text", [
    # a private person's travels: the places gone to are no visitor
    "Die Ermittler fanden heraus, dass der Mann in Lyon aufgewachsen war. Später sei er nach "
    "Italien, in die Schweiz und nach Spanien gereist.",
    "Die Frau hatte jahrelang in Hamburg gewohnt. Im Frühjahr sei sie in die Niederlande und "
    "nach Dänemark gereist, sagte ein Sprecher.",
    # names coordinated after the preposition are places gone to as well
    "Der Verdächtige wohnte zuletzt in Graz. Von dort sei er nach Ungarn, Rumänien, die "
    "Slowakei und Polen gereist, teilte die Staatsanwaltschaft mit.",
    # a militant's arrival: a body of no state as the traveller
    "Ein Kommandeur der Miliz sei aus dem Jemen kommend in Oman eingetroffen, hieß es am Montag.",
])
def test_journey_of_no_state_is_no_visit(sided: Callable[[str], list[Sided]],
                                         text: str) -> None:
    assert [e for e in sided(text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Der spanische Außenminister ist am Dienstag nach Rom gereist.",
     [("CONSULT", "ESP", "ITA")]),
    ("Am Mittwoch reiste der polnische Präsident in die Ukraine.",
     [("CONSULT", "POL", "UKR")]),
])
def test_state_journey_stays_a_visit(sided: Callable[[str], list[Sided]], text: str,
                                     expected: list[Sided]) -> None:
    assert sided(text) == expected
