"""The 10kGNAD articles the German gold set was drawn from: a keyword filter, not the coder.

Keeps articles of the categories International, Inland and Wirtschaft up to 3,000
characters (to keep hand annotation feasible) that contain at least two of the act
words below, shuffled with a fixed seed. The articles were then read in that order
and the first 25 that report an act between states or IGOs were annotated:

    python tests/data/gnad_gold/draw.py [PATH]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from communique.tools.gnad_sample import DEFAULT, labelled_articles

CATEGORIES = ("International", "Inland", "Wirtschaft")
MAX_CHARS = 3000
MIN_HITS = 2
SEED = 12               # the number
ACT_WORDS = ("außenminister", "botschafter", "sanktion", "treffen", "besuch", "telefon",
             "abkommen", "ausgewiesen", "einbestellt", "protest", "forder", "droh", "hilfe",
             "vereinbar", "gipfel", "gespräch", "verhandl", "vorgeworfen", "warnt", "kritisier")


def candidates(path: Path) -> list[int]:
    """Article numbers (as ``10kgnad-N``) that pass the filter, in the seeded reading order."""
    chosen = [number for number, (label, text) in enumerate(labelled_articles(path))
              if label in CATEGORIES and len(text) <= MAX_CHARS
              and sum(word in text.lower() for word in ACT_WORDS) >= MIN_HITS]
    random.Random(SEED).shuffle(chosen)
    return chosen


if __name__ == "__main__":
    print(" ".join(map(str, candidates(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))))
