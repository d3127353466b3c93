"""German sides, fifth round (issues 12 and 13): who acts and who is acted on where German
grammar puts them away from the verb or names them back.

An adverbial prefield's state is no subject ("Nach dem Verzicht Österreichs begrüßte Italien
…"), nor the party of an adverbial before the auxiliary ("In einem Gespräch mit dem russischen
Botschafter hat der belarussische Außenminister … kritisiert"); a capital's genitive after the
noun of the act's object is acted on ("Kritik an der Politik Pekings"); a court or the
authorities named by their seat act for its state ("Ein Pekinger Gericht", "Ein Gericht in
Teheran"); a sentence, an agreement or a pledge named back is aimed at who made it ("kritisierte
das Urteil", "begrüßte die Vereinbarung"); a pronoun after a sentence ending in ", sagte X"
is X; "die Regierung" and "das Außenministerium" opening a sentence with no such body named
before are the government of the last subject's state; the party of a preposition in the
first of two coordinated verbs is not the second's subject; what a verb-final charge says
after its comma names no side. Hand-written sentences, none from an evaluation set or the
blind set ``tests/data/probe/de_sides5.jsonl`` (``docs/events.md``, "German sides, fifth
round"). A fronted subordinate clause or an object noun phrase ("Den Vorschlag Moskaus
lehnte Kiew ab") fills the prefield like an adverbial; the state aid is for is no side of a
symmetric act of other states; the building of a reception names the host's state only where
nothing else does; criticism's "an" marks its target before the verb ("Scharfe Kritik an der
Türkei übte die Bundesregierung"); "der Regierung" with no state as the object is the
speaker's own (a domestic act); sides named back ("Die beiden Regierungen") before any act
of theirs is told are the states of the nearest sentence naming two.
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


PREFIELD = [
    # a state in the genitive of an adverbial prefield, the subject after the finite verb
    ("Nach dem Verzicht Österreichs auf ein Veto begrüßte Italien den Schritt.",
     ["SUPPORT ITA -> AUT"]),
    ("Nach der Zusage Japans lobte Australien die Entscheidung.", ["SUPPORT AUS -> JPN"]),
    # the perfect: the subject after the auxiliary
    ("Nach dem Verzicht Österreichs auf ein Veto hat Italien den Schritt begrüßt.",
     ["SUPPORT ITA -> AUT"]),
    # a party of the adverbial before the auxiliary is no subject; the capital's genitive in
    # the middle field is the object
    ("In einem Gespräch mit dem russischen Botschafter hat der belarussische Außenminister "
     "Maxim Ryschenkow die Haltung Warschaus kritisiert.",
     ["CONSULT BLR+RUS -> ", "ACCUSE BLR -> POL"]),
    # the same after a dateline that ends in a full stop
    ("Minsk, 5. Mai (BelTA). Bei einem Treffen mit dem chinesischen Botschafter hat der "
     "belarussische Außenminister Maxim Ryschenkow die Politik Vilnius' kritisiert.",
     ["CONSULT CHN -> BLR", "ACCUSE BLR -> LTU"]),
    # a fronted subordinate clause fills the prefield: the subject follows the verb
    ("Nachdem Russland zwei polnische Diplomaten ausgewiesen hatte, bestellte Polen den "
     "russischen Botschafter ein.", ["SANCTION RUS -> POL", "ACCUSE POL -> RUS"]),
    ("Weil Peking die Einreise verweigert hatte, kritisierte Australien die chinesische "
     "Regierung.", ["ACCUSE AUS -> CHN"]),
    # an object noun phrase (accusative article) fills it: its capital's genitive is acted on
    ("Den Vorschlag Moskaus lehnte Kiew ab.", ["REJECT UKR -> RUS"]),
    # an object noun of criticism with its target before the verb: the subject follows it
    ("Scharfe Kritik an der Türkei übte am Montag die Bundesregierung.", ["ACCUSE DEU -> TUR"]),
    # control: an official of no state after the verb leaves the place before it acting
    ("In Peking forderte Außenamtssprecherin Mao Ning die deutsche Seite auf, die Fakten zu "
     "prüfen.", ["REQUEST CHN -> DEU"]),
]

GENITIVE = [
    # the capital owns the noun of the object phrase, however many words stand before it
    ("Die Bundesregierung hat am Montag erneut Kritik an der Politik Pekings geübt.",
     ["ACCUSE DEU -> CHN"]),
    # what a verb-final charge says after its comma names no side (the alliance)
    ("Am Dienstag hat der ungarische Außenminister Péter Szijjártó die Entscheidung Kiews "
     "kritisiert, die Zusammenarbeit mit der Nato auszubauen.", ["ACCUSE HUN -> UKR"]),
]

SEAT = [
    # a court by its city's adjective or with its seat acts for the city's state
    ("Ein Pekinger Gericht hat einen kanadischen Geschäftsmann zu zehn Jahren Haft verurteilt.",
     ["COERCE CHN -> CAN"]),
    ("Ein Gericht in Teheran hat eine britische Staatsbürgerin zu fünf Jahren Haft verurteilt.",
     ["COERCE IRN -> GBR"]),
    ("Die Minsker Behörden haben einen litauischen Journalisten festgenommen.",
     ["COERCE BLR -> LTU"]),
    # control: a court's own citizen is no other side
    ("Ein Wiener Gericht hat einen österreichischen Unternehmer verurteilt.", []),
]

NAMED_BACK = [
    # the sentence named back is aimed at the state whose court passed it
    ("Ein Gericht in Minsk hat einen litauischen Journalisten zu acht Jahren Haft verurteilt. "
     "Das litauische Außenministerium kritisierte das Urteil scharf.",
     ["COERCE BLR -> LTU", "ACCUSE LTU -> BLR"]),
    # an agreement named back: aimed at those who made it
    ("Armenien und Aserbaidschan haben sich auf einen Gefangenenaustausch verständigt. Der "
     "französische Außenminister Jean-Noël Barrot begrüßte die Vereinbarung.",
     ["AGREE ARM+AZE -> ", "SUPPORT FRA -> ARM+AZE"]),
    # the speaker of a sentence that ends in its attribution is the next pronoun's antecedent,
    # not the reported clause's subject
    ("Die Regierung in Vilnius verschleppe die Ermittlungen, sagte der russische Außenminister "
     "Sergej Lawrow am Freitag in Moskau. Er forderte Litauen auf, die Festgenommenen "
     "freizulassen.", ["REQUEST RUS -> LTU"]),
    ("Japan verletze das Völkerrecht, sagte der chinesische Außenminister Wang Yi am Montag. "
     "Zugleich rief er Tokio zur Zurückhaltung auf.", ["REQUEST CHN -> JPN"]),
    # a ministry and a government opening a sentence, none named before: the last subject's
    ("Südkorea hat Nordkorea wegen neuer Raketentests scharf kritisiert. Die Tests hatten am "
     "Sonntag stattgefunden. Das Außenministerium forderte Pjöngjang auf, die Provokationen "
     "einzustellen.", ["ACCUSE KOR -> PRK", "REQUEST KOR -> PRK"]),
    ("Finnland hat den russischen Botschafter einbestellt. Außenministerin Elina Valtonen "
     "sprach von einer gezielten Provokation. Die Regierung verlangte eine Entschuldigung.",
     ["ACCUSE FIN -> RUS", "REQUEST FIN -> RUS"]),
    # a pronoun after a sentence opened by the government named back
    ("Litauen hat den belarussischen Geschäftsträger einbestellt. Außenminister Kęstutis "
     "Budrys sprach von einer Provokation. Die Regierung verlangte eine Erklärung. Sie rief "
     "zudem die EU auf, die Sanktionen gegen Minsk zu verschärfen.",
     ["ACCUSE LTU -> BLR", "REQUEST LTU -> BLR", "REQUEST LTU -> EU"]),
    # "der Regierung" with no state, the object: the speaker's own, a domestic act that takes
    # no state from the story
    ("Außenministerin Beate Meinl-Reisinger hat am Montag in Wien ihren ukrainischen "
     "Amtskollegen Andrij Sybiha getroffen. Der österreichische Bundespräsident Alexander Van "
     "der Bellen warf der Regierung vor, die Sicherheit des Landes aufs Spiel zu setzen.",
     ["CONSULT UKR -> AUT"]),
    # sides named back before the report has told an act of theirs: the states of the
    # nearest sentence naming two
    ("Kanada und Indien haben ihre Hochkommissare wieder in die jeweilige Hauptstadt "
     "entsandt. Die Beziehungen waren monatelang eingefroren gewesen. Die beiden Regierungen "
     "vereinbarten zudem, die Handelsgespräche wieder aufzunehmen.", ["AGREE CAN+IND -> "]),
    # control: a government named with its own region is none named back
    ("Die Regierung der Provinz kritisierte am Montag die Pläne.", []),
    # control: a capital subject before the last state named leaves the ministry unresolved
    # (its state is Russia's, which the sentence names only by its capital)
    ("Moskau hat die Ausweisung seiner Diplomaten aus Lettland verurteilt. Das "
     "Außenministerium kündigte eine spiegelbildliche Antwort an.", ["ACCUSE RUS -> LVA"]),
]

SYMMETRIC = [
    # the state their aid is for is no side of a symmetric act of a named member list
    ("Deutschland, Frankreich und Polen haben sich in Weimar auf eine engere Abstimmung ihrer "
     "Hilfe für die Ukraine verständigt.", ["AGREE DEU+FRA+POL -> "]),
    # the building where the host received is no side where the host names its state ...
    ("Bundeskanzler Friedrich Merz empfing am Mittwoch den polnischen Ministerpräsidenten "
     "Donald Tusk im Kanzleramt.", ["CONSULT POL -> DEU"]),
    # ... and names the host's state where nothing else does
    ("Staatssekretär Thomas Bagger hat am Mittwoch im Auswärtigen Amt den stellvertretenden "
     "Außenminister Georgiens empfangen.", ["CONSULT GEO -> DEU"]),
]

CONJUNCTS = [
    # the party after a preposition in the first conjunct is not the second verb's subject
    ("Das Außenministerium in Warschau protestierte bei der russischen Botschaft und forderte "
     "Moskau zur Aufklärung auf.", ["ACCUSE POL -> RUS", "REQUEST POL -> RUS"]),
    ("Nach dem Angriff auf die Botschaft legte Litauen bei der belarussischen Regierung "
     "Protest ein und forderte Minsk zur Aufklärung auf.",
     ["ACCUSE LTU -> BLR", "REQUEST LTU -> BLR"]),
]


@pytest.mark.parametrize(("text", "expected"), PREFIELD)
def test_an_adverbial_prefield_names_no_subject(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), GENITIVE)
def test_a_capitals_genitive_is_acted_on_and_a_verb_final_content_names_no_side(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), SEAT)
def test_an_organ_named_by_its_seat_acts_for_its_state(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_BACK)
def test_sides_named_back_across_sentences(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), SYMMETRIC)
def test_a_beneficiary_and_a_building_are_no_sides(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONJUNCTS)
def test_a_first_conjuncts_prepositional_party_is_not_the_shared_subject(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected
