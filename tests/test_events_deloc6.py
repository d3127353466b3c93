"""Where German acts took place, sixth round (issue 12; blind set tests/data/probe/de_loc6.jsonl).

The German locative reads its article in lower case only, so "in Den Haag" names the city; "am
Rande der", "auf der", "bei der" and "beim" end before a city's adjective, and the adjective names
its city before a building or a gathering ("am Rande der Münchner Sicherheitskonferenz", "beim
Genfer Gipfeltreffen"), a name in -en dropping its e ("Münchner", "Dresdner"); a journey's
phrase ("Auf dem Weg nach Kiew …") names where a traveller was going, not where he met. The
sentences are hand-written, none from the blind set.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2025-03-12"


def placed(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """(type, place) of every event of a German text, the place as the scorer reads it."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                               language="de")])))
    return sorted((e.event_type, None if e.location is None else
                   "virtual" if e.location.virtual else e.location.name) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # "Den" of "Den Haag" is no article
    ("Die Außenminister der G7 haben sich am Dienstag in Den Haag auf eine gemeinsame Erklärung "
     "zur Lage im Nahen Osten verständigt.", [("AGREE", "The Hague")]),
    ("Außenminister Lawrow ist am Montag in Den Haag mit dem niederländischen Außenminister "
     "zusammengetroffen.", [("CONSULT", "The Hague")]),
])
def test_den_haag_is_a_city(extractor: Extractor, text: str,
                            expected: list[tuple[str, str | None]]) -> None:
    assert placed(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "am Rande der" before a city's adjective in -ner (München)
    ("Am Rande der Münchner Sicherheitskonferenz kam Bundeskanzler Merz am Samstag mit dem "
     "ukrainischen Präsidenten Selenskyj zusammen.", [("CONSULT", "Munich")]),
    # "beim" before a gathering named by its city
    ("Beim Genfer Gipfeltreffen haben sich Präsident Biden und Präsident Putin am Mittwoch auf "
     "neue Gespräche über Rüstungskontrolle geeinigt.",
     [("AGREE", "Geneva"), ("CONSULT", "Geneva")]),
    # "auf der" and a name in -en (Dresden)
    ("Auf der Dresdner Konferenz unterzeichneten die Innenminister Deutschlands und Tschechiens "
     "am Donnerstag ein Polizeiabkommen.", [("CONSULT", "Dresden"), ("SUPPORT", "Dresden")]),
    # before a noun that is no building or gathering the adjective names no place
    ("Die Bundesregierung hat in der Berliner Zeitung ihre Unterstützung für Kiew bekräftigt.",
     []),
])
def test_a_city_adjective_before_a_gathering(extractor: Extractor, text: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    assert placed(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Auf dem Weg nach Kiew traf Außenministerin Baerbock am Montag in Warschau ihren polnischen "
     "Amtskollegen.", [("CONSULT", "Warsaw")]),
    ("Vor seiner Weiterreise nach Tokio traf Steinmeier am Dienstag in Seoul den "
     "südkoreanischen Präsidenten.", [("CONSULT", "Seoul")]),
])
def test_a_journeys_goal_is_no_meetings_place(extractor: Extractor, text: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert placed(extractor, text) == expected
