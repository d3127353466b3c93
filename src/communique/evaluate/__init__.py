"""The project's scorer (spec section 4): ``communique eval GOLD.jsonl``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from communique.document import Document, Mention, RawDocument
from communique.evaluate.report import ScoreReport
from communique.evaluate.scorer import DocumentResult, GoldDocument, SamePerson, score_document
from communique.extractor import Extractor
from communique.model import DocumentRecord, Event, Source

__all__ = ["ScoreReport", "evaluate", "load_gold", "raw_from_gold", "results", "score"]


def load_gold(paths: Iterable[str | Path]) -> Iterator[GoldDocument]:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield GoldDocument.from_dict(json.loads(line))
                    except (json.JSONDecodeError, KeyError) as exc:
                        raise ValueError(f"{path}:{number}: not a gold document ({exc}); "
                                         "see spec section 4 for the format") from exc


def raw_from_gold(gold: GoldDocument) -> RawDocument:
    """The input as the extractor would get it: ``published`` only where a feed gives it."""
    data = gold.raw
    published = data.get("published") if data.get("published_given") else None
    return RawDocument(data["text"], "text", gold.doc_id, data.get("url"), published,
                       None, data.get("source_name"), origin=gold.doc_id)


def evaluate(gold_docs: Iterable[GoldDocument], extractor: Extractor | None = None,
             same_person: SamePerson | None = None) -> ScoreReport:
    """Extract every gold document and score it; a document that fails scores as empty."""
    extractor = extractor or Extractor()
    golds = list(gold_docs)
    documents = [doc for gold in golds for doc in extractor.run([raw_from_gold(gold)])]
    return score(golds, documents, same_person)


def score(gold_docs: Iterable[GoldDocument], documents: Iterable[Document],
          same_person: SamePerson | None = None) -> ScoreReport:
    """Score extracted documents against their gold ones, matched by ``origin`` (the gold
    ``doc_id`` that ``raw_from_gold`` gives): the events of every article a page was
    split into count for it, and a gold document with none scores as empty."""
    from communique.gazetteer.names import same_person as default_same_person

    same = same_person or default_same_person
    report = ScoreReport()
    for result in results(gold_docs, documents):
        report.add(result, same)
    return report


def results(gold_docs: Iterable[GoldDocument],
            documents: Iterable[Document]) -> Iterator[DocumentResult]:
    """Each gold document's result against the extracted documents of its ``origin``."""
    from communique.events.resolve import dateline_date

    events: dict[str, list[Event]] = {}
    own_dates: dict[str, tuple[str | None, str | None]] = {}
    traces: dict[str, _Trace] = {}
    for doc in documents:
        events.setdefault(doc.origin, []).extend(doc.events)
        traces[doc.origin] = traces.get(doc.origin, _Trace()).merge(_trace(doc))
        if doc.origin not in own_dates:
            when = dateline_date(doc)
            found = doc.published.date().isoformat() if doc.published else None
            if found and doc.published_precision == "month":
                found = found[:7]
            own_dates[doc.origin] = (when.gold_form() if when else None, found)
    for gold in gold_docs:
        record = DocumentRecord(gold.doc_id, Source(language=gold.language),
                                events=events.get(gold.doc_id, []))
        result = score_document(gold, record)
        result.dateline, result.found_published = own_dates.get(gold.doc_id, (None, None))
        traces.get(gold.doc_id, _Trace()).fill(result)
        yield result


@dataclass(frozen=True)
class _Trace:
    """What the coder saw of a report before its events: the types of its trigger matches,
    of those its filters keep and of those that pass the gates (where a missed act was
    lost, ``evaluate.misses``), the participant codes named in the sentences of the acts
    per type and in the whole report (where a lost side was named, ``evaluate.sides``)."""

    matched: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    act_codes: tuple[tuple[str, frozenset[str]], ...] = ()
    document_codes: frozenset[str] = frozenset()

    def merge(self, other: _Trace) -> _Trace:
        """The trace of a page split into articles: the union of the articles'."""
        codes = dict(self.act_codes)
        for event_type, named in other.act_codes:
            codes[event_type] = codes.get(event_type, frozenset()) | named
        return _Trace(self.matched | other.matched, self.kept | other.kept,
                      self.acts | other.acts, tuple(sorted(codes.items())),
                      self.document_codes | other.document_codes)

    def fill(self, result: DocumentResult) -> None:
        result.matched_types, result.trigger_types = self.matched, self.kept
        result.act_types, result.act_codes = self.acts, dict(self.act_codes)
        result.document_codes = self.document_codes


def _trace(doc: Document) -> _Trace:
    from communique.events.candidates import find_candidates, matched_types
    from communique.events.gates import not_an_act
    from communique.events.lexicon import LANGUAGES, load_lexicon

    if doc.language not in LANGUAGES:
        return _Trace()
    lexicon = load_lexicon(doc.language)
    candidates = find_candidates(doc, lexicon)
    acts = [c for c in candidates if not_an_act(doc, c, doc.language) is None]
    act_codes: dict[str, frozenset[str]] = {}
    for act in acts:
        named = _codes(m for m in doc.mentions
                       if act.sentence.start <= m.start < act.sentence.end)
        for event_type in {act.event_type, act.trigger.event_type}:   # a planned meeting: AGREE
            act_codes[event_type] = act_codes.get(event_type, frozenset()) | named
    return _Trace(frozenset(matched_types(doc, lexicon)),
                  frozenset(c.trigger.event_type for c in candidates),
                  frozenset(c.trigger.event_type for c in acts), tuple(sorted(act_codes.items())),
                  _codes(doc.mentions))


def _codes(mentions: Iterable[Mention]) -> frozenset[str]:
    """The states and IGOs the resolved mentions name, a person's included."""
    return frozenset(code for m in mentions if m.actor is not None
                     for code in (m.actor.igo, m.actor.country) if code)
