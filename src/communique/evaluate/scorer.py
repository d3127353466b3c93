"""The scorer of spec section 4: gold events against predicted events.

Matching: equal ``event_type`` and participant codes with a Jaccard index of at
least 0.5, paired greedily best overlap first, each event used once. Everything
the report shows is counted from these pairs, so the per-document listing and
the totals can never disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from communique.model import DocumentRecord, Event

MATCH_THRESHOLD = 0.5
FIELDS = ("participants", "actors", "mode", "date", "location", "status", "persons", "contexts")
"""The spec's field list (section 4), and ``actors``: who acted, exactly, which
``participants`` cannot tell (an act coded the wrong way round has the right
participants)."""

SamePerson = Callable[[str, str], bool]


@dataclass(frozen=True)
class GoldEvent:
    event_type: str
    participants: frozenset[str]
    mode: str | None = None
    persons: tuple[str, ...] = ()
    date: str | None = None
    location: str | None = None
    status: str = "occurred"
    contexts: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    # of a predicted event: the codes only its persons carry (an official's state), so that
    # an extra side can be told from a state the text names as one (``evaluate.sides``)
    person_codes: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldEvent:
        return cls(
            event_type=data["event_type"],
            participants=frozenset(data.get("participants") or []),
            mode=data.get("mode"),
            persons=tuple(data.get("persons") or ()),
            date=data.get("date"),
            location=data.get("location"),
            status=data.get("status") or "occurred",
            contexts=frozenset(data.get("contexts") or []),
            # a gold event that lists no actors is symmetric: every participant acts
            actors=frozenset(data.get("actors") or data.get("participants") or []),
        )

    @classmethod
    def from_event(cls, event: Event) -> GoldEvent:
        """A predicted event in the gold format, so that both sides compare alike."""
        location = None
        if event.location is not None:
            location = "virtual" if event.location.virtual else event.location.name
        return cls(event.event_type, frozenset(event.participant_codes()), event.mode,
                   tuple(event.persons()), event.date.gold_form(), location, event.status,
                   frozenset(event.contexts), frozenset(c for a in event.actors if (c := a.code)),
                   _person_codes(event))


def _person_codes(event: Event) -> frozenset[str]:
    parties = [*event.actors, *event.recipients]
    by_persons = {a.code for a in parties if a.kind == "person" and a.code}
    return frozenset(by_persons - {a.code for a in parties if a.kind != "person"})


@dataclass
class GoldDocument:
    doc_id: str
    language: str
    events: list[GoldEvent]
    raw: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldDocument:
        return cls(data["doc_id"], data.get("language") or "?",
                   [GoldEvent.from_dict(e) for e in data.get("events", [])], data)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Moskau' and 'moskau', 'Ashgabat' and 'Ashgabat'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def date_within(gold: str | None, predicted: str | None) -> bool:
    """Strict-match date rule: same day, or inside the gold month or year."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return predicted.startswith(gold) and len(predicted) >= len(gold)


def persons_jaccard(gold: Iterable[str], predicted: Iterable[str], same: SamePerson) -> float:
    gold_list, pred_list = list(dict.fromkeys(gold)), list(dict.fromkeys(predicted))
    if not gold_list and not pred_list:
        return 1.0
    used: set[int] = set()
    hits = 0
    for name in gold_list:
        for i, other in enumerate(pred_list):
            if i not in used and same(name, other):
                used.add(i)
                hits += 1
                break
    return hits / (len(gold_list) + len(pred_list) - hits)


@dataclass
class MatchedPair:
    gold: GoldEvent
    predicted: GoldEvent
    overlap: float


@dataclass
class DocumentResult:
    doc_id: str
    language: str
    pairs: list[MatchedPair] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[GoldEvent] = field(default_factory=list)
    published: str | None = None     # the report's own dates (YYYY-MM-DD), which a wrong
    dateline: str | None = None      # event date may have been taken from
    found_published: str | None = None   # the publication date the extractor read
    year_named: bool = False             # the text prints the publication's year
    matched_types: frozenset[str] = frozenset()  # types of the document's trigger matches,
    trigger_types: frozenset[str] = frozenset()  # of those its filters keep,
    act_types: frozenset[str] = frozenset()      # and of those that pass the gates
    # the participant codes named in the sentences of those acts, per type, and in the whole
    # report: where a lost side was named (``evaluate.sides``)
    act_codes: dict[str, frozenset[str]] = field(default_factory=dict)
    document_codes: frozenset[str] = frozenset()
    # the gazetteer ids of the places named likewise, and of the dateline's city: where a
    # lost place was named (``evaluate.fields``)
    act_places: dict[str, frozenset[str]] = field(default_factory=dict)
    opening_places: frozenset[str] = frozenset()
    document_places: frozenset[str] = frozenset()
    dateline_text: str | None = None             # the dateline as read, and its city
    dateline_place: str | None = None


def _agreement(gold: GoldEvent, predicted: GoldEvent) -> int:
    """Tie-break between pairs of equal overlap (the spec leaves ties open): prefer the
    pairing that agrees on status, date and mode, so that two AGREEs between the same
    sides (one planned, one done) pair with their own counterparts."""
    return ((gold.status == predicted.status) * 4 + date_within(gold.date, predicted.date) * 2
            + (gold.mode == predicted.mode))


def match_events(gold: list[GoldEvent], predicted: list[GoldEvent]
                 ) -> tuple[list[MatchedPair], list[GoldEvent], list[GoldEvent]]:
    """Greedy best-overlap-first matching; returns pairs, missed gold, spurious predictions."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.event_type != p.event_type:
                continue
            overlap = jaccard(g.participants, p.participants)
            if overlap >= MATCH_THRESHOLD:
                candidates.append((-overlap, -_agreement(g, p), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg_overlap, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(MatchedPair(gold[gi], predicted[pi], -neg_overlap))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    spurious = [p for i, p in enumerate(predicted) if i not in used_pred]
    return pairs, missed, spurious


def score_document(gold: GoldDocument, predicted: DocumentRecord) -> DocumentResult:
    pred_events = [GoldEvent.from_event(e) for e in predicted.events]
    pairs, missed, spurious = match_events(gold.events, pred_events)
    published = str(gold.raw.get("published") or "")[:10] or None
    year_named = published is not None and published[:4] in str(gold.raw.get("text") or "")
    return DocumentResult(gold.doc_id, gold.language, pairs, missed, spurious, published,
                          year_named=year_named)


def field_scores(pair: MatchedPair, same: SamePerson) -> dict[str, float]:
    """Per-field agreement of one matched pair (1.0 = right); the spec's field list."""
    g, p = pair.gold, pair.predicted
    location_right = (g.location is None and p.location is None) or (
        g.location is not None and p.location is not None and fold(g.location) == fold(p.location))
    return {
        "participants": float(g.participants == p.participants),
        "actors": float(g.actors == p.actors),
        "mode": float(g.mode == p.mode),
        "date": float(g.date == p.date),
        "location": float(location_right),
        "status": float(g.status == p.status),
        "persons": persons_jaccard(g.persons, p.persons, same),
        "contexts": jaccard(g.contexts, p.contexts),
    }
