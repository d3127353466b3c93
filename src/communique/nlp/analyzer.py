"""The ``Analyzer`` stage: sentences, tokens, lemmas and date expressions.

Resources (abbreviations, lemma dictionaries, date lexicons) are loaded once
per language in ``__init__``; a document in a language the layer does not
cover still gets sentences and tokens (neutral rules, lower-case lemmas, no
dates) and a warning, so that it can go on through the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from communique.clean.language import language_label
from communique.document import Document, Sentence, Token
from communique.lang import LANGUAGES
from communique.nlp.dates import DateRecognizer
from communique.nlp.lemmas import Lemmatizer
from communique.nlp.sentences import SentenceRules, SentenceSplitter
from communique.nlp.tokens import Tokenizer

YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year as printed: "2021-2025"
FILING_DELAY = timedelta(days=6)    # a wire is published within days of its dateline; a
                                    # weekday read from a day a week off would be wrong anyway


@dataclass
class LanguageTools:
    """Everything the Analyzer needs for one language."""

    splitter: SentenceSplitter
    tokenizer: Tokenizer
    lemmatizer: Lemmatizer
    dates: DateRecognizer | None

    @classmethod
    def load(cls, language: str) -> LanguageTools:
        rules = SentenceRules.load(language)
        dates = DateRecognizer(language) if language in LANGUAGES else None
        return cls(SentenceSplitter(rules), Tokenizer(rules), Lemmatizer(language), dates)

    def sentence(self, text: str, start: int, end: int) -> Sentence:
        """The sentence ``text[start:end]`` with its tokens and their lemmas."""
        lemma = self.lemmatizer.lemma
        tokens = [Token(s, e, text[s:e], lemma(text[s:e]))
                  for s, e in self.tokenizer.spans(text, start, end)]
        return Sentence(start, end, text[start:end], tokens)


class Analyzer:
    """Pipeline stage: ``doc.sentences`` with tokens and lemmas, ``doc.times``.

    Dates are resolved against ``doc.published``; without it, expressions that
    need an anchor keep ``date_start = date_end = None`` (see ``nlp.dates``).
    """

    name: ClassVar[str] = "analyzer"
    requires: ClassVar[tuple[str, ...]] = ("text", "language")
    assigns: ClassVar[tuple[str, ...]] = ("sentences", "times")

    def __init__(self, languages: tuple[str, ...] = LANGUAGES) -> None:
        self._tools = {language: LanguageTools.load(language) for language in languages}
        self._fallback = LanguageTools.load("")

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            self.analyze(doc)
        return docs

    def tools(self, language: str | None) -> LanguageTools:
        """The tools of a language; the neutral ones for a language not loaded."""
        return self._tools.get(language or "", self._fallback)

    def analyze(self, doc: Document) -> Document:
        tools = self.tools(doc.language)
        if tools is self._fallback:
            doc.warnings.append(
                f"language {language_label(doc.language)} is not analysed in depth (supported: "
                f"{', '.join(self._tools)}): no lemmas or dates; set the document's language "
                "if it is wrong")
        text = doc.text
        spans = tools.splitter.split(text, doc.dateline_span)
        doc.sentences = [tools.sentence(text, start, end) for start, end in spans]
        if tools.dates is None:
            doc.times = []
            return doc
        published = doc.published.date() if doc.published else None
        filed = _filed(doc, tools.dates, published) or _filed_by_weekday(doc, tools.dates)
        month_only = filed is None and doc.published_precision == "month"
        doc.times = tools.dates.find(text, filed or published, spans, month_only)
        return doc


def _filed(doc: Document, dates: DateRecognizer, published: date | None) -> date | None:
    """The day the dateline says the report was filed ("MOSCOW, March 3 (TASS)"), its year
    from the publication: a wire's "on Tuesday" and "вчера" count from that day, while a
    feed's publication time is often a day or more later (time zones, updates, digests).
    A dateline after the publication, or long before it, contradicts it and is not used."""
    if not doc.dateline_date or published is None:
        return None
    times = dates.find(doc.dateline_date, published)
    if len(times) != 1 or times[0].precision != "day" or times[0].date_start is None:
        return None
    filed = times[0].date_start
    return filed if published - FILING_DELAY <= filed <= published else None


def _filed_by_weekday(doc: Document, dates: DateRecognizer) -> date | None:
    """The day of a year-less dateline where no publication date is known ("MOSCOW,
    September 24. /TASS/ … the ministry said Friday", text naming "2021-2025"): in the
    latest year the text names in which that day falls on a weekday the text names, as an
    annotator would read it; None when no such year is named."""
    if doc.published is not None or not doc.dateline_date:
        return None
    weekdays = dates.named_weekdays(doc.text)
    times = dates.find(doc.dateline_date, None)
    if not weekdays or len(times) != 1 or times[0].precision != "day" or not times[0].relative:
        return None
    first = dates.find(doc.dateline_date, date(2000, 12, 31))[0].date_start  # a leap year's
    if first is None:                                    # calendar places 29 February too
        return None
    for year in sorted({int(year) for year in YEAR_NUMBER.findall(doc.text)}, reverse=True):
        try:
            day = first.replace(year=year)
        except ValueError:          # 29 February of a common year
            continue
        if day.weekday() in weekdays:
            return day
    return None
