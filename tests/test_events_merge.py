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


def _coded(text: str, language: str) -> list[tuple[str, str, list[str | None]]]:
    record = communique.extract(text, published="2021-11-24", language=language)
    return [(e["event_type"], e["status"], sorted(a["country"] or a["igo"] for a in e["actors"]))
            for e in record["events"]]


def test_events_merge_a_passive_agent_with_von_acts() -> None:
    assert _coded("Das Abkommen wurde am Montag von Deutschland und Frankreich unterzeichnet.",
                  "de") == [("SUPPORT", "occurred", ["DEU", "FRA"])]


def test_events_merge_wird_before_a_participle_is_the_passive_not_the_future() -> None:
    assert _coded("Der Antrag Serbiens wird von der EU begrüßt.", "de") == [
        ("SUPPORT", "occurred", ["EU"])]


def test_events_merge_wird_before_an_infinitive_is_the_future_of_the_active() -> None:
    assert _coded("Die EU wird den Antrag Serbiens begrüßen.", "de") == [
        ("AGREE", "planned", ["EU"])]


def _directed(text: str, language: str) -> list[tuple[str, list[str], list[str], int]]:
    record = communique.extract(text, published="2023-03-01", language=language)
    return [(e["event_type"], [a["country"] for a in e["actors"]],
             [a["country"] for a in e["recipients"]], len(e["evidence"]))
            for e in record["events"]]


def test_events_merge_a_headline_that_turns_a_cooperative_act_round_is_that_act() -> None:
    assert _directed(
        "Japan welcomes Australian support\n"
        "CANBERRA, February 28 (Reuters) - Australia on Tuesday expressed its support for Japan in "
        "the dispute over fishing rights, Foreign Minister Penny Wong said.", "en") == [
        ("SUPPORT", ["AUS"], ["JPN"], 2)]


def test_events_merge_a_german_headline_that_turns_support_round_is_that_act() -> None:
    assert _directed(
        "China begrüßt Russlands Unterstützung\n"
        "PEKING, 1. März – Russland hat am Mittwoch seine Unterstützung für China im Streit um "
        "Fischereirechte bekräftigt, sagte Außenminister Sergej Lawrow.", "de") == [
        ("SUPPORT", ["RUS"], ["CHN"], 2)]


def test_events_merge_a_headline_answer_to_a_hostile_act_is_an_act_of_its_own() -> None:
    assert _directed(
        "Estonia expels Russian diplomat\n"
        "TALLINN, February 28 - Russia expelled an Estonian diplomat on Tuesday. Estonia "
        "expelled a Russian diplomat in response on Wednesday.", "en") == [
        ("SANCTION", ["EST"], ["RUS"], 2), ("SANCTION", ["RUS"], ["EST"], 1)]
