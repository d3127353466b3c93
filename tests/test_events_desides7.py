"""German sides of non-meeting acts, seventh round (issues 12 and 13, branch desides7).

A ministry or a junta named by its seat as the subject acts for the seat's state ("Das
Verteidigungsministerium in Tokio warf Peking … vor"), as does a body the gazetteer gives no
state with its seat after it ("gegen die Junta in Niger"); "die Bundesregierung" with another
state's capital as its seat is that state's government ("Die Bundesregierung in Wien"), an
embassy is not its host's; a person named back by a bare title ("Der Sprecher warf dem
Regierungschef vor …") is the latest person named with that title; the states coordinated
after a passive's "von" are all agents; sides named back by their number ("die drei Staaten")
are the acting states of the latest act with that many, and a capital after them is their
object; sanctions named back ("verurteilte die Strafmaßnahmen") are aimed at who imposed them;
in verb-second order after an adverbial, the one party right after the verb is the subject
("Am Dienstag kritisierte Belarus die Strafmaßnahmen"), a target before the verb-final
participle is no party after the verb, a fronted cause ("Wegen der Angriffe hat Kanada …")
ends at the finite auxiliary, and the seat of a body opening the clause is the subject the
second of two coordinated verbs shares; a capital after a target word opening the clause is
acted on ("Gegen Moskau verhängte die EU …"), the finite auxiliary ends a fronted target's
phrase ("Gegenüber China hat Japan …"), and "seitens" marks a passive's agent; an
organisation's members named back ("Die Mitgliedstaaten forderten …") are the latest IGO named.
Hand-written sentences, none from an evaluation set or the blind set
``tests/data/probe/de_sides7.jsonl`` (``docs/events.md``, "German sides, seventh round").
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


SEAT = [
    # a ministry or a junta after its seat, opening the clause
    ("Das Verteidigungsministerium in Tokio warf Peking am Montag Provokationen vor.",
     ["ACCUSE JPN -> CHN"]),
    ("Das Landwirtschaftsministerium in Warschau verhängte ein Einfuhrverbot gegen "
     "ukrainisches Getreide.", ["SANCTION POL -> UKR"]),
    ("Die Militärjunta in Bamako verurteilte die Entscheidung Frankreichs.",
     ["ACCUSE MLI -> FRA"]),
    # a body with no state of its own takes the state named as its seat
    ("Frankreich verhängte am Montag Sanktionen gegen die Junta in Niger.",
     ["SANCTION FRA -> NER"]),
    # "die Bundesregierung" seated in another state's capital is that state's government
    ("Die Bundesregierung in Wien hat Serbien aufgefordert, die Grenze zu öffnen.",
     ["REQUEST AUT -> SRB"]),
    ("Die Bundesregierung in Berlin hat Serbien aufgefordert, die Grenze zu öffnen.",
     ["REQUEST DEU -> SRB"]),
    # an embassy sits in its host's capital: it stays its own state's
    ("Die russische Botschaft in Wien hat Österreich Spionage vorgeworfen.",
     ["ACCUSE RUS -> AUT"]),
]

TITLES = [
    # both sides named back by their bare titles
    ("Der Sprecher des chinesischen Außenministeriums, Lin Jian, äußerte sich am Montag zu den "
     "Plänen des japanischen Regierungschefs Shigeru Ishiba. Der Sprecher warf dem "
     "Regierungschef vor, die Spannungen in der Region zu verschärfen.",
     ["ACCUSE CHN -> JPN"]),
    # a feminine title names back a woman named with one
    ("Die Außenministerin Kanadas, Mélanie Joly, sprach am Dienstag über die Lage in "
     "Venezuela. Die Ministerin forderte Caracas auf, die Oppositionellen freizulassen.",
     ["REQUEST CAN -> VEN"]),
]

COUNTED = [
    # every state coordinated after the passive's "von" is an agent
    ("Die Entscheidung Serbiens ist von Kroatien, Slowenien und Ungarn kritisiert worden.",
     ["ACCUSE HRV+HUN+SVN -> SRB"]),
    # "die drei Staaten": the three that acted before, not the state their act was about;
    # the capital after them is their object
    ("Die Wahl in Georgien ist von Litauen, Lettland und Estland kritisiert worden. Am Montag "
     "forderten die drei Staaten Tiflis auf, die Ergebnisse zu überprüfen.",
     ["ACCUSE EST+LTU+LVA -> GEO", "REQUEST EST+LTU+LVA -> GEO"]),
    ("Litauen und Lettland haben die Wahl kritisiert. Beide Länder forderten Tiflis auf, die "
     "Ergebnisse zu überprüfen.", ["ACCUSE LTU+LVA -> ", "REQUEST LTU+LVA -> GEO"]),
]


NAMED_ACT = [
    # the seat's state is the subject the second of two coordinated verbs shares
    ("Kanada hat Sanktionen gegen iranische Banken verhängt. Das Wirtschaftsministerium in "
     "Teheran verurteilte den Schritt und kündigte Gegenmaßnahmen an.",
     ["SANCTION CAN -> IRN", "ACCUSE IRN -> CAN", "THREATEN IRN -> CAN"]),
    # sanctions named back are aimed at who imposed them, not at the report's main parties
    ("Die Vereinigten Staaten und Japan trafen sich am Montag. Washington hat Sanktionen gegen "
     "nordkoreanische Reedereien verhängt. Pjöngjang verurteilte die Strafmaßnahmen.",
     ["CONSULT JPN+USA -> ", "SANCTION USA -> PRK", "ACCUSE PRK -> USA"]),
    # verb-second after an adverbial: the one party right after the verb is the subject
    ("Die EU hat am Montag Sanktionen gegen belarussische Richter verhängt. Am Dienstag "
     "kritisierte Belarus die Strafmaßnahmen.", ["SANCTION EU -> BLR", "ACCUSE BLR -> EU"]),
    # an adverbial's party is no subject: the one after the verb and its article is
    ("In einer Protestnote an Japan forderte das Außenministerium in Seoul eine "
     "Entschuldigung.", ["REQUEST KOR -> JPN"]),
    # a subject pronoun there is the subject, the party after it the object
    ("Lawrow sprach am Montag in Moskau. Am Dienstag kritisierte er Japan scharf.",
     ["ACCUSE RUS -> JPN"]),
    # a target before the verb-final participle is no party after the verb: the subject
    # after the auxiliary acts on it
    ("Am Montag hat Kanada Sanktionen gegen Georgien verhängt.", ["SANCTION CAN -> GEO"]),
    # a fronted cause ends at the finite auxiliary: the subject after it is no topic
    ("Wegen der Angriffe Russlands hat Kanada Sanktionen gegen Georgien verhängt.",
     ["SANCTION CAN -> GEO"]),
]


FRONTED = [
    # a capital right after a target word opening the clause is acted on
    ("Gegen Moskau verhängte die EU neue Sanktionen.", ["SANCTION EU -> RUS"]),
    ("Gegenüber Peking äußerte Japan seine Besorgnis.", ["ACCUSE JPN -> CHN"]),
    # the finite auxiliary ends the target's phrase: the subject after it acts
    ("Gegenüber China hat Japan seine Besorgnis geäußert.", ["ACCUSE JPN -> CHN"]),
    # "seitens" marks a passive's agent as "von" does
    ("Seitens der Ukraine wurde der Vorschlag Russlands abgelehnt.", ["REJECT UKR -> RUS"]),
]


MEMBERS = [
    # an organisation's members named back as the subject are the organisation, and a
    # capital after them is their object
    ("Die Nato hat Russland vor weiteren Provokationen gewarnt. Die Mitgliedstaaten forderten "
     "Moskau am Donnerstag auf, die Luftraumverletzungen einzustellen.",
     ["THREATEN NATO -> RUS", "REQUEST NATO -> RUS"]),
    # as the attribute of a directed act's object they are no side
    ("Die Nato hat am Donnerstag über die Lage beraten. Ungarn blockiere eine Einigung der "
     "Mitgliedstaaten, sagte ein Diplomat.", ["CONSULT NATO -> "]),
]


@pytest.mark.parametrize(("text", "expected"), SEAT)
def test_a_body_named_by_its_seat_acts_for_the_seats_state(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_a_person_named_back_by_a_bare_title(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_coordinated_agents_and_sides_named_back_by_their_number(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_ACT)
def test_the_subject_of_an_answer_to_a_sanction(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_fronted_target_and_agent(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members_named_back_are_their_organisation(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected
