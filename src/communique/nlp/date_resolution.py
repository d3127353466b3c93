"""Placing what a date expression says on the calendar, given an anchor date.

The grammar (``date_grammar``) turns text into a ``DateSpec``; this module
turns a spec into an interval and a precision. The rules, for news reports:

- A date with a year is absolute. Without one ("23. November", "im Mai"), the
  year comes from the anchor and the sentence's tense: in a sentence about
  the future, the next occurrence; in one about the past, the latest one not
  after the anchor (unless it is a day at most a week away: the anchor is
  then a little early); with no tense marker, the latest one unless the next
  is less than half as far away (a report of 20 November about "5. Dezember"
  means the coming one).
- A weekday ("am Dienstag") is the latest such day on or before the anchor;
  in a sentence about the future, the next one on or after it; "last/next
  Tuesday" are strictly before/after.
- "next year", "letzte Woche", "в текущем году" shift calendar units; "vor
  zwei Tagen" and "через две недели" too. "in den kommenden Tagen" is the
  week after the anchor, "in recent weeks" the four weeks before it.
- Precision is that of the finest field given (day, month, year); an interval
  that is no calendar unit (a week, a season, "the coming days") gets the
  finest unit that holds it, "unknown" when it is longer than a year.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from communique.model import Precision

Tense = Literal["past", "future"] | None

Interval = tuple[date, date]

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
SPAN_DAYS = {"day": 7, "week": 28, "month": 91, "year": 3 * 365}
# A yearless date this close after the anchor is this year's even in the past tense: the
# anchor is then a little early (a dateline of the next day, a time zone), not a year late.
GRACE_DAYS = 7


@dataclass
class DateSpec:
    """What a date expression says, before it is placed on the calendar."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None        # "3-5 сентября"
    year_end: int | None = None       # "2021-2025"
    weekday: int | None = None        # 0 = Monday
    direction: int | None = None      # weekday, season: -1 last, +1 next, 0 this, None by tense
    season: str | None = None
    part: str | None = None           # early | mid | late
    unit: str | None = None           # day | week | month | year: counted from the anchor
    offset: int = 0
    span: int = 0                     # +1 the coming units, -1 the past ones
    now: bool = False
    open: str | None = None           # since | until: one side of the interval is open

    @property
    def relative(self) -> bool:
        """Whether the anchor supplies the year (or more)."""
        return self.year is None


@dataclass(frozen=True)
class Resolved:
    start: date | None
    end: date | None
    precision: Precision


def resolve(spec: DateSpec, anchor: date | None, tense: Tense = None) -> Resolved | None:
    """The interval of ``spec``; None when the spec names no real date (31 February)."""
    if spec.relative and anchor is None:
        return Resolved(None, None, expected_precision(spec))
    try:
        interval = _interval(spec, anchor, tense)
    except ValueError:
        return None
    if interval is None:
        return None
    precision = _precision(spec, *interval)
    start: date | None = interval[0]
    end: date | None = interval[1]
    if spec.day_end is None and spec.year_end is None:     # a range closes both sides
        if spec.open == "since":
            end = None
        elif spec.open == "until":
            start = None
    return Resolved(start, end, precision)


def expected_precision(spec: DateSpec) -> Precision:
    """The precision the spec would have once anchored."""
    if spec.day is not None or spec.weekday is not None or (spec.unit == "day" and not spec.span):
        return "day"
    if spec.month is not None or (spec.unit == "month" and not spec.span):
        return "month"
    if spec.unit == "week" or spec.span:
        return "unknown"
    return "year"


def _precision(spec: DateSpec, start: date, end: date) -> Precision:
    if spec.day is not None or spec.weekday is not None:
        return "day"
    if spec.month is not None or (spec.unit == "month" and not spec.span):
        return "month"
    if spec.season or spec.span or spec.unit in ("day", "week"):
        return enclosing_precision(start, end)
    return "year"


def enclosing_precision(start: date, end: date) -> Precision:
    """The finest calendar unit that holds the interval."""
    if start == end:
        return "day"
    if (start.year, start.month) == (end.year, end.month):
        return "month"
    if start.year == end.year or (end - start).days < 366:
        return "year"
    return "unknown"


def _interval(spec: DateSpec, anchor: date | None, tense: Tense) -> Interval | None:
    if spec.now and anchor is not None:
        return date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    if spec.span and spec.unit and anchor is not None:
        length = timedelta(days=SPAN_DAYS[spec.unit])
        if spec.span > 0:
            return anchor + timedelta(days=1), anchor + length
        return anchor - length, anchor
    if spec.unit == "year" and anchor is not None and spec.year is None:
        spec = replace(spec, year=anchor.year + spec.offset, unit=None)
    if spec.unit and anchor is not None:
        return _shift(spec, anchor)
    if spec.weekday is not None and spec.month is None:
        return _weekday(spec, anchor, tense) if anchor else None
    if spec.season is not None:
        return _season(spec, anchor, tense)
    if spec.month is None:
        return _year(spec)
    return _calendar(spec, anchor, tense)


def _shift(spec: DateSpec, anchor: date) -> Interval:
    if spec.unit == "day":
        day = anchor + timedelta(days=spec.offset)
        return day, day
    if spec.unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=spec.offset)
        return monday, monday + timedelta(days=6)
    index = anchor.year * 12 + anchor.month - 1 + spec.offset
    return _month_interval(index // 12, index % 12 + 1, spec.part)


def _weekday(spec: DateSpec, anchor: date, tense: Tense) -> Interval:
    assert spec.weekday is not None
    back = (anchor.weekday() - spec.weekday) % 7
    ahead = (spec.weekday - anchor.weekday()) % 7
    if spec.direction == -1:
        day = anchor - timedelta(days=back or 7)
    elif spec.direction == 1:
        day = anchor + timedelta(days=ahead or 7)
    else:
        forward = tense == "future"
        day = anchor + timedelta(days=ahead) if forward else anchor - timedelta(days=back)
    return day, day


def _season(spec: DateSpec, anchor: date | None, tense: Tense) -> Interval | None:
    assert spec.season is not None
    first, last = SEASON_MONTHS[spec.season]

    def in_year(year: int) -> Interval:
        return (date(year, first, 1),
                _month_interval(year + (last - 1) // 12, (last - 1) % 12 + 1, None)[1])

    if spec.year is not None:
        return in_year(spec.year)
    assert anchor is not None
    options = [in_year(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    current = [o for o in options if o[0] <= anchor <= o[1]]
    if spec.direction == -1:
        return [o for o in options if o[1] < anchor][-1]
    if spec.direction == 1:
        return next(o for o in options if o[0] > anchor)
    if spec.direction == 0:                    # "this autumn": the one of the anchor's year
        return current[0] if current else in_year(anchor.year)
    return pick_by_tense(options, anchor, tense)


def _year(spec: DateSpec) -> Interval | None:
    if spec.year is None:
        return None
    if spec.year_end is not None:
        return date(spec.year, 1, 1), date(spec.year_end, 12, 31)
    if spec.part in YEAR_PARTS:
        first, last = YEAR_PARTS[spec.part]
        return date(spec.year, first, 1), _month_interval(spec.year, last, None)[1]
    return date(spec.year, 1, 1), date(spec.year, 12, 31)


def _calendar(spec: DateSpec, anchor: date | None, tense: Tense) -> Interval | None:
    assert spec.month is not None
    month = spec.month

    def in_year(year: int) -> Interval:
        if spec.day is None:
            return _month_interval(year, month, spec.part)
        end = date(year, month, spec.day_end) if spec.day_end else date(year, month, spec.day)
        return date(year, month, spec.day), end

    if spec.year is not None:
        return in_year(spec.year)
    assert anchor is not None
    options = _valid_options(in_year, anchor.year)
    if spec.weekday is not None and spec.day is not None:
        matching = [o for o in options if o[0].weekday() == spec.weekday]
        options = matching or options
        if len(matching) == 1:
            return matching[0]
    return pick_by_tense(options, anchor, tense) if options else None


def _valid_options(in_year: Callable[[int], Interval], around: int) -> list[Interval]:
    options = []
    for year in (around - 1, around, around + 1):
        try:
            options.append(in_year(year))
        except ValueError:          # 29 February outside leap years
            continue
    return options


def pick_by_tense(options: list[Interval], anchor: date, tense: Tense) -> Interval:
    """The occurrence a yearless date means: see the module's rules."""
    for option in options:
        if option[0] <= anchor <= option[1]:
            return option
    past = [o for o in options if o[1] < anchor]
    coming = [o for o in options if o[0] > anchor]
    if coming and (tense == "future" or not past or _just_after(coming[0], anchor)):
        return coming[0]
    if not coming or tense == "past":
        return past[-1]
    previous, upcoming = past[-1], coming[0]
    if (upcoming[0] - anchor).days * 2 < (anchor - previous[1]).days:
        return upcoming
    return previous


def _just_after(option: Interval, anchor: date) -> bool:
    """A day or a few days at most a week after the anchor."""
    start, end = option
    return (start - anchor).days <= GRACE_DAYS and (end - start).days < GRACE_DAYS


def _month_interval(year: int, month: int, part: str | None) -> Interval:
    last_day = calendar.monthrange(year, month)[1]
    first, last = MONTH_PARTS.get(part or "", (1, last_day))
    return date(year, month, first), date(year, month, min(last, last_day))
