"""Publication dates read from page text as analysts paste it, and the event dates that hang
on them (tests/data/dates/pages.jsonl: 43 English, Russian and German page heads and leads,
written from the formats of ministries, agencies and governments, not from gold texts).

Each form has its rule: ordinal and hyphenated days ("18th December 2021", "18-Dec-2021"),
a date line that ends in its credit ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi"), a line
of short fields ("Source: Xinhua| 2021-12-18 14:35:12|Editor: huaxia"), a page whose only
date is an update or a weekday render, a lead that opens with its date, a year-less
dateline completed from a month or a year the report names, and, with no date on the page,
the latest day the lead tells of.
"""

from __future__ import annotations

import pytest

from communique.clean.dates import find_dates
from communique.clean.lines import LineJudge


@pytest.mark.parametrize(("text", "expected"), [
    ("18th December 2021", "2021-12-18T00:00"),
    ("18-Dec-2021", "2021-12-18T00:00"),
    ("1st March 2020, 10:15", "2020-03-01T10:15"),
    ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi", "2021-12-18T16:35"),
    ("2-März 2020", "2020-03-02T00:00"),
])
def test_find_dates_reads_ordinal_and_hyphenated_days(text: str, expected: str) -> None:
    assert [hit.value.isoformat(timespec="minutes") for hit in find_dates(text)] == [expected]


@pytest.mark.parametrize(("line", "expected"), [
    ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi", ["2021-12-18"]),
    ("Posted on December 18, 2021 by Embassy Press Office", ["2021-12-18"]),
    ("Source: Xinhua| 2021-12-18 14:35:12|Editor: huaxia", ["2021-12-18"]),
    ("Press release | 18 December 2021 | Ministry of Foreign Affairs", ["2021-12-18"]),
    ("By John Smith | December 18, 2021", ["2021-12-18"]),
    # a credit is short, a sentence is not a field: these lines stay text
    ("18 December 2021 by the ministers of the two countries meeting in the capital city", []),
    ("Talks | were held on 18 December 2021 in Geneva between the ministers of both sides", []),
])
def test_date_line_with_credit_or_fields(line: str, expected: list[str]) -> None:
    assert [hit.value.date().isoformat() for hit in LineJudge().date_line(line)] == expected
