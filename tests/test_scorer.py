"""The scorer of spec section 4, on hand-made gold and predictions with known answers."""

from __future__ import annotations

import pytest

from communique.evaluate.report import ScoreReport
from communique.evaluate.scorer import (
    DocumentResult,
    GoldDocument,
    GoldEvent,
    date_within,
    field_scores,
    match_events,
    persons_jaccard,
    score_document,
)
from communique.gazetteer.names import same_person
from communique.model import Actor, DocumentRecord, Event, EventDate, Location, Source, Span


def gold(event_type: str, *codes: str, **fields: object) -> GoldEvent:
    return GoldEvent.from_dict({"event_type": event_type, "participants": list(codes), **fields})


def predicted(event_type: str, *codes: str, date: str | None = None, precision: str = "day",
              persons: tuple[str, ...] = (), location: Location | None = None,
              status: str = "occurred", mode: str | None = None) -> Event:
    actors = [Actor(c, c, "state", country=c) for c in codes]
    actors += [Actor(p, p, "person", country=codes[0] if codes else None) for p in persons]
    event_date = EventDate(date, date, precision if date else "unknown")  # type: ignore[arg-type]
    return Event("evt", event_type, mode=mode, actors=actors, date=event_date,
                 location=location, status=status,  # type: ignore[arg-type]
                 evidence=[Span(0, 1, "x")])


def test_scorer_matches_on_type_and_half_overlap() -> None:
    golds = [gold("CONSULT", "BLR", "RUS"), gold("SUPPORT", "BLR", "RUS")]
    preds = [GoldEvent.from_event(predicted("CONSULT", "BLR", "RUS", "USA")),
             GoldEvent.from_event(predicted("SUPPORT", "BLR", "KAZ", "UZB")),
             GoldEvent.from_event(predicted("AGREE", "BLR", "RUS"))]
    pairs, missed, spurious = match_events(golds, preds)
    assert [(p.gold.event_type, round(p.overlap, 3)) for p in pairs] == [("CONSULT", 0.667)]
    assert [e.event_type for e in missed] == ["SUPPORT"]
    assert sorted(e.event_type for e in spurious) == ["AGREE", "SUPPORT"]


def test_scorer_pairs_best_overlap_first_and_uses_each_event_once() -> None:
    golds = [gold("CONSULT", "RUS", "USA"), gold("CONSULT", "RUS", "USA", "UN")]
    preds = [GoldEvent.from_event(predicted("CONSULT", "RUS", "USA", "UN"))]
    pairs, missed, spurious = match_events(golds, preds)
    assert [sorted(p.gold.participants) for p in pairs] == [["RUS", "UN", "USA"]]
    assert [sorted(e.participants) for e in missed] == [["RUS", "USA"]]
    assert spurious == []


def test_scorer_breaks_ties_by_status_and_date() -> None:
    golds = [gold("AGREE", "ASEAN", "RUS", status="occurred", date="2021-01-26"),
             gold("AGREE", "ASEAN", "RUS", status="planned", date="2021")]
    preds = [GoldEvent.from_event(predicted("AGREE", "ASEAN", "RUS", date="2021", status="planned",
                                            precision="year")),
             GoldEvent.from_event(predicted("AGREE", "ASEAN", "RUS", date="2021-01-26"))]
    pairs, _, _ = match_events(golds, preds)
    assert sorted((p.gold.status, p.predicted.status) for p in pairs) == [
        ("occurred", "occurred"), ("planned", "planned")]


@pytest.mark.parametrize(("gold_date", "predicted_date", "right"), [
    ("2021-11-23", "2021-11-23", True),
    ("2021-11", "2021-11-23", True),
    ("2021", "2021-09", True),
    ("2021-11-23", "2021-11", False),
    ("2021-09", "2021", False),
    (None, None, True),
    (None, "2021", False),
])
def test_scorer_strict_date_rule(gold_date: str | None, predicted_date: str | None,
                                 right: bool) -> None:
    assert date_within(gold_date, predicted_date) is right


def test_scorer_persons_ignore_transliteration() -> None:
    value = persons_jaccard(["Sergei Aleinik", "Andrei Krutskikh"],
                            ["Sergej Alejnik", "Andrej Krutskich", "Vladimir Putin"], same_person)
    assert value == pytest.approx(2 / 3)


def test_scorer_field_scores_of_a_pair() -> None:
    g = gold("CONSULT", "BLR", "RUS", mode="visit", date="2021-11-23", location="Minsk",
             persons=["Sergei Aleinik"], contexts=["cyber", "diplomatic"])
    p = GoldEvent.from_event(predicted("CONSULT", "BLR", "RUS", date="2021-11-23",
                                       persons=("Sergej Alejnik",), mode="visit",
                                       location=Location("Minsk", "BLR")))
    pairs, _, _ = match_events([g], [p])
    scores = field_scores(pairs[0], same_person)
    assert scores == {"participants": 1.0, "actors": 1.0, "mode": 1.0, "date": 1.0,
                      "location": 1.0, "status": 1.0, "persons": 1.0, "contexts": 0.0}


def test_scorer_report_counts_documents_without_gold_events_as_false_positives() -> None:
    report = ScoreReport()
    negative = GoldDocument("neg", "en", [], {})
    record = DocumentRecord("neg", Source(language="en"),
                            events=[predicted("CONSULT", "USA", "JPN")])
    report.add(score_document(negative, record), same_person)
    positive = GoldDocument("pos", "de", [gold("CONSULT", "BLR", "RUS", date="2021-11-23")], {})
    record = DocumentRecord("pos", Source(language="de"),
                            events=[predicted("CONSULT", "BLR", "RUS", date="2021-11-23")])
    report.add(score_document(positive, record), same_person)
    data = report.to_dict()
    assert (data["overall"]["tp"], data["overall"]["fp"], data["overall"]["fn"]) == (1, 1, 0)
    assert data["overall"]["precision"] == 0.5
    assert data["by_language"]["de"]["f1"] == 1.0
    assert data["by_language"]["en"]["f1"] == 0.0
    assert data["overall"]["strict_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert data["documents"][0]["spurious"] == ["CONSULT JPN+USA date=None"]


def test_scorer_reports_mismatched_fields_per_document() -> None:
    report = ScoreReport()
    doc = GoldDocument("d", "ru", [gold("AGREE", "RUS", "USA", status="planned")], {})
    record = DocumentRecord("d", Source(language="ru"), events=[predicted("AGREE", "RUS", "USA")])
    result: DocumentResult = score_document(doc, record)
    report.add(result, same_person)
    mismatch = report.to_dict()["documents"][0]["mismatched"][0]
    assert mismatch["fields"] == {"status": {"gold": "planned", "predicted": "occurred"}}
    assert "mismatch  AGREE RUS+USA: status: gold planned / got occurred" in report.format_text()
