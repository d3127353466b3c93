"""The languages Communiqué reads: one folder each, and the one registry of them.

``lang/<code>/`` holds every data file of one language that cleaning, the NLP
layer and the gazetteer read (``boilerplate.yaml``,
``dates.yaml``, ``sentences.yaml``, ``grammar.yaml``, NER cues) and a small
``defaults`` module (its name, its lemmatiser). Adding a fourth language is:
copy a folder (``lang/en/`` to ``lang/xx/``), fill its files and its
``defaults``, and add ``"xx"`` to ``REGISTERED``. Every data file is read with
``load_yaml`` (``communique.lang.loader``), whose errors name the file, the entry
and the fix.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path

from communique.errors import DataFileError
from communique.lang.defaults import LanguageDefaults
from communique.lang.loader import load_yaml, section, words

__all__ = ["LANGUAGES", "REGISTERED", "LanguageDefaults", "data_file", "defaults", "load_yaml",
           "section", "words"]

REGISTERED = ("de", "en", "ru")
"""The registry: the codes (ISO 639-1) of the languages with a folder here."""

LANGUAGES: tuple[str, ...] = REGISTERED
"""What the stages iterate over; it is ``REGISTERED``, under the name the stages used."""

FOLDER = Path(__file__).parent


def data_file(language: str, name: str) -> Path:
    """The path of one data file of a language, ``lang/<language>/<name>``."""
    return FOLDER / language / name


@cache
def defaults(language: str) -> LanguageDefaults:
    """The ``DEFAULTS`` of ``lang/<language>/defaults.py``."""
    if language not in REGISTERED:
        raise DataFileError(f"no language '{language}' is registered; registered: "
                            f"{', '.join(REGISTERED)} (communique/lang/__init__.py, REGISTERED)")
    found = import_module(f"communique.lang.{language}.defaults").DEFAULTS
    if not isinstance(found, LanguageDefaults) or found.code != language:
        raise DataFileError(f"communique/lang/{language}/defaults.py: DEFAULTS must be a "
                            f"LanguageDefaults with code '{language}'; fix the module")
    return found
