"""Russian gaps of issue 12: an indeclinable capital as subject, and an agreement reached at
talks.

Sentences written for these tests (none from a gold set or probe), each with its act type,
actor and recipient as PLOVER codes them (../shared/spec/EVENTS.md, section 3):
- an indeclinable capital («Баку», «Тбилиси», «Перу») ends in -у/-и like an object form, but
  has none: before the verb it is the subject, and the envoy after it is acted on;
- «достигнута на переговорах», "reached at talks": the talks are where the agreement was
  made, both occurred; «договорились о переговорах» still agrees on a planned meeting;
- the charge of an accusation («обвинив их в поставках оружия России») is its topic: a state
  named in it is no side, as in English ("accusing them of supplying weapons to Russia"); a
  sanction's gerund of accusing stays an ACCUSE of its own, as English codes it;
- «шаг Y не останется без ответа, заявил X»: the subject is the step answered, so its maker is
  threatened and the speaker threatens; «X не оставит без ответа шаг Y» keeps X acting.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor
from communique.nlp.lemmas import indeclinable

PUBLISHED = "2024-06-05"


def acts(extractor: Extractor, text: str, language: str = "ru") -> list[tuple[str | None, ...]]:
    return rows(extractor, text, language, PUBLISHED, ("type", "actors", "recipients", "status"))


@pytest.mark.parametrize(("text", "expected"), [
    ('Баку вручил ноту протеста российскому послу.', [('ACCUSE', 'AZE', 'RUS', 'occurred')]),
    ('Баку выслал российского дипломата.', [('SANCTION', 'AZE', 'RUS', 'occurred')]),
    ('Баку вызвал российского посла.', [('ACCUSE', 'AZE', 'RUS', 'occurred')]),
    ('Перу выслало российского дипломата.', [('SANCTION', 'PER', 'RUS', 'occurred')]),
    # a declined object still stands first: «Германию посетил Лавров»
    ('Германию посетил Лавров.', [('CONSULT', 'RUS', 'DEU', 'occurred')]),
])
def test_indeclinable_capital_subject(extractor: Extractor, text: str,
                                      expected: list[tuple[str, str, str, str]]) -> None:
    assert acts(extractor, text) == expected


@pytest.mark.parametrize(("form", "expected"), [
    ("Баку", True), ("Тбилиси", True), ("Польшу", False), ("Москву", False), ("Baku", False),
])
def test_indeclinable(form: str, expected: bool) -> None:
    assert indeclinable(form) is expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ('Договоренность о прекращении огня достигнута на переговорах России и Украины в Стамбуле.',
     "ru", [('AGREE', 'RUS+UKR', '', 'occurred'), ('CONSULT', 'RUS+UKR', '', 'occurred')]),
    ('Russia and Ukraine reached a ceasefire agreement at talks in Istanbul.',
     "en", [('AGREE', 'RUS+UKR', '', 'occurred'), ('CONSULT', 'RUS+UKR', '', 'occurred')]),
    # the meeting agreed on is planned, and no meeting of its own
    ('Россия и Украина договорились о новых переговорах в Стамбуле.',
     "ru", [('AGREE', 'RUS+UKR', '', 'planned')]),
    ('Russia and Ukraine agreed to hold talks in Istanbul.',
     "en", [('AGREE', 'RUS+UKR', '', 'planned')]),
])
def test_agreement_reached_at_talks(extractor: Extractor, text: str, language: str,
                                    expected: list[tuple[str, str, str, str]]) -> None:
    assert acts(extractor, text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ('Евросоюз ввел санкции против Ирана, обвинив его в поставках оружия России.', "ru",
     [('ACCUSE', 'EU', 'IRN', 'occurred'), ('SANCTION', 'EU', 'IRN', 'occurred')]),
    ('The European Union imposed sanctions on Iran, accusing it of supplying weapons to Russia.',
     "en", [('ACCUSE', 'EU', 'IRN', 'occurred'), ('SANCTION', 'EU', 'IRN', 'occurred')]),
    ('Лавров обвинил Вашингтон в поставках оружия Украине.', "ru",
     [('ACCUSE', 'RUS', 'USA', 'occurred')]),
    ('Пекин обвинил Токио в шпионаже.', "ru", [('ACCUSE', 'CHN', 'JPN', 'occurred')]),
])
def test_charge_is_no_side(extractor: Extractor, text: str, language: str,
                           expected: list[tuple[str, str, str, str]]) -> None:
    assert acts(extractor, text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Недружественный шаг Польши не останется без ответа, заявил Лавров.',
     [('THREATEN', 'RUS', 'POL', 'occurred')]),
    ('Решение Литвы не останется без ответа, заявил глава МИД России Сергей Лавров.',
     [('THREATEN', 'RUS', 'LTU', 'occurred')]),
    ('Москва не оставит без ответа высылку российских дипломатов из Польши.',
     [('THREATEN', 'RUS', 'POL', 'occurred')]),
])
def test_step_not_left_unanswered(extractor: Extractor, text: str,
                                  expected: list[tuple[str, str, str, str]]) -> None:
    assert acts(extractor, text) == expected
