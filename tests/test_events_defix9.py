"""German sides at clause level, late round (issue 12, branch defix9).

An act told in a subordinate clause that opens the sentence ("Nachdem Russland …
ausgewiesen hatte, bestellte Estland …") has its sides in that clause, and the main clause's
act none from it; occupations after a state adjective ("einen deutschen Ingenieur",
"estnische Grenzschützer") are that state's people, the side of an arrest; talks that stayed
without a result ("ohne Ergebnis geblieben", "blieben ergebnislos") were held, a CONSULT; "man"
after a capital's statement ("Warschau teilte mit, man habe …") is the capital's state. A
coordinated second verb shares its subject and addressee, and "man" after "Das … Ministerium
teilte mit" is its state: both held already at the start of the round and are kept by a
test each.
Hand-written sentences, none from an evaluation set (``docs/events.md``, "German clause-level
sides, late round").
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2026-12-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("Nachdem Russland am Montag zwei Diplomaten ausgewiesen hatte, bestellte Estland den "
     "russischen Botschafter ein.",
     [("ACCUSE", "EST", "RUS"), ("SANCTION", "RUS", "EST")]),
    ("Nachdem Polen am Montag Sanktionen gegen Belarus verhängt hatte, wies Belarus zwei "
     "polnische Diplomaten aus.",
     [("SANCTION", "BLR", "POL"), ("SANCTION", "POL", "BLR")]),
    ("Weil China Japan am Montag scharf kritisiert hatte, bestellte Tokio den chinesischen "
     "Botschafter ein.",
     [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "JPN", "CHN")]),
])
def test_act_in_an_opening_subordinate_clause(extractor: Extractor, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected


def test_main_clause_takes_no_side_from_the_opening_clause(extractor: Extractor) -> None:
    text = ("Nachdem die Außenminister Armeniens und Aserbaidschans am Montag in Moskau "
            "verhandelt hatten, kritisierte Russland die Türkei.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("ACCUSE", "RUS", "TUR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russland hat am Montag zwei estnische Grenzschützer festgenommen.",
     [("COERCE", "RUS", "EST")]),
    ("Iran hat einen französischen Lehrer zu acht Jahren Haft verurteilt.",
     [("COERCE", "IRN", "FRA")]),
])
def test_occupation_after_a_state_adjective(extractor: Extractor, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gespräche zwischen Serbien und dem Kosovo sind am Montag ohne Ergebnis geblieben.",
     [("CONSULT", "SRB+XKX", "")]),
    ("Die Verhandlungen zwischen Armenien und Aserbaidschan blieben am Dienstag in Moskau "
     "ergebnislos.",
     [("CONSULT", "ARM+AZE", "")]),
])
def test_talks_without_a_result_were_held(extractor: Extractor, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected


def test_coordinated_verb_shares_subject_and_addressee(extractor: Extractor) -> None:
    text = ("Russland warf Lettland am Montag vor, russischsprachige Schulen zu schließen, und "
            "drohte mit Gegenmaßnahmen.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("ACCUSE", "RUS", "LVA"),
                                                         ("THREATEN", "RUS", "LVA")]


def test_man_after_a_ministry_statement(extractor: Extractor) -> None:
    text = ("Das estnische Außenministerium teilte am Freitag mit, man habe den russischen "
            "Geschäftsträger einbestellt.")
    assert sides_of(extractor, text, "de", PUBLISHED) == [("ACCUSE", "EST", "RUS")]


def test_man_after_a_capital_statement(extractor: Extractor) -> None:
    text = "Warschau teilte mit, man habe den belarussischen Geschäftsträger einbestellt."
    assert sides_of(extractor, text, "de", PUBLISHED) == [("ACCUSE", "POL", "BLR")]
