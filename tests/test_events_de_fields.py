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
                published: str = "2024-04-22", having: str | None = None) -> Event:
    """The first event of ``event_type`` coded in ``text`` (with the code ``having``)."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=published)])))
    return next(e for e in doc.events if e.event_type == event_type
                and (having is None or having in fields(e)[1]))


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
     {"AUT", "MDA"}, "Luxembourg", "MDA"),
    # not from the probe set: an official the table does not know, his state from the dateline
    ("Wien (APA) - Österreich und die Slowakei wollen enger zusammenarbeiten. Innenminister "
     "Gerhard Karner traf am Montag in Wien den slowakischen Innenminister Matúš Šutaj Eštok "
     "zu Gesprächen.",
     {("Gerhard Karner", "Minister of the Interior", "AUT"),
      ("Matúš Šutaj Eštok", "Minister of the Interior", "SVK")},
     {"AUT", "SVK"}, "Vienna", "SVK"),
]


@pytest.mark.parametrize(("text", "persons", "codes", "location", "other"), LATER_TITLE)
def test_bare_title_takes_no_state_of_a_later_title(
        extractor: Extractor, text: str, persons: set[Person], codes: set[str],
        location: str, other: str) -> None:
    assert fields(first_event(extractor, text, "CONSULT", "2022-03-14", other)) == (
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


PARTICIPANTS = [
    # "nahm … teil" with the rest of the clause between the verb and its particle
    ("Brüssel (dpa) - Die Außenminister der EU-Staaten sind am Montag in Brüssel zu Beratungen "
     "über Syrien zusammengekommen. Für Österreich nahm Außenminister Alexander Schallenberg "
     "an dem Treffen teil.",
     {("Alexander Schallenberg", MFA, "AUT")}, {"AUT", "EU"}, "Brussels", "multilateral"),
    ("Stockholm (dpa) - In Stockholm hat am Donnerstag das Treffen des OSZE-Ministerrats "
     "begonnen. Für Polen nahm die Delegation des Außenministeriums an den Beratungen teil.",
     set(), {"OSCE", "POL", "SWE"}, "Stockholm", "multilateral"),
    # the host's minister named after the visit sits on the host's side: a visit to it
    ("BAKU (dpa) - Eine Delegation der NATO hat am Montag Baku besucht. Die Delegation wurde "
     "von Außenminister Jeyhun Bayramov empfangen.",
     {("Jeyhun Bayramov", MFA, "AZE")}, {"AZE", "NATO"}, "Baku", "visit"),
    ("MINSK (BelTA) - Eine Delegation der Europäischen Union hat am Montag Minsk besucht. Die "
     "Delegation wurde vom stellvertretenden Außenminister von Belarus, Juri Ambrasewitsch, "
     "empfangen.",
     {("Yuri Ambrasevich", "Deputy Minister of Foreign Affairs", "BLR")}, {"BLR", "EU"},
     "Minsk", "visit"),
    # an IGO's head receiving a state's: a visit; an IGO's session a state hosts: multilateral
    ("Brüssel (dpa) - NATO-Generalsekretär Jens Stoltenberg hat am Donnerstag in Brüssel den "
     "finnischen Präsidenten Sauli Niinistö empfangen.",
     {("Jens Stoltenberg", "Secretary General", None), ("Sauli Niinistö", "President", "FIN")},
     {"FIN", "NATO"}, "Brussels", "visit"),
]


@pytest.mark.parametrize(("text", "persons", "codes", "location", "mode"), PARTICIPANTS)
def test_participants_and_mode_of_meetings(
        extractor: Extractor, text: str, persons: set[Person], codes: set[str],
        location: str, mode: str) -> None:
    event = first_event(extractor, text, "CONSULT", "2023-02-20")
    assert (*fields(event), event.mode) == (persons, codes, location, mode)


def test_host_minister_joins_the_recipients(extractor: Extractor) -> None:
    """The minister who received the visiting delegation is on the host's side, not an
    actor beside his own state as recipient."""
    event = first_event(extractor, PARTICIPANTS[2][0], "CONSULT", "2023-02-20")
    assert ([a.code for a in event.actors], [(a.name, a.code) for a in event.recipients]) == (
        ["NATO"], [("Jeyhun Bayramov", "AZE")])


REPORTED_BACK = [
    # the next sentence reports the act back by a demonstrative: its speaker acts
    ("Warschau (dpa) - Polen schließt das russische Generalkonsulat in Posen. Das kündigte "
     "Außenminister Radosław Sikorski am Dienstag in Warschau an.",
     "SANCTION", {("Radosław Sikorski", MFA, "POL")}, {"POL", "RUS"}),
    ("Wien (APA) - Österreich weist zwei russische Diplomaten aus. Dies gab Außenminister "
     "Alexander Schallenberg am Freitag in Wien bekannt.",
     "SANCTION", {("Alexander Schallenberg", MFA, "AUT")}, {"AUT", "RUS"}),
    ("Berlin (dpa) - Deutschland hat den iranischen Botschafter einbestellt. Das teilte "
     "Außenministerin Annalena Baerbock am Montag in Berlin mit.",
     "ACCUSE", {("Annalena Baerbock", MFA, "DEU")}, {"DEU", "IRN"}),
    # a next sentence that neither reports back nor attributes after a comma: no speaker
    ("Berlin (dpa) - Deutschland hat den iranischen Botschafter einbestellt. Außenministerin "
     "Annalena Baerbock kündigte weitere Schritte an.",
     "ACCUSE", set(), {"DEU", "IRN"}),
]


@pytest.mark.parametrize(("text", "event_type", "persons", "codes"), REPORTED_BACK)
def test_speaker_of_a_sentence_that_reports_the_act_back(
        extractor: Extractor, text: str, event_type: str, persons: set[Person],
        codes: set[str]) -> None:
    assert fields(first_event(extractor, text, event_type, "2024-10-22"))[:2] == (persons, codes)
