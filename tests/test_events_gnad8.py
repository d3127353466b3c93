"""German acts on real news, third 10kGNAD drawing (issue 12, branch gnad8).

The misses of the gnad gold set and of the blind set ``tests/data/probe/gnad8.jsonl`` (the
first 20 articles of a third drawing of 10kGNAD, annotated before the coder was run on them)
grouped by cause: the place an attack strikes named by a state adjective and a kind of place,
warplanes as a state's arms, a ministry or government named by its seat, a reported clause in
the Konjunktiv I before the verb of saying, a state adjective in a verb-final clause's object,
a state or its deed named a threat or a crime, "des Landes" and "das Land" for the state last
named, regret at a state's step, "Als Reaktion auf …" as an adverbial, and onward travel on a
tour. Every sentence below is hand-written, none taken from the articles; docs/events.md,
"German acts on real news (gnad8)".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2016-03-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # the place struck: a state adjective and a kind of place before a known city
    ("Russische Truppen griffen am Dienstag ein Dorf in der syrischen Provinz Idlib an.",
     [("ASSAULT", None, "RUS", "SYR", "occurred")]),
    # … or before a place the gazetteer does not know: the adjective names the state
    ("Die US-Luftwaffe hat am Freitag ein Depot in der libyschen Ortschaft Bani Walid "
     "angegriffen.", [("ASSAULT", None, "USA", "LBY", "occurred")]),
    # warplanes are a state's arms
    ("Türkische Kampfflugzeuge bombardierten am Sonntag Stellungen im Irak.",
     [("ASSAULT", None, "TUR", "IRQ", "occurred")]),
])
def test_attacks_and_their_targets(extractor: Extractor, text: str,
                                   expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Moskauer Außenministerium bestellte am Montag den polnischen Botschafter ein.",
     [("ACCUSE", None, "RUS", "POL", "occurred")]),
    ("Die Pekinger Regierung forderte Tokio am Montag auf, die Patrouillen einzustellen.",
     [("REQUEST", None, "CHN", "JPN", "occurred")]),
    ("Die Regierung in Kairo forderte Äthiopien am Montag auf, den Bau des Staudamms zu "
     "stoppen.", [("REQUEST", None, "EGY", "ETH", "occurred")]),
])
def test_organs_named_by_their_seat(extractor: Extractor, text: str,
                                    expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reported clause's party is acted on; the speaker follows the verb
    ("Japan solle seine Patrouillen einstellen, verlangte China am Montag.",
     [("REQUEST", None, "CHN", "JPN", "occurred")]),
    # an indicative clause before the comma shares its subject with the verb
    ("Polen wies die Vorwürfe zurück, kritisierte Russland aber scharf.",
     [("ACCUSE", None, "POL", "RUS", "occurred")]),
])
def test_reported_clause_before_the_verb(extractor: Extractor, text: str,
                                         expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der britische Verteidigungsminister hatte Russland am Montag als ernsthafte Bedrohung "
     "bezeichnet.", [("ACCUSE", None, "GBR", "RUS", "occurred")]),
    # "des Landes": the state that is the last subject named
    ("Der Iran hat am Montag einen Satelliten ins All geschossen. Die Führung des Landes warf "
     "Israel am Dienstag vor, Anschläge zu planen.",
     [("ACCUSE", None, "IRN", "ISR", "occurred")]),
    # "das Land" opening a sentence: the state last named as a subject
    ("Polen hat neue Panzer gekauft. Das Land warf Russland am Montag Spionage vor.",
     [("ACCUSE", None, "POL", "RUS", "occurred")]),
    # regret at another state's step is disapproval; regret at a death is sympathy
    ("Deutschland bedauerte die Entscheidung Russlands.",
     [("ACCUSE", None, "DEU", "RUS", "occurred")]),
    ("Die Regierung in Rom bedauerte den Tod der beiden Soldaten in Afghanistan.", []),
    # what an act answers is no party of it
    ("Als Reaktion auf ein Manöver Japans mit den USA hat China am Montag Südkorea kritisiert.",
     [("ACCUSE", None, "CHN", "KOR", "occurred")]),
    # onward travel on a tour is a visit ahead
    ("Der japanische Regierungschef fliegt am Donnerstag nach Indien weiter.",
     [("AGREE", None, "JPN", "IND", "planned")]),
])
def test_accusations_anaphors_and_travel(extractor: Extractor, text: str,
                                         expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb-final subordinate clause: its subject first, a state adjective after it an object
    ("Die Regierung erklärte, dass Deutschland die russischen Luftangriffe scharf verurteile.",
     [("ACCUSE", None, "DEU", "RUS", "occurred")]),
    ("Der Sprecher betonte, dass die USA den israelischen Siedlungsbau weiterhin als illegal "
     "betrachteten.", [("ACCUSE", None, "USA", "ISR", "occurred")]),
])
def test_verb_final_clause_objects(extractor: Extractor, text: str,
                                   expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
