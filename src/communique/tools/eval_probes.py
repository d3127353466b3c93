"""Every accuracy figure of a round in one table: each probe set, the 10kGNAD gold, dev and
the held-out check set (its aggregate line only: the check set is never read otherwise).

A change to the coder is judged by all of them at once (docs/accuracy.md): a rule that lifts
its own blind set must not cost another set. One extractor serves every set, so the whole
table takes a few minutes instead of one model load per set.

    python -m communique.tools.eval_probes > before.txt   # on main
    python -m communique.tools.eval_probes > after.txt    # on the branch; then diff them
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from communique import Extractor
from communique.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parents[3]
PROBES = ROOT / "tests" / "data" / "probe"
GNAD = ROOT / "tests" / "data" / "gnad_gold" / "gnad_gold.jsonl"
EVAL = ROOT.parent / "shared" / "eval"
HEADER = f"{'set':<20}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}{'strict':>8}"


def sets(eval_dir: Path) -> list[tuple[str, list[Path]]]:
    """The named gold sets, in the table's order; sets whose files are absent are left out."""
    named = [(path.stem, [path]) for path in sorted(PROBES.glob("*.jsonl"))]
    named += [("gnad", [GNAD]),
              ("dev", [eval_dir / "dev" / "dev.jsonl", eval_dir / "dev" / "seeds.jsonl"]),
              ("check", [eval_dir / "check" / "check.jsonl"])]
    return [(name, paths) for name, paths in named if all(p.exists() for p in paths)]


def row(name: str, scores: dict[str, float]) -> str:
    return (f"{name:<20}{scores['tp']:>5}{scores['fp']:>5}{scores['fn']:>5}"
            f"{scores['precision']:>8.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"
            f"{scores['strict_f1']:>8.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL,
                        help="the shared eval folder with dev/ and check/ (default: %(default)s)")
    args = parser.parse_args(argv)
    extractor = Extractor()
    print(HEADER)
    for name, paths in sets(args.eval_dir):
        print(row(name, evaluate(load_gold(paths), extractor).overall.to_dict()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
