"""Throughput of the NLP ``Analyzer`` on real German news (10kGNAD test split).

Runs in one process on one core and prints docs/s for the whole stage (cold:
the first pass, with an empty lemma cache; warm: a later pass, as in a long
run) and for each of its parts (sentences, tokens with lemmas, dates).

    python bench/bench_nlp.py [--data PATH] [--limit N] [--repeat R]

The data (1,028 DER STANDARD articles, CC BY-NC-SA 4.0) is never shipped;
without it the benchmark says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from corpus import TENK_DEFAULT, missing, tenk_articles

ANCHOR = datetime(2016, 5, 3)     # the articles are from 2015-2016


def timed(run: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best kept)")
    args = parser.parse_args(argv)
    if missing(args.data):
        return 0

    from communique.document import Document
    from communique.nlp import Analyzer

    texts = tenk_articles(args.data, args.limit)
    started = time.perf_counter()
    analyzer = Analyzer(languages=("de",))
    load_seconds = time.perf_counter() - started
    tools = analyzer.tools("de")
    dates = tools.dates
    assert dates is not None

    def documents() -> list[Document]:
        return [Document(doc_id=str(i), original=t, text=t, language="de", published=ANCHOR)
                for i, t in enumerate(texts)]

    cold = timed(lambda: analyzer(documents()), 1)   # first pass: empty lemma cache
    analyzed = analyzer(documents())
    spans = [tools.splitter.split(t) for t in texts]
    rows = {
        "Analyzer, cold": cold,
        "Analyzer, warm": timed(lambda: analyzer(documents()), args.repeat),
        "sentences": timed(lambda: [tools.splitter.split(t) for t in texts], args.repeat),
        "tokens + lemmas": timed(lambda: [tools.sentence(t, s, e)
                                          for t, ss in zip(texts, spans, strict=True)
                                          for s, e in ss], args.repeat),
        "date expressions": timed(lambda: [dates.find(t, ANCHOR.date(), ss)
                                           for t, ss in zip(texts, spans, strict=True)],
                                  args.repeat),
    }
    print_table(texts, analyzed, rows, load_seconds)
    return 0


def print_table(texts: list[str], docs: list, rows: dict[str, float],
                load_seconds: float) -> None:
    n = len(texts)
    tokens = sum(len(s.tokens) for d in docs for s in d.sentences)
    sentences = sum(len(d.sentences) for d in docs)
    times = sum(len(d.times) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"10kGNAD: {n} articles, {sum(map(len, texts)) / 1e6:.1f} M characters, "
          f"{sentences} sentences, {tokens} tokens, {times} date expressions")
    print(f"resources loaded in {load_seconds:.2f} s; peak memory {peak_mb:.0f} MB")
    print()
    print(f"{'step':<18} {'seconds':>8} {'docs/s':>8} {'ms/doc':>8}")
    for name, seconds in rows.items():
        print(f"{name:<18} {seconds:>8.2f} {n / seconds:>8.0f} {1000 * seconds / n:>8.2f}")


if __name__ == "__main__":
    sys.exit(main())
