"""Russian type boundaries and sides of non-meeting acts, second round (probe set
tests/data/probe/ru_types2.jsonl): a protest or a warning is addressed to the state whose
act it answers («в связи с решением Норвегии»); readiness, intent or need to retaliate is
a threat, not an offer; a threat after a condition is coded with its main clause's
subject and the condition's state as its target; a capital after «в адрес», «в
отношении» or after a subject pronoun is the state acted on; one side's concern
(«российская сторона выразила озабоченность») is a complaint, the sides' shared concern
none. Each rule is shown on sentences of no evaluation set.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2024-05-15"

Coded = tuple[str, str, str, str]


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, "ru", PUBLISHED, ("type", "status", "actors", "recipients"))


@pytest.mark.parametrize(("text", "expected"), [
    # the state whose act a protest, a concern or a retaliation answers is its addressee
    ("МИД Казахстана выразил обеспокоенность в связи с действиями киргизских пограничников.",
     [("ACCUSE", "occurred", "KAZ", "KGZ")]),
    ("Захарова заявила о протесте в связи с решением Риги.",
     [("ACCUSE", "occurred", "RUS", "LVA")]),
    ("Россия ввела ответные меры в связи с санкциями Канады.",
     [("SANCTION", "occurred", "RUS", "CAN")]),
    # an act addressed already keeps its addressee
    ("МИД Азербайджана выразил протест России в связи с ограничением ввоза азербайджанской "
     "продукции.", [("ACCUSE", "occurred", "AZE", "RUS")]),
])
def test_the_answered_state_is_the_addressee(extractor: Extractor, text: str,
                                             expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Москва готова к ответным мерам в отношении Эстонии.",
     [("THREATEN", "occurred", "RUS", "EST")]),
    # «намерена» is a short adjective of intent, no passive: Russia acts
    ("Россия намерена ответить на действия Норвегии.",
     [("THREATEN", "occurred", "RUS", "NOR")]),
    ("Минск готов дать адекватный ответ на провокации Литвы.",
     [("THREATEN", "occurred", "BLR", "LTU")]),
    # the formula of need: «будет вынуждена принять меры» is announced, and active
    ("Москва будет вынуждена принять меры военно-технического характера против Финляндии.",
     [("THREATEN", "occurred", "RUS", "FIN")]),
    # intent to cooperate stays AGREE, a need to answer a question is no act
    ("Индия намерена развивать сотрудничество с Россией.",
     [("AGREE", "occurred", "IND+RUS", "")]),
    ("Лавров был вынужден ответить на вопрос журналиста.", []),
])
def test_readiness_to_retaliate_is_a_threat(extractor: Extractor, text: str,
                                            expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the condition's negation and «если» are not the threat's; its subject is the target
    ("Если Рига не откажется от этого решения, Москва введет ответные санкции против Латвии.",
     [("THREATEN", "occurred", "RUS", "LVA")]),
    ("Если Токио не изменит позицию, Пекин вышлет японских дипломатов.",
     [("THREATEN", "occurred", "CHN", "JPN")]),
    # a passive in the condition does not make the threat's clause passive
    ("Если санкции будут введены, Венгрия примет ответные меры против Украины.",
     [("THREATEN", "occurred", "HUN", "UKR")]),
    ("Если Финляндия разместит базы НАТО, мы будем вынуждены принять меры, заявил Лавров.",
     [("THREATEN", "occurred", "RUS", "FIN")]),
])
def test_a_conditional_threat(extractor: Extractor, text: str,
                              expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Захарова выразила протест в адрес Риги.", [("ACCUSE", "occurred", "RUS", "LVA")]),
    ("Лавров выступил с критикой в адрес Лондона.", [("ACCUSE", "occurred", "RUS", "GBR")]),
    ("Москва оставляет за собой право на ответные меры в отношении Таллина.",
     [("THREATEN", "occurred", "RUS", "EST")]),
    # a subject pronoun stands for the official named before: the capital is the object
    ("Лавров провел пресс-конференцию. Он также обвинил Хельсинки в отказе от нейтралитета.",
     [("ACCUSE", "occurred", "RUS", "FIN")]),
    # a place after «в» stays a place
    ("Пекин выразил протест в Токио.", []),
])
def test_capitals_as_addressees(extractor: Extractor, text: str,
                                expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российская сторона выразила озабоченность в связи с заявлениями министра обороны "
     "Польши.", [("ACCUSE", "occurred", "RUS", "POL")]),
    ("Белорусская сторона выразила озабоченность Литве в связи с нарушением границы.",
     [("ACCUSE", "occurred", "BLR", "LTU")]),
    # the sides' shared concern is an opinion
    ("Стороны выразили озабоченность ростом напряженности в регионе.", []),
])
def test_one_sides_concern_is_a_complaint(extractor: Extractor, text: str,
                                          expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act «expected» is still to come: a signing planned is AGREE
    ("В ходе визита ожидается подписание соглашения о сотрудничестве между Россией и Ираном.",
     [("AGREE", "planned", "IRN+RUS", ""), ("CONSULT", "occurred", "IRN+RUS", "")]),
    # «идея проведения» names a meeting or an exercise proposed, not held
    ("Россия и Куба выразили поддержку идее проведения совместных учений.",
     [("SUPPORT", "occurred", "CUB+RUS", "")]),
])
def test_acts_to_come(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
