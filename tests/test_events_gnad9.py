"""German acts on real news, fourth 10kGNAD drawing (issue 12, branch gnad9).

The trigger misses of the blind set ``tests/data/probe/gnad9.jsonl`` (the first 25 articles of a
fourth drawing of 10kGNAD, annotated before the coder was run on them) grouped by cause: readiness
in the joined participle "bereiterklärt", a request granted ("kam der Bitte … nach", "folgte dem
Wunsch …", a decision to grant it), a promise in the litotes "nicht im Stich lassen" (a frame's
``also_with``), praise given as a noun, concern as a predicate
("sei besorgt über …") and a threat put forward ("stellte die Drohung … in den Raum"). Every
sentence below is hand-written, none taken from the articles; docs/events.md, "German acts on
real news (gnad9)".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2016-03-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # readiness in the joined participle, as "erklärte sich bereit"
    ("Der russische Präsident hat sich bereiterklärt, mit Frankreich in Syrien zu kooperieren.",
     [("AGREE", None, "RUS", "FRA", "occurred")]),
    # a hostile step declared is a threat, no offer
    ("Ungarn hat sich bereiterklärt, Vergeltung gegen Serbien zu üben.",
     [("THREATEN", None, "HUN", "SRB", "occurred")]),
])
def test_readiness_in_the_joined_participle(extractor: Extractor, text: str,
                                            expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ungarn entsprach am Montag dem Ersuchen Kiews.",
     [("AGREE", None, "HUN", "UKR", "occurred")]),
    ("Die deutsche Regierung folgte am Montag dem Wunsch Frankreichs und schickte Soldaten "
     "nach Mali.", [("AGREE", None, "DEU", "FRA", "occurred"),
                    ("MOBILIZE", None, "DEU+FRA", "MLI", "occurred")]),
    # the decision governs the zu-infinitive that grants the request
    ("Die polnische Regierung entschied am Montag, der Bitte Litauens nachzukommen.",
     [("AGREE", None, "POL", "LTU", "occurred")]),
    ("Am Dienstag beschloss die deutsche Regierung, dem Wunsch Frankreichs zu folgen und "
     "Soldaten nach Mali zu schicken.", [("AGREE", None, "DEU", "FRA", "occurred")]),
    # a request refused is none of these
    ("Ungarn entsprach dem Ersuchen Kiews am Montag nicht.", []),
])
def test_a_request_granted(extractor: Extractor, text: str,
                           expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deutschland werde die Ukraine nicht im Stich lassen, sagte der Bundeskanzler am Montag.",
     [("AGREE", None, "DEU", "UKR", "planned")]),
    # without the negation the idiom tells of abandonment: the reproach alone is coded
    ("Die USA haben die Kurden im Stich gelassen, kritisierte der türkische Präsident.",
     [("ACCUSE", None, "TUR", "USA", "occurred")]),
    ("Griechenland fühlt sich von der EU im Stich gelassen.", []),
])
def test_a_promise_in_its_litotes(extractor: Extractor, text: str,
                                  expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der deutsche Außenminister gab Polen am Montag viel Lob für seine Reformen.",
     [("SUPPORT", None, "DEU", "POL", "occurred")]),
    ("Die österreichische Regierung stellte am Montag die Drohung von Kürzungen der "
     "Fördermittel für Ungarn in den Raum.", [("THREATEN", None, "AUT", "HUN", "occurred")]),
    # naming a threat puts none forward
    ("Die Drohung Ungarns stellt für Kroatien eine Gefahr dar.", []),
])
def test_light_verbs_and_idioms(extractor: Extractor, text: str,
                                expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the report's other party is the one the concern is about
    ("Der US-Außenminister traf am Sonntag in Kairo seinen ägyptischen Amtskollegen. Die "
     "Vereinigten Staaten seien besorgt angesichts der Menschenrechtslage, sagte er.",
     [("ACCUSE", None, "USA", "EGY", "occurred"), ("CONSULT", "visit", "USA", "EGY", "occurred")]),
    # a worry of people with no state is none
    ("Experten sind besorgt über die Aufrüstung Russlands.", []),
])
def test_concern_as_a_predicate(extractor: Extractor, text: str,
                                expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
