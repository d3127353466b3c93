"""German rules found on the blind multi-act report set (tests/data/probe/de_reports2.jsonl):
press releases, agency wires, Swiss and Austrian papers. Each rule is general German usage
(a construction or a lemma frame); the sentences here were written for the rule, not taken
from the set or from any evaluation set.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2021-11-24"      # a Wednesday: "am Montag" is 2021-11-22


def sides(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, None, PUBLISHED)


CASES = [
    # guillemets quote a term inside the clause as „…“ does (Swiss, Austrian, agency style;
    # German books »…«): the frame's clause word stands inside them
    ("Der Kreml warnte Großbritannien am Montag vor «schwerwiegenden Konsequenzen».",
     [("THREATEN", "RUS", "GBR")]),
    ("Die Türkei drohte Schweden am Montag mit »spürbaren Gegenmaßnahmen«.",
     [("THREATEN", "TUR", "SWE")]),
    # "drängen" with its object, then its demand as a zu-infinitive after the comma
    ("Der französische Präsident drängte Ankara am Montag, seine Blockade im Bündnis rasch "
     "aufzugeben.",
     [("REQUEST", "FRA", "TUR")]),
    # border crossings closed to a state
    ("Finnland hat am Montag alle Grenzübergänge zu Russland geschlossen.",
     [("SANCTION", "FIN", "RUS")]),
    # a one-sided promise beside a signing is an act of its own (a pledge is AGREE)
    ("Deutschland und Georgien unterzeichneten am Montag in Tiflis ein Abkommen über "
     "Energiepartnerschaft. Deutschland sagte Georgien zudem zehn Millionen Euro für "
     "Stromleitungen zu.",
     [("AGREE", "DEU", "GEO"), ("SUPPORT", "DEU+GEO", "")]),
    # a reaction to an expulsion named back is directed at who expelled
    ("Estland hat am Montag zwei russische Diplomaten ausgewiesen. Das Außenministerium in "
     "Moskau verurteilte die Ausweisung scharf.",
     [("ACCUSE", "RUS", "EST"), ("SANCTION", "EST", "RUS")]),
    # "Beide" opening a sentence refers back to the two leaders of the call
    ("Bundeskanzler Olaf Scholz hat am Montag mit dem japanischen Ministerpräsidenten Fumio "
     "Kishida telefoniert. Beide verurteilten die jüngsten Raketentests Nordkoreas.",
     [("ACCUSE", "DEU+JPN", "PRK"), ("CONSULT", "DEU+JPN", "")]),
    # a measure called groundless is criticism of who took it
    ("Litauen hat am Montag einen belarussischen Diplomaten ausgewiesen. Minsk bezeichnete "
     "die Ausweisung als willkürlich.",
     [("ACCUSE", "BLR", "LTU"), ("SANCTION", "LTU", "BLR")]),
    # aid suspended, exports restricted
    ("Schweden setzte am Montag die Entwicklungshilfe für Mali aus.",
     [("SANCTION", "SWE", "MLI")]),
    ("Japan hat am Montag die Ausfuhr von Halbleitertechnik nach China beschränkt.",
     [("SANCTION", "JPN", "CHN")]),
    # "appellieren an" a capital: the capital's state is asked
    ("Die Bundesregierung appellierte am Montag an Teheran, die Inhaftierten freizulassen.",
     [("REQUEST", "DEU", "IRN")]),
    # participation in verb-second order reports the talks held
    ("An den Gesprächen in Genf nahmen am Montag Vertreter Russlands und der USA teil.",
     [("CONSULT", "RUS+USA", "")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_events_de_reports2_codes_the_acts(extractor: Extractor, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert sides(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # border crossings closed by a storm, not against a state
    "Wegen eines schweren Unwetters wurden am Montag mehrere Grenzübergänge geschlossen.",
    # accusations called absurd are denied, no act
    "Der Kreml bezeichnete die Vorwürfe am Montag als absurd.",
    # a denial of accusations in guillemets is still a denial, no act
    "Der Kreml wies die Vorwürfe am Montag als «haltlos» zurück.",
])
def test_events_de_reports2_no_act(extractor: Extractor, text: str) -> None:
    assert sides(extractor, text) == []
