"""The scorer's breakdown of event dates on matched pairs, on hand-made gold with known counts."""

from __future__ import annotations

import pytest

from communique.evaluate import raw_from_gold, score
from communique.evaluate.dates import date_class, date_flags, publication_classes
from communique.evaluate.report import ScoreReport
from communique.evaluate.scorer import DocumentResult, GoldDocument, GoldEvent, MatchedPair
from communique.extractor import Extractor
from communique.gazetteer.names import same_person


def pair(gold_date: str | None, predicted_date: str | None) -> MatchedPair:
    gold = GoldEvent("CONSULT", frozenset({"RUS", "IRN"}), date=gold_date)
    predicted = GoldEvent("CONSULT", frozenset({"RUS", "IRN"}), date=predicted_date)
    return MatchedPair(gold, predicted, 1.0)


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("2021-12-18", "2021-12-18", "exact"),
    (None, None, "exact"),
    ("2021-12", "2021-12-18", "within"),
    ("2021", "2021-12", "within"),
    ("2021-12-18", None, "predicted_missing"),
    (None, "2021-12-18", "gold_missing"),
    ("2021-12-18", "2021-12", "coarser"),
    ("2021-12-18", "2021", "coarser"),
    ("2021-12-17", "2021-12-18", "later_day"),
    ("2021-12-18", "2021-12-03", "earlier_day"),
    ("2021-12-18", "2021-11-18", "other_month"),
    ("2021-12", "2021-11-30", "other_month"),
    ("2021-12-18", "2020-12-18", "other_year"),
    ("2021-12-18", "2022", "other_year"),
])
def test_date_class_of_a_pair(gold: str | None, predicted: str | None, expected: str) -> None:
    assert date_class(gold, predicted) == expected


def result(published: str | None = "2021-12-18", dateline: str | None = None,
           found: str | None = "2021-12-18") -> DocumentResult:
    return DocumentResult("d", "ru", published=published, dateline=dateline,
                          found_published=found)


@pytest.mark.parametrize(("gold", "predicted", "document", "flags"), [
    # the report's day given to an act of the day before ("вчера" read against the wrong day)
    ("2021-12-17", "2021-12-18", result(), ["day_after", "is_publication"]),
    ("2021-12-17", "2021-12-18", result(published="2021-12-20", dateline="2021-12-18"),
     ["day_after", "is_dateline"]),
    # an undated act given the month of publication, its gold day that of publication
    ("2021-12-18", "2021-12", result(), ["gold_is_publication", "is_publication"]),
    # no date where no publication date was read
    ("2021-12-18", None, result(found=None), ["gold_is_publication", "unanchored"]),
    ("2021-12-10", None, result(), []),
    ("2021-11", "2021-12-18", result(published=None), []),
    ("2021-12", "2021-12-18", result(), []),
])
def test_date_flags_of_a_wrong_date(gold: str | None, predicted: str | None,
                                    document: DocumentResult, flags: list[str]) -> None:
    assert date_flags(gold, predicted, document) == flags


@pytest.mark.parametrize(("gold", "found", "year_named", "expected"), [
    ("2021-12-18", "2021-12-18", False, ["published_right"]),
    ("2021-12-18", "2021-12", False, ["published_month"]),
    ("2021-12-18", "2021-12-17", False, ["published_wrong"]),
    ("2021-12-18", "2021-11", False, ["published_wrong"]),
    ("2021-12-18", None, False, ["published_missed"]),
    ("2021-12-18", None, True, ["published_missed", "published_missed_year_named"]),
    (None, "2021-12-18", False, ["published_unknown"]),
])
def test_publication_classes(gold: str | None, found: str | None, year_named: bool,
                             expected: list[str]) -> None:
    assert publication_classes(gold, found, year_named) == expected


def test_report_counts_dates_per_language_in_json_and_text() -> None:
    report = ScoreReport()
    report.add(DocumentResult("ru-1", "ru", [pair("2021-12-17", "2021-12-18"),
                                             pair("2021-12-18", "2021-12-18")],
                              published="2021-12-18", found_published="2021-12-18"), same_person)
    report.add(DocumentResult("en-1", "en", [pair("2021-12-18", None)],
                              published="2021-12-18", year_named=True), same_person)
    data = report.to_dict()
    assert data["by_language"]["ru"]["dates"] == {
        "exact": 1, "within": 0, "predicted_missing": 0, "gold_missing": 0, "coarser": 0,
        "later_day": 1, "earlier_day": 0, "other_month": 0, "other_year": 0,
        "day_after": 1, "is_publication": 1, "is_dateline": 0, "gold_is_publication": 0,
        "unanchored": 0, "published_right": 1, "published_month": 0, "published_wrong": 0,
        "published_missed": 0, "published_missed_year_named": 0, "published_unknown": 0}
    overall = data["overall"]["dates"]
    assert (overall["exact"], overall["later_day"], overall["predicted_missing"],
            overall["unanchored"], overall["published_missed_year_named"]) == (1, 1, 1, 1, 1)
    lines = report.format_text(errors=False).splitlines()
    at = lines.index("date on matched pairs: classes; flags of the wrong dates; "
                     "publication dates read, per document")
    assert lines[at + 4].split() == [
        "en", "exact=0", "within=0", "predicted_missing=1", "gold_missing=0", "coarser=0",
        "later_day=0", "earlier_day=0", "other_month=0", "other_year=0"]
    assert lines[at + 5].split() == ["day_after=0", "is_publication=0", "is_dateline=0",
                                     "gold_is_publication=1", "unanchored=1"]
    assert lines[at - 2].startswith("  ru       participants=")


def test_score_reads_the_publication_and_dateline_the_extractor_found(
        extractor: Extractor) -> None:
    """A wire whose page states no publication: the dateline's day has no year and the
    ministry's act is left undated; the gold knows the day from the feed."""
    text = ("MOSCOW, December 18. /TASS/. Russia and Iran held consultations on international "
            "information security in Tehran, the Russian Foreign Ministry said.")
    gold = GoldDocument.from_dict({
        "doc_id": "tass-1", "language": "en", "published": "2021-12-18", "text": text,
        "events": [{"event_type": "CONSULT", "participants": ["RUS", "IRN"],
                    "date": "2021-12-18"}]})
    documents = extractor.run([raw_from_gold(gold)])
    dates = score([gold], documents).to_dict()["by_language"]["en"]["dates"]
    assert {name: count for name, count in dates.items() if count} == {
        "predicted_missing": 1, "gold_is_publication": 1, "unanchored": 1,
        "published_missed": 1}

