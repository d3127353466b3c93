"""Capitals as states (issue 13): a capital acts or is acted on as its state (coordinated
subjects, a genitive owner of the act), a state after "из"/"aus"/"from" with a word of
expelling is the state that expels, and a capital where something happens stays a place.

Sentences written for this test, not taken from a gold set; each with its exact event
(type, actors, recipients, location), or the exact codes of every event.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.model import Event


def coded(extractor: Extractor, text: str) -> list[tuple[str, str, str, str | None]]:
    """(type, actors, recipients, location) of every event of the text."""
    raw = RawDocument(text, doc_id="case", published="2026-12-07")
    return [summary(event) for doc in extractor.run([raw]) for event in doc.events]


def summary(event: Event) -> tuple[str, str, str, str | None]:
    return (event.event_type,
            "+".join(sorted({a.code for a in event.actors if a.code})),
            "+".join(sorted({a.code for a in event.recipients if a.code})),
            event.location.name if event.location is not None else None)


CASES = [
    # (1) capitals as coordinated subjects of an outcome or a meeting
    ("Минск и Ханой договорились о расширении торговли.",
     [("AGREE", "BLR+VNM", "", None)]),
    ("Berlin und Paris haben sich auf ein gemeinsames Vorgehen geeinigt.",
     [("AGREE", "DEU+FRA", "", None)]),
    ("Washington and Seoul agreed to expand joint exercises.",
     [("AGREE", "KOR+USA", "", None)]),
    ("Вильнюс и Рига договорились о совместных мерах.",
     [("AGREE", "LTU+LVA", "", None)]),
    # a page's menu words before the dateline leave the capitals the subject
    ("Nachrichten Politik Paris/Berlin (AFP) – Berlin und Paris haben sich auf eine "
     "gemeinsame Initiative geeinigt.",
     [("AGREE", "DEU+FRA", "", None)]),
    # (2) a capital in the genitive owns the act acted on
    ("МИД России осудил провокации Осло.",
     [("ACCUSE", "RUS", "NOR", None)]),
    ("Москва раскритиковала решение Кишинёва.",
     [("ACCUSE", "RUS", "MDA", None)]),
    ("Berlin kritisierte Warschaus Entscheidung scharf.",
     [("ACCUSE", "DEU", "POL", None)]),
    ("Moscow condemned Warsaw's decision.",
     [("ACCUSE", "RUS", "POL", None)]),
    ("Москва осудила действия Вильнюса.",
     [("ACCUSE", "RUS", "LTU", None)]),
    ("Die Bundesregierung kritisierte Warschaus Vorgehen.",
     [("ACCUSE", "DEU", "POL", None)]),
    ("Beijing criticized Manila's decision.",
     [("ACCUSE", "CHN", "PHL", None)]),
    # a German genitive in an apostrophe, where NER reads a person up to the apostrophe
    ("Russland verurteilte die Provokationen Vilnius' scharf.",
     [("ACCUSE", "RUS", "LTU", None)]),
    ("Moskau kritisierte Paris' Entscheidung.",
     [("ACCUSE", "RUS", "FRA", None)]),
    # a preposition that governs the noun before the city, not the city: the city's genitive
    ("Минск готов ответить на недружественные действия Варшавы.",
     [("THREATEN", "BLR", "POL", None)]),
    # (3) the state people are expelled from expels them
    ("Россия осудила высылку корреспондентов ТАСС из Латвии.",
     [("ACCUSE", "RUS", "LVA", None)]),
    ("Российских дипломатов выслали из Эстонии.",
     [("SANCTION", "EST", "RUS", "Tallinn")]),
    ("Moskau verurteilte die Ausweisung russischer Journalisten aus Lettland.",
     [("ACCUSE", "RUS", "LVA", None)]),
    ("Russia condemned the expulsion of TASS correspondents from Latvia.",
     [("ACCUSE", "RUS", "LVA", None)]),
    ("Deutsche Diplomaten wurden aus Russland ausgewiesen.",
     [("SANCTION", "RUS", "DEU", "Moscow")]),
    ("Two Russian diplomats were expelled from Poland.",
     [("SANCTION", "POL", "RUS", "Warsaw")]),
    # the state that acts keeps acting; the people's origin stays an origin
    ("Russland wies zwei Diplomaten aus Estland aus.",
     [("SANCTION", "RUS", "EST", "Moscow")]),
    # (4) an organ named by its capital's English possessive acts for its state
    ("Seoul's Unification Ministry urged Pyongyang to resume dialogue.",
     [("REQUEST", "KOR", "PRK", None)]),
    ("Beijing's foreign ministry has condemned Manila.",
     [("ACCUSE", "CHN", "PHL", None)]),
    # (5) a summons in the agentless passive under one capital's dateline is that state's
    ("Wien (APA) - Der iranische Botschafter wurde am Montag ins Außenministerium bestellt.",
     [("ACCUSE", "AUT", "IRN", "Vienna")]),
    ("MOSCOW (Reuters) - The British ambassador was summoned to the foreign ministry on "
     "Monday.", [("ACCUSE", "RUS", "GBR", "Moscow")]),
    ("Genf (dpa) - Der iranische Botschafter wurde am Montag einbestellt.", []),
    # (6) "In <capital> hat das Außenministerium …": the organ without its state sits there
    ("In Peking hat das Außenministerium den japanischen Botschafter einbestellt.",
     [("ACCUSE", "CHN", "JPN", "Beijing")]),
    ("In Minsk hat der russische Außenminister Litauen kritisiert.",
     [("ACCUSE", "RUS", "LTU", "Minsk")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_capitals_and_expelling_states(extractor: Extractor, text: str,
                                       expected: list[tuple[str, str, str, str | None]]
                                       ) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the venue is a place, never a party
    ("Переговоры России и Китая прошли в Минске.",
     [("CONSULT", "CHN+RUS", "", "Minsk")]),
    ("Vertreter Russlands und der Ukraine trafen sich in Minsk.",
     [("CONSULT", "RUS+UKR", "", "Minsk")]),
    ("Officials of China and Japan held talks in Hanoi.",
     [("CONSULT", "CHN+JPN", "", "Hanoi")]),
    ("Talks between Russia and Ukraine took place in Istanbul.",
     [("CONSULT", "RUS+UKR", "", "Istanbul")]),
    ("Die Gespräche zwischen Russland und der Ukraine fanden in Istanbul statt.",
     [("CONSULT", "RUS+UKR", "", "Istanbul")]),
    # people from a state are no side; an act asked about is none
    ("Bürger aus Syrien haben Deutschland kritisiert.", []),
    ("Граждане из Сирии раскритиковали Германию.", []),
    ("Citizens from Syria criticized Germany.", []),
    # an expelling state in a clause asked about: no act
    ("Неясно, как Россия ответит на высылку дипломатов из Латвии.", []),
])
def test_venues_and_origins_stay_places(extractor: Extractor, text: str,
                                        expected: list[tuple[str, str, str, str | None]]
                                        ) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the capital owns the step that will not go unanswered: its state is acted on
    ("Недружественные действия Вильнюса не останутся без ответа, заявил Лавров.",
     [("THREATEN", "RUS", "LTU", None)]),
    ("Die feindseligen Schritte Warschaus werden nicht unbeantwortet bleiben, sagte Lawrow.",
     [("THREATEN", "RUS", "POL", None)]),
    ("Tokyo's hostile decision will not go unanswered, Russian Foreign Minister Sergey Lavrov "
     "said.", [("THREATEN", "RUS", "JPN", None)]),
    # a step taken in the capital names no maker
    ("Шаги в Вильнюсе не останутся без ответа, заявил Лавров.", []),
])
def test_capital_owning_the_step_answered(extractor: Extractor, text: str,
                                          expected: list[tuple[str, str, str, str | None]]
                                          ) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand's content clause opens with the capital asked to act: its state is addressed
    ("Москва настаивает на том, чтобы Рига отменила это решение.",
     [("REQUEST", "RUS", "LVA", None)]),
    ("Berlin fordert, dass Minsk die Journalisten sofort freilässt.",
     [("REQUEST", "DEU", "BLR", None)]),
    ("Tokyo demanded that Beijing release the detained businessman.",
     [("REQUEST", "JPN", "CHN", None)]),
    # a capital in another clause of an accusation stays a place or no side
    ("Москва обвинила Ригу в провокации, после того как в Вильнюсе прошла встреча.",
     [("ACCUSE", "RUS", "LVA", None)]),
])
def test_capital_asked_in_a_demands_clause(extractor: Extractor, text: str,
                                           expected: list[tuple[str, str, str, str | None]]
                                           ) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «В <столице> + verb in the third person plural»: the capital's government acts there
    ("В Пекине осудили решение Токио о размещении ракет.",
     [("ACCUSE", "CHN", "JPN", "Beijing")]),
    ("Латвия выслала российского дипломата. В Москве пообещали ответные меры.",
     [("SANCTION", "LVA", "RUS", "Riga"), ("THREATEN", "RUS", "LVA", "Moscow")]),
    # not a city that is no seat of government, not with a subject of its own
    ("В Петербурге осудили решение Токио.", []),
    ("В Москве Лавров осудил решение Токио.", [("ACCUSE", "RUS", "JPN", "Moscow")]),
])
def test_capital_where_an_impersonal_verb_is_said(extractor: Extractor, text: str,
                                                  expected: list[tuple[str, str, str, str | None]]
                                                  ) -> None:
    assert coded(extractor, text) == expected
