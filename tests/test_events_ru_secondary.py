"""Secondary acts of multi-act reports in Russian and English (probe set
tests/data/probe/ru_multi.jsonl): MFA comments, briefings and readouts, where a restriction,
a threat or an appeal follows the main act. Each rule is shown on wordings of no evaluation
set besides the probe's own.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2024-10-03"

Coded = tuple[str, str | None, str, str]


def coded(extractor: Extractor, text: str, language: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, language, PUBLISHED, ("type", "mode", "actors", "recipients"))


@pytest.mark.parametrize(("text", "expected"), [
    # movement or freedoms restricted: PLOVER COERCE, not a sanction
    ("Власти Эстонии 2 октября ограничили передвижение российских дипломатов пределами Таллина.",
     [("COERCE", None, "EST", "RUS")]),
    ("Латвия ограничила свободу передвижения сотрудников посольства Белоруссии.",
     [("COERCE", None, "LVA", "BLR")]),
    ("МИД Литвы ограничивает передвижение белорусских дипломатов по территории страны.",
     [("COERCE", None, "LTU", "BLR")]),
    # asked not to restrict: the appeal alone
    ("Россия призвала Эстонию не ограничивать передвижение российских дипломатов.",
     [("REQUEST", None, "RUS", "EST")]),
])
def test_restricted_movement_is_coerce(extractor: Extractor, text: str,
                                       expected: list[Coded]) -> None:
    assert coded(extractor, text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the journalists a ban or an expulsion hits do not make «ответит» the answer to a question
    # (journalists expelled are COERCE since branch coerce; diplomats stay SANCTION expel)
    ("Москва ответит на решение Латвии выслать российских журналистов.",
     [("COERCE", None, "LVA", "RUS"), ("THREATEN", None, "RUS", "LVA")]),
    ("Белоруссия ответит на действия Польши в отношении белорусских корреспондентов.",
     [("THREATEN", None, "BLR", "POL")]),
    # a question answered stays no act
    ("Лавров ответил на вопрос журналистов о санкциях Японии.", []),
])
def test_answer_to_a_step_against_journalists(extractor: Extractor, text: str,
                                              expected: list[Coded]) -> None:
    assert coded(extractor, text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # measures announced «в ответ на» a hostile act: a threat
    ("МОСКВА, 18 июля. /ТАСС/. Россия примет военно-технические меры в ответ на размещение "
     "американских ракет средней дальности в Японии, заявил в четверг Сергей Рябков.",
     [("THREATEN", None, "RUS", "USA")]),
    ("Белоруссия примет меры в ответ на закрытие Литвой пунктов пропуска на границе.",
     [("THREATEN", None, "BLR", "LTU")]),
    # a request or an invitation answered is no retaliation
    ("Лавров принял посла Японии в ответ на его просьбу.",
     [("CONSULT", "visit", "JPN", "RUS")]),
])
def test_measures_in_answer_are_retaliation(extractor: Extractor, text: str,
                                            expected: list[Coded]) -> None:
    assert coded(extractor, text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concern about a situation or a trend is an opinion, no complaint to a state
    ("BUSAN, June 13 (Kyodo) - The foreign ministers of Japan, China and South Korea met in "
     "Busan on Thursday. The ministers also expressed concern about the situation on the "
     "Korean Peninsula.",
     [("CONSULT", "multilateral", "CHN+JPN+KOR", "")]),
    ("BERLIN, March 3 - Germany voiced concern over recent developments in Georgia.", []),
    # concern addressed to a state stays a complaint
    ("TOKYO, May 2 - Japan expressed concern to China about the detention of a Japanese "
     "national.",
     [("ACCUSE", None, "JPN", "CHN")]),
])
def test_concern_about_a_situation_is_no_complaint(extractor: Extractor, text: str,
                                                  expected: list[Coded]) -> None:
    assert coded(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "will take resolute and forceful measures": retaliation announced, a threat
    ("BEIJING, April 2 (Xinhua) - China has lodged stern representations with the United "
     "States over the arms sale to Taiwan. China will take resolute and forceful measures to "
     "defend its sovereignty.",
     [("ACCUSE", None, "CHN", "USA"), ("THREATEN", None, "CHN", "USA")]),
    ("BEIJING, May 20 (Xinhua) - China will take resolute and forceful measures against the "
     "Philippines, the Foreign Ministry said.",
     [("THREATEN", None, "CHN", "PHL")]),
    # measures at home name no side
    ("BEIJING, May 20 (Xinhua) - The government took resolute measures to curb inflation.", []),
])
def test_resolute_measures_announced_are_a_threat(extractor: Extractor, text: str,
                                                  expected: list[Coded]) -> None:
    assert coded(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hostile step that «will get» an answer: the retaliation announced
    ("МОСКВА, 5 июня. Высылка российских дипломатов из Норвегии получит жесткий ответ, "
     "заявила Захарова.",
     [("THREATEN", None, "RUS", "NOR")]),
    # an answer to a request, or one received, is no threat
    ("МОСКВА, 5 июня. Россия получила ответ Японии на свой запрос.", []),
    ("МОСКВА, 5 июня. Посольство получило ответ от МИД Норвегии.", []),
])
def test_step_that_will_get_an_answer_is_a_threat(extractor: Extractor, text: str,
                                                  expected: list[Coded]) -> None:
    assert coded(extractor, text, "ru") == expected
