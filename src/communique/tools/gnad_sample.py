"""A random sample of the events coded on German general news (10kGNAD), to read by hand.

Most of DER STANDARD's news is not about diplomacy, so what the coder finds there
measures its precision on texts it was never tuned on. The sample is drawn with a
fixed seed so that anyone can redraw the same one after a change:

    python -m communique.tools.gnad_sample --seed 2 --sample 40 [--data PATH]
    python -m communique.tools.gnad_sample --inherited [--data PATH]

``--inherited`` lists, instead of a sample, every event whose sides were filled from the
report's main parties (``Sides.inherited``): the events issue 12's ``inherit`` branch read.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from communique.document import RawDocument
from communique.events.coder import EventCoder
from communique.extractor import Extractor
from communique.model import Event

DEFAULT = Path("/work/shared/data/10kgnad/articles.csv")
BATCH = 16          # documents per extractor batch, as bench/bench_pipeline.py


def labelled_articles(path: Path) -> list[tuple[str, str]]:
    """(category, text) of each 10kGNAD article: ``label;'text'`` per line, ``'`` quoted."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row[0], row[1]) for row in csv.reader(handle, delimiter=";", quotechar="'")
                if len(row) > 1]


def articles(path: Path) -> list[str]:
    """The article texts of a 10kGNAD file, in file order (their index is the doc id's number)."""
    return [text for _, text in labelled_articles(path)]


def coded(texts: list[str], inherited: bool = False) -> Iterator[tuple[int, Event]]:
    """Every event of every article, with the article's index; with ``inherited``, only
    those whose sides were filled from the report's main parties."""
    raws = (RawDocument(text, doc_id=f"10kgnad-{i}", language="de")
            for i, text in enumerate(texts))
    coder = EventCoder() if inherited else None
    for doc in Extractor().run(raws, batch_size=BATCH):
        number = int(doc.doc_id.rsplit("-", 1)[1])
        events = (doc.events if coder is None else
                  [event for draft, event in coder.code_drafts(doc) if draft.sides.inherited])
        yield from ((number, event) for event in events)


def row(number: int, event: Event) -> str:
    """One Markdown table row: article, sentence, coded event, and blank verdict cells."""
    def codes(side: list) -> str:
        return "+".join(sorted({a.code or a.name for a in side})) or "-"

    sentence = " ".join(event.evidence[0].text.split())[:220].replace("|", "/")
    mode = f"/{event.mode}" if event.mode else ""
    return (f"| {number} | {sentence} | {event.event_type}{mode} {codes(event.actors)} → "
            f"{codes(event.recipients)} ({event.status}) |  |  |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--inherited", action="store_true",
                        help="every event whose sides came from the report's main parties")
    args = parser.parse_args(argv)
    events = list(coded(articles(args.data), args.inherited))
    if args.inherited:
        print(f"{len(events)} events with inherited sides")
        shown = events
    else:
        print(f"{len(events)} events; sample of {min(args.sample, len(events))}, "
              f"seed {args.seed}")
        shown = random.Random(args.seed).sample(events, min(args.sample, len(events)))
    print("| article | sentence | coded event | right | cause |\n|---|---|---|---|---|")
    for number, event in shown:
        print(row(number, event))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
