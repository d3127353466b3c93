"""One act per event (spec section 3): acts are merged only with the same direction."""

from __future__ import annotations

import communique


def test_events_merge_acts_of_opposite_direction_stay_two() -> None:
    record = communique.extract(
        "MOSCOW, November 23 - Russia summoned the Estonian ambassador on Tuesday. "
        "Estonia summoned the Russian ambassador on Tuesday.", published="2021-11-24",
        language="en")
    assert [(e["event_type"], [a["country"] for a in e["actors"]],
             [a["country"] for a in e["recipients"]], e["date"]["start"])
            for e in record["events"]] == [("ACCUSE", ["RUS"], ["EST"], "2021-11-23"),
                                           ("ACCUSE", ["EST"], ["RUS"], "2021-11-23")]


def test_events_merge_reports_of_one_act_in_the_same_direction_are_one() -> None:
    record = communique.extract(
        "MOSCOW, November 23 - Russia summoned the Estonian ambassador on Tuesday. "
        "The Estonian ambassador was handed a note of protest by Russia.",
        published="2021-11-24", language="en")
    assert [(e["event_type"], [a["country"] for a in e["actors"]],
             [a["country"] for a in e["recipients"]], len(e["evidence"]))
            for e in record["events"]] == [("ACCUSE", ["RUS"], ["EST"], 2)]
