"""Extract time per KB of one long document, 10 KB to 5 MB, and a 50 MB input under the budget.

Each size is one plain-text document made of 10kGNAD news articles (repeated when the
size needs more), extracted with no budget (``max_document_chars`` and
``max_document_seconds`` 0) and timed stage by stage: the time per KB should stay
flat as the document grows. Then a 50 MB file goes through ``communique extract``
with the default settings, in a child process whose wall time and peak memory are
reported: the 5 MB read limit and the character budget must end it within a minute.

    python bench/bench_long.py [--data PATH] [--sizes 10,100,1000] [--big-mb 50] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import TENK_DEFAULT, missing, tenk_articles

from communique.clean import prepare
from communique.document import RawDocument
from communique.extractor import Extractor
from communique.settings import load_settings

DEFAULT_SIZES = "10,30,100,300,1000,5000"     # KB


def long_text(articles: list[str], size: int) -> str:
    """``size`` characters of articles, one paragraph each, cut at the last paragraph."""
    parts, length = [], 0
    while length < size:
        for article in articles:
            parts.append(article)
            length += len(article) + 2
            if length >= size:
                break
    return "\n\n".join(parts)[:size]


def time_one(extractor: Extractor, text: str) -> dict[str, float]:
    """Seconds per stage (clean, then the pipeline's stages) for one document."""
    seconds: Counter[str] = Counter()
    started = time.perf_counter()
    docs = prepare(RawDocument(text, doc_id="long"))
    seconds["clean"] = time.perf_counter() - started
    for stage in extractor.pipeline.stages:
        started = time.perf_counter()
        docs = stage(docs)
        seconds[stage.name] = time.perf_counter() - started
    return dict(seconds)


def big_input(articles: list[str], megabytes: int) -> dict[str, float | int]:
    """``communique extract`` of a ``megabytes`` MB text in a child: wall time, peak memory."""
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as folder:
        path = Path(folder) / "big.txt"
        path.write_text(long_text(articles, megabytes * 1_000_000), encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "communique.cli", "extract", str(path),
                               "-o", os.devnull], capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"input_mb": megabytes, "exit_code": done.returncode, "seconds": round(wall, 1),
            "peak_rss_mb": round(peak), "stderr": done.stderr.strip()[-300:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="KB, comma-separated")
    parser.add_argument("--big-mb", type=int, default=50, help="0: skip the big input")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if missing(args.data):
        return 0
    articles = tenk_articles(args.data)
    unlimited = load_settings(environ={"COMMUNIQUE_INGEST_MAX_DOCUMENT_CHARS": "0",
                                       "COMMUNIQUE_INGEST_MAX_DOCUMENT_SECONDS": "0"}).ingest
    extractor = Extractor(budget=unlimited)
    time_one(extractor, long_text(articles, 10_000))    # load the models before timing
    rows = []
    for kb in (int(size) for size in args.sizes.split(",")):
        seconds = time_one(extractor, long_text(articles, kb * 1000))
        total = sum(seconds.values())
        rows.append({"kb": kb, "seconds": round(total, 2), "ms_per_kb": round(1000 * total / kb),
                     "stages": {name: round(value, 2) for name, value in seconds.items()}})
        if not args.json:
            print(f"{kb:>6} KB {total:>8.1f} s {1000 * total / kb:>6.0f} ms/KB  "
                  + "  ".join(f"{n} {v:.1f}" for n, v in seconds.items()), flush=True)
    figures: dict = {"sizes": rows,
                     "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                          / 1024)}
    if args.big_mb:
        figures["big"] = big_input(articles, args.big_mb)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"peak memory of the size runs: {figures['peak_rss_mb']} MB")
        if args.big_mb:
            print("big input: " + json.dumps(figures["big"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
