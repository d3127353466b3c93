"""Russian acts easy to confuse, their type and their sides (issue 12, branch ruacts8; probe
tests/data/probe/ru_acts8.jsonl):

- the ministry's briefing digests («Из ответов … на вопросы СМИ», «Брифинг …») are its
  statements: their «мы» and first-person verbs are the ministry's state;
- a fronted adverb of time («Вчера Рига ввела …») leaves a capital the subject;
- an assurance of help or support, readiness to give help or support and help a state will go
  on giving are promises (AGREE) from the giver to the one helped, not support expressed or aid
  delivered;
- a state that «выступает против» another's sanctions charges it (ACCUSE); against a proposal
  it rejects (REJECT);
- sanctions announced by their noun («объявила о введении санкций») are imposed; sanctions a
  threat names («угрозы ввести санкции») are not;
- measures promised against a state, taken to defend one's rights or on a condition, readiness
  to defend oneself against a state and advice to think of the consequences are threats;
- a step called politically motivated is charged, accusations called so are denied (no act);
  a date («от … 2020 года») does not make a condemnation a sentence, a term in years («на шесть
  лет») does (COERCE);
- a proposal brought to a state («обратился к … с предложением») is an offer to it, and the
  note that carries it («Соответствующая нота») is no protest;
- a mission named back without its state («Посольство обратилось …») is the one named before;
- a measure of restraint and a remand to a detention centre are arrests (COERCE); the hope or
  expectation that a state will cancel or release something is a demand (REQUEST).

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # a briefing digest speaks for the ministry
    ("Из ответов официального представителя МИД России на вопросы СМИ\n"
     "Вопрос: Как в Москве оценивают заявления польских политиков?\n"
     "Ответ: Мы неоднократно предупреждали польскую сторону о последствиях подобных шагов.",
     [("THREATEN", "RUS", "POL")]),
    ("Брифинг официального представителя МИД России\n"
     "Призываем Токио отказаться от курса на милитаризацию.", [("REQUEST", "RUS", "JPN")]),
    # a capital after a fronted adverb of time is the subject
    ("Вчера Рига ввела запрет на въезд российских грузовиков.", [("SANCTION", "LVA", "RUS")]),
    # promises: an assurance, readiness to help, help that will go on
    ("Президент Ирана заверил, что Тегеран продолжит оказывать Сирии помощь.",
     [("AGREE", "IRN", "SYR")]),
    ("Посол Японии заверил, что обращение будет передано в Токио.", []),
    ("Турция выразила готовность оказать Азербайджану содействие в разминировании.",
     [("AGREE", "TUR", "AZE")]),
    ("Китай продолжит оказывать Пакистану помощь.", [("AGREE", "CHN", "PAK")]),
    ("Китай готов поддержать Венгрию в ее усилиях по урегулированию.",
     [("AGREE", "CHN", "HUN")]),
    ("США продолжат оказывать давление на Иран.", []),
    # opposing another's sanctions charges it; opposing a proposal rejects it
    ("Бразилия выступила против санкций США в отношении Венесуэлы.",
     [("ACCUSE", "BRA", "USA+VEN")]),
    ("Германия выступила против инициативы Польши.", [("REJECT", "DEU", "POL")]),
    # sanctions announced by their noun; sanctions a threat names
    ("Канада объявила о введении санкций против иранских чиновников.",
     [("SANCTION", "CAN", "IRN")]),
    ("Минск осудил угрозы Литвы ввести санкции против белорусских перевозчиков.",
     [("ACCUSE", "BLR", "LTU")]),
    # threats: measures promised against a state, measures to defend one's interests
    ("Турция пообещала принять меры против Греции.", [("THREATEN", "TUR", "GRC")]),
    ("Анкара примет все необходимые меры для защиты своих интересов, заявили в МИД Турции, "
     "комментируя решение Греции.", [("THREATEN", "TUR", "GRC")]),
    # readiness to defend oneself against a state, advice to think of the consequences and
    # measures on a condition warn; joint defence is an agreement
    ("Минск заявил о готовности защитить свои границы от провокаций Варшавы.",
     [("THREATEN", "BLR", "POL")]),
    ("Китай намерен защищать свой суверенитет от посягательств Манилы.",
     [("THREATEN", "CHN", "PHL")]),
    ("Россия и Белоруссия заявили о готовности совместно защищать Союзное государство.",
     [("AGREE", "BLR+RUS", "")]),
    ("Россия предложила Финляндии подумать о последствиях вступления в НАТО.",
     [("THREATEN", "RUS", "FIN")]),
    ("Захарова заявила, что Москва примет меры, если Кишинев продолжит дискриминацию "
     "русскоязычных.", [("THREATEN", "RUS", "MDA")]),
    # a step called politically motivated; a dated agreement; a term in years
    ("В МИД Словакии назвали решение Киева политически мотивированным.",
     [("ACCUSE", "SVK", "UKR")]),
    ("Москва назвала политически мотивированными обвинения Лондона.", []),
    ("Армения осудила нарушение Азербайджаном соглашения от 9 ноября 2020 года.",
     [("ACCUSE", "ARM", "AZE")]),
    ("Суд в Тбилиси осудил гражданина России на шесть лет.", [("COERCE", "GEO", "RUS")]),
    # a court's measure of restraint, a remand to a detention centre
    ("Суд в Баку избрал гражданину России меру пресечения в виде ареста.",
     [("COERCE", "AZE", "RUS")]),
    ("Суд в Баку поместил гражданина России в СИЗО.", [("COERCE", "AZE", "RUS")]),
    # the soft wording of a demand; a hope for cooperation is none
    ("Рассчитываем, что власти Латвии отменят это решение, заявили в МИД России.",
     [("REQUEST", "RUS", "LVA")]),
    ("Лавров выразил надежду на скорейшее возобновление переговоров с Японией.", []),
    # a mission named back without its state is the one named before
    ("Посольство Китая в Японии распространило заявление о визите японских депутатов на "
     "Тайвань. Посольство обратилось к японскому МИД с просьбой разъяснить позицию "
     "правительства.", [("REQUEST", "CHN", "JPN")]),
    # a proposal brought to a state, and the note that carries an offer
    ("Казахстан обратился к Киргизии с предложением создать совместную комиссию.",
     [("AGREE", "KAZ", "KGZ")]),
    ("Азербайджан предложил Армении провести встречу на границе. Соответствующая нота "
     "направлена армянской стороне.", [("AGREE", "AZE", "ARM")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_acts(sided: Callable[[str], list[Sided]], text: str,
                      expected: list[Sided]) -> None:
    assert sided(text) == expected
