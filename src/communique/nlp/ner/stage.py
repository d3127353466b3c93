"""The ``EntityRecognizer`` pipeline stage: one back-end per language, loaded once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import ClassVar, Protocol

from communique.clean.language import language_label
from communique.document import Document, Mention
from communique.errors import SettingsError
from communique.lang import LANGUAGES
from communique.nlp.ner.text import make_mention


class Recognizer(Protocol):
    language: str

    def recognize(self, texts: list[str]) -> list[list[Mention]]: ...


@cache
def _german() -> Recognizer:
    from communique.nlp.ner.german import GermanRecognizer
    return GermanRecognizer()


@cache
def _english() -> Recognizer:
    from communique.nlp.ner.english import EnglishRecognizer
    return EnglishRecognizer()


@cache
def _russian() -> Recognizer:
    from communique.nlp.ner.russian import RussianRecognizer
    return RussianRecognizer()


#: Back-end factories; imported lazily so that a German-only run never loads natasha, and
#: loaded once per process (``@cache``): a recogniser keeps no per-document state, so a
#: second ``Extractor`` (each CLI command run in the tests) shares the loaded models
#: instead of loading them again (16.8 s of the 17 s a second ``Extractor()`` took).
BACKENDS: dict[str, Callable[[], Recognizer]] = {"de": _german, "en": _english, "ru": _russian}

#: The registered languages (``communique.lang``) that have a back-end: the default.
WITH_BACKEND = tuple(language for language in LANGUAGES if language in BACKENDS)


class EntityRecognizer:
    """Appends PER/LOC/ORG/MISC ``Mention``s (``source="ner"``) to each document.

    Offsets are character offsets into ``doc.text``. Documents in a language
    with no back-end get a warning and no mentions; they are not failures.
    """

    name: ClassVar[str] = "ner"
    requires: ClassVar[tuple[str, ...]] = ("text", "language")
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, languages: tuple[str, ...] = WITH_BACKEND) -> None:
        unknown = sorted(set(languages) - set(BACKENDS))
        if unknown:
            raise SettingsError(f"no NER back-end for {', '.join(unknown)}; "
                                  f"choose among {', '.join(sorted(BACKENDS))}")
        self.backends = {language: BACKENDS[language]() for language in languages}

    def __call__(self, docs: list[Document]) -> list[Document]:
        by_language: dict[str, list[Document]] = defaultdict(list)
        for doc in docs:
            if doc.language in self.backends:
                by_language[doc.language].append(doc)
            elif doc.text.strip():
                doc.warnings.append(f"named entities: no recogniser for language "
                                    f"{language_label(doc.language)}; none were tagged")
        for language, group in by_language.items():
            found = self.backends[language].recognize([doc.text for doc in group])
            for doc, mentions in zip(group, found, strict=True):
                doc.mentions.extend(_with_dateline_place(doc, mentions))
        return docs


def _with_dateline_place(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The place of the cleaner's dateline is a location ("NEW DELHI:", "MINSK, 23.
    November"), whatever a recogniser made of a capitalised word opening a line."""
    span = doc.dateline_span
    if span is None:
        return mentions
    start, end = span.place
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    return sorted([*kept, make_mention(doc.text, start, end, "LOC")], key=lambda m: m.start)
