"""The ``SyntaxStage``: part of speech, morphology, lemma, head and label on every token.

It runs after the ``Analyzer`` and keeps its sentences and tokens: the rule-based
sentence split is far better than the parsers' own, and keeping the tokens keeps
every other stage's offsets valid. All sentences of a batch in one language go
through the parser together, which is where the parsers are fast.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from communique.document import Document, Sentence
from communique.nlp.syntax.parsed import Parsed, Parser

SYNTAX_LANGUAGES = ("de", "en", "ru")


def load_parser(language: str) -> Parser:
    """The parser of one of ``SYNTAX_LANGUAGES``: natasha for Russian, spaCy otherwise."""
    if language == "ru":
        from communique.nlp.syntax.russian import RussianParser

        return RussianParser()
    from communique.nlp.syntax.spacy_parser import SpacyParser

    return SpacyParser(language)


class SyntaxStage:
    """Pipeline stage: fills ``pos``, ``morph``, ``head``, ``dep`` and ``lemma`` of tokens.

    A document in a language without a parser keeps its tokens as they are.
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
            for sentence, parsed in zip(sentences, parser.parse(words), strict=True):
                annotate(sentence, parsed)
        return docs


def annotate(sentence: Sentence, parsed: list[Parsed]) -> None:
    """Put a parser's analysis on the sentence's tokens."""
    sentence.tokens = [
        replace(token, lemma=p.lemma, pos=p.pos, morph=p.morph, head=p.head, dep=p.dep)
        for token, p in zip(sentence.tokens, parsed, strict=True)
    ]
