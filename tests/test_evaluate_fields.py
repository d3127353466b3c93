"""The place, participant and direction counts of matched pairs, on hand-made pairs."""

from __future__ import annotations

import pytest

from communique.evaluate import raw_from_gold, score
from communique.evaluate.fields import (
    FieldCounts,
    actor_class,
    location_class,
    participant_classes,
    place_named,
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
        "actors_other=0",
        "dateline_none=1  dateline_no_place=0  dateline_place=0",
        "wrong places by type: missing CONSULT 1",
        "wrong places, gold named: in_act_sentence=0  in_dateline=0  in_opening=0  "
        "in_document=0  not_named=1  not_known=0",
        "extra codes, named: by_person=0  in_act_sentence=0  in_document=0  not_named=1"]


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


@pytest.mark.parametrize(("partner", "expected"), [
    # the gold leaves out the state the act's sentence names
    ("Belarus", {"by_person": 0, "in_act_sentence": 1, "in_document": 0, "not_named": 0}),
    # … or the state only the official brings
    ("Belarusian Deputy Foreign Minister Sergei Aleinik",
     {"by_person": 1, "in_act_sentence": 0, "in_document": 0, "not_named": 0}),
])
def test_the_report_says_where_an_extra_code_came_from(
        extractor: Extractor, partner: str, expected: dict[str, int]) -> None:
    gold = GoldDocument.from_dict({
        "doc_id": "f4", "language": "en", "published": "2021-11-24", "published_given": True,
        "text": f"Russia held consultations on information security with {partner} in Minsk "
                "on Tuesday.",
        "events": [{"event_type": "CONSULT", "participants": ["RUS"]}]})
    report = score([gold], extractor.run([raw_from_gold(gold)]), same_person)
    assert report.to_dict()["overall"]["field_counts"]["extra_named"] == expected


def test_the_report_says_where_a_wrong_place_is_named(extractor: Extractor) -> None:
    """The agreement's gold place is named in its own sentence, where the coder takes another
    city of the same state; the talks' is one the gazetteer does not know. The dateline names
    a city the gazetteer knows."""
    gold = GoldDocument.from_dict({
        "doc_id": "f2", "language": "en", "published": "2021-11-23", "published_given": True,
        "text": "MINSK, Nov 23 (BelTA) - Russian and Belarusian diplomats held consultations "
                "on Tuesday. They agreed in Minsk to meet in Brest.",
        "events": [
            {"event_type": "CONSULT", "participants": ["RUS", "BLR"], "location": "Atlantis"},
            {"event_type": "AGREE", "participants": ["RUS", "BLR"], "location": "Brest"}]})
    report = score([gold], extractor.run([raw_from_gold(gold)]), same_person)
    counts = report.field_counts
    assert (counts.datelines["dateline_place"], dict(counts.place_types),
            dict(+counts.place_where)) == (
        1, {"other_state CONSULT": 1, "same_state AGREE": 1},
        {"not_known": 1, "in_act_sentence": 1})


@pytest.mark.parametrize(("gold", "expected"), [
    ("Minsk", "in_dateline"), ("Brest", "in_opening"), ("Grodno", "in_document"),
    ("Moscow", "not_named")])
def test_a_place_not_in_the_act_sentence_is_told_by_where_the_report_names_it(
        places: Gazetteer, gold: str, expected: str) -> None:
    def entry(name: str) -> str:
        place = places.place(name, "en")
        assert place is not None
        return place.entry_id

    result = DocumentResult("d3", "en", dateline_text="MINSK", dateline_place=entry("Minsk"),
                            opening_places=frozenset({entry("Brest")}),
                            document_places=frozenset({entry("Brest"), entry("Grodno")}))
    assert place_named(gold, "CONSULT", result, places) == expected
