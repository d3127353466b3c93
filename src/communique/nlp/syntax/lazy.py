"""Parses on demand: only the sentences a consumer asks for, each parsed once.

Parsing every sentence of every document costs the pipeline about a third of
its time (docs/nlp.md, throughput); the event coder needs trees only for the
sentences that hold a trigger candidate, a small share of a news article. The
``Parsers`` hold one parser and clause analyser per language, loaded when the
first sentence of that language is asked for; a ``ParseCache`` belongs to one
document and parses copies of its sentences, so the document's own tokens (and
the lemmas the trigger matcher read) stay as they were. A document the syntax
stage has already parsed is read as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from communique.document import Document, Sentence
from communique.nlp.syntax.clauses import Clause, ClauseAnalyzer, Tree
from communique.nlp.syntax.parsed import Parser
from communique.nlp.syntax.stage import LOOKUP_LEMMAS, SYNTAX_LANGUAGES, annotate, load_parser

# Relations of function words that scope over the clause they stand in (UD v2; "neg" and
# "advmod:neg" are older or language-specific labels of the same).
_OPERATOR_LABELS = ("advmod", "advmod:neg", "neg", "det", "aux", "aux:pass", "mark", "cc",
                    "compound:prt",
                    "discourse")
# Core arguments, whose determiner can negate the clause.
_CORE_LABELS = ("nsubj", "nsubj:pass", "obj")
# Relations with which a clause of its own begins: its operators do not reach its head.
_CLAUSE_LABELS = frozenset({"root", "acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj",
                            "csubj", "appos"})


@dataclass(frozen=True)
class Parse:
    """One sentence's tree and the clauses read off it."""

    tree: Tree
    clauses: tuple[Clause, ...]

    def token_at(self, offset: int) -> int | None:
        """The index of the token that holds the character ``offset``."""
        return next((i for i, t in enumerate(self.tree.tokens) if t.start <= offset < t.end),
                    None)

    def operators(self, index: int) -> list[int]:
        """The function words that scope over a word in its own clause: the negations,
        auxiliaries, markers and adverbs of the word and of its heads up to the head of the
        clause, and the determiners of their subjects and objects ("did not meet", "kein
        Treffen", "встреча не состоялась", "if they meet", "imposed no sanctions").
        A negation inside another clause of the sentence is not among them."""
        tree, found = self.tree, list[int]()
        current: int | None = index
        while current is not None:
            found += tree.kids(current, *_OPERATOR_LABELS)
            # "keine Sanktionen verhängt", "imposed no sanctions": a determiner of a core
            # argument negates the clause
            found += (det for kid in tree.kids(current, *_CORE_LABELS)
                      for det in tree.kids(kid, "det"))
            if (tree.tokens[current].dep or "root") in _CLAUSE_LABELS:
                break
            current = tree.head(current)
        return sorted(found)


class Parsers:
    """One parser and clause analyser per language, each loaded on first use."""

    def __init__(self, languages: tuple[str, ...] = SYNTAX_LANGUAGES, preload: bool = False
                 ) -> None:
        """``preload``: load every language's parser now, as a pipeline stage loads its
        resources, rather than inside the first document that needs it."""
        self.languages = languages
        self._loaded: dict[str, tuple[Parser, ClauseAnalyzer]] = {}
        for language in languages if preload else ():
            self.get(language)

    def get(self, language: str) -> tuple[Parser, ClauseAnalyzer] | None:
        if language not in self.languages:
            return None
        if language not in self._loaded:
            self._loaded[language] = (load_parser(language), ClauseAnalyzer(language))
        return self._loaded[language]

    def for_document(self, doc: Document) -> ParseCache:
        return ParseCache(self, doc.language or "")


@dataclass
class ParseCache:
    """The parses of one document's sentences, made when first asked for."""

    parsers: Parsers | None
    language: str
    _parses: dict[int, Parse | None] = field(default_factory=dict)

    def prepare(self, sentences: Iterable[Sentence]) -> None:
        """Parse the sentences not parsed yet, in one batch (where the parsers are fast)."""
        wanted = list({s.start: s for s in sentences if s.start not in self._parses}.values())
        models = self.parsers.get(self.language) if self.parsers and wanted else None
        if models is None:
            self._parses.update({s.start: None for s in wanted})
            return
        parser, analyzer = models
        fresh = [s for s in wanted if s.tokens and s.tokens[0].dep is None]
        trees = parser.parse([[t.text for t in s.tokens] for s in fresh])
        parsed: dict[int, Sentence] = {id(s): s for s in wanted if s.tokens}
        for sentence, tree in zip(fresh, trees, strict=True):
            copy = Sentence(sentence.start, sentence.end, sentence.text, list(sentence.tokens))
            annotate(copy, tree, self.language not in LOOKUP_LEMMAS)
            parsed[id(sentence)] = copy
        for sentence in wanted:
            done = parsed.get(id(sentence))
            self._parses[sentence.start] = None if done is None else Parse(
                Tree(done), tuple(analyzer.clauses(done)))

    def parse(self, sentence: Sentence) -> Parse | None:
        """The sentence's parse, or None where its language has no parser."""
        if sentence.start not in self._parses:
            self.prepare([sentence])
        return self._parses[sentence.start]
