"""How the place, the participants and the direction of a matched pair are wrong, in counts.

The field accuracies say how often a found act has the wrong place, participants or
actors; these counts say how, so that a held-out set can be read without its texts:
no place where the gold has one or the reverse, another city of the same state or of
another state; which participant codes are added or left out, states apart from IGOs;
an act turned the wrong way round, or told as symmetric where the gold has a direction;
where a gold place the prediction lacks or gets wrong is named, and the types of the acts
whose place is wrong.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from communique.evaluate.sides import EXTRA_WHERE, WHERE, extra_counts, format_where, lost_counts
from communique.gazetteer import Gazetteer
from communique.gazetteer.lexicon import fold

if TYPE_CHECKING:
    from communique.evaluate.scorer import DocumentResult, GoldEvent

LOCATION = ("location_exact", "location_missing", "location_extra", "location_virtual",
            "location_same_state", "location_other_state")
"""Each pair falls in one: the places equal (or both none); none predicted where the gold
has one; one predicted where the gold has none; one of the two the virtual place of a
remote meeting and the other not; two places of one state (Minsk for Brest; a state's name
for its capital); places of two states, or one the gazetteer does not know."""

PARTICIPANTS = ("participants_exact", "extra_state", "extra_igo", "missing_state",
                "missing_igo")
"""Per pair whether the codes are equal; then per code, a state (ISO alpha-3) or an IGO,
added by the prediction or left out."""

ACTORS = ("actors_exact", "actors_reversed", "actors_symmetric", "actors_directed",
          "actors_other")
"""Each pair falls in one: the actors equal; the predicted actors are the gold recipients
(the act turned round); every participant predicted as actor where the gold has
recipients; recipients predicted where the gold has every participant act; anything
else (a side added, lost or moved)."""


PLACE_WHERE = ("in_act_sentence", "in_dateline", "in_opening", "in_document", "not_named",
               "not_known")
"""Where the report names a gold place that the prediction lacks or gets wrong: in a sentence
of an act of the pair's type (the place rules did not take it), as the dateline's city
(the dateline rules did not carry it), in the headline or lead (a dateline not read as
one, or a scene set before the acts), in another sentence (a place carried from the
meeting to its outcomes was not), nowhere as a place the recogniser found, or a place the
gazetteer does not know."""


DATELINES = ("dateline_none", "dateline_no_place", "dateline_place")
"""Per document: no dateline read; one whose city the gazetteer does not know; one with a
known city."""


def location_class(gold: str | None, predicted: str | None, places: Gazetteer) -> str:
    """The class of ``LOCATION`` of a gold and a predicted place name."""
    if (gold is None and predicted is None) or (
            gold is not None and predicted is not None and fold(gold) == fold(predicted)):
        return "location_exact"
    if predicted is None:
        return "location_missing"
    if gold is None:
        return "location_extra"
    if "virtual" in (gold, predicted):
        return "location_virtual"
    gold_place, predicted_place = places.place(gold, "en"), places.place(predicted, "en")
    same = (gold_place is not None and predicted_place is not None
            and gold_place.country is not None
            and gold_place.country == predicted_place.country)
    return "location_same_state" if same else "location_other_state"


def participant_classes(gold: frozenset[str], predicted: frozenset[str],
                        places: Gazetteer) -> Counter[str]:
    """The ``PARTICIPANTS`` counts of one pair: a code the gazetteer has as a state's is a
    state, any other an IGO's."""
    counts: Counter[str] = Counter()
    if gold == predicted:
        counts["participants_exact"] += 1
    for code in predicted - gold:
        counts["extra_state" if places.state(code) else "extra_igo"] += 1
    for code in gold - predicted:
        counts["missing_state" if places.state(code) else "missing_igo"] += 1
    return counts


def place_named(gold: str, event_type: str, result: DocumentResult, places: Gazetteer) -> str:
    """The class of ``PLACE_WHERE`` of a gold place the prediction lacks or gets wrong."""
    place = places.place(gold, "en")
    if place is None:
        return "not_known"
    if place.entry_id in result.act_places.get(event_type, frozenset()):
        return "in_act_sentence"
    if place.entry_id == result.dateline_place:
        return "in_dateline"
    if place.entry_id in result.opening_places:
        return "in_opening"
    return "in_document" if place.entry_id in result.document_places else "not_named"


def actor_class(gold: GoldEvent, predicted: GoldEvent) -> str:
    """The class of ``ACTORS`` of a matched pair."""
    if gold.actors == predicted.actors:
        return "actors_exact"
    gold_recipients = gold.participants - gold.actors
    if gold_recipients and predicted.actors == gold_recipients:
        return "actors_reversed"
    if gold_recipients and predicted.actors == predicted.participants:
        return "actors_symmetric"
    if not gold_recipients and predicted.actors != predicted.participants:
        return "actors_directed"
    return "actors_other"


class FieldCounts(Counter[str]):
    """The ``LOCATION``, ``PARTICIPANTS`` and ``ACTORS`` counts of one scope's pairs, where
    the participant codes they left out are named (``evaluate.sides``), and of the pairs
    whose place is wrong, the types and where the gold place is named (``PLACE_WHERE``)."""

    def __init__(self) -> None:
        super().__init__()
        self.lost: Counter[str] = Counter()
        self.extra: Counter[str] = Counter()
        self.place_types: Counter[str] = Counter()
        self.place_where: Counter[str] = Counter()
        self.datelines: Counter[str] = Counter()

    def add(self, result: DocumentResult, places: Gazetteer) -> None:
        self.datelines[DATELINES[0] if result.dateline_text is None
                       else DATELINES[1] if result.dateline_place is None else DATELINES[2]] += 1
        for pair in result.pairs:
            gold, predicted = pair.gold, pair.predicted
            place = location_class(gold.location, predicted.location, places)
            self[place] += 1
            if place != "location_exact":
                self.place_types[f"{place.removeprefix('location_')} {gold.event_type}"] += 1
            if gold.location is not None and place not in ("location_exact",
                                                           "location_virtual"):
                self.place_where[place_named(gold.location, gold.event_type, result,
                                             places)] += 1
            self.update(participant_classes(gold.participants, predicted.participants, places))
            self[actor_class(gold, predicted)] += 1
            self.lost.update(lost_counts(gold.participants - predicted.participants,
                                         gold.event_type, result))
            self.extra.update(extra_counts(predicted, gold, result))

    def to_dict(self) -> dict[str, object]:
        return {**{name: self[name] for name in (*LOCATION, *PARTICIPANTS, *ACTORS)},
                "missing_named": {name: self.lost[name] for name in WHERE},
                "extra_named": {name: self.extra[name] for name in EXTRA_WHERE},
                "place_wrong_by_type": dict(self.place_types.most_common()),
                "place_named": {name: self.place_where[name] for name in PLACE_WHERE},
                "datelines": {name: self.datelines[name] for name in DATELINES}}

    def format_lines(self) -> list[str]:
        """The location, participant and actor counts, a line each; where the missing
        codes are named, if any are."""
        lines = ["  ".join(f"{name}={self[name]}" for name in names)
                 for names in (LOCATION, PARTICIPANTS, ACTORS)]
        lines.append("  ".join(f"{name}={self.datelines[name]}" for name in DATELINES))
        if self.place_types:
            lines.append("wrong places by type: " + ", ".join(
                f"{kind} {count}" for kind, count in self.place_types.most_common()))
        if self.place_where:
            lines.append("wrong places, gold named: " + "  ".join(
                f"{name}={self.place_where[name]}" for name in PLACE_WHERE))
        if self.extra:
            lines.append(f"extra codes, named: {format_where(self.extra, EXTRA_WHERE)}")
        return [*lines, f"missing codes, named: {format_where(self.lost)}"] if self.lost else lines
