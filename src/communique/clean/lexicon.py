"""The data files cleaning works from, loaded once and checked.

Language-specific lexicons live in ``communique/lang/<language>/`` (one folder
per registered language); cleaning merges them, because a page's menu is not
always in the language of its article. The rest is in ``data/``. A missing file
or an empty group is a ``DataFileError`` naming the file, the group and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.errors import DataFileError
from communique.lang import LANGUAGES, data_file, load_yaml, section

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Calendar:
    """Month and weekday words of every language, from the one date vocabulary a language
    has (``lang/<language>/dates.yaml``, which the NLP layer's date grammar reads too)."""

    months: dict[str, int]          # "märz" → 3, "ноя" → 11
    weekdays: frozenset[str]
    year_words: tuple[str, ...]     # "2023 года", "2022 г.": longest first


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    tail_markers: tuple[str, ...]
    publish_labels: tuple[str, ...]
    update_labels: tuple[str, ...]
    byline_markers: tuple[str, ...]     # "18 Dec 2021 by PIB Delhi": the credit after a date
    reading_time: tuple[str, ...]
    consent_words: tuple[str, ...]
    social_networks: frozenset[str]
    render_markers: tuple[str, ...]
    language_codes: frozenset[str]
    agency_prefixes: tuple[str, ...]
    not_places: frozenset[str]


@dataclass(frozen=True)
class LanguageSettings:
    plausible: tuple[str, ...]
    min_other_probability: float
    min_paragraph_letters: int
    min_mixed_share: float


@dataclass(frozen=True)
class HtmlRules:
    published_meta: tuple[str, ...]
    updated_meta: tuple[str, ...]
    site_meta: tuple[str, ...]
    title_meta: tuple[str, ...]
    drop_tags: tuple[str, ...]
    block_tags: frozenset[str]
    max_link_density: float
    min_article_chars: int


def _yaml(path: Path) -> dict[str, Any]:
    return load_yaml(path)


def _group(data: dict[str, Any], key: str, path: Path) -> list[Any]:
    return list(section(data, key, path, required=True))


def _words(values: list[Any]) -> list[str]:
    return [str(v).strip().lower() for v in values if str(v).strip()]


def _tsv(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise DataFileError(f"data file {path} is missing; reinstall communique")
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, value = line.partition("\t")
        if not tab or not key.strip() or not value.strip():
            raise DataFileError(f"data file {path}, line {number}: expected 'key<TAB>value'")
        table[key.strip().lower()] = value.strip()
    if not table:
        raise DataFileError(f"data file {path} has no entries")
    return table


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    year_words: set[str] = set()
    for language in LANGUAGES:
        path = data_file(language, "dates.yaml")
        data = _yaml(path)
        for key in ("months", "month_abbreviations"):
            for number, names in dict(section(data, key, path, dict, required=True)).items():
                months.update((name, int(number)) for name in _words(names))
        for key in ("weekdays", "weekday_abbreviations"):
            for names in dict(section(data, key, path, dict, required=True)).values():
                weekdays.update(_words(names))
        year_words.update(_words(section(data, "year_words", path)))
    if len(set(months.values())) != 12:
        raise DataFileError("the dates.yaml files must name all twelve months")
    return Calendar(months, frozenset(weekdays), _longest_first(list(year_words)))


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    merged: dict[str, list[str]] = {}
    keys = ("lines", "prefixes", "tail_markers", "publish_labels", "update_labels",
            "byline_markers", "reading_time", "consent_words")
    for language in LANGUAGES:
        path = data_file(language, "boilerplate.yaml")
        data = _yaml(path)
        for key in keys:
            merged.setdefault(key, []).extend(_words(_group(data, key, path)))
    common_path = DATA / "common.yaml"
    common = _yaml(common_path)
    return Boilerplate(
        lines=frozenset(merged["lines"]),
        prefixes=_longest_first(merged["prefixes"]),
        tail_markers=_longest_first(merged["tail_markers"]),
        publish_labels=_longest_first(merged["publish_labels"]),
        update_labels=_longest_first(merged["update_labels"]),
        byline_markers=_longest_first(merged["byline_markers"]),
        reading_time=_longest_first(merged["reading_time"]),
        consent_words=tuple(merged["consent_words"]),
        social_networks=frozenset(_words(_group(common, "social_networks", common_path))),
        render_markers=tuple(_words(_group(common, "render_markers", common_path))),
        language_codes=frozenset(_words(_group(common, "language_codes", common_path))),
        agency_prefixes=_longest_first(_words(_group(common, "agency_prefixes", common_path))),
        not_places=frozenset(_words(_group(common, "not_places", common_path))),
    )


def _longest_first(values: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values), key=lambda v: (-len(v), v)))


@lru_cache(maxsize=1)
def language_settings() -> LanguageSettings:
    path = DATA / "languages.yaml"
    data = _yaml(path)
    return LanguageSettings(
        plausible=tuple(_words(_group(data, "plausible", path))),
        min_other_probability=float(data.get("min_other_probability", 0.9)),
        min_paragraph_letters=int(data.get("min_paragraph_letters", 60)),
        min_mixed_share=float(data.get("min_mixed_share", 0.2)),
    )


@lru_cache(maxsize=1)
def html_rules() -> HtmlRules:
    path = DATA / "html.yaml"
    data = _yaml(path)
    return HtmlRules(
        published_meta=tuple(_words(_group(data, "published_meta", path))),
        updated_meta=tuple(_words(_group(data, "updated_meta", path))),
        site_meta=tuple(_words(_group(data, "site_meta", path))),
        title_meta=tuple(_words(_group(data, "title_meta", path))),
        drop_tags=tuple(_words(_group(data, "drop_tags", path))),
        block_tags=frozenset(_words(_group(data, "block_tags", path))),
        max_link_density=float(data.get("max_link_density", 0.5)),
        min_article_chars=int(data.get("min_article_chars", 200)),
    )


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """News-agency aliases (lower case) → canonical names."""
    return _tsv(DATA / "agencies.tsv")


@lru_cache(maxsize=1)
def sources() -> dict[str, str]:
    """Domains → source names."""
    return _tsv(DATA / "sources.tsv")
