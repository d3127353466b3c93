"""Throughput and peak memory of the syntax stage on real German news (10kGNAD).

Runs the analyser (sentences, tokens) and then the syntax stage and the clause
analyser over the articles, and reports docs/s per CPU-second for each: CPU
time, not wall time, because the machine is shared and wall time would
measure the neighbours.

    python bench/bench_syntax.py [--data PATH] [--limit N] [--lang de] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import TENK_DEFAULT, missing, tenk_articles

from communique.document import Document
from communique.nlp.analyzer import Analyzer
from communique.nlp.syntax.clauses import ClauseAnalyzer
from communique.nlp.syntax.stage import SyntaxStage


def timed(step: Callable[[list[Document]], object], docs: list[Document],
          batch_size: int) -> float:
    """CPU seconds of ``step`` over ``docs`` in batches."""
    started = time.process_time()
    for offset in range(0, len(docs), batch_size):
        step(docs[offset:offset + batch_size])
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--limit", type=int, default=500, help="use the first N articles")
    parser.add_argument("--lang", default="de", help="the articles' language")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if missing(args.data):
        return 0
    texts = tenk_articles(args.data, args.limit)
    docs = [Document(doc_id=f"10kgnad-{i}", original=text, text=text, language=args.lang)
            for i, text in enumerate(texts)]
    started = time.process_time()
    analyzer, stage = Analyzer((args.lang,)), SyntaxStage((args.lang,))
    clauses = ClauseAnalyzer(args.lang)
    load = time.process_time() - started
    seconds = {"analyzer": timed(analyzer, docs, args.batch_size),
               "syntax": timed(stage, docs, args.batch_size),
               "clauses": timed(lambda batch: [clauses.clauses(s) for d in batch
                                               for s in d.sentences], docs, args.batch_size)}
    figures = {
        "documents": len(docs),
        "sentences": sum(len(doc.sentences) for doc in docs),
        "tokens": sum(len(s.tokens) for doc in docs for s in doc.sentences),
        "load_cpu_s": round(load, 2),
        "cpu_seconds": {name: round(value, 2) for name, value in seconds.items()},
        "docs_per_cpu_s": {name: round(len(docs) / value, 1) for name, value in seconds.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
