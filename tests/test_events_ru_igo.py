"""Russian reports of IGO bodies' meetings: one act per body, who took part, who stayed away.

Sentences written for these tests (none from a gold set), each a construction of Russian
reports on CSTO, CIS, SCO and EAEU sessions, with the participant codes the spec asks for
(../shared/spec/EVENTS.md, section 3: an IGO meeting's participants are its code plus the
states the text names as taking part; each meeting of a distinct body is its own act; acts are
merged only with the same sides and date). The probe set tests/data/probe/ru_igo.jsonl holds
the whole pages.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.events.bodies import body_key

PUBLISHED = "2024-06-05"


def acts(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    """Each event as (type, participant codes, status), sorted."""
    documents = extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                           language="ru")])
    return sorted((e.event_type or "",
                   "+".join(sorted({a.code for a in (*e.actors, *e.recipients) if a.code})),
                   e.status or "")
                  for doc in documents for e in doc.events)


CSTO5 = "BLR+CSTO+KAZ+KGZ+RUS+TJK"


@pytest.mark.parametrize(("text", "expected"), [
    # several bodies' meetings coordinated after one plural noun: one act per body, each with
    # the members the next sentence lists
    ("5 июня в Минске состоялись заседания Совета министров иностранных дел, Совета "
     "министров обороны и Комитета секретарей советов безопасности ОДКБ. В заседаниях приняли "
     "участие делегации Беларуси, Казахстана, Кыргызстана, России и Таджикистана.",
     [("CONSULT", CSTO5, "occurred")] * 3),
    ("В Бишкеке прошли заседания Совета министров иностранных дел и Совета министров обороны "
     "СНГ. В них приняли участие делегации Армении, Беларуси и России.",
     [("CONSULT", "ARM+BLR+CIS+RUS", "occurred")] * 2),
    # the abbreviation of a body is the same body as its full name: one act
    ("Заседание Совета министров иностранных дел ОДКБ прошло в среду в Москве. Заседание СМИД "
     "провел министр иностранных дел Казахстана Мурат Нуртлеу.",
     [("CONSULT", "CSTO+KAZ", "occurred")]),
    # a joint meeting of several bodies is one act
    ("Совместное заседание СМИД и СМО ОДКБ прошло во вторник в Ереване. В нем приняли участие "
     "министры Армении, Беларуси и России.",
     [("CONSULT", "ARM+BLR+CSTO+RUS", "occurred")]),
    # a body's meeting named after a preposition is the aim of another act, no meeting told
    ("Заседание Совета министров иностранных дел ОДКБ прошло в среду в Москве. В заседании "
     "приняли участие Министр иностранных дел Беларуси Максим Рыженков и Министр иностранных "
     "дел Казахстана Мурат Нуртлеу. Министры одобрили проекты документов к сессии Совета "
     "коллективной безопасности.",
     [("CONSULT", "BLR+CSTO+KAZ", "occurred"), ("SUPPORT", "BLR+CSTO+KAZ", "occurred")]),
])
def test_one_act_per_body(extractor: Extractor, text: str,
                          expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("name", "key"), [
    ("Совета министров иностранных дел", "СМИД"),
    ("СМИД", "СМИД"),
    ("Комитета секретарей советов безопасности", "КССБ"),
    ("Высшего Евразийского экономического совета", "ВЕЭС"),
    ("Совет глав правительств", "СГП"),
])
def test_body_key(name: str, key: str) -> None:
    """A body's full name and its abbreviation give one key: the initials of its words."""
    assert body_key(name) == key


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting told with «на» or the outcome of it told «по итогам»: one meeting each
    ("На заседании Совета министров иностранных дел ОДКБ в среду министры иностранных дел "
     "Беларуси и Казахстана обсудили ситуацию в Афганистане.",
     [("CONSULT", "BLR+CSTO+KAZ", "occurred")]),
    ("По итогам заседания Совета министров обороны ОДКБ в среду министры обороны Беларуси и "
     "Казахстана подписали план сотрудничества.",
     [("CONSULT", "BLR+CSTO+KAZ", "occurred"), ("SUPPORT", "BLR+CSTO+KAZ", "occurred")]),
])
def test_meeting_told_in_a_phrase(extractor: Extractor, text: str,
                                  expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # heads of state listed with their titles take part for their own states, not for the
    # IGO; the outcome the chair's sentence gave its sides is the whole table's
    ("Сессия Совета коллективной безопасности ОДКБ прошла в четверг в Минске под "
     "председательством Президента Беларуси Александра Лукашенко. В ней приняли участие "
     "Президент России Владимир Путин, Президент Казахстана Касым-Жомарт Токаев, Президент "
     "Кыргызстана Садыр Жапаров и Президент Таджикистана Эмомали Рахмон. По итогам сессии "
     "главы государств подписали пакет документов.",
     [("CONSULT", CSTO5, "occurred"), ("SUPPORT", CSTO5, "occurred")]),
    # the present tense of taking part («участвуют»), states in the genitive after a plural
    # title; a state that sent no delegation stays away
    ("Сессия Совета глав государств СНГ прошла в пятницу в Душанбе под председательством "
     "Президента Таджикистана Эмомали Рахмона. В ней участвуют президенты Азербайджана Ильхам "
     "Алиев, Беларуси Александр Лукашенко и Узбекистана Шавкат Мирзиёев. Армения делегацию не "
     "направила. По итогам сессии главы государств подписали пакет документов.",
     [("CONSULT", "AZE+BLR+CIS+TJK+UZB", "occurred"),
      ("SUPPORT", "AZE+BLR+CIS+TJK+UZB", "occurred")]),
    ("Заседание Совета министров иностранных дел ОДКБ прошло в среду в Москве. В заседании "
     "участвовали министры иностранных дел Беларуси и Казахстана. Армения участия в "
     "заседании не принимала.",
     [("CONSULT", "BLR+CSTO+KAZ", "occurred")]),
    ("Заседание Совета министров обороны СНГ прошло в четверг в Москве. В нем приняли участие "
     "делегации Беларуси и Таджикистана. Азербайджан отказался от участия в заседании.",
     [("CONSULT", "BLR+CIS+TJK", "occurred")]),
])
def test_who_took_part(extractor: Extractor, text: str,
                       expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the chair takes part («под председательством», «председательствовал»), and so do those
    # named in the inverted order «участие в нем приняли …»
    ("Заседание Совета глав правительств СНГ прошло в пятницу в Ашхабаде. Председательствовал "
     "председатель правительства России Михаил Мишустин.",
     [("CONSULT", "CIS+RUS", "occurred")]),
    ("5 июня в формате видеоконференции состоялось заседание рабочей группы ОДКБ по "
     "информационной безопасности. Участие в нем приняли представители Армении и Казахстана.",
     [("CONSULT", "ARM+CSTO+KAZ", "occurred")]),
])
def test_chair_and_word_order(extractor: Extractor, text: str,
                              expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # agreeing to coordinate positions is an agreement; agreeing with a position is an opinion
    ("Министры иностранных дел России и Казахстана согласились координировать позиции в ООН.",
     [("AGREE", "KAZ+RUS", "occurred")]),
    ("Главы МИД Белоруссии и Китая согласились сверять позиции по вопросам безопасности.",
     [("AGREE", "BLR+CHN", "occurred")]),
    ("Стороны согласились с позицией Китая.", []),
    # a decision taken to set up or hold something together; a decision to expel is a sanction
    ("Россия и Белоруссия приняли решение о создании совместной рабочей группы.",
     [("AGREE", "BLR+RUS", "occurred")]),
    ("Министры России и Китая приняли решение о проведении совместных учений.",
     [("AGREE", "CHN+RUS", "occurred")]),
    ("Правительство Литвы приняло решение о высылке дипломатов России.",
     [("SANCTION", "LTU+RUS", "occurred")]),
])
def test_agreements_of_councils(extractor: Extractor, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected
