"""What coding one document needs at every step: the document, its lexicon, its
candidates and its parses, passed as one object instead of four arguments."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.document import Document
from communique.events.candidates import Candidate
from communique.events.lexicon import Lexicon
from communique.nlp.syntax.lazy import Parse, ParseCache


@dataclass
class CodingContext:
    """One document being coded."""

    doc: Document
    lexicon: Lexicon
    parses: ParseCache
    candidates: list[Candidate] = field(default_factory=list)

    def rivals(self, candidate: Candidate) -> list[Candidate]:
        """The candidates of the candidate's sentence, itself included."""
        return [c for c in self.candidates if c.sentence is candidate.sentence]

    def parse(self, candidate: Candidate) -> Parse | None:
        """The parse of the candidate's sentence (made now if not yet), or None."""
        return self.parses.parse(candidate.sentence)
