"""Pairwise precision and recall of cross-document links against gold documents.

Which pairs count. Gold documents that list each other in ``same_event_as``
report one act: the first gold event of each (its main act). A file of
further shared acts (``tests/data/link/acts.yaml``) names other gold events
that two such documents both report (the Putin–Merkel call in two reports of
the Lavrov–Gabriel call). A gold pair is two gold events of one act from two
documents. Every other pair of gold events from two documents is two
different acts.

Stored events are matched to the gold events of their document with the
scorer's rule (same type, participant overlap ≥ 0.5). A predicted link is a
pair of events in one linked event; it is *scored* when both events match
gold events, *correct* when those form a gold pair and *wrong* (two different
acts merged) otherwise. Precision = correct / scored; recall = gold pairs
whose two matched events are linked / gold pairs (a gold event the extractor
missed costs recall).

    python -m communique.tools.measure_links tests/data/gold/seeds.jsonl \\
        tests/data/gold/dev.jsonl --acts tests/data/link/acts.yaml [--sweep]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from communique import open_store
from communique.evaluate import load_gold, raw_from_gold
from communique.evaluate.scorer import GoldDocument, GoldEvent, match_events
from communique.extractor import Extractor
from communique.link.params import link_params, overridden
from communique.link.read import iter_linked_events
from communique.link.run import relink
from communique.store import Store

GoldRef = tuple[str, int]          # doc_id, index of the gold event
SWEEP = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


@dataclass
class GoldActs:
    """Which gold events report one act; ``main`` marks the acts from ``same_event_as``."""

    act_of: dict[GoldRef, int] = field(default_factory=dict)
    main: set[int] = field(default_factory=set)

    def pairs(self, main_only: bool = False) -> set[frozenset[GoldRef]]:
        members: dict[int, list[GoldRef]] = {}
        for ref, act in self.act_of.items():
            if not main_only or act in self.main:
                members.setdefault(act, []).append(ref)
        return {frozenset(pair) for refs in members.values()
                for pair in itertools.combinations(sorted(refs), 2)}


def gold_acts(golds: Sequence[GoldDocument], extra: Iterable[dict[str, Any]]) -> GoldActs:
    """Main acts from ``same_event_as`` groups, plus the listed further shared acts."""
    acts = GoldActs()
    neighbours: dict[str, set[str]] = {}
    for gold in golds:
        for other in gold.raw.get("same_event_as") or []:
            neighbours.setdefault(gold.doc_id, set()).add(other)
            neighbours.setdefault(other, set()).add(gold.doc_id)
    with_events = {g.doc_id for g in golds if g.events}
    act = 0
    seen: set[str] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        act += 1
        group, todo = set(), [start]
        while todo:
            doc_id = todo.pop()
            if doc_id not in group:
                group.add(doc_id)
                todo += neighbours[doc_id]
        seen |= group
        acts.main.add(act)
        acts.act_of.update({(doc_id, 0): act for doc_id in group if doc_id in with_events})
    for number, listed in enumerate(extra, act + 1):
        for doc_id, index in listed["events"]:
            acts.act_of[(doc_id, int(index))] = number
    return acts


@dataclass
class LinkScore:
    scored: int = 0
    correct: int = 0
    unscored: int = 0
    wrong: list[tuple[GoldRef, GoldRef]] = field(default_factory=list)
    gold_pairs: int = 0
    found: int = 0
    main_pairs: int = 0
    main_found: int = 0
    missed: list[tuple[GoldRef, GoldRef]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.scored if self.scored else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def main_recall(self) -> float:
        return self.main_found / self.main_pairs if self.main_pairs else 1.0

    def lines(self) -> list[str]:
        out = [f"precision  {self.precision:.3f}  ({self.correct} of {self.scored} scored links; "
               f"{self.unscored} links between events no gold event matches)",
               f"recall     {self.recall:.3f}  ({self.found} of {self.gold_pairs} gold pairs)",
               f"main acts  {self.main_recall:.3f}  ({self.main_found} of {self.main_pairs})",
               f"different acts merged: {len(self.wrong)}"]
        out += [f"  wrong   {a[0]}#{a[1]} + {b[0]}#{b[1]}" for a, b in self.wrong]
        out += [f"  missed  {a[0]}#{a[1]} + {b[0]}#{b[1]}" for a, b in self.missed]
        return out


def gold_refs(store: Store, golds: Sequence[GoldDocument]) -> dict[str, GoldRef]:
    """Stored event id -> the gold event it matches (scorer's rule)."""
    refs: dict[str, GoldRef] = {}
    for gold in golds:
        record = store.get_record(gold.doc_id)
        if record is None:
            continue
        predicted = [GoldEvent.from_event(e) for e in record.events]
        pairs, _, _ = match_events(gold.events, predicted)
        for pair in pairs:
            gi = next(i for i, g in enumerate(gold.events) if g is pair.gold)
            pi = next(i for i, p in enumerate(predicted) if p is pair.predicted)
            refs[record.events[pi].id] = (gold.doc_id, gi)
    return refs


def measure(store: Store, golds: Sequence[GoldDocument], acts: GoldActs) -> LinkScore:
    refs = gold_refs(store, golds)
    result = LinkScore()
    linked_pairs: set[frozenset[GoldRef]] = set()
    for linked in iter_linked_events(store):
        for a, b in itertools.combinations([m.event_id for m in linked.mentions], 2):
            if a not in refs or b not in refs:
                result.unscored += 1
                continue
            result.scored += 1
            ra, rb = sorted((refs[a], refs[b]))
            linked_pairs.add(frozenset((ra, rb)))
            same = ra in acts.act_of and acts.act_of[ra] == acts.act_of.get(rb)
            result.correct += same
            if not same:
                result.wrong.append((ra, rb))
    gold_all, gold_main = acts.pairs(), acts.pairs(main_only=True)
    result.gold_pairs, result.main_pairs = len(gold_all), len(gold_main)
    result.found = len(gold_all & linked_pairs)
    result.main_found = len(gold_main & linked_pairs)
    result.missed = sorted(tuple(sorted(p)) for p in gold_all - linked_pairs)  # type: ignore[misc]
    return result


def ingest_gold(store: Store, golds: Sequence[GoldDocument]) -> None:
    """Extract and store the gold documents as a feed would give them (linking as they go)."""
    for doc in Extractor().run([raw_from_gold(g) for g in golds]):
        store.write(doc)


def sweep(store: Store, golds: Sequence[GoldDocument], acts: GoldActs) -> list[str]:
    """Precision and recall at each threshold of ``SWEEP`` (relinking the same store)."""
    lines = ["threshold  precision  recall  main-recall  wrong"]
    for threshold in SWEEP:
        with overridden(threshold=threshold):
            relink(store)
            score = measure(store, golds, acts)
        lines.append(f"{threshold:9.2f}  {score.precision:9.3f}  {score.recall:6.3f}  "
                     f"{score.main_recall:11.3f}  {len(score.wrong):5d}")
    relink(store)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m communique.tools.measure_links",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSON Lines files")
    parser.add_argument("--acts", type=Path, help="further shared acts (YAML)")
    parser.add_argument("--db", help="store to fill (default: a temporary SQLite file)")
    parser.add_argument("--sweep", action="store_true", help="also try other thresholds")
    args = parser.parse_args(argv)
    golds = list(load_gold(args.gold))
    extra = yaml.safe_load(args.acts.read_text(encoding="utf-8")) if args.acts else []
    acts = gold_acts(golds, extra)
    with tempfile.TemporaryDirectory() as folder, \
            open_store(args.db or str(Path(folder) / "measure.db")) as store:
        ingest_gold(store, golds)
        print(f"threshold {link_params().threshold}")
        print("\n".join(measure(store, golds, acts).lines()))
        if args.sweep:
            print("\n".join(sweep(store, golds, acts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
