"""Russian acts that are found but got no event (issue 12, ``no_sides``), and the rules of
Russian that give them their sides. Each rule is shown on wordings of no evaluation set.

The fate of each candidate is listed by ``python -m communique.tools.explain_sides``.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor
from communique.document import Document, RawDocument

PUBLISHED = "2024-06-05"


def run(extractor: Extractor, text: str) -> Document:
    return next(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                           language="ru")]))


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, "ru", PUBLISHED)


# --- a diplomat's posting: the state it serves in is the other side -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the summoned ambassador's place of posting acts
    ("Посол Нидерландов в Венгрии Петер ван Дейк был вызван в министерство иностранных дел "
     "республики.", [("ACCUSE", "HUN", "NLD")]),
    # an embassy hands a note to the ministry «of the republic» it is posted in
    ("Посольство Армении в Иране направило ноту протеста в МИД республики.",
     [("ACCUSE", "ARM", "IRN")]),
    # with no place of posting, the diplomat serves where the report is filed
    ("РИГА, 2 февраля. /ТАСС/. Временному поверенному в делах Белоруссии была вручена нота "
     "протеста.", [("ACCUSE", "LVA", "BLR")]),
    # the city of posting names its state
    ("Посол Франции в Москве был вызван в МИД.", [("ACCUSE", "RUS", "FRA")]),
    # a meeting of an ambassador with an official of the state he is posted in
    ("Посол России в Турции Алексей Ерхов провел встречу с заместителем министра "
     "иностранных дел республики.", [("CONSULT", "RUS+TUR", "")]),
    ("Министерство иностранных дел Российской Федерации\nО беседе с Послом Японии\n"
     "17 мая состоялась беседа с Послом Японии в Москве Т.Муто.", [("CONSULT", "JPN+RUS", "")]),
    ("НЬЮ-ДЕЛИ, 23 ноября. /ТАСС/. Посол Бразилии встретился с заместителем главы МИД.",
     [("CONSULT", "BRA", "IND")]),   # met in the host's capital: a visit
    # a second state named: the rule fills no side
    ("Посол Франции в Москве встретился с послом Индии.", [("CONSULT", "FRA+IND", "")]),
    # not a diplomat: a state with no act on the other side stays uncoded
    ("ТАЛЛИН, 2 февраля. /ТАСС/. Правительство Литвы заявило протест.", []),
])
def test_posting_state_takes_the_empty_side(extractor: Extractor, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == expected


# --- an official of a ministry named without its state ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's own page: its header names the state
    ("Министерство иностранных дел Российской Федерации\nО встрече с Послом Японии\n"
     "15 марта заместитель Министра иностранных дел А.Ю.Руденко принял Посла Японии Т.Муто.",
     [("CONSULT", "JPN", "RUS")]),     # an ambassador received: he comes to the ministry
    ("МИД Казахстана сообщил о консультациях. Заместитель министра иностранных дел "
     "Р.Василенко провел встречу с Послом Индии А.Кумаром.", [("CONSULT", "IND+KAZ", "")]),
    # no ministry named before: the official stays without a state
    ("Заместитель министра иностранных дел Р.Василенко провел встречу с Послом Индии "
     "А.Кумаром.", []),
])
def test_official_of_the_ministry_named_before(extractor: Extractor, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == expected


# --- sides named in the sentence before, referred back to --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # members of a forum named in the sentence before, with no act of theirs there
    ("Лидеры стран ШОС собрались в Астане. Участники саммита подписали декларацию.",
     [("CONSULT", "SCO", ""), ("SUPPORT", "SCO", "")]),
    # the gathering is itself the meeting (frame «собраться» with «делегация»); in Beijing,
    # China hosts, as Egypt in Cairo below
    ("Делегации Китая и Индии собрались в Пекине. Участники обсудили пограничные вопросы.",
     [("CONSULT", "IND", "CHN")]),
    ("Министры иностранных дел Египта и Иордании прибыли в Каир. Стороны обсудили "
     "ситуацию в Газе.", [("CONSULT", "JOR", "EGY")]),     # met in Cairo: Egypt hosts
    # one state before: no joint act of two sides
    ("Делегация Китая прибыла в Пекин. Участники обсудили пограничные вопросы.", []),
    # no word referring back: the act stays unnamed
    ("Лидеры Китая и Индии прибыли в Пекин. Обсуждались пограничные вопросы.", []),
])
def test_sides_named_in_the_sentence_before(extractor: Extractor, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == expected


# --- the object first, the subjects after the verb ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Инициативу поддержали Китай, Индия и Бразилия.", [("SUPPORT", "BRA+CHN+IND", "")]),
    ("Эту резолюцию осудили Франция и Германия.", [("ACCUSE", "DEU+FRA", "")]),
    # a party first keeps the order it had: the state is the object by its form
    ("Российскую инициативу поддержал Китай.", [("SUPPORT", "CHN", "RUS")]),
    ("Поэтому Китай поддержал Россию.", [("SUPPORT", "CHN", "RUS")]),
    # a subject in the nominative before the verb is no object
    ("Делегация осудила Францию и Германию.", []),
])
def test_object_before_the_verb(extractor: Extractor, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == expected


# --- a visit that opens the report: the visitor and the host are its main parties ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Египта Абдель Фаттах ас-Сиси прибыл в Пекин с государственным визитом. "
     "В ходе визита подписано соглашение о сотрудничестве.",
     [("CONSULT", "EGY", "CHN"), ("SUPPORT", "CHN+EGY", "")]),
    ("Премьер-министр Индии Нарендра Моди прибыл в Москву с официальным визитом. "
     "Состоялись переговоры в узком составе.", [("CONSULT", "IND", "RUS")]),
    # a meeting of two sides named opens the report: the visit adds no one to it; the visit
    # itself is to the place's state, not to the talks' partner (twelfth session: it was one
    # CONSULT EGY → CHN+KAZ)
    ("Президент Египта прибыл в Пекин. Он провел переговоры с президентом Казахстана. "
     "В ходе переговоров подписано соглашение.",
     [("CONSULT", "EGY", "CHN"), ("CONSULT", "EGY+KAZ", ""), ("SUPPORT", "EGY+KAZ", "")]),
])
def test_acts_of_a_visit_that_opens_the_report(extractor: Extractor, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == expected
