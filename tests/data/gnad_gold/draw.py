"""The 10kGNAD articles the German gold set was drawn from: a keyword filter, not the coder.

Keeps articles of the categories International, Inland and Wirtschaft up to a length
(to keep hand annotation feasible) that contain at least two of the act words below,
shuffled with a fixed seed. The first drawing (seed 12, up to 3,000 characters) was
read in that order up to its 65th article and the 27 that report an act between
states or IGOs were annotated. The second drawing (seed 7, up to 4,000 characters,
``--fresh``) leaves those 65 out and annotates its first 25 articles, whatever they
report, so that articles without acts test precision. The third drawing (seed 8, up to
4,000 characters, ``--fresh --third``) also leaves out the second drawing's 25 and
annotates its first 20 articles, whatever they report (``tests/data/probe/gnad8.jsonl``).
The fourth drawing (seed 9, up to 5,000 characters, since only 5 articles of up to 4,000
were left unread, ``--fresh --fourth``) also leaves out the third drawing's 20 and
annotates its first 25 articles, whatever they report (``tests/data/probe/gnad9.jsonl``):

    python tests/data/gnad_gold/draw.py [PATH]
    python tests/data/gnad_gold/draw.py --seed 7 --max-chars 4000 --fresh [PATH]
    python tests/data/gnad_gold/draw.py --seed 8 --max-chars 4000 --fresh --third [PATH]
    python tests/data/gnad_gold/draw.py --seed 9 --max-chars 5000 --fresh --fourth [PATH]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from communique.tools.gnad_sample import DEFAULT, labelled_articles

CATEGORIES = ("International", "Inland", "Wirtschaft")
MAX_CHARS = 3000
MIN_HITS = 2
SEED = 12               # the number
FIRST_READ = 65         # articles of the first drawing that were read (see the README)
# the second and third drawings: seed, max characters, articles read
LATER = ((7, 4000, 25), (8, 4000, 20))
ACT_WORDS = ("außenminister", "botschafter", "sanktion", "treffen", "besuch", "telefon",
             "abkommen", "ausgewiesen", "einbestellt", "protest", "forder", "droh", "hilfe",
             "vereinbar", "gipfel", "gespräch", "verhandl", "vorgeworfen", "warnt", "kritisier")


def candidates(path: Path, seed: int = SEED, max_chars: int = MAX_CHARS) -> list[int]:
    """Article numbers (as ``10kgnad-N``) that pass the filter, in the seeded reading order."""
    chosen = [number for number, (label, text) in enumerate(labelled_articles(path))
              if label in CATEGORIES and len(text) <= max_chars
              and sum(word in text.lower() for word in ACT_WORDS) >= MIN_HITS]
    random.Random(seed).shuffle(chosen)
    return chosen


def read_before(path: Path, earlier: int) -> set[int]:
    """The articles the first ``earlier`` drawings read (1: the first drawing's 65)."""
    seen = set(candidates(path)[:FIRST_READ])
    for number, (seed, max_chars, read) in enumerate(LATER[:earlier - 1], start=1):
        seen.update(fresh(path, seed, max_chars, number)[:read])
    return seen


def fresh(path: Path, seed: int, max_chars: int, earlier: int = 1) -> list[int]:
    """Candidates no reader of the first ``earlier`` drawings has seen."""
    seen = read_before(path, earlier)
    return [number for number in candidates(path, seed, max_chars) if number not in seen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--max-chars", type=int, default=MAX_CHARS)
    parser.add_argument("--fresh", action="store_true", help="leave out the first drawing's")
    parser.add_argument("--third", action="store_true", help="with --fresh, also the second's")
    parser.add_argument("--fourth", action="store_true",
                        help="with --fresh, also the second's and the third's")
    args = parser.parse_args()
    earlier = 3 if args.fourth else 2 if args.third else 1
    drawn = (fresh(args.path, args.seed, args.max_chars, earlier) if args.fresh
             else candidates(args.path, args.seed, args.max_chars))
    print(" ".join(map(str, drawn)))


if __name__ == "__main__":
    main()
