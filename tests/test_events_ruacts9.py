"""Russian acts of the rarer types and their sides (issue 12, branch ruacts9; probe
tests/data/probe/ru_acts9.jsonl):

- an inquiry or a petition brought to a state («обратился с запросом», «направил ходатайство»)
  is a request (REQUEST);
- border crossings closed (SANCTION); a confiscation a plan names is no act; a letter sent to a
  military attaché moves no force (no MOBILIZE);
- readiness to work together or coordinate is intent to cooperate (AGREE); backing another's
  initiative («выступила в поддержку инициативы») is support (SUPPORT), no proposal;
- measures a state will take «в случае …» and a state told it «пожалеет» are threats;
- «заявил протест» lodges a protest, it reports nothing: the act joined to it by «и» has the
  protester as its subject;
- a passive addressed to the summoned envoy («Посол был предупрежден о последствиях») goes on
  telling the summons: the communiqué's parties;
- the speaker of «…, что эти шаги не останутся без ответа» answers, and the speaker before a
  subjectless «что»-clause is its verb's subject;
- a search, custody and vehicles seized are coercion (COERCE);
- a head compounded with a hyphen («ИТ-компаний»), an organisation, a news agency, an officer,
  a scientist, a sportsman name their state's people as the adjective before them says;
- the state a deployment answered by a threat is made in is threatened, unless the phrase names
  the deploying state.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # an inquiry, a petition
    ("Посольство Китая обратилось к японскому правительству с запросом о судьбе рыбаков.",
     [("REQUEST", "CHN", "JPN")]),
    ("Киргизия направила Казахстану ходатайство об экстрадиции бывшего министра.",
     [("REQUEST", "KGZ", "KAZ")]),
    # border crossings closed; a search; a plan to confiscate; a letter to an attaché
    ("Литва закрыла два КПП на границе с Белоруссией.", [("SANCTION", "LTU", "BLR")]),
    ("Полиция Эстонии провела обыск в редакции российского телеканала в Таллине.",
     [("COERCE", "EST", "RUS")]),
    ("Москва осудила планы Берлина конфисковать российские активы.",
     [("ACCUSE", "RUS", "DEU")]),
    ("Минобороны Японии направило письмо военному атташе посольства Китая.", []),
    # readiness to work together
    ("Вьетнам готов и впредь тесно координировать позиции с Индией в АСЕАН.",
     [("AGREE", "IND+VNM", "")]),
    # a protest lodged, and the demand joined to it
    ("МИД Армении заявил Азербайджану протест и потребовал вернуть пленных.",
     [("ACCUSE", "ARM", "AZE"), ("REQUEST", "ARM", "AZE")]),
    # a passive addressed to the summoned envoy
    ("В МИД России был вызван посол Норвегии. Посол был предупрежден о последствиях "
     "недружественных шагов.", [("ACCUSE", "RUS", "NOR"), ("THREATEN", "NOR+RUS", "")]),
    # the speaker of an unanswered step answers; the speaker of a subjectless clause acts
    ("Белоруссия заявила, что эти действия Литвы не останутся без ответа.",
     [("THREATEN", "BLR", "LTU")]),
    ("Китай заявил, что ответит на размещение ракет средней дальности в Японии.",
     [("THREATEN", "CHN", "JPN")]),
    # hyphen compounds, organisations, news agencies as their state's people
    ("Австралия ввела санкции против пяти российских ИТ-компаний.",
     [("SANCTION", "AUS", "RUS")]),
    ("Генпрокуратура России признала нежелательной американскую организацию.",
     [("COERCE", "RUS", "USA")]),
    # measures on a case named; a state told it will regret a step
    ("Япония примет меры в случае повторного нарушения Китаем ее воздушного пространства.",
     [("THREATEN", "JPN", "CHN")]),
    ("Москва примет меры в случае необходимости, заявили в МИД России.", []),
    ("КНДР заявила, что Южная Корея пожалеет о своем решении.", [("THREATEN", "PRK", "KOR")]),
    # backing another's initiative is support, no proposal made
    ("Монголия выступила в поддержку китайской инициативы о создании форума.",
     [("SUPPORT", "MNG", "CHN")]),
    # custody, vehicles seized; officers, scientists, sportsmen as their state's people
    ("Власти Румынии поместили под стражу экипаж украинского сухогруза.",
     [("COERCE", "ROU", "UKR")]),
    ("Таможня Эстонии изъяла у граждан Белоруссии три автомобиля.", [("COERCE", "EST", "BLR")]),
    ("Суд Литвы заочно приговорил белорусского офицера к восьми годам.",
     [("COERCE", "LTU", "BLR")]),
    ("Власти Германии задержали китайского ученого по подозрению в шпионаже.",
     [("COERCE", "DEU", "CHN")]),
    ("Канада отказала в визах иранским спортсменам.", [("SANCTION", "CAN", "IRN")]),
    # the deploying state named: it is answered, the host stays a place
    ("Россия ответит на размещение ракет США в Германии.", [("THREATEN", "RUS", "USA")]),
    ("Китай заявил, что ответит на размещение американских ракет в Японии.",
     [("THREATEN", "CHN", "USA")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_acts(sided: Callable[[str], list[Sided]], text: str,
                      expected: list[Sided]) -> None:
    assert sided(text) == expected
