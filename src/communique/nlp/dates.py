"""Date expressions of a text, resolved against an anchor date.

``DateRecognizer`` runs the language's grammar, keeps the longest
non-overlapping expressions, joins the ones that belong together ("Freitag,
26 April 2024", "vom 29.7. bis 9.8.2024", "в сентябре прошлого года"), and
places each on the calendar (rules in ``date_resolution``). The tense of the
date's part of the sentence (up to a colon or a quotation; future markers: "wird",
"will", "состоится"; past markers: "wurde", "was", "состоялся") decides which year a
yearless date falls in, and turns weekdays forward in sentences about the future.
Without an anchor, a year-less day takes its year from the latest day the text dates
with one (``_after``).
``resolve_times`` is the same for a bare string, for callers that re-anchor (the
event coder dating a dateline against the publication).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from communique.document import TimeExpression
from communique.lang import LANGUAGES
from communique.nlp.date_grammar import DateGrammar, DateSpan
from communique.nlp.date_lexicon import DateLexicon
from communique.nlp.date_resolution import DateSpec, Resolved, Tense, resolve
from communique.nlp.resources import alternation
from communique.nlp.sentences import SentenceRules, SentenceSplitter

TimeRole = Literal["point", "period", "open", "unresolved"]
_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,3}\s+)?")     # "Freitag, den 5. Mai"
_JOIN_GAP = re.compile(r"\s*,?\s*")
WEEK = timedelta(days=7)          # a dated day or a few (a meeting "3-5 December 2020")
_PART_BREAK = re.compile(r"(?<!\d):(?!\d)|;|[\"“”„«»]")   # a quotation or a clause after a colon
DAY_SLACK = timedelta(days=1)     # a year-less day just before a dated one is still its year's


@dataclass
class _Expression:
    """A chosen candidate, possibly with the end of a range it opens."""

    first: DateSpan
    last: DateSpan | None = None
    inherited: bool = False           # the first took its year from the last ("29.7.–9.8.2024")

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        return (self.last or self.first).end


class DateRecognizer:
    """Finds and resolves the date expressions of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        lexicon = DateLexicon.load(language)
        self.grammar = DateGrammar(lexicon)
        self.splitter = SentenceSplitter(SentenceRules.load(language))
        self._future = _word_pattern(lexicon.future_markers)
        self._past = _word_pattern(lexicon.past_markers)
        self._range = re.compile(rf"\s*{alternation(lexicon.range_connectors)}\s*",
                                 re.IGNORECASE)
        self._list = re.compile(rf"\s*{alternation(lexicon.list_connectors)}\s*", re.IGNORECASE)

    def find(self, text: str, anchor: date | None,
             sentences: Sequence[tuple[int, int]] | None = None,
             month_only: bool = False) -> list[TimeExpression]:
        """Date expressions of ``text`` in order; ``sentences`` are its sentence spans.

        With ``month_only`` the anchor is known to its month only ("/2021/11/"): a day
        the text names ("23 ноября") is placed against the month's last day, while "am
        Freitag" or "вчера" give the month, as their day is not known either.
        """
        if isinstance(anchor, datetime):
            anchor = anchor.date()
        if month_only and anchor is not None:
            anchor = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
        spans = list(sentences) if sentences is not None else self.splitter.split(text)
        starts = [start for start, _ in spans]
        expressions = [(e, self._tense(text, spans, starts, e.start))
                       for e in self._join(text, _longest(self.grammar.candidates(text)))]
        first_pass = [self._resolve(e, anchor, tense) for e, tense in expressions]
        latest = None if anchor is not None else _latest_told_day(first_pass)
        found = []
        for (expression, tense), resolved in zip(expressions, first_pass, strict=True):
            if latest is not None and resolved is not None and resolved.start is None:
                resolved = self._resolve(_after(expression, latest), None, tense) or resolved
            if resolved is None:
                continue
            relative = expression.first.spec.relative or bool(
                expression.last and expression.last.spec.relative)
            if month_only and anchor is not None and relative and resolved.precision == "day" \
                    and expression.first.spec.month is None:
                resolved = Resolved(anchor.replace(day=1), anchor, "month")
            found.append(TimeExpression(expression.start, expression.end,
                                        text[expression.start:expression.end], resolved.start,
                                        resolved.end, resolved.precision, relative))
        return found

    def named_weekdays(self, text: str) -> set[int]:
        """The weekdays ``text`` names by themselves ("the ministry said Friday"), 0 = Monday."""
        return {span.spec.weekday for span in self.grammar.candidates(text)
                if span.spec.weekday is not None and span.spec.month is None}

    def _join(self, text: str, chosen: list[DateSpan]) -> list[_Expression]:
        """Join neighbours that are one expression; drop weekdays that needed a date."""
        joined: list[_Expression] = []
        index = 0
        while index < len(chosen):
            current, following = chosen[index], chosen[index + 1:index + 2]
            nxt = following[0] if following else None
            gap = text[current.end:nxt.start] if nxt else ""
            merged = self._merge(current, nxt, gap) if nxt else None
            if merged is not None:
                chosen[index + 1] = merged
            elif nxt is not None and self._is_range(current, nxt, gap):
                joined.append(_Expression(current, nxt, _inherit_year(current.spec, nxt.spec)))
                index += 1
            elif not current.needs_date:
                if nxt is not None and self._list.fullmatch(gap):
                    _inherit_year(current.spec, nxt.spec)
                joined.append(_Expression(current))
            index += 1
        return joined

    def _merge(self, current: DateSpan, nxt: DateSpan, gap: str) -> DateSpan | None:
        """One candidate for "weekday, date" and "month + relative year" pairs."""
        first, second = current.spec, nxt.spec
        if (first.weekday is not None and first.month is None and second.day is not None
                and _WEEKDAY_GAP.fullmatch(gap)):
            spec = replace(second, weekday=first.weekday, open=first.open)
            return DateSpan(current.start, nxt.end, spec, current.prep)
        if ((first.month is not None or first.season is not None) and first.year is None
                and first.unit is None and second.unit == "year" and not second.span
                and second.month is None and second.season is None and nxt.prep is None
                and _JOIN_GAP.fullmatch(gap)):
            spec = replace(first, unit="year", offset=second.offset)
            return DateSpan(current.start, nxt.end, spec, current.prep)
        return None

    def _is_range(self, current: DateSpan, nxt: DateSpan, gap: str) -> bool:
        if not (_calendar_like(current.spec) and _calendar_like(nxt.spec)):
            return False
        if self._range.fullmatch(gap):
            return True
        return not gap.strip() and nxt.prep == "until" and current.prep in ("from", "since")

    def _resolve(self, expression: _Expression, anchor: date | None,
                 tense: Tense) -> Resolved | None:
        if expression.last is None:
            return resolve(expression.first.spec, anchor, tense)
        first = replace(expression.first.spec, open=None)
        last = replace(expression.last.spec, open=None)
        begin, finish = resolve(first, anchor, tense), resolve(last, anchor, tense)
        if begin is None or finish is None:
            return None
        if expression.inherited and begin.start and finish.end and begin.start > finish.end:
            begin = resolve(replace(first, year=(first.year or 0) - 1), anchor, tense)
            if begin is None:
                return None
        if begin.start is None or finish.end is None:
            return Resolved(None, None, begin.precision)
        return Resolved(begin.start, finish.end, begin.precision)

    def _tense(self, text: str, spans: Sequence[tuple[int, int]], starts: list[int],
               position: int) -> Tense:
        """The tense of the part of the sentence holding ``position`` (a colon, semicolon or
        quotation mark ends a part: "stellte am Donnerstag klar: Wir … wird sich das Land
        nicht entwickeln" is past): future wins over past."""
        index = bisect.bisect_right(starts, position) - 1
        if index < 0 or spans[index][1] < position:
            return None
        start, end = spans[index]
        breaks = [m.start() for m in _PART_BREAK.finditer(text, start, end)]
        start = max((at for at in breaks if at < position), default=start)
        end = min((at for at in breaks if at >= position), default=end)
        if self._future.search(text, start, end):
            return "future"
        if self._past.search(text, start, end):
            return "past"
        return None


def _latest_told_day(resolved: list[Resolved | None]) -> date | None:
    """The latest day a report without a publication date dates with its year ("2 декабря
    2020 года", "on 3-5 December 2020"); None when it dates no day with a year, or when a
    date it names starts after the next year: the day is then history ("the treaty of 12
    April 2001" in a report on the 2021 talks), not the report's time."""
    known = [r for r in resolved if r is not None and r.start is not None]
    latest = max((r.start for r in known if r.precision == "day" and r.start is not None
                  and r.end is not None and r.end - r.start < WEEK), default=None)
    if latest is None or any(r.start is not None and r.start.year > latest.year + 1
                             for r in known):
        return None
    return latest


def _after(expression: _Expression, latest: date) -> _Expression:
    """The expression with a year where it names a day without one ("18 декабря", "December
    18", "am 18. Dezember"): the first year in which the day is not before ``latest`` (a day
    of slack, as for a year-less dateline in ``clean.metadata``). A report tells its news
    after the dated acts it recalls, so an annotator dates "18 декабря в Тегеране
    состоялись …" by the year of "в ходе встречи 2 декабря 2020 года". A year-less month or
    season, and relative days ("вчера", "am Freitag"), still need the report's own date."""
    def dated(span: DateSpan) -> DateSpan:
        spec = span.spec
        if spec.day is None or spec.month is None or spec.year is not None or spec.unit:
            return span
        year = latest.year
        try:
            if date(year, spec.month, spec.day) < latest - DAY_SLACK:
                year += 1
        except ValueError:          # 29 February: resolve() drops it
            pass
        return replace(span, spec=replace(spec, year=year))

    return _Expression(dated(expression.first),
                       expression.last and dated(expression.last), expression.inherited)


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)", re.IGNORECASE)


def _longest(candidates: list[DateSpan]) -> list[DateSpan]:
    """The longest candidates that do not overlap, in text order."""
    taken: list[DateSpan] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _calendar_like(spec: DateSpec) -> bool:
    return (spec.month is not None or spec.year is not None) and spec.unit is None


def _inherit_year(first: DateSpec, second: DateSpec) -> bool:
    """Give a yearless date the year of the date it is listed or ranged with."""
    if first.year is None and first.month is not None and second.year is not None:
        first.year = second.year_end or second.year
        return True
    return False


def time_role(time: TimeExpression) -> TimeRole:
    """What a resolved expression can date.

    ``point``: one day, month or year (an event date). ``period``: several
    units at its precision ("2021-2025", "vom 29.7. bis 9.8.2024"; an event
    that lasts uses its start). ``open``: one side open ("bis 2025", "seit
    Mai"; a deadline or a duration, never an event date). ``unresolved``: a
    relative form with no anchor.
    """
    if time.date_start is None and time.date_end is None:
        return "unresolved"
    if time.date_start is None or time.date_end is None:
        return "open"
    size = {"day": 10, "month": 7, "year": 4}.get(time.precision, 10)
    if time.date_start.isoformat()[:size] != time.date_end.isoformat()[:size]:
        return "period"
    return "point"


@lru_cache(maxsize=len(LANGUAGES))
def recognizer(language: str) -> DateRecognizer:
    """The shared recognizer of a language (the lexicon is read once)."""
    return DateRecognizer(language)


def date_setting(language: str, name: str, default: Any) -> Any:
    """A setting of a language's ``dates.yaml`` (e.g. how its reports date undated acts)."""
    return recognizer(language).grammar.lex.setting(name, default)


def resolve_times(text: str, language: str, anchor: date | None) -> list[TimeExpression]:
    """The date expressions of ``text`` resolved against ``anchor``; [] for other languages.

    ``resolve_times("MINSK, 23. November", "de", date(2021, 11, 24))`` gives one
    expression, "23. November", from 2021-11-23 to 2021-11-23 at day precision.
    """
    if language not in LANGUAGES or not text:
        return []
    return recognizer(language).find(text, anchor)
