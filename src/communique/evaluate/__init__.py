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
from communique.gazetteer import Gazetteer
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


PerType = tuple[tuple[str, frozenset[str]], ...]
"""Codes or place ids per event type, as a hashable sorted tuple."""


@dataclass(frozen=True)
class _Trace:
    """What the coder saw of a report before its events: the types of its trigger matches,
    of those its filters keep and of those that pass the gates (where a missed act was
    lost, ``evaluate.misses``), the participant codes named in the sentences of the acts
    per type and in the whole report (where a lost side was named, ``evaluate.sides``),
    and the places named likewise and by the dateline (where a lost place was named,
    ``evaluate.fields``)."""

    matched: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    act_codes: PerType = ()
    document_codes: frozenset[str] = frozenset()
    act_places: PerType = ()
    opening_places: frozenset[str] = frozenset()
    document_places: frozenset[str] = frozenset()
    dateline: str | None = None
    dateline_place: str | None = None

    def merge(self, other: _Trace) -> _Trace:
        """The trace of a page split into articles: the union of the articles'."""
        return _Trace(self.matched | other.matched, self.kept | other.kept,
                      self.acts | other.acts, _union(self.act_codes, other.act_codes),
                      self.document_codes | other.document_codes,
                      _union(self.act_places, other.act_places),
                      self.opening_places | other.opening_places,
                      self.document_places | other.document_places,
                      self.dateline or other.dateline,
                      self.dateline_place or other.dateline_place)

    def fill(self, result: DocumentResult) -> None:
        result.matched_types, result.trigger_types = self.matched, self.kept
        result.act_types, result.act_codes = self.acts, dict(self.act_codes)
        result.document_codes = self.document_codes
        result.act_places, result.opening_places = dict(self.act_places), self.opening_places
        result.document_places, result.dateline_place = self.document_places, self.dateline_place
        result.dateline_text = self.dateline


def _union(one: PerType, other: PerType) -> PerType:
    merged = dict(one)
    for event_type, named in other:
        merged[event_type] = merged.get(event_type, frozenset()) | named
    return tuple(sorted(merged.items()))


def _trace(doc: Document) -> _Trace:
    from communique.events.attributes import dateline_place
    from communique.events.candidates import find_candidates, matched_types
    from communique.events.gates import not_an_act
    from communique.events.lexicon import LANGUAGES, load_lexicon

    if doc.language not in LANGUAGES:
        return _Trace()
    lexicon, places = load_lexicon(doc.language), Gazetteer.load()
    candidates = find_candidates(doc, lexicon)
    acts = [c for c in candidates if not_an_act(doc, c, doc.language) is None]
    act_codes: dict[str, frozenset[str]] = {}
    act_places: dict[str, frozenset[str]] = {}
    for act in acts:
        inside = [m for m in doc.mentions if act.sentence.start <= m.start < act.sentence.end]
        for event_type in {act.event_type, act.trigger.event_type}:   # a planned meeting: AGREE
            act_codes[event_type] = act_codes.get(event_type, frozenset()) | _codes(inside)
            act_places[event_type] = (act_places.get(event_type, frozenset())
                                      | _places(inside, doc.language, places))
    filed = dateline_place(doc.dateline, doc.language, places, set()) if doc.dateline else None
    return _Trace(frozenset(matched_types(doc, lexicon)),
                  frozenset(c.trigger.event_type for c in candidates),
                  frozenset(c.trigger.event_type for c in acts), tuple(sorted(act_codes.items())),
                  _codes(doc.mentions), tuple(sorted(act_places.items())),
                  _places(_opening(doc), doc.language, places),
                  _places(doc.mentions, doc.language, places),
                  doc.dateline, filed.entry_id if filed else None)


def _opening(doc: Document) -> list[Mention]:
    """The mentions of the report's opening, the sentences the coder reads its scene from
    (``attributes.OPENING_SENTENCES``: headline and lead)."""
    from communique.events.attributes import OPENING_SENTENCES

    end = doc.sentences[min(OPENING_SENTENCES, len(doc.sentences)) - 1].end \
        if doc.sentences else 0
    return [m for m in doc.mentions if m.start < end]


def _places(mentions: Iterable[Mention], language: str, places: Gazetteer) -> frozenset[str]:
    """The gazetteer ids of the places the mentions name ("in Minsk", "Brüssel")."""
    found = (places.place(m.normal or m.text, language) for m in mentions if m.label == "LOC")
    return frozenset(place.entry_id for place in found if place is not None)


def _codes(mentions: Iterable[Mention]) -> frozenset[str]:
    """The states and IGOs the resolved mentions name, a person's included."""
    return frozenset(code for m in mentions if m.actor is not None
                     for code in (m.actor.igo, m.actor.country) if code)
