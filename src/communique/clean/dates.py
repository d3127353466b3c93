"""Dates as pages print them, in URLs, and as metadata gives them.

``find_dates`` finds absolute dates (with a year) in a line: "24 November
2021, 10:06", "18th December 2021", "18-Dec-2021", "13. März 2019", "May 20, 2021",
"07 июня 2023, 16:17", "10.10.2019 | 13:34", "2019-12-28 16:43:22", "26.11.21", "9 März 201716:33".
Dates without a year ("23. November") are not dates here: they never make a
publication date on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Literal

from communique.clean.lexicon import calendar

DatePrecision = Literal["day", "month"]
MIN_YEAR = 1990


@dataclass(frozen=True)
class DateHit:
    """A date found in a text: where, what, and how precise."""

    start: int
    end: int
    value: datetime
    precision: DatePrecision
    has_time: bool = False


def _month_alternation() -> str:
    names = sorted(calendar().months, key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


def _month_initial() -> str:
    """A lookahead for the first letters of the month names: a pattern that opens with the
    names' alternation tries all of them at every position of the text otherwise (half
    the time of ``find_dates`` on news articles)."""
    return "(?=[" + "".join(sorted({re.escape(name[0]) for name in calendar().months})) + "])"


_TIME = (r"(?:[,\s|·•–—-]*(?:um|at|в|,)?\s*(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)"
         r"(?::(?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?!\d))?")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    month, initial = _month_alternation(), _month_initial()
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.IGNORECASE
    return (
        (re.compile(rf"(?<![\d-]){year}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T\s]+"
                    r"(?P<hour>[012]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?", flags),
         "iso"),
        (re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\."
                    r"(?P<year>(?:19|20)?\d{2})(?![\d.]\d)" + _TIME, flags), "numeric"),
        (re.compile(rf"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{year}(?!\d)" + _TIME, flags),
         "slashed"),
        (re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?(?:\s+|-)"
                    rf"(?P<monthname>{month})\.?(?:,?\s+|-){year}" + _TIME, flags), "day-month"),
        (re.compile(rf"{initial}(?<![\w])(?P<monthname>{month})\.?\s+(?P<day>[0-3]?\d)"
                    rf"(?:st|nd|rd|th)?\.?,?\s+{year}" + _TIME, flags), "month-day"),
        (re.compile(rf"(?<![\d-]){year}-(?P<month>[01]\d)(?![\d-])", flags), "iso-month"),
        (re.compile(rf"{initial}(?<![\w])(?P<monthname>{month})\.?\s+{year}(?!\d)", flags),
         "month-year"),
    )


def find_dates(line: str) -> list[DateHit]:
    """Absolute dates in ``line``, left to right, without overlaps.

    An ambiguous "05/08/2025" is read day first (5 August), as outside the US.
    """
    return list(_dates_in(line))


# Lines remembered: the cleaning of one document reads its lead twice (the page's header
# dates, then the lead's latest day), a whole article where it has one paragraph.
REMEMBERED_LINES = 16


@lru_cache(maxsize=REMEMBERED_LINES)
def _dates_in(line: str) -> tuple[DateHit, ...]:
    """``find_dates``, remembered (the hits are frozen; each caller gets its own list)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _patterns():
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            hit = _hit(match, kind)
            if hit is not None:
                hits.append(hit)
                taken.append((match.start(), match.end()))
    return tuple(sorted(hits, key=lambda h: h.start))


def _hit(match: re.Match[str], kind: str) -> DateHit | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000
    if kind == "slashed":
        first, second = int(groups["a"]), int(groups["b"])
        swap = second > 12
        day, month = (second, first) if swap else (first, second)
    else:
        month = (calendar().months[groups["monthname"].lower()] if groups.get("monthname")
                 else int(groups["month"]))
        day = int(groups["day"]) if groups.get("day") else 1
    precision: DatePrecision = "month" if kind in ("iso-month", "month-year") else "day"
    hour, minute, second_ = _time(groups)
    try:
        value = datetime(year, month, day, hour or 0, minute or 0, second_ or 0)
    except ValueError:
        return None
    if not MIN_YEAR <= year <= datetime.now().year + 1:
        return None
    return DateHit(match.start(), match.end(), value, precision, hour is not None)


def _time(groups: dict[str, str | None]) -> tuple[int | None, int | None, int | None]:
    if groups.get("hour") is None:
        return None, None, None
    hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None, None, None
    second = groups.get("second")
    return hour, minute, int(second) if second else 0


_URL_END = r"(?=/|$|[-_.&#])"
_URL_DAY = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)" + _URL_END),
    re.compile(r"/(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)/(?P<day>[0-3]\d)" + _URL_END),
    re.compile(r"[/_=-](?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)" + _URL_END),
    # a compact date, with the hour and minute of a CMS timestamp or not (/202111231530/)
    re.compile(r"[/_=-](?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
               r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?" + _URL_END),
)
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)(?=/)")
# A year as a path segment ("/press/2021/kazakh-talks") or ending the slug ("…-470123-2021/")
_URL_YEAR = re.compile(r"[/-](?P<year>(?:19|20)\d{2})(?=/|$)")


def url_date(url: str | None) -> DateHit | None:
    """A date in a URL's path or query: /2021/09/30/, /20211120/, /202111201530/, /2019-12/28/,
    ?date=2021-11-23, /2020/10/ (month)."""
    path = _url_path(url)
    if path is None:
        return None
    for pattern in _URL_DAY:
        for match in pattern.finditer(path):
            hit = _url_hit(match, "day")
            if hit:
                return hit
    month = _URL_MONTH.search(path)
    return _url_hit(month, "month") if month else None


def url_year(url: str | None) -> int | None:
    """The year a URL's path gives, at any precision: it completes a dateline without one."""
    hit = url_date(url)
    if hit is not None:
        return hit.value.year
    path = _url_path(url)
    match = _URL_YEAR.search(path) if path else None
    year = int(match.group("year")) if match else None
    return year if year and MIN_YEAR <= year <= datetime.now().year + 1 else None


def _url_path(url: str | None) -> str | None:
    if not url:
        return None
    return re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)


def _url_hit(match: re.Match[str], precision: DatePrecision) -> DateHit | None:
    year, month = int(match.group("year")), int(match.group("month"))
    day = int(match.group("day")) if precision == "day" else 1
    try:
        value = datetime(year, month, day)
    except ValueError:
        return None
    if not MIN_YEAR <= year <= datetime.now().year + 1:
        return None
    return DateHit(match.start(), match.end(), value, precision)


_ISO_GIVEN = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


def parse_given(value: str) -> DateHit | None:
    """A publication time given as metadata: ISO 8601 (date, month, date-time) or RFC 822.

    A time zone is dropped, keeping the wall-clock time the source states.
    Year-only values are not precise enough and give None.
    """
    text = value.strip()
    match = _ISO_GIVEN.match(text)
    if match:
        if not match.group("month"):
            return None
        day = match.group("day")
        try:
            parsed = datetime(int(match.group("year")), int(match.group("month")), int(day or 1))
        except ValueError:
            return None
        return DateHit(0, len(text), parsed, "day" if day else "month")
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return DateHit(0, len(text), parsed.replace(tzinfo=None), "day", True)
