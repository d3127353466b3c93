"""German criticism through a predicative (issue 12): "kritisierte X als nicht hilfreich",
"nannte X einen Fehler", "bezeichnete X als Propaganda".

The negation after "als" is the predicative's, not the verb's; a step called a mistake, an
affront or a scandal is criticism of the state that took it (PLOVER ACCUSE); accusations
called a lie are denied, no act. Hand-written sentences; exact (type, actors, recipients).
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(("text", "expected"), [
    # the negation belongs to the predicative: the criticism was made
    ("Der polnische Präsident hat die deutsche Regierung als nicht hilfreich kritisiert.",
     [("ACCUSE", "POL", "DEU")]),
    ("Die tschechische Außenministerin hat die Haltung Ungarns als nicht hinnehmbar kritisiert.",
     [("ACCUSE", "CZE", "HUN")]),
    # the verb's own negation still undoes the act
    ("Die tschechische Regierung hat die Haltung Ungarns nicht kritisiert.", []),
    # a step called a mistake, an affront, a scandal or propaganda
    ("Der slowakische Premier nannte die Entscheidung Österreichs einen schweren Fehler.",
     [("ACCUSE", "SVK", "AUT")]),
    ("Das Außenministerium in Ankara bezeichnete die Ausweisung des Botschafters durch die "
     "Niederlande als Affront.", [("ACCUSE", "TUR", "NLD")]),
    ("Das chinesische Außenministerium nannte die Erklärung der japanischen Regierung "
     "Propaganda.", [("ACCUSE", "CHN", "JPN")]),
    # accusations called a lie are denied: no act (as "unbegründet")
    ("Das Außenministerium in Budapest bezeichnete die Vorwürfe Brüssels als Lüge.", []),
])
def test_criticism_through_a_predicative(extractor: Extractor, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected
