"""Readiness, resolve or a decision whose infinitive names a hostile step, and weapons of
mass destruction (issue 12, PLOVER and CAMEO 13x, 163, 204):

- readiness to take a hostile step is a threat: "ist bereit, Gegenmaßnahmen zu ergreifen",
  «готова ввести санкции» (the German infinitive after the comma read through the frame
  key ``content``); readiness to cooperate stays AGREE, and a negated readiness or the
  readiness to lift sanctions is no act;
- a decision to impose sanctions is SANCTION ("beschloss, Sanktionen … zu verhängen",
  «решил ввести санкции»), a decision to lift them none;
- weapons of mass destruction used are ASSAULT; announced or readied, a threat;
- a German threat after a fronted condition ("Wenn X …, wird Y Gegenmaßnahmen ergreifen")
  takes its subject from the clause after the condition.

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

CASES = [
    ("Ungarn ist bereit, Vergeltungsmaßnahmen gegen die Slowakei zu ergreifen.",
     [("THREATEN", "HUN", "SVK")]),
    ("Polen zeigte sich entschlossen, neue Strafzölle gegen China zu verhängen.",
     [("THREATEN", "POL", "CHN")]),
    ("Ungarn ist nicht bereit, Sanktionen gegen Serbien zu verhängen.", []),
    ("Ungarn ist bereit, die Zusammenarbeit mit Serbien auszubauen.",
     [("AGREE", "HUN+SRB", "")]),
    ("Der Rat der EU beschloss am Montag, Sanktionen gegen Myanmar zu verhängen.",
     [("SANCTION", "EU", "MMR")]),
    ("Der Rat der EU beschloss am Montag, die Sanktionen gegen Myanmar aufzuheben.", []),
    ("Syrien setzte Giftgas gegen die Türkei ein.", [("ASSAULT", "SYR", "TUR")]),
    ("Nordkorea werde Atomwaffen gegen Südkorea einsetzen, sagte Kim.",
     [("THREATEN", "PRK", "KOR")]),
    ("North Korea is prepared to use nuclear weapons against South Korea, Kim said.",
     [("THREATEN", "PRK", "KOR")]),
    ("Syria used chemical weapons against Turkey in 2019.", [("ASSAULT", "SYR", "TUR")]),
    ("Egypt plans to use nuclear power for its industry.", []),
    ("КНДР применит ядерное оружие против Южной Кореи, заявил Ким Чен Ын.",
     [("THREATEN", "PRK", "KOR")]),
    ("Китай готов ввести пошлины против Австралии.", [("THREATEN", "CHN", "AUS")]),
    ("Канада решила ввести санкции против Ирана.", [("SANCTION", "CAN", "IRN")]),
    ("Канада решила снять санкции с Ирана.", []),
    # a German threat after a fronted condition: its verb-final clause after the comma holds
    # its subject, the condition's state is threatened
    ("Wenn Estland den Hafen sperrt, wird Finnland Gegenmaßnahmen ergreifen.",
     [("THREATEN", "FIN", "EST")]),
    ("Sollte Ungarn die Lieferungen stoppen, wird die EU neue Sanktionen verhängen.",
     [("THREATEN", "EU", "HUN")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hostile_readiness(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == expected
