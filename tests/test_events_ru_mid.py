"""Russian ministry and agency communiqués (MID.ru, BelTA, TASS, Kazinform; probe set
tests/data/probe/ru_mid.jsonl): sides stated by case frames rather than by a subject. Each
rule is shown on wordings of no evaluation set besides the probe's own.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2024-06-05"

Coded = tuple[str, str | None, str, str]


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, "ru", PUBLISHED, ("type", "mode", "actors", "recipients"))


@pytest.mark.parametrize(("text", "expected"), [
    # «по + дательный» of a state's name: what is talked of or supported, no side
    ("Лавров заявил, что Москва поддерживает позицию Белграда по Косово.",
     [("SUPPORT", None, "RUS", "SRB")]),
    ("Президент России провел переговоры с премьер-министром Индии по Украине.",
     [("CONSULT", None, "IND+RUS", "")]),
    ("Министры Турции и Ирана провели в Анкаре консультации по Сирии.",
     [("CONSULT", "visit", "IRN", "TUR")]),
    # «по подготовке к саммиту», «подготовку к визиту»: what is prepared is a topic, no meeting
    ("Министры обменялись мнениями по подготовке к саммиту БРИКС.", []),
    ("Стороны обсудили подготовку к визиту президента Турции в Россию.", []),
    # a capitalised name after «по» that is no state leaves the sides as they were
    ("Россия и Иран провели консультации по Ближнему Востоку.",
     [("CONSULT", None, "IRN+RUS", "")]),
])
def test_state_after_po_is_a_topic(extractor: Extractor, text: str,
                                   expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Глава МИД КНР Ван И встретился в среду на полях 79-й сессии Генассамблеи ООН с "
     "министром иностранных дел России Сергеем Лавровым.",
     [("CONSULT", None, "CHN+RUS", "")]),
    ("В кулуарах сессии Генеральной Ассамблеи ООН глава МИД Ирана провел беседу с министром "
     "иностранных дел Египта.",
     [("CONSULT", None, "EGY+IRN", "")]),
    ("На полях заседания Совета министров иностранных дел ОДКБ Лавров провел беседу с "
     "белорусским коллегой Максимом Рыженковым.",
     [("CONSULT", None, "BLR+RUS", "")]),
    # at the session itself, not on its sidelines, the IGO takes part
    ("Путин встретился с президентом Турции на саммите ШОС в Астане.",
     [("CONSULT", "multilateral", "RUS+SCO+TUR", "")]),
])
def test_igo_on_whose_sidelines_a_meeting_is_held_is_no_side(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the participle before its noun: the noun after it is the visitor
    ("Министр иностранных дел Беларуси Максим Рыженков провел переговоры с прибывшим в Минск "
     "с официальным визитом министром иностранных дел Вьетнама Буй Тхань Шоном.",
     [("CONSULT", "visit", "VNM", "BLR")]),
    ("Премьер-министр Индии встретился с находящимся в Нью-Дели с визитом канцлером Германии.",
     [("CONSULT", "visit", "DEU", "IND")]),
    ("Президент Казахстана принял находящегося в Астане с визитом министра иностранных дел "
     "Китая Ван И.",
     [("CONSULT", "visit", "CHN", "KAZ")]),
    # the participle after its noun and a comma: the noun before it is the visitor
    ("Лавров провел переговоры с министром иностранных дел Египта, находящимся в Москве с "
     "рабочим визитом.",
     [("CONSULT", "visit", "EGY", "RUS")]),
])
def test_participle_of_a_visit_names_the_visitor(extractor: Extractor, text: str,
                                                 expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


MID = "Министерство иностранных дел Российской Федерации\nСообщение для СМИ\n"


@pytest.mark.parametrize(("text", "expected"), [
    (MID + "12 мая в Москве прошли консультации с делегацией Ирана по вопросам МИБ.",
     [("CONSULT", "visit", "IRN", "RUS")]),
    (MID + "12 мая в Тегеране прошли консультации с делегацией Ирана по вопросам МИБ.",
     [("CONSULT", "visit", "RUS", "IRN")]),
    (MID + "12 мая состоялись межведомственные консультации с иранской стороной.",
     [("CONSULT", None, "IRN+RUS", "")]),
    ("Министерство иностранных дел Республики Беларусь\nНовости\n11 ноября состоялась встреча "
     "с послом Китая.",
     [("CONSULT", None, "BLR+CHN", "")]),
    # the one side named only by its delegation's head
    (MID + "12 мая состоялись консультации по вопросам МИБ. Иранскую делегацию возглавлял "
     "заместитель министра иностранных дел.",
     [("CONSULT", None, "IRN+RUS", "")]),
    (MID + "12 мая в Тегеране состоялись консультации. Делегацию Ирана возглавлял заместитель "
     "министра иностранных дел.",
     [("CONSULT", "visit", "RUS", "IRN")]),
    # no masthead, or one naming two states (an embassy's page): the one side gives no event
    ("12 мая в Женеве прошли консультации с делегацией Ирана.", []),
    ("12 мая состоялись консультации. Иранскую делегацию возглавлял заместитель министра.", []),
    ("Посольство Республики Беларусь в Китайской Народной Республике\nНовости\n11 ноября "
     "состоялась встреча с заместителем министра коммерции КНР.", []),
])
def test_meeting_with_one_side_is_held_by_the_ministry_of_the_page(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("МИД России выразил протест Эстонии. Эстонской стороне заявлено, что ответные меры "
     "последуют.",
     [("ACCUSE", None, "RUS", "EST"), ("THREATEN", None, "RUS", "EST")]),
    ("23 апреля в МИД России был вызван Посол Германии в Москве. Германской стороне указано, "
     "что враждебные действия Берлина не останутся без ответа.",
     [("ACCUSE", None, "RUS", "DEU"), ("THREATEN", None, "RUS", "DEU")]),
    # the name's own accusative before the verb, the subject after it: unchanged
    ("Кубу посетил министр иностранных дел России.", [("CONSULT", "visit", "RUS", "CUB")]),
])
def test_dative_side_before_the_verb_is_acted_on(extractor: Extractor, text: str,
                                                 expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("27 мая в Астане состоялось заседание Совета министров иностранных дел ОДКБ. В заседании "
     "приняли участие министры иностранных дел Беларуси, Казахстана, России и Таджикистана. "
     "Следующее заседание СМИД ОДКБ решено провести в Москве в 2025 году.",
     [("AGREE", None, "BLR+CSTO+KAZ+RUS+TJK", ""),
      ("CONSULT", "multilateral", "BLR+CSTO+KAZ+RUS+TJK", "")]),
    # hosted by a state not at the table: that state's and the IGO's, no members carried
    ("27 мая в Астане состоялось заседание Совета министров иностранных дел ОДКБ. В заседании "
     "приняли участие министры иностранных дел Беларуси, Казахстана, России и Таджикистана. "
     "Следующее заседание СМИД ОДКБ решено провести в Китае в 2025 году.",
     [("AGREE", None, "CSTO", ""),
      ("CONSULT", "multilateral", "BLR+CSTO+KAZ+RUS+TJK", "")]),
])
def test_next_meeting_of_an_igo_is_agreed_by_those_at_its_table(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
