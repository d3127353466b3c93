"""The ``SyntaxStage``: part of speech, morphology, lemma, head and label on every token.

It runs after the ``Analyzer`` and keeps its sentences and tokens: the rule-based
sentence split is far better than the parsers' own, and keeping the tokens keeps
every other stage's offsets valid. All sentences of a batch in one language go
through the parser together, which is where the parsers are fast.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from communique.document import Document, Sentence
from communique.nlp.syntax.parsed import Parsed, Parser

SYNTAX_LANGUAGES = ("de", "en", "ru")
# Languages whose Analyzer lemma (lookup) measured better on the held-out treebank than the
# parser's: German simplemma 0.954 against the trained lemmatiser's 0.923 (docs/nlp.md).
LOOKUP_LEMMAS = ("de",)


def load_parser(language: str, path: Path | None = None) -> Parser:
    """The parser of one of ``SYNTAX_LANGUAGES``: natasha for Russian, spaCy otherwise, with
    the grammar's case and argument repair for German; ``path``: a spaCy model other than
    the shipped one (to score a candidate)."""
    if language == "ru":
        from communique.nlp.syntax.russian import RussianParser

        return RussianParser()
    if language == "de":
        from communique.nlp.syntax.german_parser import GermanParser

        return GermanParser(path=path)
    from communique.nlp.syntax.spacy_parser import SpacyParser

    return SpacyParser(language, path, lemmas=language not in LOOKUP_LEMMAS)


class SyntaxStage:
    """Pipeline stage: fills ``pos``, ``morph``, ``head``, ``dep`` and ``lemma`` of tokens.

    The lemma is the parser's except in ``LOOKUP_LEMMAS``. A document in a language
    without a parser keeps its tokens as they are.
    """

    name: ClassVar[str] = "syntax"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "language")
    assigns: ClassVar[tuple[str, ...]] = ("sentences",)

    def __init__(self, languages: tuple[str, ...] = SYNTAX_LANGUAGES) -> None:
        self.parsers = {language: load_parser(language) for language in languages}

    def __call__(self, docs: list[Document]) -> list[Document]:
        for language, parser in self.parsers.items():
            sentences = [sentence for doc in docs if doc.language == language
                         for sentence in doc.sentences if sentence.tokens]
            words = [[token.text for token in sentence.tokens] for sentence in sentences]
            lemmas = language not in LOOKUP_LEMMAS
            for sentence, parsed in zip(sentences, parser.parse(words), strict=True):
                annotate(sentence, parsed, lemmas)
        return docs


def annotate(sentence: Sentence, parsed: list[Parsed], lemmas: bool = True) -> None:
    """Put a parser's analysis on the sentence's tokens; its lemmas too if ``lemmas``."""
    sentence.tokens = [
        replace(token, lemma=p.lemma if lemmas else token.lemma, pos=p.pos, morph=p.morph,
                head=p.head, dep=p.dep)
        for token, p in zip(sentence.tokens, parsed, strict=True)
    ]
