"""English date expressions, resolved against Wednesday 24 November 2021 unless stated."""

from __future__ import annotations

from datetime import date

import pytest

from communique.nlp import resolve_times

ANCHOR = date(2021, 11, 24)    # a Wednesday
D = date


def found(text: str, anchor: date | None = ANCHOR) -> list[tuple]:
    return [(t.text, t.date_start, t.date_end, t.precision, t.relative)
            for t in resolve_times(text, "en", anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("MOSCOW, September 24. /TASS/.",
     [("September 24", D(2021, 9, 24), D(2021, 9, 24), "day", True)]),
    ("signed on 24 September 2021",
     [("on 24 September 2021", D(2021, 9, 24), D(2021, 9, 24), "day", False)]),
    ("signed an MoU on July 19, 2011 to promote",
     [("on July 19, 2011", D(2011, 7, 19), D(2011, 7, 19), "day", False)]),
    ("held by video conference on May 19th, 2021.",
     [("on May 19th, 2021", D(2021, 5, 19), D(2021, 5, 19), "day", False)]),
    ("Jul 04, 2024 09:44 PM IST",
     [("Jul 04, 2024", D(2024, 7, 4), D(2024, 7, 4), "day", False)]),
    ("on the 24th of September",
     [("on the 24th of September", D(2021, 9, 24), D(2021, 9, 24), "day", True)]),
    ("upgraded their relations in 2004.",
     [("in 2004", D(2004, 1, 1), D(2004, 12, 31), "year", False)]),
    ("held the first dialogue in October 2012.",
     [("in October 2012", D(2012, 10, 1), D(2012, 10, 31), "month", False)]),
    ("the Summit Meeting in April", [("in April", D(2021, 4, 1), D(2021, 4, 30), "month", True)]),
    ("talks in early December", [("in early December", D(2021, 12, 1), D(2021, 12, 10),
                                  "month", True)]),
    ("a deal by mid-March", [("by mid-March", None, D(2022, 3, 20), "month", True)]),
    ("Published: 2022-07-27 21:59", [("2022-07-27", D(2022, 7, 27), D(2022, 7, 27), "day", False)]),
    ("Politics 10.10.2019 | 13:34",
     [("10.10.2019", D(2019, 10, 10), D(2019, 10, 10), "day", False)]),
    ("posted 05/08/2025", [("05/08/2025", D(2025, 5, 8), D(2025, 5, 8), "day", False)]),
    ("posted 25/08/2025", [("25/08/2025", D(2025, 8, 25), D(2025, 8, 25), "day", False)]),
])
def test_dates_english_calendar_forms(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks were held on Tuesday.",
     [("on Tuesday", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("Blinken said Wednesday he will call.",
     [("Wednesday", D(2021, 11, 24), D(2021, 11, 24), "day", True)]),
    ("The ministers will meet on Friday.",
     [("on Friday", D(2021, 11, 26), D(2021, 11, 26), "day", True)]),
    ("They met last Friday.", [("last Friday", D(2021, 11, 19), D(2021, 11, 19), "day", True)]),
    ("the second consultations next year",
     [("next year", D(2022, 1, 1), D(2022, 12, 31), "year", True)]),
    ("They met last month.", [("last month", D(2021, 10, 1), D(2021, 10, 31), "month", True)]),
    ("The phone call in the coming days",
     [("in the coming days", D(2021, 11, 25), D(2021, 12, 1), "year", True)]),
    ("a third round this autumn",
     [("this autumn", D(2021, 9, 1), D(2021, 11, 30), "year", True)]),
    ("a notice sent this week", [("this week", D(2021, 11, 22), D(2021, 11, 28), "month", True)]),
    ("He stepped down earlier this year.",
     [("earlier this year", D(2021, 1, 1), D(2021, 12, 31), "year", True)]),
    ("two days ago", [("two days ago", D(2021, 11, 22), D(2021, 11, 22), "day", True)]),
    ("a year ago", [("a year ago", D(2020, 1, 1), D(2020, 12, 31), "year", True)]),
    ("in two weeks", [("in two weeks", D(2021, 12, 6), D(2021, 12, 12), "month", True)]),
    ("They will meet again in three years.",
     [("in three years", D(2024, 1, 1), D(2024, 12, 31), "year", True)]),
    # after an ordinal or superlative, "in three years" is how long, not when
    ("It was their first meeting in three years.", []),
    ("Trade fell to its lowest level in two years.", []),
    ("the first visit since 2015, and new talks in two weeks",
     [("since 2015", D(2015, 1, 1), None, "year", False),
      ("in two weeks", D(2021, 12, 6), D(2021, 12, 12), "month", True)]),
    ("yesterday", [("yesterday", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("The ministry said today.", [("today", D(2021, 11, 24), D(2021, 11, 24), "day", True)]),
    ("by the end of next year", [("by the end of next year", None, D(2022, 12, 31), "year", True)]),
])
def test_dates_english_relative_forms(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


def test_dates_english_weekday_and_date_agree() -> None:
    assert found("announced on Monday (Aug 23).", D(2021, 8, 23)) == [
        ("on Monday", D(2021, 8, 23), D(2021, 8, 23), "day", True),
        ("Aug 23", D(2021, 8, 23), D(2021, 8, 23), "day", True)]
    assert found("Wednesday, May 12", D(2021, 6, 1)) == [
        ("Wednesday, May 12", D(2021, 5, 12), D(2021, 5, 12), "day", True)]


def test_dates_english_ranges() -> None:
    assert found("from 3 to 5 September 2017") == [
        ("from 3 to 5 September 2017", D(2017, 9, 3), D(2017, 9, 5), "day", False)]
    assert found("between 2016 and 2018") == [
        ("between 2016 and 2018", D(2016, 1, 1), D(2018, 12, 31), "year", False)]
    assert found("since May 2018") == [("since May 2018", D(2018, 5, 1), None, "month", False)]
    assert found("a deal by 2025") == [("by 2025", None, D(2025, 12, 31), "year", False)]


@pytest.mark.parametrize("text", [
    "Protesters will march on the capital.",
    "May I ask a question?",
    "The plan may pass.",
    "the Open-Ended Working Group on ICTs 2021-2025",
    "We met them the next day.",
    "A decision is expected at an early date.",
])
def test_dates_english_rejects_non_dates(text: str) -> None:
    assert found(text) == []


def test_dates_english_without_anchor() -> None:
    assert found("On 23 July, the ministry met; next year it meets again.", None) == [
        ("On 23 July", None, None, "day", True),
        ("next year", None, None, "year", True)]
