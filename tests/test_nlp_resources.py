"""The language data files: every shipped file loads, and defects are refused clearly."""

from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.lang import LANGUAGES as SUPPORTED_LANGUAGES
from communique.lang import words
from communique.nlp.date_lexicon import DateLexicon
from communique.nlp.resources import alternation, read_data
from communique.nlp.sentences import SentenceRules


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_resources_shipped_files_load(language: str) -> None:
    lexicon = DateLexicon.load(language)
    assert [lexicon.months.get(m) for m in ("", "xyz")] == [None, None]
    assert sorted({n for _, n in lexicon.months.items()}) == list(range(1, 13))
    assert sorted({n for _, n in lexicon.weekdays.items()}) == list(range(7))
    assert SentenceRules.load(language).starters


def test_resources_missing_file_names_the_fix() -> None:
    with pytest.raises(DataFileError, match=r"xx/dates.yaml is missing; reinstall"):
        read_data("xx", "dates")


def test_resources_yaml_booleans_are_refused() -> None:
    with pytest.raises(DataFileError, match='quote words such as "on"'):
        words(["in", True, "at"], "en/dates.yaml")
    assert words(["in", 1, "at"]) == ["in", "1", "at"]


def test_resources_alternation_longest_first_and_never_empty() -> None:
    assert alternation(["in", "in the", "on"]) == r"(?:in\s+the|in|on)"
    assert alternation([]) == r"(?!x)x"
