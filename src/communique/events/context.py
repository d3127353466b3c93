"""What coding one document needs at every step: the document, its lexicon and its
candidates, passed as one object instead of three arguments."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.document import Document
from communique.events.candidates import Candidate
from communique.events.lexicon import Lexicon


@dataclass
class CodingContext:
    """One document being coded."""

    doc: Document
    lexicon: Lexicon
    candidates: list[Candidate] = field(default_factory=list)

    def rivals(self, candidate: Candidate) -> list[Candidate]:
        """The candidates of the candidate's sentence, itself included."""
        return [c for c in self.candidates if c.sentence is candidate.sentence]
