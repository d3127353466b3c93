"""German sides of found acts, fourth round (issues 12 and 13): who speaks and whom an act is
addressed to where German word order puts them apart from the verb.

Capitals in the middle field of a perfect or Konjunktiv clause are its objects ("Moskau hat
Helsinki … gedroht"); a capital after an attribution or a fronted report is the subject
("Dem Ministerium zufolge forderte Rom …", "Wie das Ministerium mitteilte, forderte Moskau
…"), as is one right after an auxiliary that follows an adverbial ("Am Montag hat Moskau
Kiew … vorgeworfen"); a capital in the genitive is a state ("die Forderung Moskaus"); a
body named back acts on the capital after it ("Das Ministerium forderte Tiflis auf"); a
fronted "nachdem" clause whose verb is the trigger is the act's own clause; a dispute's
object and the goal of a state's course are topics. Hand-written sentences, none from an
evaluation set or the blind set (``docs/events.md``, "German sides, fourth round").
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-03-14"


def events(extractor: Extractor, text: str) -> list[str]:
    """Each event as ``TYPE ACTORS -> RECIPIENTS`` (codes sorted, joined by "+")."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    return [f"{e.event_type} {'+'.join(sorted({a.code for a in e.actors if a.code}))} -> "
            f"{'+'.join(sorted({a.code for a in e.recipients if a.code}))}" for e in doc.events]


MIDDLE_FIELD = [
    # a capital subject, the object capital between the auxiliary and the participle
    ("Peking hat Manila mit Konsequenzen gedroht.", ["THREATEN CHN -> PHL"]),
    # Konjunktiv I of reported speech
    ("Moskau habe Minsk Unterstützung zugesagt, sagte ein Sprecher.", ["AGREE RUS -> BLR"]),
    # a state subject; a state adjective with its noun as the subject
    ("Russland hatte Tallinn zuvor mit Vergeltung gedroht.", ["THREATEN RUS -> EST"]),
    ("Die russische Seite hat Tokio vorgeworfen, die Beziehungen zu untergraben.",
     ["ACCUSE RUS -> JPN"]),
    # control: a capital after a preposition in the middle field is a place
    ("Moskau hat in Minsk Unterstützung zugesagt.", []),
]

SUBJECT_AFTER_VERB = [
    # an attribution before the verb: the capital after it is the subject
    ("Dem Außenministerium zufolge forderte Rom Tunesien auf, die Grenze besser zu sichern.",
     ["REQUEST ITA -> TUN"]),
    ("Laut Diplomaten warf Ankara Stockholm Untätigkeit vor.", ["ACCUSE TUR -> SWE"]),
    # a fronted report
    ("Wie das Ministerium mitteilte, forderte Moskau Baku auf, die Festgenommenen freizulassen.",
     ["REQUEST RUS -> AZE"]),
    # an adverbial, then the auxiliary, then the subject
    ("Am Montag hat Moskau Kiew vorgeworfen, die Verhandlungen zu sabotieren.",
     ["ACCUSE RUS -> UKR"]),
    ("Nach Angaben aus Kiew hat Moskau der Ukraine mit neuen Angriffen gedroht.",
     ["THREATEN RUS -> UKR"]),
]

NAMED_OTHERWISE = [
    # a reported clause after the speaker's comma opens with its subject
    ("Der Regierungssprecher sagte, Berlin unterstütze die Bewerbung Chisinaus.",
     ["SUPPORT DEU -> MDA"]),
    # a capital's genitive after the object noun
    ("Litauen lehnte die Forderung Moskaus ab.", ["REJECT LTU -> RUS"]),
    # a ministry named back, then the capital it acts on
    ("Das Außenministerium in Warschau äußerte sich am Montag. Das Ministerium hat Minsk "
     "vorgeworfen, Migranten an die Grenze zu bringen.",
     ["ACCUSE POL -> BLR"]),
    ("Das Auswärtige Amt äußerte sich am Montag zu den Vorgängen in Georgien. Das Ministerium "
     "forderte Tiflis auf, die Demonstranten freizulassen.",
     ["REQUEST DEU -> GEO"]),
    # a fronted "nachdem" clause whose verb is the trigger: its own parties, not the next
    # clause's
    ("Nachdem Polen Belarus aufgefordert hatte, die Grenze zu schließen, reagierte Minsk.",
     ["REQUEST POL -> BLR"]),
]

TOPICS = [
    # what a dispute is about, and the goal of a state's course, are no sides
    ("Schweden hat chinesische Drohungen im Streit um die Stationierung von NATO-Schiffen "
     "zurückgewiesen.",
     ["REJECT SWE -> CHN"]),
    ("Frankreich bekräftigte seine Unterstützung für Georgien auf seinem Weg in die EU.",
     ["SUPPORT FRA -> GEO"]),
]


@pytest.mark.parametrize(("text", "expected"), MIDDLE_FIELD)
def test_a_capital_in_the_middle_field_is_the_participles_object(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBJECT_AFTER_VERB)
def test_a_capital_after_the_verb_of_a_fronted_phrase_is_the_subject(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_OTHERWISE)
def test_sides_named_in_the_genitive_back_or_in_a_reported_clause(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_a_disputes_object_and_a_courses_goal_are_topics(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected
