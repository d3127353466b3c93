"""Russian conflict and demand acts: the wordings of ACCUSE, REJECT and THREATEN.

Sentences written for these tests (none from a gold set), each a construction of Russian with
its act type, actor and recipient as PLOVER codes them (../shared/spec/EVENTS.md, section 3):
criticism and condemnation told with a light verb («подверг критике»), accusations rejected
(«назвал обвинения безосновательными»), a threat worded as a promise («пообещал ответить»),
and condemnation of an attack, whose target is the perpetrator, not the place it happened.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-06-05"


def acts(extractor: Extractor, text: str, language: str = "ru") -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, language, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # criticism and condemnation with a light verb: «подвергнуть критике/осуждению»
    ('Лавров подверг критике политику США.', [('ACCUSE', 'RUS', 'USA')]),
    ('Глава МИД России подверг резкой критике действия Вашингтона.',
     [('ACCUSE', 'RUS', 'USA')]),
    ('Министр иностранных дел Китая подверг жесткой критике решение Японии.',
     [('ACCUSE', 'CHN', 'JPN')]),
    ('Действия Израиля были подвергнуты резкой критике со стороны Турции.',
     [('ACCUSE', 'TUR', 'ISR')]),
    ('Президент Ирана подверг осуждению удары Израиля по Сирии.',
     [('ACCUSE', 'IRN', 'ISR')]),
    # the verbs and nouns of criticism and condemnation already known
    ('МИД России резко раскритиковал решение Польши.', [('ACCUSE', 'RUS', 'POL')]),
    ('Китай осудил действия Филиппин в Южно-Китайском море.', [('ACCUSE', 'CHN', 'PHL')]),
    ('Иран обвинил Израиль в нападении на посольство.', [('ACCUSE', 'IRN', 'ISR')]),
    ('Турция выразила решительный протест Греции.', [('ACCUSE', 'TUR', 'GRC')]),
    ('Пекин назвал визит спикера в Тайбэй провокацией США.', [('ACCUSE', 'CHN', 'USA')]),
    # accusations rejected are a denial, no REJECT (docs/events.md: no request, demand or
    # proposal is refused; English codes «rejected the accusations» as none, too)
    ('Пекин назвал обвинения Вашингтона безосновательными.', []),
    ('Москва назвала голословными обвинения Лондона.', []),
    ('МИД Китая назвал абсурдными обвинения Австралии в кибератаках.', []),
    ('Кремль отверг обвинения Киева.', []),
    ('Иран отвергает обвинения США в поставках оружия.', []),
    ('Минск отверг обвинения Вильнюса в организации миграционного кризиса.', []),
    # a threat worded as a promise is THREATEN, never AGREE
    ('Россия пообещала ответить на высылку своих дипломатов из Германии.',
     [('THREATEN', 'RUS', 'DEU')]),
    ('Москва пообещала принять ответные меры в отношении Норвегии.',
     [('THREATEN', 'RUS', 'NOR')]),
    ('Китай обещает жесткий ответ на новые санкции США.', [('THREATEN', 'CHN', 'USA')]),
    ('Иран пригрозил Израилю ответным ударом.', [('THREATEN', 'IRN', 'ISR')]),
    ('КНДР пригрозила США ядерным ответом.', [('THREATEN', 'PRK', 'USA')]),
    ('Пхеньян пообещал дать жесткий ответ Сеулу.', [('THREATEN', 'PRK', 'KOR')]),
    ('Минск пообещал зеркальный ответ на санкции Литвы.', [('THREATEN', 'BLR', 'LTU')]),
    ('Иран пообещал отомстить Израилю за гибель генерала.', [('THREATEN', 'IRN', 'ISR')]),
    ('КНДР пообещала дать решительный отпор США.', [('THREATEN', 'PRK', 'USA')]),
    ('Пхеньян пообещал нанести удар по США.', [('THREATEN', 'PRK', 'USA')]),
    ('Москва пообещала Вашингтону серьезные последствия.', [('THREATEN', 'RUS', 'USA')]),
    ('Турция обещает Греции жесткие меры.', [('THREATEN', 'TUR', 'GRC')]),
    ('Китай обещает реагировать на провокации Филиппин.', [('THREATEN', 'CHN', 'PHL')]),
    # a promise of help stays a promise
    ('Германия пообещала выделить Украине новый пакет помощи.', [('AGREE', 'DEU', 'UKR')]),
    ('Япония пообещала Индонезии поддержку в строительстве порта.',
     [('AGREE', 'JPN', 'IDN')]),
    # demands told as expectations or pursuits; media blocked as a ban of broadcasting
    ('Москва ждет от Вашингтона объяснений.', [('REQUEST', 'RUS', 'USA')]),
    ('Россия ожидает от Японии официальных разъяснений.', [('REQUEST', 'RUS', 'JPN')]),
    ('Китай добивается от США отмены пошлин.', [('REQUEST', 'CHN', 'USA')]),
    ('Киргизия потребовала от Таджикистана извинений.', [('REQUEST', 'KGZ', 'TJK')]),
    ('Молдавия заблокировала телеканалы России.', [('COERCE', 'MDA', 'RUS')]),
    ('Власти Литвы задержали гражданина Беларуси.', [('COERCE', 'LTU', 'BLR')]),
    # condemning an attack: neither the place it happened nor the people of a coordinated
    # clause is its target, and an accusation with no target is not coded
    ('Москва осудила теракт в Стамбуле и выразила соболезнования народу Турции.',
     [('SUPPORT', 'RUS', 'TUR')]),
    ('Китай решительно осудил теракт в Пакистане.', []),
    ('Индия осудила нападение на посольство в Кабуле.', []),
    ('Франция осудила взрыв в Бейруте и предложила помощь Ливану.', [('AGREE', 'FRA', 'LBN')]),
    ('Было выражено осуждение теракта в Москве.', []),
    # the perpetrator named as such is still the target
    ('Россия осудила нападение Украины на Белгород.', [('ACCUSE', 'RUS', 'UKR')]),
    ('Иран осудил удар Израиля по консульству в Дамаске.', [('ACCUSE', 'IRN', 'ISR')]),
    ('Сербия осудила нападение Косово на сербов.', [('ACCUSE', 'SRB', 'XKX')]),
])
def test_ru_conflict_acts(extractor: Extractor, text: str,
                          expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the attack rule in English and German: no target from a coordinated clause, the
    # perpetrator still the target
    ("en", "Moscow condemned the terrorist attack in Istanbul and expressed condolences to the "
     "people of Turkey.", []),
    ("en", "Russia condemned the attack by Ukraine on Belgorod.", [("ACCUSE", "RUS", "UKR")]),
    # the coordinated clause shares the capital subject (issue 12, detrig4): its condolences
    # are SUPPORT RUS → TUR, as in probe-de-07; the ACCUSE still takes no target
    ("de", "Moskau verurteilte den Anschlag in Istanbul und sprach dem türkischen Volk sein "
     "Beileid aus.", [("SUPPORT", "RUS", "TUR")]),
    ("de", "Moskau verurteilte den Angriff der Ukraine auf Belgorod.", [("ACCUSE", "RUS", "UKR")]),
])
def test_attack_condemned_en_de(extractor: Extractor, language: str, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert acts(extractor, text, language) == expected
