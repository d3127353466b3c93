"""End-to-end throughput, peak memory and event precision on real German news (10kGNAD).

Runs the whole extractor (clean → analyzer → NER → gazetteer → events) in one
process on one core, times every stage separately, and reports docs/s per
core, the share of the NER step, peak resident memory, and the events coded on
news that is mostly not about diplomacy, with a sample to read by hand.

    python bench/bench_pipeline.py [--data PATH] [--limit N] [--sample K] [--json] [--syntax]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import TENK_DEFAULT, missing, tenk_articles

from communique.document import Document, RawDocument
from communique.extractor import Extractor


def run(texts: list[str], batch_size: int,
        syntax: bool = False) -> tuple[dict[str, float], list[Document], float]:
    """CPU seconds per stage (the machine is shared: wall time would measure the
    neighbours), the documents, and the model load time.

    With ``syntax`` the syntax stage runs after the analyser as a stage of its own.
    """
    started = time.perf_counter()
    extractor = Extractor()
    stages = list(extractor.pipeline.stages)
    if syntax:
        from communique.nlp.syntax.stage import SyntaxStage

        stages.insert(1 + [s.name for s in stages].index("analyzer"), SyntaxStage(("de",)))
    load_seconds = time.perf_counter() - started
    seconds: Counter[str] = Counter()
    raws = [RawDocument(text, doc_id=f"10kgnad-{i}") for i, text in enumerate(texts)]
    started = time.process_time()
    prepared = list(extractor.prepare(raws))
    seconds["clean"] = time.process_time() - started
    done: list[Document] = []
    for offset in range(0, len(prepared), batch_size):
        batch = prepared[offset:offset + batch_size]
        for stage in stages:
            started = time.process_time()
            batch = stage(batch)
            seconds[stage.name] += time.process_time() - started
        done.extend(batch)
    return dict(seconds), done, load_seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--sample", type=int, default=12, help="events to print for reading")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--syntax", action="store_true", help="also run the syntax stage")
    args = parser.parse_args(argv)
    if missing(args.data):
        return 0
    texts = tenk_articles(args.data, args.limit)
    seconds, docs, load_seconds = run(texts, args.batch_size, args.syntax)
    total = sum(seconds.values())
    ner = seconds.get("ner", 0.0)
    events = [(doc, event) for doc in docs for event in doc.events]
    figures = {
        "documents": len(texts), "processed": len(docs),
        "kb_per_doc": round(sum(map(len, texts)) / len(texts) / 1000, 2),
        "model_load_s": round(load_seconds, 2),
        "seconds": {name: round(value, 2) for name, value in seconds.items()},
        "docs_per_s_per_core": round(len(texts) / total, 1),
        "ner_docs_per_s": round(len(texts) / ner, 1) if ner else None,
        "total_over_ner": round(total / ner, 2) if ner else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "events": len(events),
        "documents_with_events": sum(1 for doc in docs if doc.events),
        "events_by_type": dict(Counter(e.event_type for _, e in events).most_common()),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print(figures)
    rng = random.Random(0)
    for doc, event in rng.sample(events, min(args.sample, len(events))):
        codes = "+".join(sorted(event.participant_codes()))
        print(f"\n[{doc.doc_id}] {event.event_type} {codes} conf={event.confidence:.2f}\n  "
              + event.evidence[0].text[:300])
    return 0


def _print(figures: dict) -> None:
    print(f"documents: {figures['documents']} ({figures['kb_per_doc']} KB each), "
          f"models loaded in {figures['model_load_s']} s")
    print("stage         seconds   docs/s")
    for name, value in figures["seconds"].items():
        rate = figures["documents"] / value if value else float("inf")
        print(f"{name:<12} {value:>8.2f} {rate:>8.1f}")
    print(f"end to end: {figures['docs_per_s_per_core']} docs/s per core; "
          f"total / NER = {figures['total_over_ner']}; peak memory {figures['peak_rss_mb']} MB")
    print(f"events: {figures['events']} in {figures['documents_with_events']} documents: "
          f"{figures['events_by_type']}")


if __name__ == "__main__":
    raise SystemExit(main())
