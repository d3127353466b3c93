"""A private person's origin is no side (issue 12, branch gnadprec6): the state of a
person's citizenship or descent ("mit deutscher Staatsbürgerschaft und kroatischen Wurzeln"),
the place a traveller comes from ("aus der Türkei kommend"), the place of attackers or attacks
("den Attentätern von Brüssel"), and a trip that names only where it goes are no sides of an
act, and none of the report's main parties.

The blind set ``tests/data/probe/gnad6.jsonl`` (15 German general-news reports on courts,
arrests, extraditions, vigils and militants) was written before the coder was run on it;
every sentence below is hand-written, none taken from it; docs/events.md, "A private
person's origin is no side".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2016-02-10"


def coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # citizenship and descent of a private person: no side of the mourners' sympathy
    ("Linz – Nach der Messerattacke am Hauptbahnhof wurde der Täter festgenommen, ein "
     "32-Jähriger mit deutscher Staatsbürgerschaft und kroatischen Wurzeln. Am Abend "
     "drückten die Teilnehmer einer Mahnwache ihre Trauer und ihr Beileid aus.", []),
    # where a militant comes from is no visitor's state
    ("Kairo – Ein Kommandant des IS sei aus dem Sudan kommend in Ägypten eingetroffen.", []),
    # the city of the attackers is where the crime was done, not a state acted on
    ("Madrid – In Spanien ist ein Mann mit Verbindungen zu den Attentätern von Brüssel "
     "festgenommen worden, teilte das Innenministerium am Dienstag mit.", []),
    # the destinations of a suspect's trip are no pair of sides for a later act
    ("Rabat – In Marokko ist ein mutmaßlicher Islamist festgenommen worden. Wie das "
     "Innenministerium am Montag mitteilte, wurde der Mann bereits am 3. März in Agadir "
     "gefasst. Er sei mit einem Komplizen nach Syrien gekommen. Von dort aus sei er in die "
     "Türkei, nach Italien, Frankreich und Marokko gereist.", []),
    # a state's citizen arrested abroad, with his state taking up the case, stays coded
    ("Moskau – Russische Behörden haben am Montag einen deutschen Staatsbürger festgenommen. "
     "Das Auswärtige Amt forderte Russland auf, den Mann freizulassen.",
     [("COERCE", "arrest", "RUS", "DEU", "occurred"),
      ("REQUEST", None, "DEU", "RUS", "occurred")]),
    # a minister's trip, named with its traveller, is a visit still
    ("Wien – Außenminister Sebastian Kurz ist am Montag aus Brüssel kommend in Ankara "
     "eingetroffen.", [("CONSULT", "visit", "AUT", "TUR", "occurred")]),
])
def test_origins_are_no_sides(extractor: Extractor, text: str,
                              expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
