"""A report with no publication date: a year-less day takes its year from the latest day
the report dates with a year (``nlp.dates._latest_told_day``), the first occurrence not
before that day; month-only dates, relative days, reports dating no day and reports whose
dated day is history (a later year named) stay open."""

from __future__ import annotations

from datetime import date as D

import pytest

from communique.nlp import resolve_times


def found(text: str, language: str) -> list[tuple]:
    return [(t.text, t.date_start, t.precision) for t in resolve_times(text, language, None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "18 декабря в Тегеране состоялись российско-иранские консультации. Стороны "
           "обсудили выполнение договорённостей, достигнутых 2 декабря 2020 года в Москве.",
     [("18 декабря", D(2020, 12, 18), "day"), ("2 декабря 2020 года", D(2020, 12, 2), "day")]),
    # the day lies before the dated one in the calendar: the next year's
    ("ru", "15 января состоялся телефонный разговор министров. Они обсудили соглашение, "
           "подписанное 25 декабря 2020 года.",
     [("15 января", D(2021, 1, 15), "day"), ("25 декабря 2020 года", D(2020, 12, 25), "day")]),
    ("en", "On December 18, Russian and Iranian officials held consultations in Tehran. "
           "They followed up on the talks of November 30, 2020.",
     [("On December 18", D(2020, 12, 18), "day"), ("November 30, 2020", D(2020, 11, 30), "day")]),
    ("en", "The ministers met on January 15, weeks after the treaty signed on December 20, "
           "2020 entered into force.",
     [("on January 15", D(2021, 1, 15), "day"), ("on December 20, 2020", D(2020, 12, 20), "day")]),
    ("de", "Am 18. Dezember trafen sich die Außenminister in Wien. Zuletzt hatten sie am "
           "2. Dezember 2020 in Berlin verhandelt.",
     [("Am 18. Dezember", D(2020, 12, 18), "day"), ("am 2. Dezember 2020", D(2020, 12, 2), "day")]),
    # the latest dated day counts, not the first: a day of the day before the latest
    ("de", "Am 3. Dezember unterzeichneten beide Seiten das Abkommen, das am 4. Dezember "
           "2020 in Kraft trat; der Entwurf stammt vom 10. März 2019.",
     [("Am 3. Dezember", D(2020, 12, 3), "day"), ("am 4. Dezember 2020", D(2020, 12, 4), "day"),
      ("vom 10. März 2019", D(2019, 3, 10), "day")]),
])
def test_year_less_day_takes_the_year_of_the_latest_dated_day(
        language: str, text: str, expected: list[tuple]) -> None:
    assert found(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a month with its year is history told in months, not a dated day: "am 21. April" stays open
    ("de", "Die Verhandlungen begannen am 21. April in Kuwait. Im März 2015 hatte die "
           "Allianz ihre Angriffe begonnen.",
     [("am 21. April", None, "day"), ("Im März 2015", D(2015, 3, 1), "month")]),
    # relative days and year-less months still need the report's own date
    ("ru", "Во вторник министры провели переговоры, а в декабре встретятся вновь. "
           "Соглашение подписано 2 декабря 2020 года.",
     [("Во вторник", None, "day"), ("в декабре", None, "month"),
      ("2 декабря 2020 года", D(2020, 12, 2), "day")]),
    # a dated day years before another date the text names is history, not the report's time
    ("ru", "18 декабря министры провели консультации. Стороны подтвердили приверженность "
           "Договору от 12 апреля 2001 года и обсудили планы на 2021 год.",
     [("18 декабря", None, "day"), ("12 апреля 2001 года", D(2001, 4, 12), "day"),
      ("2021 год", D(2021, 1, 1), "year")]),
    ("en", "The ministers met on December 18 and reviewed the work plan adopted in 2020.",
     [("on December 18", None, "day"), ("in 2020", D(2020, 1, 1), "year")]),
])
def test_year_less_dates_stay_open_without_a_dated_day(
        language: str, text: str, expected: list[tuple]) -> None:
    assert found(text, language) == expected
