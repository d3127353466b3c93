"""Date expression patterns, built from a language's date lexicon.

Each rule is a language-neutral template ("day month year", "modifier unit",
"count unit ago", …) filled with the lexicon's word lists, plus a parser that
turns a match into a ``DateSpec``. Rules only fire in date contexts: a month
name needs a day, a year or a preposition ("im Mai", not "Maibaum"; "March 3",
not "to march"); a bare year needs a prefix or a year word ("im Jahr 2021",
"в 2021 г.", not "OEWG 2021-2025"); an abbreviated month needs a day or a year.

For speed, a rule has a *core* that starts with a trigger word (a digit, a
month, a modifier, …) and an optional *prefix* (preposition, part, article,
modifier) matched backwards from the core: one scan over the words of the
text tries only the rules its words can start. All candidates are returned;
``dates`` keeps the longest non-overlapping ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from communique.nlp.date_lexicon import DateLexicon, WordClass
from communique.nlp.date_resolution import DateSpec
from communique.nlp.resources import alternation, normal

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR = r"(?:19|20)\d\d(?:(?=\d\d:\d\d)|(?!\d))"        # "9 März 201716:33": a glued time
DAY_TAIL = r"(?:\.\s*|(?:st|nd|rd|th)?\s+)"
GAP = r"(?:\s+|\s*-\s*)"                                # "Ende Mai", "mid-March"
SPACE = r"\s+"
NUMERIC_END = r"(?![\w/]|\.\d)"
# a bare year after an adverb of time ends its clause or stands before a lower-case word
# (a participle: "bereits 2023 besucht"); before a capital it may be a count ("bereits 2000
# Soldaten"), case-sensitive inside the case-blind rules
ADVERB_YEAR_END = r"(?=\s*(?:[.,;:!?)]|\Z)|\s+(?-i:[a-zäöüß]))"
BARE_YEAR_START = r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=\w\s))"   # a sentence's start or after a word
FUZZY_MIN = 5                                           # month names this long tolerate one typo
PREFIX_WINDOW = 100    # characters searched back for a prefix; the longest is an ordinal lead
#                        ("first meeting of the foreign ministers of Chile and Argentina", 62)
DIGIT = "<digit>"
_WORD = re.compile(r"\w+")

Groups = dict[str, Any]
Parser = Callable[[Groups, int, int], "DateSpan | None"]


@dataclass
class DateSpan:
    """A date expression found in the text, not yet placed on the calendar."""

    start: int
    end: int
    spec: DateSpec
    prep: str | None = None          # point | from | since | until: the leading preposition
    needs_date: bool = False         # a weekday that counts only right before a date


@dataclass
class Rule:
    """A core pattern tried at its trigger words, the prefix matched before it, its parser."""

    core: re.Pattern[str]
    prefix: re.Pattern[str] | None
    parse: Parser


class DateGrammar:
    """The date rules of one language."""

    def __init__(self, lexicon: DateLexicon) -> None:
        self.lex = lexicon
        self.capitalised = bool(lexicon.setting("names_capitalised", False))
        self._case_sensitive = {normal(w) for w in lexicon.case_sensitive}
        self._fuzzy_months = [(normal(f), n) for f, n in lexicon.months.items()
                              if len(f) >= FUZZY_MIN]
        self._ago = {normal(w) for w in (*lexicon.ago_before, *lexicon.ago_after)}
        self._season_adverbs = {normal(w) for w in lexicon.season_adverbs}
        self._count_words = {normal(w) for w in (*lexicon.year_count_words,
                                                 *lexicon.list_connectors)}
        self._triggers: dict[str, list[Rule]] = {}
        self._build()

    def candidates(self, text: str) -> list[DateSpan]:
        found = []
        for word in _WORD.finditer(text):
            token = word.group()
            key = DIGIT if token[0].isdigit() else token.lower()
            for rule in self._triggers.get(key, ()):
                candidate = self._apply(rule, text, word.start())
                if candidate is not None:
                    found.append(candidate)
        return found

    def _apply(self, rule: Rule, text: str, position: int) -> DateSpan | None:
        core = rule.core.match(text, position)
        if core is None:
            return None
        groups: Groups = core.groupdict()
        start = position
        if rule.prefix is not None:
            prefix = rule.prefix.search(text, max(0, position - PREFIX_WINDOW), position)
            if prefix is not None and prefix.start() < position:
                groups.update((k, v) for k, v in prefix.groupdict().items() if v is not None)
                start = prefix.start()
        return rule.parse(groups, start, core.end())

    # -- rules -------------------------------------------------------------------------------

    def _build(self) -> None:
        lex = self.lex
        month_any = rf"(?:{lex.months.pattern}|{lex.month_abbreviations.pattern}\.?)"
        conn = alternation([*lex.range_connectors, *lex.list_connectors])
        of = rf"(?:{alternation(lex.of_words)}\s+)?"
        year_words = alternation(lex.year_words)
        year = rf"(?P<year>{YEAR})(?:\s*(?P<yw>{year_words}))?"
        units, plural = lex.units.pattern, lex.units_plural.pattern
        count = rf"(?:{lex.numbers.pattern}|\d{{1,3}})"
        days = rf"(?P<day>{DAY})(?:\.?\s*(?P<sep>{conn})\s*(?P<day2>{DAY}))?"
        preps = lex.prepositions.pattern
        articles = alternation(lex.articles)
        year_preps = alternation(lex.year_prefixes)
        range_preps = alternation([*lex.year_prefixes, *self._from_preps()])
        months = [*_firsts(lex.months), *_firsts(lex.month_abbreviations)]
        weekdays = [w + s for w in _firsts(lex.weekdays) for s in ("", *lex.weekday_suffixes)]
        add = self._add
        add([DIGIT], rf"{days}{DAY_TAIL}{of}(?P<month>{month_any})(?!\w)(?:,?\s+{year})?",
            self._calendar, prep=preps)
        add(months, rf"(?P<month>{month_any}),?\s+{of}{year}", self._calendar,
            prep=preps, part=lex.parts.pattern)
        add(_firsts(lex.months), rf"(?P<month>{lex.months.pattern})(?!\w)", self._month_alone,
            prep=preps, part=lex.parts.pattern)
        add([DIGIT], rf"{year}(?!\s*(?:%|[.,]\d))", self._year_alone,
            prep=year_preps, part=lex.parts.pattern)
        if lex.year_adverbs:
            add([DIGIT], rf"(?P<year>{YEAR}){ADVERB_YEAR_END}", self._year_alone,
                prep=alternation(lex.year_adverbs))
        if lex.setting("bare_year", False):
            add([DIGIT], rf"{BARE_YEAR_START}(?P<year>{YEAR}){ADVERB_YEAR_END}", self._bare_year,
                lead=r"[^\W\d]+\.?")
        add([DIGIT], rf"(?P<year>{YEAR})\s*(?P<sep>{conn}|/)\s*(?P<year2>(?:19|20)\d\d|\d\d)(?!\d)"
            rf"(?:\s*(?P<yw>{year_words}))?", self._year_range, prep=range_preps)
        add([DIGIT], rf"(?P<day>{DAY})\.(?P<month>0?[1-9]|1[0-2])\."
            rf"(?:(?P<year>(?:19|20)\d\d|\d\d)(?:(?=\d\d:\d\d)|(?!\d))"
            rf"|(?P<ranged>)(?=\s*(?:{alternation(lex.range_connectors)})\s*\d))?{NUMERIC_END}",
            self._numeric, prep=preps)
        add([DIGIT], rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>(?:19|20)\d\d|\d\d)"
            rf"{NUMERIC_END}", self._slash)
        add([DIGIT], r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])"
            r"(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?:(?=T\d)|(?![\w/-]|\.\d))",
            self._numeric, prep=preps)
        add([DIGIT], rf"(?P<day>{DAY})(?:\.\s*|\s+)(?P<word>[^\W\d_]{{{FUZZY_MIN},14}})(?!\w)"
            rf"(?:,?\s+{year})?", self._fuzzy, prep=preps)
        add(weekdays, rf"(?P<weekday>{lex.weekdays.pattern})"
            rf"(?:{alternation(lex.weekday_suffixes)})?(?!\w)", self._weekday,
            prep=preps, mod=lex.modifiers.pattern)
        add(_firsts(lex.relative_words), rf"(?P<rel>{lex.relative_words.pattern})(?!\w)",
            self._relative_word, prep=preps)
        add(_firsts(lex.modifiers), rf"(?P<mod>{lex.modifiers.pattern})\s+(?:(?P<unit>{units})"
            rf"|(?P<season>{lex.seasons.pattern}))(?!\w)", self._shift,
            prep=preps, part=lex.parts.pattern, art=articles)
        add(_firsts(lex.parts), rf"(?P<part>{lex.parts.pattern})\s+(?:(?:{articles})\s+)?"
            rf"(?P<unit>{units})(?!\w)(?!\s+(?:19|20)\d\d)", self._shift, prep=preps)
        add(_firsts(lex.seasons), rf"(?P<season>{lex.seasons.pattern})(?:,?\s+{of}{year})?(?!\w)",
            self._season, prep=preps, art=articles)
        leads = ({"lead": rf"(?:{alternation(lex.later_not_after)})(?:\s+[\w-]+){{0,10}}"}
                 if lex.later_not_after else {})
        add(_first_words([*lex.ago_before, *lex.later_before]),
            rf"(?P<pre>{alternation([*lex.ago_before, *lex.later_before])})\s+(?P<count>{count})"
            rf"\s+(?P<unit>{units}|{plural})(?!\w)", self._count, **leads)
        if lex.ago_after or lex.later_after:
            add([DIGIT, *_firsts(lex.numbers), *_firsts(lex.units), *_firsts(lex.units_plural)],
                rf"(?:(?P<count>{count})\s+)?(?P<unit>{units}|{plural})\s+"
                rf"(?P<post>{alternation([*lex.ago_after, *lex.later_after])})(?!\w)", self._count)
        add(_firsts(lex.span_modifiers), rf"(?P<smod>{lex.span_modifiers.pattern})\s+"
            rf"(?:(?:{alternation(lex.span_fillers)})\s+)?(?P<unit>{plural})(?!\w)", self._span,
            prep=preps, art=articles)
        add(_first_words(lex.now_words), rf"(?P<now>{alternation(lex.now_words)})(?!\w)",
            self._now)
        if lex.setting("month_first", False):
            add(months, rf"(?P<month>{month_any})\s+{days}(?:st|nd|rd|th)?(?!\d)(?!\w)"
                rf"(?:,?\s+(?P<year>{YEAR}))?", self._calendar, prep=preps)

    def _add(self, triggers: list[str], core: str, parse: Parser, **prefix: str) -> None:
        """Register a rule; ``prefix`` names the optional groups before the core, in order."""
        prefix_pattern = None
        if prefix:
            parts = "".join(rf"(?:(?P<{name}>{pattern}){GAP if name == 'part' else SPACE})?"
                            for name, pattern in prefix.items())
            prefix_pattern = re.compile(rf"(?<!\w){parts}\Z", re.IGNORECASE)
        rule = Rule(re.compile(core, re.IGNORECASE), prefix_pattern, parse)
        for trigger in triggers:
            self._triggers.setdefault(trigger.lower(), []).append(rule)

    def _from_preps(self) -> list[str]:
        return [f for f, kind in self.lex.prepositions.items() if kind in ("from", "since")]

    # -- parsers -----------------------------------------------------------------------------

    def _calendar(self, g: Groups, start: int, end: int) -> DateSpan | None:
        month = self._month(g.get("month"))
        if month is None:
            return None
        spec = DateSpec(year=_year(g.get("year")), month=month, day=_int(g.get("day")),
                        day_end=_int(g.get("day2")), part=self._part(g.get("part")))
        if spec.day_end is not None and spec.day is not None and spec.day_end <= spec.day:
            return None
        return self._candidate(g, start, end, spec)

    def _month_alone(self, g: Groups, start: int, end: int) -> DateSpan | None:
        if not (g.get("prep") or g.get("part")):
            return None                      # "Mai" alone may be a name; "im Mai" is a date
        return self._calendar(g, start, end)

    def _numeric(self, g: Groups, start: int, end: int) -> DateSpan | None:
        if not (g.get("year") or g.get("prep") or g.get("ranged") is not None):
            return None                      # "Abschnitt 3.2.": a yearless date needs "am", "vom"…
        spec = DateSpec(year=_year(g.get("year")), month=int(g["month"]), day=_int(g.get("day")))
        return self._candidate(g, start, end, spec)

    def _year_alone(self, g: Groups, start: int, end: int) -> DateSpan | None:
        if not (g.get("prep") or g.get("part") or g.get("yw")):
            return None                      # a bare number: "ZUM 2022, 893"
        spec = DateSpec(year=_year(g["year"]), part=self._part(g.get("part")))
        return self._candidate(g, start, end, spec)

    def _bare_year(self, g: Groups, start: int, end: int) -> DateSpan | None:
        """A year with no preposition, where the language puts one in its clause's middle
        field: after a lower-case word that makes no count, or opening a sentence ("hatten
        2022 eine Erklärung unterzeichnet", "2019 hatte Steinmeier …"); not after a name
        ("Agenda 2030 umsetzen"), a count ("rund 2000 neue Stellen") or a list's second year
        ("für die Jahre 2025 und 2026", a term). The span is the year alone."""
        lead = g.get("lead")
        if lead is not None and (not lead[0].islower()
                                 or normal(lead.rstrip(".")) in self._count_words):
            return None
        return DateSpan(end - len(g["year"]), end, DateSpec(year=_year(g["year"])), "point")

    def _year_range(self, g: Groups, start: int, end: int) -> DateSpan | None:
        if not (g.get("prep") or g.get("yw")):
            return None                      # "OEWG 2021-2025": a name, not a date
        first, last = int(g["year"]), g["year2"]
        finish = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if finish <= first:
            return None
        return self._candidate(g, start, end, DateSpec(year=first, year_end=finish))

    def _slash(self, g: Groups, start: int, end: int) -> DateSpan | None:
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if self.lex.setting("slash_order", "dmy") == "dmy" else (b, a)
        if month > 12:
            day, month = month, day
        return self._candidate(g, start, end, DateSpec(year=_year(g["year"]), month=month, day=day))

    def _weekday(self, g: Groups, start: int, end: int) -> DateSpan | None:
        text = g["weekday"]
        if self.capitalised and not text[0].isupper():
            return None
        spec = DateSpec(weekday=self.lex.weekdays[text],
                        direction=self.lex.modifiers.get(g.get("mod")))
        candidate = self._candidate(g, start, end, spec)
        alone = g.get("prep") is None and g.get("mod") is None
        candidate.needs_date = alone and not self.lex.setting("weekday_alone", True)
        return candidate

    def _relative_word(self, g: Groups, start: int, end: int) -> DateSpan | None:
        word = g["rel"]
        if normal(word) in self._case_sensitive and word not in self.lex.case_sensitive:
            return None
        unit, offset = self.lex.relative_words[word]
        return self._candidate(g, start, end, DateSpec(unit=unit, offset=offset))

    def _shift(self, g: Groups, start: int, end: int) -> DateSpan | None:
        offset = self.lex.modifiers[g["mod"]] if g.get("mod") else 0
        if g.get("season"):
            spec = DateSpec(season=self.lex.seasons[g["season"]], direction=offset)
            return self._candidate(g, start, end, spec)
        unit = self.lex.units[g["unit"]]
        if unit == "day":
            return None                      # "am nächsten Tag" counts from the story
        spec = DateSpec(unit=unit, offset=offset, part=self._part(g.get("part")))
        return self._candidate(g, start, end, spec)

    def _season(self, g: Groups, start: int, end: int) -> DateSpan | None:
        word = g["season"]
        if not (g.get("prep") or g.get("year") or normal(word) in self._season_adverbs):
            return None
        spec = DateSpec(year=_year(g.get("year")), season=self.lex.seasons[word])
        return self._candidate(g, start, end, spec)

    def _count(self, g: Groups, start: int, end: int) -> DateSpan | None:
        marker = g.get("pre") or g.get("post") or ""
        sign = -1 if normal(marker) in self._ago else 1
        if g.get("lead") and sign > 0:
            return None                      # "the first talks in three years": a duration
        text = g.get("count")
        count = 1 if text is None else int(text) if text.isdigit() else self.lex.numbers[text]
        unit = self.lex.units.get(g["unit"]) or self.lex.units_plural[g["unit"]]
        return self._candidate(g, start, end, DateSpec(unit=unit, offset=sign * count))

    def _span(self, g: Groups, start: int, end: int) -> DateSpan | None:
        direction = self.lex.span_modifiers[g["smod"]]
        spec = DateSpec(unit=self.lex.units_plural[g["unit"]], span=direction or 1)
        return self._candidate(g, start, end, spec)

    def _now(self, g: Groups, start: int, end: int) -> DateSpan | None:
        return self._candidate(g, start, end, DateSpec(now=True))

    def _fuzzy(self, g: Groups, start: int, end: int) -> DateSpan | None:
        """A month name with one typo after a day ("7. Febrauar")."""
        word = g["word"]
        if self.capitalised and not word[0].isupper():
            return None
        key = word.lower()
        for form, number in self._fuzzy_months:
            if form != key and Levenshtein.distance(form, key, score_cutoff=1) <= 1:
                spec = DateSpec(year=_year(g.get("year")), month=number, day=int(g["day"]))
                return self._candidate(g, start, end, spec)
        return None

    # -- helpers -----------------------------------------------------------------------------

    def _candidate(self, g: Groups, start: int, end: int, spec: DateSpec) -> DateSpan:
        kind = None
        if g.get("prep"):
            prep = g["prep"]
            kind = self.lex.prepositions.get(prep) or self.lex.prepositions.get(
                prep.split()[0], "point")
        spec.open = kind if kind in ("since", "until") else None
        return DateSpan(start, end, spec, kind)

    def _month(self, text: str | None) -> int | None:
        if text is None:
            return None
        if self.capitalised and not text[0].isupper():
            return None
        found = self.lex.months.get(text)
        return found if found is not None else self.lex.month_abbreviations.get(text)

    def _part(self, text: str | None) -> str | None:
        part = self.lex.parts.get(text)
        return None if part == "whole" else part


def _firsts(word_class: WordClass) -> list[str]:
    return _first_words([form for form, _ in word_class.items()])


def _first_words(phrases: list[str]) -> list[str]:
    return [p.split()[0] for p in phrases if p.strip()]


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value if len(text) == 4 else (2000 + value if value < 70 else 1900 + value)
