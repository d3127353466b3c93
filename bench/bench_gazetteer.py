"""Throughput of the ActorResolver stage (gazetteer matching, titles, persons) on one core.

    .venv/bin/python bench/bench_gazetteer.py --articles /work/shared/data/10kgnad/articles.csv
    .venv/bin/python bench/bench_gazetteer.py --gold /work/shared/eval/dev/dev.jsonl --lang ru en

German is measured on the 1,028 DER STANDARD articles of 10kGNAD (read here,
never shipped); Russian and English on the dev documents of that language,
repeated until ``--min-docs`` documents are processed. The stage runs on the
text alone (no NER mentions), so the figure is the gazetteer layer's own cost.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from corpus import gold_documents, tenk_articles

from communique.gazetteer import ActorResolver


def measure(resolver: ActorResolver, language: str, texts: list[str]) -> None:
    resolver.resolve(texts[0], language)                 # warm up lazy resources
    started = time.perf_counter()
    mentions = sum(len(resolver.resolve(text, language)) for text in texts)
    seconds = time.perf_counter() - started
    chars = sum(map(len, texts))
    print(f"{language}: {len(texts)} docs, {chars / len(texts) / 1000:.2f} KB/doc avg, "
          f"{seconds:.2f} s, {len(texts) / seconds:.0f} docs/s, "
          f"{chars / seconds / 1e6:.2f} MB/s, {mentions / len(texts):.1f} mentions/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, help="10kGNAD articles.csv (German)")
    parser.add_argument("--gold", action="store_true", help="also the dev gold texts")
    parser.add_argument("--lang", nargs="+", default=["ru", "en"], help="languages of --gold")
    parser.add_argument("--min-docs", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    resolver = ActorResolver()
    print(f"start-up: {time.perf_counter() - started:.2f} s (Gazetteer.load)")
    if args.articles:
        measure(resolver, "de", tenk_articles(args.articles))
    if args.gold:
        for language in args.lang:
            texts = [d["text"] for d in gold_documents(language)]
            if texts:
                measure(resolver, language, texts * (args.min_docs // len(texts) + 1))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
