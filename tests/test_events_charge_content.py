"""What a state is charged with is no act of its own (issue 12, gate ``charge``).

"Aserbaidschan warf Armenien vor, die Waffenruhe gebrochen zu haben" is one accusation, not
an attack as well; nor is the reported clause before ", warf … vor". An act joined to the
charge by "und" after the charge's zu-infinitive stays. Hand-written sentences; exact
(type, actors, recipients)."""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kambodscha warf Thailand vor, die Waffenruhe gebrochen zu haben.",
     [("ACCUSE", "KHM", "THA")]),
    ("Kiew warf Minsk am Dienstag vor, Truppen an die Grenze verlegt zu haben.",
     [("ACCUSE", "UKR", "BLR")]),
    ("Thailand habe die Waffenruhe gebrochen, warf Kambodscha am Montag vor.",
     [("ACCUSE", "KHM", "THA")]),
    # the charge's infinitive before the second verb closes the charge: a new act
    ("Das Außenministerium in Tokio warf Peking vor, die Seegrenze zu verletzen, und "
     "forderte China auf, seine Schiffe abzuziehen.",
     [("ACCUSE", "JPN", "CHN"), ("REQUEST", "JPN", "CHN")]),
])
def test_charge_content(extractor: Extractor, text: str,
                        expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected
