"""German rules found on the blind wire set (tests/data/probe/de_blind.jsonl): the sentences
of the set and other wordings of the same construction, each with its exact coded event
(type, mode, status, actors, recipients, date, place) and, where the rule is about them,
its persons.

The set was written from BelTA, Xinhua, Auswärtiges Amt, Russian embassy and
tagesschau/dpa/DW pages before the coder's lexicon was read; the other sentences here were
written from German grammar for these tests.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from test_events_frames_de import PUBLISHED, coded

ACTS = [
    # the perfect passive puts its auxiliary after the participle ("ist … einbestellt
    # worden"), a subordinate clause puts the finite one there ("…, nachdem … einbestellt
    # wurde"): the subject is summoned, the other state summons
    ("Der deutsche Botschafter in Moskau, Alexander Graf Lambsdorff, ist ins russische "
     "Außenministerium einbestellt worden.",
     [("ACCUSE", None, "occurred", "RUS", "DEU", "2021-11", "Moscow")]),
    ("Der polnische Botschafter ist am Montag ins Außenministerium in Minsk einbestellt worden.",
     [("ACCUSE", None, "occurred", "BLR", "POL", "2021-11-22", "Minsk")]),
    ("Der polnische Botschafter ist am Montag vom belarussischen Außenministerium einbestellt "
     "worden.", [("ACCUSE", None, "occurred", "BLR", "POL", "2021-11-22", "Minsk")]),
    ("Zwei russische Diplomaten sind am Freitag aus Estland ausgewiesen worden.",
     [("SANCTION", "expel", "occurred", "EST", "RUS", "2021-11-19", "Tallinn")]),
    # a negation in the infinitive clause after the verb is what is asked, not the act's
    ("China forderte Japan auf, keine Spannungen zu schüren.",
     [("REQUEST", None, "occurred", "CHN", "JPN", "2021-11", None)]),
    ("Die EU rief Russland auf, keine weiteren Truppen an die Grenze zu verlegen.",
     [("REQUEST", None, "occurred", "EU", "RUS", "2021-11", None)]),
    # a topic phrase in the middle field ends where the object's article opens a new noun
    # phrase ("wegen einer Luftraumverletzung | den … Botschafter einbestellt"); a state
    # inside the topic stays a topic
    ("Japan hat am Montag wegen einer Luftraumverletzung durch ein chinesisches "
     "Militärflugzeug den stellvertretenden chinesischen Botschafter einbestellt.",
     [("ACCUSE", None, "occurred", "JPN", "CHN", "2021-11-22", "Tokyo")]),
    ("Die Bundesregierung hat am Dienstag wegen der Festnahme eines deutschen Journalisten den "
     "iranischen Botschafter einbestellt.",
     [("ACCUSE", None, "occurred", "DEU", "IRN", "2021-11-23", "Berlin")]),
    ("Polen hat am Montag wegen Spionage für Russland einen belarussischen Diplomaten "
     "ausgewiesen.", [("SANCTION", "expel", "occurred", "POL", "BLR", "2021-11-22", "Warsaw")]),
    ("Die Außenminister Russlands und Chinas berieten am Montag über die Lage in Syrien und die "
     "Ukraine.", [("CONSULT", None, "occurred", "CHN+RUS", "", "2021-11-22", None)]),
    # a passive agent that opens the clause ("Von der EU wurden … verhängt") is the actor
    ("Von der EU wurden am Montag neue Sanktionen gegen Russland verhängt.",
     [("SANCTION", None, "occurred", "EU", "RUS", "2021-11-22", None)]),
    ("Von russischer Seite wurde am Dienstag die ausgewogene Position Ungarns gewürdigt.",
     [("SUPPORT", None, "occurred", "RUS", "HUN", "2021-11-23", None)]),
    ("Von Polen wurde am Montag ein russischer Diplomat ausgewiesen.",
     [("SANCTION", "expel", "occurred", "POL", "RUS", "2021-11-22", "Warsaw")]),
    # an ordinal's dot ("am 3. November", "zum 80. Jahrestag") does not end the clause a
    # separable particle closes
    ("Russland wies am 3. November zwei estnische Diplomaten aus.",
     [("SANCTION", "expel", "occurred", "RUS", "EST", "2021-11-03", "Moscow")]),
    ("Der chinesische Staatspräsident Xi Jinping und der russische Präsident Wladimir Putin haben "
     "am Dienstag per Videoverbindung miteinander gesprochen. Putin lud Xi zu den "
     "Feierlichkeiten zum 80. Jahrestag des Sieges im Mai nach Moskau ein.",
     [("CONSULT", "phone", "occurred", "CHN+RUS", "", "2021-11-23", "virtual"),
      ("AGREE", None, "planned", "RUS", "CHN", "2022-05", "Moscow")]),
    # the Konjunktiv I future of reported speech ("werde") near the verb: a promise is AGREE
    # planned, a measure announced a threat; one far after a comma leaves the act alone
    ("China werde Kuba auch künftig nach Kräften unterstützen, sagte der Botschafter am "
     "Montag.", [("AGREE", None, "planned", "CHN", "CUB", None, None)]),
    ("Die Außenministerin kündigte am Dienstag an, Deutschland werde der Ukraine weitere Panzer "
     "liefern.", [("AGREE", None, "planned", "DEU", "UKR", "2021-11-23", None)]),
    ("Die EU teilte am Montag mit, sie werde die Sanktionen gegen Russland verlängern.",
     [("THREATEN", None, "occurred", "EU", "RUS", "2021-11", None)]),
    ("Der türkische Präsident kritisierte am Montag die EU, ohne Fortschritte bei der "
     "Visaliberalisierung werde es keine Ratifizierung geben.",
     [("ACCUSE", None, "occurred", "TUR", "EU", "2021-11-22", None)]),
    # an attribution after the act with its verb first ("…, sagte Baerbock") names who
    # reports it: no side, unless the speaker's state is one
    ("Polen hat der Ukraine am Montag weitere Panzer geliefert, sagte der deutsche "
     "Außenminister.", [("AID", None, "occurred", "POL", "UKR", "2021-11-22", None)]),
    ("Polen hat am Montag einen russischen Diplomaten ausgewiesen, sagte der deutsche "
     "Außenminister.", [("SANCTION", "expel", "occurred", "POL", "RUS", "2021-11-22", "Warsaw")]),
    # a response announced is a threat; the side it answers comes from the report
    ("Polen hat am Montag zwei russische Diplomaten ausgewiesen. Die russische Botschaft "
     "kündigte an, Moskau werde auf die Ausweisungen angemessen reagieren.",
     [("SANCTION", "expel", "occurred", "POL", "RUS", "2021-11-22", "Warsaw"),
      ("THREATEN", None, "occurred", "RUS", "POL", "2021-11", None)]),
    ("Russland wird auf die Ausweisung seiner Diplomaten durch Polen entsprechend antworten.",
     [("THREATEN", None, "occurred", "RUS", "POL", "2021-11", None)]),
]

NO_ACTS = [
    # a response given is the act it names, a response asked about none
    "Es ist unklar, wie Russland auf die Ausweisungen aus Polen reagieren wird.",
    # the negation before the comma negates the demand itself
    "Die EU forderte Russland am Montag nicht auf, die Truppen abzuziehen.",
]


@pytest.mark.parametrize("text", NO_ACTS)
def test_events_de_blind_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_events_de_blind_codes_the_act(extractor: Extractor, text: str,
                                       expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


def persons(extractor: Extractor, text: str) -> list[tuple[str, list[str]]]:
    """Each event's type and the names of its persons, in order."""
    raw = RawDocument(text, doc_id="case", published=PUBLISHED)
    return [(e.event_type, [a.name for a in (*e.actors, *e.recipients) if a.kind == "person"])
            for doc in extractor.run([raw]) for e in doc.events]


def test_events_de_blind_speaker_of_own_side_is_a_person(extractor: Extractor) -> None:
    text = ("Deutschland werde der Ukraine weitere Panzer liefern, sagte Außenministerin "
            "Annalena Baerbock am Dienstag.")
    assert persons(extractor, text) == [("AGREE", ["Annalena Baerbock"])]
    assert coded(extractor, text) == [("AGREE", None, "planned", "DEU", "UKR", "2021-11-23", None)]


def test_events_de_blind_summoned_envoy_is_the_person(extractor: Extractor) -> None:
    text = ("Der deutsche Botschafter in Moskau, Alexander Graf Lambsdorff, ist ins russische "
            "Außenministerium einbestellt worden.")
    assert persons(extractor, text) == [("ACCUSE", ["Alexander Graf Lambsdorff"])]
