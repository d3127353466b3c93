"""A threat told by litotes (issue 12): "does not rule out a military response", «не
исключает ответных мер» threaten what they name (PLOVER THREATEN); the negation they hold
cancels nothing (`litotes: true` on the entry), while "did not rule out that …" and «не
исключает, что …» are a possibility, and a negated act stays no act, also where German puts
the negation before the particle that closes the verb ("wies … nicht aus").

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

CASES = [
    ("Turkey does not rule out a military response to Syria, the defence minister said.",
     [("THREATEN", "TUR", "SYR")]),
    ("The United Kingdom doesn't exclude new sanctions against Iran.",
     [("THREATEN", "GBR", "IRN")]),
    ("Officials in Ankara did not rule out that the talks with Greece could resume.", []),
    ("The foreign ministers of Peru and Chile did not meet in Lima.", []),
    ("Die Türkei schließt einen Militärschlag gegen Syrien nicht aus, sagte der Minister.",
     [("THREATEN", "TUR", "SYR")]),
    # the step answered as the subject: its maker is threatened, the speaker threatens
    ("Such steps by Lithuania will not go unanswered, Belarusian Foreign Ministry spokesman "
     "Anatoly Glaz said.", [("THREATEN", "BLR", "LTU")]),
    ("Solche Schritte Lettlands werden nicht unbeantwortet bleiben, sagte die Sprecherin des "
     "russischen Außenministeriums, Maria Sacharowa.", [("THREATEN", "RUS", "LVA")]),
    ("The letter from the Lithuanian embassy remained unanswered.", []),
    # what looms over a state ("droht dem Bankensystem der Kollaps") is no threat of a state
    ("Deutschland hat Griechenland neue Hilfen verweigert. Ohne weitere Finanzhilfen droht dem "
     "griechischen Bankensystem der Kollaps.", [("REJECT", "DEU", "GRC")]),
    # a negation before the particle that closes the verb's bracket negates the act
    ("Ungarn wies die russischen Diplomaten nicht aus.", []),
    ("Ungarn wies zwei russische Diplomaten aus.", [("SANCTION", "HUN", "RUS")]),
    ("Белоруссия не исключает ответных мер в отношении Литвы, заявили в МИД.",
     [("THREATEN", "BLR", "LTU")]),
    ("Великобритания не исключает новых санкций против Ирана.", [("THREATEN", "GBR", "IRN")]),
    ("В МИД не исключают, что Литва введет новые ограничения против Белоруссии.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_litotes(sided: Callable[[str], list[Sided]], text: str,
                 expected: list[Sided]) -> None:
    assert sided(text) == expected
