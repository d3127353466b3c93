"""The calendar rules of date resolution: tense, weekdays, years, roles, re-anchoring."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from communique.document import TimeExpression
from communique.nlp import resolve_times, time_role
from communique.nlp.date_resolution import (
    DateSpec,
    Resolved,
    enclosing_precision,
    pick_by_tense,
    resolve,
)

ANCHOR = date(2021, 11, 24)    # a Wednesday
D = date


def starts(text: str, language: str = "de", anchor: date | None = ANCHOR) -> list[date | None]:
    return [t.date_start for t in resolve_times(text, language, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Gipfel findet am 5. Dezember in Berlin statt.", D(2021, 12, 5)),   # no tense: nearest
    ("Das Treffen fand am 5. Dezember statt.", D(2020, 12, 5)),              # past tense
    ("Am 5. Dezember wird verhandelt.", D(2021, 12, 5)),                      # future tense
    ("Der Rat tagte am 20. Mai.", D(2021, 5, 20)),
    ("Der Rat soll am 20. Mai tagen.", D(2022, 5, 20)),
    ("Merkel hatte im Dezember gewarnt.", D(2020, 12, 1)),
    ("Am 25. November fand das Treffen statt.", D(2021, 11, 25)),          # anchor a day early
])
def test_dates_resolution_year_of_a_yearless_date_follows_the_tense(text: str,
                                                                    expected: date) -> None:
    assert starts(text) == [expected]


def test_dates_resolution_year_wraps_around_new_year() -> None:
    assert starts("Am 28. Dezember trafen sie sich.", anchor=D(2022, 1, 3)) == [D(2021, 12, 28)]
    assert starts("Am 5. Januar wird verhandelt.", anchor=D(2021, 12, 28)) == [D(2022, 1, 5)]
    assert starts("vom 28.12. bis 3.1.2024") == [D(2023, 12, 28)]


def test_dates_resolution_leap_day_without_year() -> None:
    assert starts("Am 29. Februar fand es statt.", anchor=D(2021, 11, 24)) == [D(2020, 2, 29)]


def test_dates_resolution_weekday_picks_the_year() -> None:
    # 15 February was a Saturday in 2025 only (2024: Thursday, 2026: Sunday)
    assert starts("в субботу, 15 февраля", "ru", D(2025, 6, 1)) == [D(2025, 2, 15)]


def test_dates_resolution_invalid_dates_are_dropped() -> None:
    assert resolve_times("am 31. Februar 2021", "de", ANCHOR) == []
    assert resolve_times("am 30.2.2021", "de", ANCHOR) == []


def test_dates_resolution_pick_by_tense() -> None:
    options = [(D(2020, 5, 1), D(2020, 5, 31)), (D(2021, 5, 1), D(2021, 5, 31)),
               (D(2022, 5, 1), D(2022, 5, 31))]
    assert pick_by_tense(options, D(2021, 5, 10), None) == options[1]
    assert pick_by_tense(options, D(2021, 11, 24), None) == options[1]
    assert pick_by_tense(options, D(2021, 11, 24), "future") == options[2]
    assert pick_by_tense(options, D(2022, 3, 20), None) == options[2]
    assert pick_by_tense(options, D(2022, 3, 20), "past") == options[1]


def test_dates_resolution_enclosing_precision() -> None:
    assert enclosing_precision(D(2021, 11, 24), D(2021, 11, 24)) == "day"
    assert enclosing_precision(D(2021, 11, 15), D(2021, 11, 21)) == "month"
    assert enclosing_precision(D(2021, 11, 29), D(2021, 12, 5)) == "year"
    assert enclosing_precision(D(2021, 12, 27), D(2022, 1, 2)) == "year"
    assert enclosing_precision(D(2021, 11, 25), D(2024, 11, 24)) == "unknown"


def test_dates_resolution_precision_without_anchor() -> None:
    assert resolve(DateSpec(month=11, day=23), None) == Resolved(None, None, "day")
    assert resolve(DateSpec(unit="year", offset=1), None) == Resolved(None, None, "year")
    assert resolve(DateSpec(unit="week", offset=1), None) == Resolved(None, None, "unknown")
    assert resolve(DateSpec(year=2021, month=11, day=23), None) == Resolved(
        D(2021, 11, 23), D(2021, 11, 23), "day")


def test_dates_resolution_time_roles() -> None:
    def role(text: str, language: str = "de", anchor: date | None = ANCHOR) -> list[str]:
        return [time_role(t) for t in resolve_times(text, language, anchor)]

    assert role("am 23. November") == ["point"]
    assert role("im Mai 2017") == ["point"]
    assert role("vom 29.7. bis 9.8.2024") == ["period"]
    assert role("in 2021-2025", "en") == ["period"]
    assert role("bis 2025") == ["open"]
    assert role("seit Mai 2018") == ["open"]
    assert role("im nächsten Jahr", anchor=None) == ["unresolved"]
    assert time_role(TimeExpression(0, 4, "x", D(2021, 1, 1), D(2021, 12, 31), "year")) == "point"


def test_dates_resolution_reanchoring_a_dateline() -> None:
    """The event coder dates a dateline against the publication."""
    [time] = resolve_times("MINSK, 23. November", "de", D(2021, 11, 24))
    assert (time.text, time.date_start, time.precision) == ("23. November", D(2021, 11, 23), "day")
    [time] = resolve_times("Москва. 15 февраля", "ru", D(2025, 2, 15))
    assert time.date_start == D(2025, 2, 15)


def test_dates_resolution_unsupported_language_gives_nothing() -> None:
    assert resolve_times("le 23 novembre", "fr", ANCHOR) == []
    assert resolve_times("am 23. November", "", ANCHOR) == []


def test_dates_resolution_accepts_a_datetime_anchor() -> None:
    times = resolve_times("gestern", "de", datetime(2021, 11, 24, 10, 6))
    assert [t.date_start for t in times] == [D(2021, 11, 23)]
