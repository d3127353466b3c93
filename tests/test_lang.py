"""One folder per language, one registry, one loader whose errors say where and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.events import lexicon
from communique.lang import FOLDER, LANGUAGES, REGISTERED, defaults, load_yaml, section, words

EVERY_LANGUAGE_HAS = {"boilerplate.yaml", "dates.yaml", "sentences.yaml", "contexts.yaml",
                      "grammar.yaml", "defaults.py", "__init__.py"}


def test_lang_one_folder_per_registered_language() -> None:
    folders = sorted(p.name for p in FOLDER.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == sorted(REGISTERED) == ["de", "en", "ru"]
    assert LANGUAGES == REGISTERED


@pytest.mark.parametrize("language", REGISTERED)
def test_lang_each_folder_holds_the_language_files(language: str) -> None:
    names = {p.name for p in (FOLDER / language).iterdir() if p.name != "__pycache__"}
    assert names >= EVERY_LANGUAGE_HAS
    assert defaults(language).code == language
    for path in (FOLDER / language).glob("*.yaml"):
        assert load_yaml(path)


def test_lang_unregistered_language_names_the_registry() -> None:
    with pytest.raises(DataFileError, match=r"no language 'xx' is registered; registered: "
                                            r"de, en, ru \(communique/lang/__init__.py"):
        defaults("xx")


def test_lang_broken_yaml_names_file_line_and_fix(tmp_path: Path) -> None:
    broken = tmp_path / "communique" / "lang" / "xx" / "dates.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("weekdays:\n  - montag\n months: [januar]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_yaml(broken)
    assert str(error.value) == (
        "[E003] communique/lang/xx/dates.yaml, entry 'line 3': is not valid YAML (did not "
        "find expected key); fix: correct the YAML syntax there (indentation, quotes, colons)")


def test_lang_broken_entry_names_file_entry_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "communique" / "lang" / "xx" / "dates.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("weekdays: montag\nmonths: {}\n", encoding="utf-8")
    data = load_yaml(path)
    with pytest.raises(DataFileError) as wrong_type:
        section(data, "weekdays", path)
    assert str(wrong_type.value) == (
        "[E003] communique/lang/xx/dates.yaml, entry 'weekdays': is a str, not a list; "
        "fix: write 'weekdays' as a list ('- item' lines)")
    with pytest.raises(DataFileError) as empty:
        section(data, "months", path, dict, required=True)
    assert str(empty.value) == (
        "[E003] communique/lang/xx/dates.yaml, entry 'months': is missing or empty; "
        "fix: list at least one item under 'months:'")
    with pytest.raises(DataFileError) as boolean:
        words(["an", False], path, "prepositions")
    assert str(boolean.value) == (
        "[E003] communique/lang/xx/dates.yaml, entry 'prepositions': an item reads as the YAML "
        "boolean False; fix: quote words such as \"on\", \"no\", \"yes\", \"off\"")


def test_lang_a_list_file_is_no_mapping(tmp_path: Path) -> None:
    path = tmp_path / "grammar.yaml"
    path.write_text("- honorifics\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"grammar.yaml: holds a list, not a mapping of "
                                            r"entries; fix: write the file as 'entry: value'"):
        load_yaml(path)


def test_lang_a_context_no_one_declared_names_the_neutral_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "communique" / "lang" / "xx" / "contexts.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("topics:\n  cyber: 'cyber\\w*'\n  sport: 'fußball'\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_file", lambda language, name: path)
    with pytest.raises(DataFileError) as error:
        lexicon.load_contexts.__wrapped__("xx")
    assert str(error.value) == (
        "[E003] communique/lang/xx/contexts.yaml, entry 'topics: sport': is no context; fix: use "
        "one of diplomatic, cyber, military, security, intelligence, crime, legal, economic, "
        "election, cbrn or add it to events/data/contexts.yaml (document_min)")


@pytest.mark.parametrize("language", REGISTERED)
def test_lang_every_context_has_words_in_every_language(language: str) -> None:
    _, rules = lexicon.load_contexts(language)
    assert [rule.name for rule in rules] == ["diplomatic", "cyber", "military", "security",
                                             "intelligence", "crime", "legal", "economic",
                                             "election", "cbrn"]
