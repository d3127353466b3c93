"""The place, participant and direction counts of matched pairs, on hand-made pairs."""

from __future__ import annotations

import pytest

from communique.evaluate import raw_from_gold, score
from communique.evaluate.fields import (
    FieldCounts,
    actor_class,
    location_class,
    participant_classes,
)
from communique.evaluate.scorer import DocumentResult, GoldDocument, GoldEvent, MatchedPair
from communique.extractor import Extractor
from communique.gazetteer import Gazetteer
from communique.gazetteer.names import same_person


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("Minsk", "minsk", "location_exact"), (None, None, "location_exact"),
    ("Minsk", None, "location_missing"), (None, "Minsk", "location_extra"),
    ("virtual", "Moscow", "location_virtual"), ("Brest", "Minsk", "location_same_state"),
    ("Minsk", "Belarus", "location_same_state"), ("Minsk", "Moscow", "location_other_state"),
    ("Nowhere Town", "Minsk", "location_other_state"),
])
def test_a_place_is_told_by_how_it_differs(places: Gazetteer, gold: str | None,
                                           predicted: str | None, expected: str) -> None:
    assert location_class(gold, predicted, places) == expected


def test_participant_codes_added_and_left_out_count_states_apart_from_igos(
        places: Gazetteer) -> None:
    counts = participant_classes(frozenset({"RUS", "SCO", "CHN"}),
                                 frozenset({"RUS", "KAZ", "EU"}), places)
    assert dict(counts) == {"extra_state": 1, "extra_igo": 1, "missing_state": 1,
                            "missing_igo": 1}
    assert dict(participant_classes(frozenset({"RUS"}), frozenset({"RUS"}), places)) == {
        "participants_exact": 1}


def _event(participants: set[str], actors: set[str]) -> GoldEvent:
    return GoldEvent("ACCUSE", frozenset(participants), actors=frozenset(actors))


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    (_event({"RUS", "USA"}, {"RUS"}), _event({"RUS", "USA"}, {"RUS"}), "actors_exact"),
    (_event({"RUS", "USA"}, {"RUS"}), _event({"RUS", "USA"}, {"USA"}), "actors_reversed"),
    (_event({"RUS", "USA"}, {"RUS"}), _event({"RUS", "USA"}, {"RUS", "USA"}),
     "actors_symmetric"),
    (_event({"RUS", "USA"}, {"RUS", "USA"}), _event({"RUS", "USA"}, {"RUS"}),
     "actors_directed"),
    (_event({"RUS", "USA"}, {"RUS"}), _event({"RUS", "USA", "GBR"}, {"RUS", "GBR"}),
     "actors_other"),
])
def test_a_direction_is_told_by_how_it_differs(gold: GoldEvent, predicted: GoldEvent,
                                               expected: str) -> None:
    assert actor_class(gold, predicted) == expected


def test_the_counts_add_up_over_the_pairs_of_a_document(places: Gazetteer) -> None:
    gold = GoldEvent("CONSULT", frozenset({"RUS", "BLR"}), location="Minsk",
                     actors=frozenset({"RUS"}))
    predicted = GoldEvent("CONSULT", frozenset({"RUS", "BLR", "CIS"}),
                          actors=frozenset({"BLR"}))
    counts = FieldCounts()
    counts.add(DocumentResult("d1", "ru", [MatchedPair(gold, predicted, 2)]), places)
    assert counts.format_lines() == [
        "location_exact=0  location_missing=1  location_extra=0  location_virtual=0  "
        "location_same_state=0  location_other_state=0",
        "participants_exact=0  extra_state=0  extra_igo=1  missing_state=0  missing_igo=0",
        "actors_exact=0  actors_reversed=1  actors_symmetric=0  actors_directed=0  "
        "actors_other=0"]


def test_the_report_says_where_a_missing_code_is_named(extractor: Extractor) -> None:
    """China is named in the report, only not in the meeting's sentence; Kazakhstan in no
    mention at all."""
    gold = GoldDocument.from_dict({
        "doc_id": "f1", "language": "en", "published": "2021-11-23", "published_given": True,
        "text": "Russia and Belarus held consultations on information security in Minsk on "
                "Tuesday. China sent an observer.",
        "events": [{"event_type": "CONSULT", "participants": ["RUS", "BLR", "CHN", "KAZ"]}]})
    report = score([gold], extractor.run([raw_from_gold(gold)]), same_person)
    assert report.field_counts.lost == {"in_document": 1, "not_named": 1}
    assert report.to_dict()["overall"]["field_counts"]["missing_named"] == {
        "in_act_sentence": 0, "in_document": 1, "not_named": 1}
