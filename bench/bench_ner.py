"""Throughput of the NER back-ends on one core.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner.py --lang de \\
        --articles /work/shared/data/10kgnad/articles.csv
    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner.py --lang ru en \\


German is measured on the 1,028 DER STANDARD articles of 10kGNAD (read here,
never shipped); Russian and English on the dev documents of that language,
repeated until ``--min-docs`` documents are processed. Also prints, per
language, the share of the dev set's gold event persons found as PER mentions
(compared as the gazetteer compares names).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import TENK_DEFAULT, gold_documents, tenk_articles

from communique.document import Document
from communique.gazetteer.names import name_tokens, same_person
from communique.nlp.ner import EntityRecognizer


def measure(recognizer: EntityRecognizer, language: str, texts: list[str],
            batch_size: int) -> None:
    docs = [Document(doc_id=str(i), original=t, text=t, language=language)
            for i, t in enumerate(texts)]
    recognizer(docs[:batch_size])           # warm up caches outside the timing
    for doc in docs:
        doc.mentions.clear()
    started = time.perf_counter()
    for first in range(0, len(docs), batch_size):
        recognizer(docs[first:first + batch_size])
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    mentions = sum(len(d.mentions) for d in docs)
    print(f"{language}: {len(docs)} docs, {chars / len(docs) / 1000:.2f} KB/doc avg, "
          f"{seconds:.2f} s -> {len(docs) / seconds:.1f} docs/s, "
          f"{chars / seconds / 1000:.0f} KB/s, {mentions / len(docs):.1f} mentions/doc")


def person_recall(recognizer: EntityRecognizer, gold: list[dict], language: str) -> None:
    """Share of gold event persons found as a PER mention of two or more name tokens.

    Names are compared with the gazetteer's ``same_person`` (transliteration
    variants: Sergej Lawrow = Sergey Lavrov = Сергей Лавров).
    """
    found = total = 0
    for record in gold:
        doc = Document(doc_id=record["doc_id"], original=record["text"], text=record["text"],
                       language=language)
        recognizer([doc])
        people = {m.normal or m.text for m in doc.mentions
                  if m.label == "PER" and len(name_tokens(m.normal or m.text)) > 1}
        for person in {p for event in record["events"] for p in event.get("persons", [])}:
            total += 1
            hit = any(same_person(person, found_name) for found_name in people)
            found += hit
            if not hit:
                print(f"  missed {record['doc_id']}: {person}")
    print(f"{language}: gold persons found as PER: {found}/{total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["de"], choices=["de", "en", "ru"])
    parser.add_argument("--articles", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--min-docs", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    started = time.perf_counter()
    recognizer = EntityRecognizer(languages=tuple(args.lang))
    print(f"load: {time.perf_counter() - started:.2f} s")
    for language in args.lang:
        person_recall(recognizer, gold_documents(language), language)
        if language == "de":
            texts = tenk_articles(args.articles)
        else:
            base = [g["text"] for g in gold_documents(language)]
            texts = base * (args.min_docs // len(base) + 1)
        measure(recognizer, language, texts, args.batch_size)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
