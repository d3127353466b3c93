"""The fields of German acts (issue 13, session 6): persons, participants and location.

Hand-written German sentences of the kinds analysts read (Austrian and Swiss releases, wire
reports, foreign-office releases), each with the exact persons (name, title, state), the
participant codes and the location of one coded event. Cases: a bare title takes the state
of an earlier title of its kind, never of a later official's ("Außenminister X … traf den
moldauischen Außenminister Y"); Austrian, Swiss and German officials known by name.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.model import Event

MFA = "Minister of Foreign Affairs"
Person = tuple[str, str | None, str | None]


def first_event(extractor: Extractor, text: str, event_type: str,
                published: str = "2024-04-22") -> Event:
    """The first event of ``event_type`` coded in ``text``."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=published)])))
    return next(e for e in doc.events if e.event_type == event_type)


def fields(event: Event) -> tuple[set[Person], set[str], str | None]:
    """The persons (name, role, state), participant codes and location name of ``event``."""
    parties = (*event.actors, *event.recipients)
    place = event.location
    name = ("virtual" if place.virtual else place.name) if place is not None else None
    return ({(a.name, a.role, a.country) for a in parties if a.kind == "person"},
            {a.code for a in parties if a.code}, name)


LATER_TITLE = [
    # the moldovan minister named after him is another official: no state from his title
    ("Luxemburg, 22.04.2024 - Außenminister Alexander Schallenberg nahm heute am Rat für "
     "Auswärtige Angelegenheiten der EU in Luxemburg teil. Am Rande des Treffens traf er "
     "den moldauischen Außenminister Mihai Popșoi zu einem bilateralen Gespräch.",
     {("Alexander Schallenberg", MFA, "AUT"), ("Mihai Popșoi", MFA, "MDA")},
     {"AUT", "MDA"}, "Luxembourg"),
    # not from the probe set: an official the table does not know, his state from the dateline
    ("Wien (APA) - Österreich und die Slowakei wollen enger zusammenarbeiten. Innenminister "
     "Gerhard Karner traf am Montag in Wien den slowakischen Innenminister Matúš Šutaj Eštok "
     "zu Gesprächen.",
     {("Gerhard Karner", "Minister of the Interior", "AUT"),
      ("Matúš Šutaj Eštok", "Minister of the Interior", "SVK")},
     {"AUT", "SVK"}, "Vienna"),
]


@pytest.mark.parametrize(("text", "persons", "codes", "location"), LATER_TITLE)
def test_bare_title_takes_no_state_of_a_later_title(
        extractor: Extractor, text: str, persons: set[Person], codes: set[str],
        location: str) -> None:
    assert fields(first_event(extractor, text, "CONSULT", "2022-03-14")) == (
        persons, codes, location)


KNOWN = [
    ("Wien (APA) - Bundespräsident Alexander Van der Bellen hat am Dienstag in der Hofburg "
     "den slowenischen Präsidenten Borut Pahor empfangen.",
     {("Alexander Van der Bellen", "President", "AUT"), ("Borut Pahor", "President", "SVN")},
     {"AUT", "SVN"}, "Vienna"),
    ("Bern (sda) - Bundesrat Ignazio Cassis hat am Freitag in Genf den armenischen "
     "Außenminister Ararat Mirsojan getroffen.",
     {("Ignazio Cassis", MFA, "CHE"), ("Ararat Mirzoyan", MFA, "ARM")},
     {"ARM", "CHE"}, "Geneva"),
    ("Staatsministerin Anna Lührmann ist am Montag in Tiflis mit dem georgischen "
     "Außenminister Ilia Dartschiaschwili zusammengetroffen.",
     {("Anna Lührmann", "Minister of State", "DEU"), ("Ilia Darchiashvili", MFA, "GEO")},
     {"DEU", "GEO"}, "Tbilisi"),
]


@pytest.mark.parametrize(("text", "persons", "codes", "location"), KNOWN)
def test_austrian_swiss_and_german_officials_known_by_name(
        extractor: Extractor, text: str, persons: set[Person], codes: set[str],
        location: str) -> None:
    assert fields(first_event(extractor, text, "CONSULT", "2022-03-14")) == (
        persons, codes, location)
