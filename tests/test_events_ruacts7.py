"""Russian non-meeting acts, their type and their sides (issue 12, branch ruacts7; probe
tests/data/probe/ru_acts7.jsonl):

- measures promised or readied against a state are a threat, not a promise to cooperate
  («пообещал принять решительные меры», «о готовности принять контрмеры», «меры
  военно-технического характера»), and so is a step that «не останется безнаказанным»;
- a capital in the genitive owns the step an act answers or judges («ответ на решение
  Праги»), and «официальный Пекин» is the capital's government as a subject, as is a capital
  in the nominative after a fronted phrase with no comma («После ареста … Москва вызвала …»);
- a state that «протестует против» a step charges it, and a city people are expelled from
  («высылка … из Праги») names the state that expels;
- a step called censorship is charged (ACCUSE); a bid or an initiative backed is SUPPORT even
  where «диалог» stands in it; citizens expelled are COERCE (deport), diplomats SANCTION;
- an arrest in the short passive is done by the state of the city named after it («задержан в
  Екатеринбурге»); people a ban hits (a host, a centre) name their state; «наложили арест» seizes;
- an arrest told as a noun with a light verb («провели задержание»), a court named by its seat
  («Суд в Минске») and a decision to close a mission or to expel («приняло решение о закрытии
  консульства») are coded; exercises agreed to are the agreement's content, not exercises held;
- «предложил прекратить …» is a demand (REQUEST), not an offer; «обратилась в ОДКБ с просьбой»
  is addressed to the body;
- «высказались за расширение сотрудничества» is intent to cooperate (AGREE); restrictions on
  exports «в США» sanction the state the goods go to;
- the instrumental after a full passive participle is its agent («Введенные Японией санкции»);
- a communiqué's impersonal «Было подчеркнуто, что …» goes on with the report's parties.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # threats: measures promised or readied against a state, impunity ruled out
    ("Пекин пообещал принять решительные меры против Манилы.", [("THREATEN", "CHN", "PHL")]),
    ("Минск заявил о готовности принять контрмеры против Литвы.",
     [("THREATEN", "BLR", "LTU")]),
    ("Москва намерена принять меры военно-технического характера против Финляндии.",
     [("THREATEN", "RUS", "FIN")]),
    ("Действия Вашингтона не останутся безнаказанными, заявил Рябков.",
     [("THREATEN", "RUS", "USA")]),
    ("Минск пообещал Вильнюсу симметричные шаги.", [("THREATEN", "BLR", "LTU")]),
    # a state protesting against a step; a city people are expelled from names the expelling state
    ("Япония решительно протестует против учений российских войск на Курилах.",
     [("ACCUSE", "JPN", "RUS")]),
    ("Москва назвала высылку российских дипломатов из Праги провокацией.",
     [("ACCUSE", "RUS", "CZE")]),
    # a capital's genitive owns the step answered; the epithet of a capital's government
    ("Москва пообещала дать адекватный ответ на решение Праги.", [("THREATEN", "RUS", "CZE")]),
    ("Официальный Пекин осудил действия Манилы.", [("ACCUSE", "CHN", "PHL")]),
    ("Официальный Баку отверг требования Еревана.", [("REJECT", "AZE", "ARM")]),
    ("После ареста российских граждан в Баку Москва вызвала посла Азербайджана.",
     [("ACCUSE", "RUS", "AZE")]),
    # a verdict of censorship; a bid backed
    ("В МИД России назвали решение Риги откровенной цензурой.", [("ACCUSE", "RUS", "LVA")]),
    ("Казахстан поддержал заявку Монголии на статус партнера по диалогу ШОС.",
     [("SUPPORT", "KAZ", "MNG+SCO")]),
    # repression: a citizen expelled, an arrest with a light verb, a court by its seat
    ("Литва выдворила из страны гражданина России.", [("COERCE", "LTU", "RUS")]),
    ("Сотрудники ФСБ России провели задержание двух граждан Казахстана.",
     [("COERCE", "RUS", "KAZ")]),
    ("Суд в Минске приговорил гражданина Литвы к восьми годам заключения.",
     [("COERCE", "BLR", "LTU")]),
    # an arrest told in the short passive: the state of the city where it was done arrests
    ("Гражданин Казахстана задержан в Екатеринбурге.", [("COERCE", "RUS", "KAZ")]),
    ("Российский журналист был арестован в Тбилиси.", [("COERCE", "GEO", "RUS")]),
    # people a ban hits name their state; property arrested
    ("Молдавия запретила въезд российскому телеведущему.", [("SANCTION", "MDA", "RUS")]),
    ("Польша запретила деятельность российского культурного центра.",
     [("COERCE", "POL", "RUS")]),
    ("Власти Латвии наложили арест на имущество граждан России.", [("COERCE", "LVA", "RUS")]),
    # a decision to close a mission or to expel is the sanction
    ("Правительство Польши приняло решение о закрытии консульства России в Познани.",
     [("SANCTION", "POL", "RUS")]),
    ("Белоруссия приняла решение о высылке литовского дипломата.", [("SANCTION", "BLR", "LTU")]),
    # the agent of a full passive participle, in the instrumental, acts
    ("Введенные Японией санкции затронули 11 российских компаний.", [("SANCTION", "JPN", "RUS")]),
    # a stance for widening cooperation is intent to cooperate
    ("Россия и Индия высказались за расширение сотрудничества в энергетике.",
     [("AGREE", "IND+RUS", "")]),
    # trade restricted where it goes: that state is acted on
    ("Китай ввел ограничения на экспорт редкоземельных металлов в США.",
     [("SANCTION", "CHN", "USA")]),
    # exercises agreed to are what was agreed
    ("Китай и Пакистан договорились провести совместные учения в декабре.",
     [("AGREE", "CHN+PAK", "")]),
    # the body a request is brought to is its addressee
    ("Белоруссия обратилась в ОДКБ с просьбой о поддержке.", [("REQUEST", "BLR", "CSTO")]),
    # a demand in the wording of a proposal
    ("МИД России предложил Лондону прекратить антироссийскую кампанию.",
     [("REQUEST", "RUS", "GBR")]),
    # the impersonal passive of a communiqué goes on with the report's parties
    ("В МИД России был вызван посол Эстонии. Было подчеркнуто, что подобные действия не "
     "останутся без ответа.", [("ACCUSE", "RUS", "EST"), ("THREATEN", "EST+RUS", "")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_acts(sided: Callable[[str], list[Sided]], text: str,
                      expected: list[Sided]) -> None:
    assert sided(text) == expected
