"""Why a gold event was missed and a predicted one spurious, in counts only.

F1 says how many acts were lost; these counts say what kind of loss, so that they can
be read on a held-out set without its texts. A missed gold event and a spurious
prediction of the same document are often one act coded wrong: the right type with
the wrong sides (a side missing, or the act turned the wrong way), or the right sides
with the wrong type. Only what is left over is an act not found at all, or one found
that the gold does not hold; the fixes differ (frames and sides, the type's lexicon,
triggers, gates), so the counts say where to look.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from communique.evaluate.scorer import MATCH_THRESHOLD, jaccard
from communique.evaluate.sides import WHERE, format_where, lost_counts

if TYPE_CHECKING:
    from communique.evaluate.scorer import DocumentResult, GoldEvent

KINDS = ("wrong_sides", "wrong_type", "no_trigger", "filtered", "gated", "no_sides",
         "not_in_gold")
"""A missed gold event and a spurious prediction pair up as ``wrong_sides`` when they
share the type and at least one participant, as ``wrong_type`` when their participants
would match (Jaccard at least the scorer's threshold) but the types differ; each such
pair counts once. A missed event left over was not found: ``no_trigger`` when the
document has no trigger match of its type (the lexicon lacks the wording), ``filtered``
when the topic, frame, negation or hypothesis filters of ``find_candidates`` dropped
every match of its type, ``gated`` when every candidate of its type was taken for a
mention rather than an act (``events.gates``), ``no_sides`` when a match passed the gates
but no event of its type came out (no two sides, or merged into another act). A
spurious event left over is ``not_in_gold``."""


class MissKinds(NamedTuple):
    """One document's ``KINDS``; per ``wrong_type`` pair its confusion ("AGREE→CONSULT":
    gold type, then the predicted one); per unpaired miss or spurious event its kind and
    type ("no_trigger AGREE"), which says which types' wordings or sides are lacking
    without showing a text; per side lost by a ``wrong_sides`` pair or a ``no_sides`` miss,
    where the report names it (``evaluate.sides``)."""

    kinds: Counter[str]
    confusions: Counter[str]
    unpaired: Counter[str]
    lost: Counter[str]


def miss_kinds(result: DocumentResult) -> MissKinds:
    """The ``MissKinds`` of a document's misses and spurious events."""
    found = MissKinds(Counter(), Counter(), Counter(), Counter())
    spurious = list(result.spurious)
    for gold in result.missed:
        partner = _partner(gold, spurious)
        if partner is None:
            kind = _not_found(gold.event_type, result)
            found.kinds[kind] += 1
            found.unpaired[f"{kind} {gold.event_type}"] += 1
            if kind == "no_sides":
                found.lost.update(lost_counts(gold.participants, gold.event_type, result))
            continue
        spurious.remove(partner)
        if partner.event_type == gold.event_type:
            found.kinds["wrong_sides"] += 1
            found.lost.update(lost_counts(gold.participants - partner.participants,
                                          gold.event_type, result))
        else:
            found.kinds["wrong_type"] += 1
            found.confusions[f"{gold.event_type}→{partner.event_type}"] += 1
    found.kinds["not_in_gold"] += len(spurious)
    found.unpaired.update(f"not_in_gold {event.event_type}" for event in spurious)
    return found


def _not_found(event_type: str, result: DocumentResult) -> str:
    if event_type in result.act_types:
        return "no_sides"
    if event_type in result.trigger_types:
        return "gated"
    return "filtered" if event_type in result.matched_types else "no_trigger"


def _partner(gold: GoldEvent, spurious: list[GoldEvent]) -> GoldEvent | None:
    """The spurious prediction most like ``gold``: its type with the largest shared set of
    participants, else another type with participants that match."""
    same_type = [(jaccard(gold.participants, p.participants), i) for i, p in enumerate(spurious)
                 if p.event_type == gold.event_type and gold.participants & p.participants]
    if same_type:
        return spurious[max(same_type)[1]]
    retyped = [(jaccard(gold.participants, p.participants), i) for i, p in enumerate(spurious)
               if jaccard(gold.participants, p.participants) >= MATCH_THRESHOLD]
    return spurious[max(retyped)[1]] if retyped else None


class MissCounts(Counter[str]):
    """The ``KINDS`` of the misses and spurious events of one scope, the type
    confusions of its ``wrong_type`` pairs, the types of its unpaired ones and where
    the sides they lost are named."""

    def __init__(self) -> None:
        super().__init__()
        self.confusions: Counter[str] = Counter()
        self.unpaired: Counter[str] = Counter()
        self.lost: Counter[str] = Counter()

    def add(self, result: DocumentResult) -> None:
        found = miss_kinds(result)
        self.update(found.kinds)
        self.confusions.update(found.confusions)
        self.unpaired.update(found.unpaired)
        self.lost.update(found.lost)

    def to_dict(self) -> dict[str, object]:
        return {**{kind: self[kind] for kind in KINDS},
                "confusions": dict(sorted(self.confusions.items())),
                "unpaired": dict(sorted(self.unpaired.items())),
                "lost_sides": {name: self.lost[name] for name in WHERE}}

    def format_lines(self) -> list[str]:
        """The kinds with the confusions, then the unpaired ones by type; most frequent
        first."""
        kinds = "  ".join(f"{kind}={self[kind]}" for kind in KINDS)
        confused = _by_count(self.confusions)
        lines = [f"{kinds}{'  types: ' + confused if confused else ''}"]
        if self.unpaired:
            lines.append(f"by type: {_by_count(self.unpaired)}")
        if self.lost:
            lines.append(f"sides lost, named: {format_where(self.lost)}")
        return lines


def _by_count(counts: Counter[str]) -> str:
    return ", ".join(f"{key} {n}" for key, n in sorted(
        counts.items(), key=lambda item: (-item[1], item[0])))
