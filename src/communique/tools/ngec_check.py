"""Score the coder on NGEC's synthetic PLOVER headlines between two countries.

NGEC (ahalterman/NGEC, ``ngec_synthetic/synthetic_headlines.csv``) holds short
English headlines written per PLOVER category with ``{country_1}``,
``{country_2}`` slots. The headlines whose slots name two countries are filled
with two countries of a fixed list, in turn, and coded as one-sentence reports:
a breadth check of the English lexicon over all 16 categories, written by
nobody who wrote the lexicon. Same figures as ``petrarch_check``.

    python -m communique.tools.ngec_check -v \
        ../shared/data/events/ngec_synthetic/synthetic_headlines.csv
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from communique.tools.petrarch_check import Case, Outcome, code, report

# Countries whose English names the gazetteer knows in one word, none of them a usual
# party of the categories (no bias toward a side the rules know well).
COUNTRIES = ("France", "Brazil", "Japan", "Kenya", "Poland", "Turkey", "India", "Canada",
             "Egypt", "Mexico")
SLOTS = ("{country_1}", "{country_2}")


def read_headlines(path: Path) -> Iterator[Case]:
    """Headlines naming two countries, their slots filled in turn from ``COUNTRIES``."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if all(s in r["title"] for s in SLOTS)]
    for i, row in enumerate(rows):
        first, second = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i + 3) % len(COUNTRIES)]
        text = row["title"].replace(SLOTS[0], first).replace(SLOTS[1], second)
        yield Case(f"ngec-{i + 1}", text.strip() + ".", frozenset({row["event"]}))


def by_category(outcomes: list[Outcome]) -> str:
    """Coded share per gold category: where the lexicon's breadth ends."""
    total, hits = Counter[str](), Counter[str]()
    for o in outcomes:
        for kind in o.case.gold:
            total[kind] += 1
            hits[kind] += o.hit
    return "\n".join(f"{kind:10} {hits[kind]:3}/{total[kind]:3}" for kind in sorted(total))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("headlines", type=Path, help="ngec_synthetic/synthetic_headlines.csv")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="one line per headline (as petrarch_check -v) and the share "
                             "coded per category")
    args = parser.parse_args(argv)
    cases = list(read_headlines(args.headlines))
    if not cases:
        parser.error(f"no headline with both {' and '.join(SLOTS)} in {args.headlines}")
    outcomes = code(cases)
    if args.verbose:
        print(by_category(outcomes))
    print(report(outcomes, args.verbose).replace("sentences ", "headlines ", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
