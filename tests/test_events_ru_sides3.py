"""Russian meetings whose sides the clause leaves partly unsaid (issue 12 ``no_sides``, issue
13): a meeting «с» someone with no subject, bilateral meetings with several states. Each rule
is shown on wordings of no evaluation set; ``python -m communique.tools.explain_sides`` lists
the fate of each candidate.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-06-05"

Coded = tuple[str, str, str, tuple[str, ...]]


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """Type, actor codes, recipient codes and the persons of each event."""
    doc = next(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                          language="ru")]))
    return sorted((e.event_type, "+".join(sorted({a.code for a in e.actors if a.code})),
                   "+".join(sorted({a.code for a in e.recipients if a.code})),
                   tuple(sorted(a.name for a in (*e.actors, *e.recipients)
                                if a.kind == "person")))
                  for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # «также состоялась встреча с …»: held by who acted in the sentence before
    ("Министр иностранных дел Казахстана М.Нуртлеу провел переговоры с Министром иностранных "
     "дел Японии. Также состоялась встреча с Министром иностранных дел Бразилии.",
     [("CONSULT", "BRA+KAZ", "", ("M. Nurtleu",)), ("CONSULT", "JPN+KAZ", "", ("M. Nurtleu",))]),
    # the state before the organisation: bilateral meetings on the sidelines are a state's
    ("В Москве прошли консультации Россия - АСЕАН. На полях консультаций состоялись встречи "
     "с представителями Таиланда.",
     [("CONSULT", "ASEAN", "RUS", ()), ("CONSULT", "THA", "RUS", ())]),
    # «затем»: the visit's host, who held the talks before, meets the delegation
    ("ТАШКЕНТ, 3 марта. /ТАСС/. Министр иностранных дел Узбекистана Бахтиер Саидов провел "
     "переговоры с главой МИД Индии. Затем состоялась встреча с делегацией Европейского союза.",
     [("CONSULT", "EU", "UZB", ("Bakhtiyor Saidov",)),
      ("CONSULT", "IND", "UZB", ("Bakhtiyor Saidov",))]),
    # nobody acted before: the meeting keeps one side and gives no event
    ("Также состоялась встреча с Министром иностранных дел Бразилии.", []),
    # the clause names its subject: the rule does not apply
    ("Министр иностранных дел Армении встретился с послом Франции.",
     [("CONSULT", "ARM+FRA", "", ())]),
])
def test_meeting_with_someone_is_held_by_who_acted_before(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Глава МИД Белоруссии М.Рыженков провел двусторонние встречи с министрами иностранных дел "
     "Венгрии и Сербии.",
     [("CONSULT", "BLR+HUN", "", ("Maxim Ryzhenkov",)),
      ("CONSULT", "BLR+SRB", "", ("Maxim Ryzhenkov",))]),
    # «отдельные беседы», the subject's state taken from the summit's clause
    ("На полях саммита президент Казахстана провел отдельные беседы с лидерами Турции, "
     "Азербайджана и Узбекистана.",
     [("CONSULT", "AZE+KAZ", "", ()), ("CONSULT", "KAZ+TUR", "", ()),
      ("CONSULT", "KAZ+UZB", "", ())]),
    # talks with two ministers at once are one trilateral meeting
    ("Министр иностранных дел России провел переговоры с министрами иностранных дел Индии "
     "и Китая.", [("CONSULT", "CHN+IND+RUS", "", ())]),
])
def test_bilateral_meetings_are_one_with_each_state(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a department named by its adjectives before a lower-case head is part of the title:
    # the name after it is the official's, of the ministry's state
    ("Директор Второго европейского департамента МИД России Артем Булатов встретился с Послом "
     "Норвегии в Москве.", [("CONSULT", "NOR+RUS", "", ("Artem Bulatov",))]),
    ("Директор Правового департамента МИД Белоруссии И.В.Кравченко провел консультации с "
     "делегацией Литвы.", [("CONSULT", "BLR+LTU", "", ("I.V. Kravchenko",))]),
    # «ЛНДР», the abbreviation of Laos, names the state and ends no name
    ("Посол ЛНДР в Москве встретился с заместителем министра иностранных дел России "
     "А.Ю.Руденко.", [("CONSULT", "LAO+RUS", "", ("Andrey Rudenko",))]),
    ("Министр иностранных дел России провел переговоры с Министром иностранных дел ЛНДР "
     "Тонгсаваном Пхомвиханом.", [("CONSULT", "LAO+RUS", "", ("Tongsavan Pkhomvikhan",))]),
])
def test_titles_name_their_department_and_state(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the headline of a press release names who met; the body dates and places the meeting
    ("Министерство иностранных дел Российской Федерации\nО встрече С.В.Лаврова с Министром "
     "иностранных дел Египта\n3 марта в Москве состоялась встреча.\nОбсуждались вопросы "
     "ближневосточного урегулирования.", [("CONSULT", "EGY", "RUS", ("Sergey Lavrov",))]),
    # an adjective compound in the headline names both states
    ("О белорусско-вьетнамских консультациях\n3 марта в Ханое прошли консультации по "
     "консульским вопросам.", [("CONSULT", "BLR", "VNM", ())]),
    # a headline that names no meeting lends no sides
    ("Совместное заявление России и Китая\n3 марта состоялись консультации.", []),
])
def test_headline_names_the_sides_of_its_meeting(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «МИД» unresolved before the states it belongs to takes no side of its own
    ("Главы МИД России и Египта поддержали созыв международной конференции.",
     [("SUPPORT", "EGY+RUS", "", ())]),
    ("Главы МИД Сербии и Венгрии подписали меморандум о сотрудничестве.",
     [("SUPPORT", "HUN+SRB", "", ())]),
    ("Руководители МИД Армении и Азербайджана одобрили проект мирного договора.",
     [("SUPPORT", "ARM+AZE", "", ())]),
])
def test_body_before_genitive_states_is_those_states(
        extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
