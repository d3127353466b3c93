"""The working document that flows through the pipeline stages.

Like spaCy's ``Doc``: one mutable container per article; each stage reads
some attributes and fills others (its ``requires`` / ``assigns``). All offsets
refer to ``text``, the cleaned text; ``offsets`` maps them back to ``original``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal

from communique.model import Actor, DocumentRecord, Event, Precision, Source

ContentType = Literal["text", "html"]


@dataclass
class RawDocument:
    """What a reader produced: undecoded or decoded content plus given metadata."""

    content: str
    content_type: ContentType = "text"
    doc_id: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    source_name: str | None = None
    origin: str = "<input>"          # file path, path:line, WARC record id: for error reports
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadFailure:
    """A document that could not be read; the batch goes on without it."""

    origin: str
    reason: str


@dataclass
class OffsetMap:
    """Maps offsets of the cleaned text to offsets of the original text.

    Stored as sorted segments ``(clean_start, original_start, length)`` of
    text copied verbatim; a cleaned offset between segments maps to the end
    of the previous segment.
    """

    segments: list[tuple[int, int, int]] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        best = 0
        for clean_start, orig_start, length in self.segments:
            if clean_start > offset:
                break
            best = orig_start + min(offset - clean_start, length)
        return best

    def to_clean(self, offset: int) -> int | None:
        """The cleaned offset of an original one, or None where the cleaner dropped it."""
        for clean_start, orig_start, length in self.segments:
            if orig_start <= offset <= orig_start + length:
                return clean_start + offset - orig_start
        return None


@dataclass(frozen=True)
class Token:
    """A token; the syntax fields are None until ``nlp.syntax.SyntaxStage`` has run.

    ``pos`` and ``morph`` are Universal Dependencies tags and features ("Case=Nom|Number=Sing");
    ``head`` is the index of the head token in the sentence (the root is its own head);
    ``dep`` is the UD relation to it, lower case ("nsubj:pass", "root").
    """

    start: int
    end: int
    text: str
    lemma: str
    pos: str | None = None
    morph: str | None = None
    head: int | None = None
    dep: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True)
class TimeExpression:
    """A date expression resolved against the publication date.

    ``start``/``end`` of the resolved interval are None when the expression
    cannot be anchored (a relative date with no publication date).
    """

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: Precision
    relative: bool = False


@dataclass
class Mention:
    """A named-entity or gazetteer mention, resolved to an actor where possible.

    ``label`` is PER, LOC, ORG or MISC for NER hits; ``actor`` carries the
    resolution (state, IGO, body, official with role).
    """

    start: int
    end: int
    text: str
    label: str
    actor: Actor | None = None
    normal: str | None = None      # base form ("Андреем Крутских" -> "Андрей Крутских")
    source: str = "ner"            # ner | gazetteer | pattern
    entry_id: str | None = None    # gazetteer entry id (canonical actor key)


@dataclass(frozen=True)
class DatelineSpan:
    """Where the cleaner found the dateline in ``text``, so that later stages need not find
    it again: ``start``–``end`` runs to the report's first word ("MINSK, 23. November (BelTA)
    - "), ``place``, ``date`` and ``agency`` are those parts as printed."""

    start: int
    end: int
    place: tuple[int, int]
    date: tuple[int, int] | None = None
    agency: tuple[int, int] | None = None

    def opens(self, start: int, end: int) -> bool:
        """Whether the dateline begins within ``start``–``end`` (a sentence it opens)."""
        return start <= self.start < end

    def leads(self, start: int, end: int) -> bool:
        """Whether ``start``–``end`` is the report's lead: the sentence the dateline opens, or
        the one right after a dateline that is a sentence of its own ("BERLIN, 13. März.")."""
        return self.opens(start, end) or start == self.end


@dataclass
class Document:
    doc_id: str
    original: str
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    url: str | None = None
    source_name: str | None = None
    language: str | None = None
    mixed_languages: list[str] = field(default_factory=list)
    published: datetime | None = None
    published_has_time: bool = False
    published_precision: Precision = "day"     # "month": only the month is known (the 1st)
    dateline: str | None = None
    dateline_date: str | None = None
    dateline_span: DatelineSpan | None = None
    title: str | None = None
    origin: str = "<input>"
    warnings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published_iso(self) -> str | None:
        """Publication as ISO 8601: a date-time when the time of day is known, else a date."""
        if self.published is None:
            return None
        if self.published_has_time:
            return self.published.isoformat(timespec="seconds")
        return self.published.date().isoformat()

    def record(self) -> DocumentRecord:
        """The spec's record of this document."""
        source = Source(self.source_name, self.url, self.language, self.published_iso,
                        self.dateline)
        entities = [m.actor if m.actor.start is not None else
                    replace(m.actor, start=m.start, end=m.end)
                    for m in self.mentions if m.actor is not None]
        return DocumentRecord(self.doc_id, source, self.title, self.text_sha256,
                              list(self.events), entities)
