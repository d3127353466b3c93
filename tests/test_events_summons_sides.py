"""Summonses told in inverted German clauses, and acts of one direction and day (issue 12).

"Am Freitag hatte das Moskauer Außenministerium … einbestellt": the organ named by its
seat's adjective is the subject after the auxiliary of an adverbial prefield. A summons of
each side's envoy by the other is two acts (spec 3); an ambassador's accusation and his
ministry's summons the same day, both at the same state, are one, whoever the officials.
Hand-written sentences; exact (type, actors, recipients).
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-18"     # a Saturday: "am Freitag" is 2024-05-17


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Freitag hatte das Pekinger Außenministerium den japanischen Botschafter einbestellt.",
     [("ACCUSE", "CHN", "JPN")]),
    ("Am Freitag hat das Wiener Außenministerium den iranischen Botschafter einbestellt.",
     [("ACCUSE", "AUT", "IRN")]),
    # each side summons the other's envoy: two acts, each its own way
    ("Das lettische Außenministerium hat am Freitag den russischen Geschäftsträger "
     "einbestellt. Am Freitag hatte das Moskauer Außenministerium den lettischen Botschafter "
     "einbestellt.",
     [("ACCUSE", "LVA", "RUS"), ("ACCUSE", "RUS", "LVA")]),
    # the ambassador's charge and his ministry's summons of the same day: one act
    ("Der russische Botschafter Michail Ulanow warf Lettland am Freitag im Fernsehen vor, die "
     "Kontakte einzufrieren. Am Freitag hatte das Moskauer Außenministerium den lettischen "
     "Botschafter Maris Riekstins einbestellt.",
     [("ACCUSE", "RUS", "LVA")]),
])
def test_summons_sides(extractor: Extractor, text: str,
                       expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected
