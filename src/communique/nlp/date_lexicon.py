"""The date vocabulary of one language, read from ``lang/<language>/dates.yaml``.

It gives the grammar two things per word class: a regex alternation to build
patterns from, and a lookup from a matched surface form to its meaning
(month 11, weekday 1, offset +1, …). The code stays language-neutral; a new
spelling or a new language is a data file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from communique.errors import DataFileError
from communique.lang import section, words
from communique.nlp.resources import alternation, normal, read_data

UNITS = ("day", "week", "month", "year")
SEASONS = ("spring", "summer", "autumn", "winter")
PARTS = ("early", "mid", "late", "whole")
MODIFIER_OFFSETS = {"next": 1, "last": -1, "this": 0}
PREPOSITION_KINDS = ("point", "from", "since", "until")


class WordClass:
    """Surface forms of one word class, each mapped to its meaning."""

    def __init__(self) -> None:
        self._forms: list[str] = []
        self._meanings: dict[str, Any] = {}

    def add(self, forms: list[str], meaning: Any) -> None:
        self._forms.extend(forms)
        self._meanings.update((normal(f), meaning) for f in forms)

    @property
    def pattern(self) -> str:
        return alternation(self._forms)

    def __getitem__(self, surface: str) -> Any:
        return self._meanings[normal(surface)]

    def items(self) -> list[tuple[str, Any]]:
        """(surface form, meaning) pairs in file order."""
        return [(form, self._meanings[normal(form)]) for form in self._forms]

    def get(self, surface: str | None, default: Any = None) -> Any:
        return default if surface is None else self._meanings.get(normal(surface), default)


@dataclass
class DateLexicon:
    """All date vocabulary of one language."""

    language: str
    settings: dict[str, Any]
    months: WordClass
    month_abbreviations: WordClass
    weekdays: WordClass
    weekday_suffixes: list[str]
    seasons: WordClass
    season_adverbs: list[str]
    year_words: list[str]
    of_words: list[str]
    prepositions: WordClass
    year_prefixes: list[str]
    year_adverbs: list[str]
    year_count_words: list[str]
    range_connectors: list[str]
    list_connectors: list[str]
    parts: WordClass
    articles: list[str]
    modifiers: WordClass
    units: WordClass
    units_plural: WordClass
    span_modifiers: WordClass
    span_fillers: list[str]
    relative_words: WordClass
    now_words: list[str]
    case_sensitive: frozenset[str]
    ago_before: list[str]
    ago_after: list[str]
    later_before: list[str]
    later_after: list[str]
    later_not_after: list[str]
    numbers: WordClass
    future_markers: list[str]
    past_markers: list[str]

    @classmethod
    def load(cls, language: str) -> DateLexicon:
        data = read_data(language, "dates")
        reader = _Reader(data, f"{language}/dates.yaml")
        return cls(
            language=language,
            settings=reader.mapping("settings"),
            months=reader.keyed("months", range(1, 13)),
            month_abbreviations=reader.keyed("month_abbreviations", range(1, 13)),
            weekdays=reader.keyed("weekdays", range(7)),
            weekday_suffixes=reader.list("weekday_suffixes"),
            seasons=reader.keyed("seasons", SEASONS),
            season_adverbs=reader.list("season_adverbs"),
            year_words=reader.list("year_words"),
            of_words=reader.list("of_words"),
            prepositions=reader.keyed("prepositions", PREPOSITION_KINDS),
            year_prefixes=reader.list("year_prefixes"),
            year_adverbs=reader.list("year_adverbs"),
            year_count_words=reader.list("year_count_words"),
            range_connectors=reader.list("range", reader.mapping("connectors")),
            list_connectors=reader.list("list", reader.mapping("connectors")),
            parts=reader.keyed("parts", PARTS),
            articles=reader.list("articles"),
            modifiers=reader.keyed("modifiers", MODIFIER_OFFSETS, MODIFIER_OFFSETS),
            units=reader.keyed("units", UNITS),
            units_plural=reader.keyed("units_plural", UNITS),
            span_modifiers=reader.keyed("span_modifiers", MODIFIER_OFFSETS, MODIFIER_OFFSETS),
            span_fillers=reader.list("span_fillers"),
            relative_words=reader.relative_words(),
            now_words=reader.list("now_words"),
            case_sensitive=frozenset(reader.list("case_sensitive")),
            ago_before=reader.list("before", reader.mapping("ago")),
            ago_after=reader.list("after", reader.mapping("ago")),
            later_before=reader.list("before", reader.mapping("later")),
            later_after=reader.list("after", reader.mapping("later")),
            later_not_after=reader.list("not_after", reader.mapping("later")),
            numbers=reader.numbers(),
            future_markers=reader.list("future_markers"),
            past_markers=reader.list("past_markers"),
        )

    def setting(self, name: str, default: Any) -> Any:
        return self.settings.get(name, default)


class _Reader:
    """Reads and checks the sections of one dates file."""

    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def mapping(self, key: str) -> dict[str, Any]:
        return dict(section(self.data, key, self.source, dict))

    def list(self, key: str, within: dict[str, Any] | None = None) -> list[str]:
        return words(section(self.data if within is None else within, key, self.source),
                     self.source)

    def keyed(self, key: str, allowed: Any, meanings: dict[str, Any] | None = None) -> WordClass:
        """A ``meaning: [forms]`` section; keys must be among ``allowed``."""
        index = WordClass()
        for name, forms in self.mapping(key).items():
            if name not in allowed:
                raise DataFileError(f"{self.source}: '{name}' in '{key}' is not one of "
                                    f"{list(allowed)}; fix the file")
            if not isinstance(forms, list):
                raise DataFileError(f"{self.source}: '{key}.{name}' must be a list; fix the file")
            index.add(words(forms, self.source), meanings[name] if meanings else name)
        return index

    def relative_words(self) -> WordClass:
        index = WordClass()
        for form, value in self.mapping("relative_words").items():
            if (not isinstance(value, list) or len(value) != 2 or value[0] not in UNITS
                    or not isinstance(value[1], int)):
                raise DataFileError(f"{self.source}: relative word '{form}' needs "
                                    "[unit, offset] with a unit of {UNITS}; fix the file")
            index.add(words([form], self.source), (value[0], value[1]))
        return index

    def numbers(self) -> WordClass:
        index = WordClass()
        for form, value in self.mapping("numbers").items():
            if not isinstance(value, int):
                raise DataFileError(f"{self.source}: number word '{form}' needs an integer")
            index.add(words([form], self.source), value)
        return index
