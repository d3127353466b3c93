"""The benchmark corpora, read one way for every benchmark in this folder.

10kGNAD (1,028 DER STANDARD articles, CC BY-NC-SA 4.0) is never shipped with
Communiqué: pass its path or keep it at the default location; the gold
documents come from the repository's test data.
"""

from __future__ import annotations

import json
from pathlib import Path

from communique.tools.gnad_sample import articles

TENK_DEFAULT = Path("/work/shared/data/10kgnad/articles.csv")
GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"


def tenk_articles(path: Path = TENK_DEFAULT, limit: int | None = None) -> list[str]:
    """The article texts of a 10kGNAD file (read by the sampling tool's reader)."""
    texts = articles(path)
    return texts[:limit] if limit else texts


def gold_documents(language: str | None = None) -> list[dict]:
    """The dev gold documents (seeds and dev set), optionally of one language."""
    docs = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with (GOLD_DIR / name).open(encoding="utf-8") as handle:
            docs += [d for d in map(json.loads, handle)
                     if language is None or d["language"] == language]
    return docs


def missing(path: Path) -> bool:
    """Say so and tell the caller to stop when the benchmark data is absent."""
    if path.exists():
        return False
    print(f"skipped: {path} not found; pass --data with the 10kGNAD articles.csv "
          "(the benchmark data is not shipped with Communiqué)")
    return True
