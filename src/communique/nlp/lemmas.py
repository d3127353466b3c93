"""Lemmas: simplemma for German and English, pymorphy3 for Russian.

Lemmatisation is the most expensive step per token, and news vocabulary is
repetitive, so every lemmatizer memoises its answer per surface form.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import simplemma

from communique.lang import LANGUAGES, defaults

CACHE_LIMIT = 500_000      # forms remembered; the cache restarts beyond (long crawls)
# pymorphy3 tags that mark a proper-noun reading, preferred for capitalised words
_PROPER_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn")


@cache
def morph_analyzer() -> Any:
    """The one pymorphy3 analyzer of the process (its dictionaries take ~100 ms and ~15 MB),
    shared by the Russian lemmatiser, the Russian parser's lemmas and the gazetteer."""
    import pymorphy3  # loaded only when Russian is analysed

    return pymorphy3.MorphAnalyzer()


def future_form(form: str) -> bool:
    """Whether a Russian form itself is a future tense: a perfective verb in its non-past
    form («ответит», «проведут») or «будет». German and English build the future with an
    auxiliary, which the event cues read; their forms say nothing."""
    if not any("а" <= c.lower() <= "я" for c in form):
        return False
    return "futr" in morph_analyzer().parse(form)[0].tag


def indeclinable(form: str) -> bool:
    """Whether a Russian name never declines («Баку», «Перу», «Тбилиси»): its ending -у/-ю
    is then no accusative or dative, and it may well be the subject."""
    if not any("а" <= c.lower() <= "я" for c in form):
        return False
    return "Fixd" in morph_analyzer().parse(form)[0].tag


def full_participle(form: str) -> bool:
    """Whether a Russian form is a full (adjectival) participle («поддерживаемые»,
    «поддержанный»): it qualifies a noun, it does not report what was done."""
    if not any("а" <= c.lower() <= "я" for c in form):
        return False
    return "PRTF" in morph_analyzer().parse(form)[0].tag


def nominative(form: str) -> bool:
    """Whether a Russian form reads as the nominative («Москва»; an indeclinable «Баку» too):
    a name that may be the subject."""
    if not any("а" <= c.lower() <= "я" for c in form):
        return False
    return "nomn" in morph_analyzer().parse(form)[0].tag


def participle_agent(participle: str, agent: str) -> bool:
    """Whether ``participle`` is a Russian full passive participle and ``agent`` a form in the
    instrumental («Введенные Японией»): the agent of the act the participle names."""
    if not any("а" <= c.lower() <= "я" for c in participle + agent):
        return False
    tag = morph_analyzer().parse(participle)[0].tag
    return "PRTF" in tag and "pssv" in tag and "ablt" in morph_analyzer().parse(agent)[0].tag


class Lemmatizer:
    """The lemma of a token form in one language; the lower-case form when unsupported."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._cache: dict[str, str] = {}
        self._morph: Any = None
        lemmatizer = defaults(language).lemmatizer if language in LANGUAGES else None
        self._simplemma = lemmatizer == "simplemma"
        sharp_s = defaults(language).sharp_s if language in LANGUAGES else ""
        self._sharp_s = re.compile(sharp_s) if sharp_s else None
        if lemmatizer == "pymorphy3":
            self._morph = morph_analyzer()
        elif self._simplemma:
            simplemma.lemmatize("Test", lang=language)   # load the dictionary now, not mid-batch

    def lemma(self, form: str) -> str:
        cached = self._cache.get(form)
        if cached is None:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            cached = self._cache[form] = self._lemmatize(form)
        return cached

    def _lemmatize(self, form: str) -> str:
        if not any(c.isalpha() for c in form):
            return form
        if self._morph is not None:
            return self._russian(form)
        if self._simplemma:
            return simplemma.lemmatize(self._standard(form), lang=self.language)
        return form.lower()

    def _standard(self, form: str) -> str:
        """The form in the spelling the dictionary keys ("begrüsste" -> "begrüßte"), where
        the language writes "ss" for "ß" and the dictionary knows the result."""
        if self._sharp_s is None or "ss" not in form.lower():
            return form
        variant = self._sharp_s.sub("ß", form)
        known = variant != form and simplemma.is_known(variant, lang=self.language)
        return variant if known else form

    def _russian(self, form: str) -> str:
        if not any("а" <= c.lower() <= "я" or c in "ёЁ" for c in form):
            return form                               # Latin words, acronyms: keep as written
        parses = self._morph.parse(form)
        if form[0].isupper():
            for parse in parses:
                if any(tag in parse.tag for tag in _PROPER_TAGS):
                    return parse.normal_form.capitalize()
        return parses[0].normal_form
