"""Precision on German general news, session 19 (issue 12, branch gnadprec10): a fund's aim
that opens its sentence governs the main clause across an insertion set off by commas (gate
``purpose``), "meist" and "zumeist" tell a habit (gate ``generic``), and people who move for
themselves (refugees, migrants, tourists) are no state's travellers (gate ``private``).

The rules come from a hand reading of 40 events drawn from 10kGNAD (seed 1901,
/work/notes/gnad1901_reading.md); every sentence below is hand-written, none taken from the
articles. docs/events.md, "10kGNAD precision, session 19".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2026-04-14"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # the fund's aim opens the sentence: what it is for, across the insertion "wie etwa …"
    ("Mit dem Afrika-Fonds sollen die Nachbarländer Malis und andere Staaten der Region, "
     "wie etwa Niger, unterstützt werden.",
     []),
    # a habit: where the president mostly travels to, no journey of the report's days
    ("Seit dem Putsch reist der Präsident Guineas zumeist nur noch in Nachbarländer wie Mali.",
     []),
    ("Der Präsident Simbabwes reist meist nach China.",
     []),
    # refugees travel for themselves, no state's journey or planned visit
    ("Die Flüchtlinge reisen am Montag in ein anderes Land der EU weiter.",
     []),
])
def test_not_an_act(extractor: Extractor, text: str,
                    expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same insertion with a state as the subject: the act stays (its sides are another
    # area's; only that it is coded is tested here)
    ("Mit Nachdruck hat Deutschland Mali und andere Staaten der Region, wie etwa Niger, "
     "unterstützt.",
     "SUPPORT"),
    # one journey on one day stays
    ("Der Präsident Simbabwes reiste am Montag nach China.",
     "CONSULT"),
    # an official who travels on is a state's
    ("Die Kanzlerin reist am Montag in ein anderes Land der EU weiter.",
     "AGREE"),
])
def test_acts_stay(extractor: Extractor, text: str, expected: str) -> None:
    assert [row[0] for row in coded(extractor, text)] == [expected]
