"""Score the coder on PETRARCH2's validation sentences that carry a PLOVER type.

The sentences (``petrarch_validation/records.jsonl``, origin
``UniversalPetrarch:PETR2_GSR_validation.xml``) were written to test PETRARCH's
coder, not this one, so they measure how far the lexicons reach beyond the
texts they were written from. Per sentence: is a gold PLOVER type among the
coded types ("hit"), and how many coded events have a type that is not gold
("extra").

    python -m communique.tools.petrarch_check -v \
        ../shared/data/events/petrarch_validation/records.jsonl

``--half tune`` / ``--half held`` split the sentences into two fixed halves
(sorted by record id, even positions tune, odd positions held): a lexicon pass
reads the errors of the tuning half only and reports the held half as the
figure nobody wrote rules from.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from communique import Extractor
from communique.document import Document, RawDocument
from communique.events.candidates import find_candidates
from communique.events.lexicon import load_lexicon

ORIGIN = "UniversalPetrarch:PETR2_GSR_validation.xml"


@dataclass(frozen=True)
class Case:
    """A validation sentence and the PLOVER types of its gold events."""

    case_id: str
    text: str
    gold: frozenset[str]


@dataclass(frozen=True)
class Outcome:
    case: Case
    coded: tuple[str, ...]
    triggered: tuple[str, ...]      # types of the trigger candidates, coded or not

    @property
    def hit(self) -> bool:
        return bool(self.case.gold & set(self.coded))

    @property
    def extra(self) -> int:
        return sum(1 for kind in self.coded if kind not in self.case.gold)


def read_cases(path: Path, origin: str = ORIGIN) -> Iterator[Case]:
    """Records of ``origin`` with a text and at least one PLOVER-typed event."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold = frozenset(e["plover"] for e in record.get("events", []) if e.get("plover"))
            if record.get("origin") == origin and gold and record.get("text", "").strip():
                yield Case(record["id"], record["text"], gold)


HALVES = ("tune", "held")


def half(cases: list[Case], which: str) -> list[Case]:
    """The fixed half ``which`` of ``cases``: sorted by id, even positions are "tune",
    odd positions "held"."""
    ranked = sorted(cases, key=lambda c: c.case_id)
    return ranked[HALVES.index(which)::len(HALVES)]


def code(cases: list[Case]) -> list[Outcome]:
    """Run the whole extractor on each sentence as a one-sentence English report."""
    extractor = Extractor()
    raws = [RawDocument(c.text, doc_id=c.case_id, language="en", published="2015-01-01")
            for c in cases]
    by_id = {doc.doc_id: doc for doc in extractor.run(raws)}
    return [_outcome(c, by_id.get(c.case_id)) for c in cases]


def _outcome(case: Case, doc: Document | None) -> Outcome:
    if doc is None:
        return Outcome(case, (), ())
    candidates = find_candidates(doc, load_lexicon("en"))
    return Outcome(case, tuple(e.event_type for e in doc.events),
                   tuple(c.event_type for c in candidates))


def report(outcomes: list[Outcome], verbose: bool) -> str:
    n = len(outcomes)
    hits = sum(o.hit for o in outcomes)
    empty = sum(not o.coded for o in outcomes)
    extra = sum(o.extra for o in outcomes)
    sideless = sum(not o.coded and bool(o.triggered) for o in outcomes)
    lines = []
    if verbose:
        for o in outcomes:
            mark = "+" if o.hit else ("0" if not o.coded else "-")
            lines.append(f"{mark} {o.case.case_id:18} gold={','.join(sorted(o.case.gold)):17} "
                         f"coded={','.join(o.coded) or '-':22} "
                         f"triggers={','.join(o.triggered) or '-':22} {o.case.text[:80]}")
    lines.append(f"sentences {n}  gold type coded {hits}/{n} = {hits / n:.0%}  "
                 f"no event {empty}/{n} = {empty / n:.0%} (of them with a trigger but no sides "
                 f"{sideless})  extra events/sentence {extra / n:.2f}")
    lines.extend(by_type(outcomes))
    return "\n".join(lines)


def by_type(outcomes: list[Outcome]) -> list[str]:
    """Per gold type, aggregate only (the sentences stay unread while the lexicon is
    written): hits; misses with no candidate of the gold type ("no trigger"), with one
    left uncoded ("no sides" when nothing was coded, else "other type"); and the
    types coded that are not gold ("extra")."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    extra: Counter[str] = Counter()
    for o in outcomes:
        extra.update(kind for kind in o.coded if kind not in o.case.gold)
        for gold in o.case.gold:
            counts[gold][_kind(o, gold)] += 1
    lines = ["by gold type: hit / no trigger / no sides / other type"]
    for gold in sorted(counts):
        c = counts[gold]
        lines.append(f"  {gold:10} {sum(c.values()):2}: hit {c['hit']}  no_trigger "
                     f"{c['no_trigger']}  no_sides {c['no_sides']}  other {c['other']}")
    lines.append("extra by type: " + (", ".join(f"{k} {v}" for k, v in sorted(extra.items()))
                                      or "-"))
    return lines


def _kind(outcome: Outcome, gold: str) -> str:
    if gold in outcome.coded:
        return "hit"
    if gold not in outcome.triggered:
        return "no_trigger"
    return "no_sides" if not outcome.coded else "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path, help="petrarch_validation/records.jsonl")
    parser.add_argument("--origin", default=ORIGIN, help=f"record origin (default {ORIGIN})")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="one line per sentence: + hit, - wrong type, 0 no event; with the "
                             "types coded and the types of the trigger candidates")
    parser.add_argument("--half", choices=HALVES,
                        help="only one fixed half (sorted by id: even positions tune, odd held)")
    args = parser.parse_args(argv)
    cases = list(read_cases(args.records, args.origin))
    if args.half:
        cases = half(cases, args.half)
    if not cases:
        parser.error(f"no records of origin {args.origin} with a text and a PLOVER type")
    print(report(code(cases), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
