"""The project's scorer (spec section 4): ``communique eval GOLD.jsonl``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.document import Document, RawDocument
from communique.evaluate.report import ScoreReport
from communique.evaluate.scorer import GoldDocument, SamePerson, score_document
from communique.extractor import Extractor
from communique.model import DocumentRecord, Event, Source

__all__ = ["ScoreReport", "evaluate", "load_gold", "raw_from_gold", "score"]


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
    from communique.events.resolve import dateline_date
    from communique.gazetteer.names import same_person as default_same_person

    same = same_person or default_same_person
    events: dict[str, list[Event]] = {}
    own_dates: dict[str, tuple[str | None, str | None]] = {}
    candidate_types: dict[str, tuple[frozenset[str], ...]] = {}
    for doc in documents:
        events.setdefault(doc.origin, []).extend(doc.events)
        known = candidate_types.get(doc.origin, (frozenset(),) * 3)
        candidate_types[doc.origin] = tuple(
            a | b for a, b in zip(known, _candidate_types(doc), strict=True))
        if doc.origin not in own_dates:
            when = dateline_date(doc)
            found = doc.published.date().isoformat() if doc.published else None
            if found and doc.published_precision == "month":
                found = found[:7]
            own_dates[doc.origin] = (when.gold_form() if when else None, found)
    report = ScoreReport()
    for gold in gold_docs:
        record = DocumentRecord(gold.doc_id, Source(language=gold.language),
                                events=events.get(gold.doc_id, []))
        result = score_document(gold, record)
        result.dateline, result.found_published = own_dates.get(gold.doc_id, (None, None))
        result.matched_types, result.trigger_types, result.act_types = candidate_types.get(
            gold.doc_id, (frozenset(),) * 3)
        report.add(result, same)
    return report


def _candidate_types(doc: Document) -> tuple[frozenset[str], ...]:
    """The event types of a document's trigger matches, of those its filters keep, and of
    those that pass the gates: where a missed act was lost (``evaluate.misses``)."""
    from communique.events.candidates import find_candidates, matched_types
    from communique.events.gates import not_an_act
    from communique.events.lexicon import LANGUAGES, load_lexicon

    if doc.language not in LANGUAGES:
        return frozenset(), frozenset(), frozenset()
    lexicon = load_lexicon(doc.language)
    candidates = find_candidates(doc, lexicon)
    acts = [c for c in candidates if not_an_act(doc, c, doc.language) is None]
    return (frozenset(matched_types(doc, lexicon)),
            frozenset(c.trigger.event_type for c in candidates),
            frozenset(c.trigger.event_type for c in acts))
