"""German sides of found acts, ninth round (issues 12 and 13, branch desides9).

A meeting noun with capitals after "zwischen" meets between their governments ("Gespräche
zwischen Berlin und Warschau"); sides named back by their number in the genitive or as a
passive's agent ("nach einem Treffen der drei Außenminister", "von den beiden Ministern
unterzeichnet") are the states of the latest act with that many; states a comparison names
("Ähnlich wie zuvor Estland …") are no sides, and the comparison is an adverbial prefield; a
demand's content ("aufgefordert, … Gebieten der Ukraine …") gives no side to a meeting in its
sentence either; a word quoted after "als" is no organisation; a rejection that names no one
answers the last demand made of the rejecting state; the object of "gegen" names its target
across adverbs and adjectives; a topic phrase inside an opening subject ends at the finite
verb; a spokesperson who names no state speaks for the state that acted the sentence before;
an act told "in dem Papier" or "darin" with no agent is the act of the text's signers.
Hand-written sentences, none from an evaluation set or the blind set
``tests/data/probe/de_sides9.jsonl`` (``docs/events.md``, "German sides, ninth round").
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2025-06-12"


def test_capitals_between_after_a_meeting_noun(extractor: Extractor) -> None:
    text = ("Die Verhandlungen zwischen Athen und Ankara über die Seegrenzen sind am Mittwoch "
            "in Brüssel fortgesetzt worden.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("CONSULT", "GRC+TUR", "")]


def test_capitals_between_name_no_act_without_a_meeting_noun(extractor: Extractor) -> None:
    text = ("Die Bahnverbindung zwischen Wien und Budapest wird ab Montag wieder "
            "aufgenommen.")
    assert sides_of(extractor, text, "de", PUBLISHED) == []


def test_counted_officials_in_the_genitive(extractor: Extractor) -> None:
    text = ("Schweden, Finnland und Dänemark forderten Russland am Montag auf, die Störung "
            "von Navigationssignalen über der Ostsee zu beenden. Die Forderung wurde nach "
            "einem Treffen der drei Verteidigungsminister in Kopenhagen erhoben.")
    assert ("CONSULT", "DNK+FIN+SWE", "") in sides_of(extractor, text, "de", PUBLISHED)


def test_counted_officials_as_the_passive_agent(extractor: Extractor) -> None:
    text = ("Die Außenminister Kroatiens und Sloweniens haben am Dienstag in Zagreb "
            "Gespräche geführt. Danach wurde eine Erklärung über die Grenzpolizei von den "
            "beiden Ministern unterzeichnet.")
    # the talks in Zagreb are Slovenia's visit; the signing is both ministers' act
    assert sides_of(extractor, text, "de", PUBLISHED) == [
        ("CONSULT", "SVN", "HRV"), ("SUPPORT", "HRV+SVN", "")]


def test_states_compared_with_are_no_sides(extractor: Extractor) -> None:
    text = ("Ähnlich wie zuvor Estland und Lettland forderte Finnland am Montag von Moskau "
            "eine Erklärung.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("REQUEST", "FIN", "RUS")]


def test_demand_content_gives_no_side_to_the_meeting(extractor: Extractor) -> None:
    text = ("Auf einer Sitzung des NATO-Rats in Brüssel haben Polen und Litauen am Freitag "
            "Belarus aufgefordert, die Grenze zu den Nachbarstaaten der Ukraine zu öffnen.")
    got = sides_of(extractor, text, "de", PUBLISHED)
    assert ("REQUEST", "LTU+POL", "BLR") in got
    assert all("UKR" not in f"{a}+{r}" for _, a, r in got)


def test_word_quoted_after_als_is_no_party(extractor: Extractor) -> None:
    text = ("Georgien hat Russland am Montag aufgefordert, seine Truppen abzuziehen. Moskau "
            "wies die Forderung am Dienstag als „Provokation“ zurück.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [
        ("REJECT", "RUS", "GEO"), ("REQUEST", "GEO", "RUS")]


def test_rejection_answers_the_demand_made_of_it(extractor: Extractor) -> None:
    text = ("Die Regierung in Chisinau hat Russland aufgefordert, die Munitionslager in "
            "Transnistrien zu räumen. Der Kreml wies das Ansinnen umgehend zurück.")
    assert ("REJECT", "RUS", "MDA") in sides_of(extractor, text, "de", PUBLISHED)


def test_state_adjective_in_the_object_of_gegen(extractor: Extractor) -> None:
    text = ("Das Außenministerium in Seoul hat am Montag entschieden gegen die neuen "
            "nordkoreanischen Raketentests protestiert.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("ACCUSE", "KOR", "PRK")]


@pytest.mark.parametrize("text", [
    "Ein Abkommen über die Fischerei ist am Freitag von Norwegen und Island unterzeichnet "
    "worden.",
    "Das Memorandum zur Energiepartnerschaft ist am Freitag von den Regierungen Norwegens und "
    "Islands unterzeichnet worden.",
])
def test_topic_in_the_subject_ends_at_the_finite_verb(extractor: Extractor, text: str) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == [("SUPPORT", "ISL+NOR", "")]


def test_spokesperson_speaks_for_the_organ_before(extractor: Extractor) -> None:
    text = ("Das Außenministerium in Hanoi hat am Montag gegen chinesische Bohrungen im "
            "Südchinesischen Meer protestiert. Die Sprecherin Pham Thu Hang forderte Peking "
            "auf, die Arbeiten einzustellen.")
    assert ("REQUEST", "VNM", "CHN") in sides_of(extractor, text, "de", PUBLISHED)


def test_demand_told_in_a_signed_text_is_its_signers(extractor: Extractor) -> None:
    text = ("Die Regierungschefs Spaniens und Portugals haben am Freitag in Lissabon eine "
            "gemeinsame Erklärung unterzeichnet. Marokko wird darin aufgefordert, die "
            "Zusammenarbeit bei der Seenotrettung auszubauen.")
    assert ("REQUEST", "ESP+PRT", "MAR") in sides_of(extractor, text, "de", PUBLISHED)
