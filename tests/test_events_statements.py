"""A ministry's statement page: the acts its speaker states in the first person are
addressed to the one other state its headline names and are of the day it is released;
states' media named by their adjective are a side of the restrictions put on them; a
step called a breach of law is charged (events/resolve.add_first_person_side, _story_date;
cue ``people_head``; lang/ru/events.yaml). Pages and sentences written for these tests from
the constructions, none from a gold set; each with its exact coded events."""

from __future__ import annotations

import pytest

from communique import Extractor
from test_events_frames_de import coded

STATEMENT = ("Министерство иностранных дел Российской Федерации\n"
             "Главная / Пресс-служба / Комментарии\n"
             "Комментарий официального представителя МИД России в связи с решением властей "
             "Литвы\n"
             "Власти Литвы 18 ноября закрыли генеральное консульство России в Клайпеде.\n"
             "Настаиваем на пересмотре этого решения.\n"
             "Оставляем за собой право на ответные меры.\n")


def test_statement_acts_answer_the_headlines_state_on_the_day_of_release(
        extractor: Extractor) -> None:
    # the closure keeps its own day; the demand and the threat are the statement's, of
    # the page's day (PUBLISHED, 2021-11-24), addressed to Lithuania
    assert coded(extractor, STATEMENT) == [
        ("SANCTION", None, "occurred", "LTU", "RUS", "2021-11-18", None),
        ("REQUEST", None, "occurred", "RUS", "LTU", "2021-11-24", None),
        ("THREATEN", None, "occurred", "RUS", "LTU", "2021-11-24", None),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # media named by a state adjective: that state's people (a Russian undated act is of
    # the day of release, a German one of its month)
    ("Власти Латвии запретили въезд в страну съемочной группе российского телеканала.",
     [("SANCTION", None, "occurred", "LVA", "RUS", "2021-11-24", None)]),
    ("Die Behörden Litauens verweigerten zwei russischen Korrespondenten die Einreise.",
     [("SANCTION", None, "occurred", "LTU", "RUS", "2021-11", None)]),
    ("Власти Молдавии лишили аккредитации корреспондентов российских информационных агентств.",
     [("COERCE", None, "occurred", "MDA", "RUS", "2021-11-24", None)]),
    # a step called a breach of law: an accusation
    ("Москва назвала закрытие консульства грубым нарушением Венской конвенции со стороны "
     "Литвы.", [("ACCUSE", None, "occurred", "RUS", "LTU", "2021-11-24", None)]),
])
def test_media_and_breaches(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


def test_first_person_act_is_of_the_day_of_release_in_english(extractor: Extractor) -> None:
    # an English undated act is of the month; one stated in the first person of the day
    text = ("Statement by the Ministry of Foreign Affairs of Japan\n\n"
            "We strongly condemn the latest provocation of North Korea.")
    assert coded(extractor, text) == [
        ("ACCUSE", None, "occurred", "JPN", "PRK", "2021-11-24", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # who reports an agentless passive did it; the passive's subject follows the reporting verb
    ("Estonia said two Russian diplomats were expelled.",
     [("SANCTION", "expel", "occurred", "EST", "RUS", "2021-11", "Tallinn")]),
    ("Das Auswärtige Amt teilte mit, zwei russische Diplomaten seien ausgewiesen worden.",
     [("SANCTION", "expel", "occurred", "DEU", "RUS", "2021-11", "Berlin")]),
    # with the agent named, the agent acts whoever reports it
    ("Germany said two of its diplomats were expelled by Russia.",
     [("SANCTION", "expel", "occurred", "RUS", "DEU", "2021-11", "Moscow")]),
])
def test_reporter_of_an_agentless_passive(extractor: Extractor, text: str,
                                          expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a note that carries a demand and no protest is the demand; a protest note is a protest
    ("МИД Литвы направил белорусской стороне ноту с требованием освободить задержанного "
     "гражданина.", [("REQUEST", None, "occurred", "LTU", "BLR", "2021-11-24", None)]),
    ("МИД России вручил временному поверенному в делах Эстонии ноту протеста.",
     [("ACCUSE", None, "occurred", "RUS", "EST", "2021-11-24", "Moscow")]),
    ("Посольство России направило в МИД Польши ноту протеста с требованием прекратить "
     "провокации.", [("ACCUSE", None, "occurred", "RUS", "POL", "2021-11-24", "Moscow")]),
])
def test_note_with_a_demand(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected
