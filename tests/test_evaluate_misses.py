"""The scorer's kinds of missed and spurious events, on hand-made results with known counts."""

from __future__ import annotations

from communique.evaluate import raw_from_gold, score
from communique.evaluate.misses import MissCounts, miss_kinds
from communique.evaluate.report import ScoreReport
from communique.evaluate.scorer import DocumentResult, GoldDocument, GoldEvent
from communique.extractor import Extractor
from communique.gazetteer.names import same_person


def event(event_type: str, *codes: str) -> GoldEvent:
    return GoldEvent(event_type, frozenset(codes))


def result(missed: list[GoldEvent], spurious: list[GoldEvent], matched: set[str] | None = None,
           triggers: set[str] | None = None, acts: set[str] | None = None) -> DocumentResult:
    return DocumentResult("d1", "de", [], missed, spurious, matched_types=frozenset(matched or ()),
                          trigger_types=frozenset(triggers or ()), act_types=frozenset(acts or ()))


def test_a_miss_and_a_spurious_event_of_one_type_sharing_a_side_are_wrong_sides() -> None:
    kinds, confusions, _, _ = miss_kinds(result([event("SANCTION", "EU", "RUS")],
                                             [event("SANCTION", "EU", "BLR", "RUS", "IRN")]))
    assert (dict(kinds), dict(confusions)) == ({"wrong_sides": 1, "not_in_gold": 0}, {})


def test_a_miss_and_a_spurious_event_with_matching_sides_are_wrong_type() -> None:
    kinds, confusions, unpaired, _ = miss_kinds(result([event("AGREE", "CHN", "RUS")],
                                                    [event("SUPPORT", "CHN", "RUS"),
                                                     event("CONSULT", "DEU", "FRA")]))
    assert (dict(kinds), dict(confusions), dict(unpaired)) == (
        {"wrong_type": 1, "not_in_gold": 1}, {"AGREE→SUPPORT": 1}, {"not_in_gold CONSULT": 1})


def test_each_spurious_event_pairs_with_one_miss_only() -> None:
    kinds = miss_kinds(result([event("ACCUSE", "RUS", "USA"), event("ACCUSE", "RUS", "GBR")],
                              [event("ACCUSE", "RUS", "USA", "GBR", "FRA")],
                              triggers={"ACCUSE"}, acts={"ACCUSE"})).kinds
    assert dict(kinds) == {"wrong_sides": 1, "no_sides": 1, "not_in_gold": 0}


def test_a_miss_left_over_is_told_by_where_its_type_was_lost() -> None:
    kinds, _, unpaired, _ = miss_kinds(result(
        [event("COERCE", "RUS", "LVA"), event("AGREE", "RUS", "LVA"),
         event("THREATEN", "RUS", "LVA"), event("REQUEST", "RUS", "LVA")],
        [], matched={"AGREE", "THREATEN", "REQUEST"}, triggers={"THREATEN", "REQUEST"},
        acts={"REQUEST"}))
    assert dict(kinds) == {"no_trigger": 1, "filtered": 1, "gated": 1, "no_sides": 1,
                           "not_in_gold": 0}
    assert dict(unpaired) == {"no_trigger COERCE": 1, "filtered AGREE": 1,
                              "gated THREATEN": 1, "no_sides REQUEST": 1}


def test_the_counts_add_up_over_documents_with_their_confusions() -> None:
    counts = MissCounts()
    counts.add(result([event("AGREE", "CHN", "RUS")], [event("SUPPORT", "CHN", "RUS")]))
    counts.add(result([], [event("CONSULT", "DEU", "FRA")]))
    assert counts.to_dict() == {"wrong_sides": 0, "wrong_type": 1, "no_trigger": 0,
                                "filtered": 0, "gated": 0, "no_sides": 0, "not_in_gold": 1,
                                "confusions": {"AGREE→SUPPORT": 1},
                                "unpaired": {"not_in_gold CONSULT": 1},
                                "lost_sides": {"in_act_sentence": 0, "in_document": 0,
                                               "not_named": 0}}
    assert counts.format_lines() == [
        "wrong_sides=0  wrong_type=1  no_trigger=0  filtered=0  gated=0  no_sides=0  "
        "not_in_gold=1  types: AGREE→SUPPORT 1", "by type: not_in_gold CONSULT 1"]


def test_the_extractor_run_tells_an_act_it_has_no_trigger_for(extractor: Extractor) -> None:
    gold = GoldDocument.from_dict({
        "doc_id": "m1", "language": "en", "published": "2021-11-23", "published_given": True,
        "text": "Russia and Belarus held consultations on information security in Minsk on "
                "Tuesday.",
        "events": [{"event_type": "CONSULT", "participants": ["RUS", "BLR"]},
                   {"event_type": "COERCE", "participants": ["RUS", "BLR"]}]})
    report: ScoreReport = score([gold], extractor.run([raw_from_gold(gold)]), same_person)
    assert report.to_dict()["overall"]["misses"] == {
        "wrong_sides": 0, "wrong_type": 0, "no_trigger": 1, "filtered": 0, "gated": 0,
        "no_sides": 0, "not_in_gold": 0, "confusions": {},
        "unpaired": {"no_trigger COERCE": 1},
        "lost_sides": {"in_act_sentence": 0, "in_document": 0, "not_named": 0}}


def test_a_lost_side_is_told_by_where_the_report_names_it() -> None:
    counts = MissCounts()
    no_sides = result([event("REQUEST", "RUS", "LVA")], [], matched={"REQUEST"},
                      triggers={"REQUEST"}, acts={"REQUEST"})
    no_sides.act_codes = {"REQUEST": frozenset({"RUS"})}
    no_sides.document_codes = frozenset({"RUS", "LVA"})
    counts.add(no_sides)
    counts.add(result([event("SANCTION", "EU", "RUS")], [event("SANCTION", "EU", "BLR")]))
    assert counts.lost == {"in_act_sentence": 1, "in_document": 1, "not_named": 1}
    assert counts.format_lines()[-1] == (
        "sides lost, named: in_act_sentence=1  in_document=1  not_named=1")
