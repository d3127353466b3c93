"""Publication dates read from page text as analysts paste it, and the event dates that hang
on them (tests/data/dates/pages.jsonl: 43 English, Russian and German page heads and leads,
written from the formats of ministries, agencies and governments, not from gold texts).

Each form has its rule: ordinal and hyphenated days ("18th December 2021", "18-Dec-2021"),
a date line that ends in its credit ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi"), a line
of short fields ("Source: Xinhua| 2021-12-18 14:35:12|Editor: huaxia"), a page whose only
date is an update or a weekday render, a lead that opens with its date, a year-less
dateline completed from a month the report names, and, with no date on the page,
the latest day the lead tells of.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from communique.clean import prepare
from communique.clean.dates import find_dates
from communique.clean.lines import LineJudge
from communique.document import RawDocument
from communique.extractor import Extractor
from communique.nlp.dates import resolve_times

PAGES = Path(__file__).parent / "data" / "dates" / "pages.jsonl"
MIN_PAIRED = 25     # of the 35 expected acts, the coder found 29 with their type (2026-12-06)


def _pages() -> list[dict]:
    return [json.loads(line) for line in PAGES.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _published(text: str, url: str | None = None) -> str | None:
    document = prepare(RawDocument(text, "text", "page", url))[0]
    if document.published is None:
        return None
    day = document.published.date().isoformat()
    return day[:7] if document.published_precision == "month" else day


@pytest.mark.parametrize(("text", "expected"), [
    ("18th December 2021", "2021-12-18T00:00"),
    ("18-Dec-2021", "2021-12-18T00:00"),
    ("1st March 2020, 10:15", "2020-03-01T10:15"),
    ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi", "2021-12-18T16:35"),
    ("2-März 2020", "2020-03-02T00:00"),
])
def test_find_dates_reads_ordinal_and_hyphenated_days(text: str, expected: str) -> None:
    assert [hit.value.isoformat(timespec="minutes") for hit in find_dates(text)] == [expected]


@pytest.mark.parametrize(("line", "expected"), [
    ("Posted On: 18 DEC 2021 4:35PM by PIB Delhi", ["2021-12-18"]),
    ("Posted on December 18, 2021 by Embassy Press Office", ["2021-12-18"]),
    ("Source: Xinhua| 2021-12-18 14:35:12|Editor: huaxia", ["2021-12-18"]),
    ("Press release | 18 December 2021 | Ministry of Foreign Affairs", ["2021-12-18"]),
    ("By John Smith | December 18, 2021", ["2021-12-18"]),
    # a credit is short, a sentence is not a field: these lines stay text
    ("18 December 2021 by the ministers of the two countries meeting in the capital city", []),
    ("Talks | were held on 18 December 2021 in Geneva between the ministers of both sides", []),
])
def test_date_line_with_credit_or_fields(line: str, expected: list[str]) -> None:
    assert [hit.value.date().isoformat() for hit in LineJudge().date_line(line)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an update date alone is the nearest day a page gives
    ("Ministry statement\nUpdated: 18.12.2021\n\nThe Ministry of Foreign Affairs of Lithuania "
     "summoned the Belarusian charge d'affaires on Wednesday.", "2021-12-18"),
    # … but a publication date beside it wins
    ("Ministry statement\nUpdated: 20.12.2021\nPublished: 18.12.2021\n\nThe Ministry of "
     "Foreign Affairs of Lithuania summoned the Belarusian charge d'affaires.", "2021-12-18"),
    # a weekday date beside a short headline (read as a render date) when there is no other
    ("Переговоры в Женеве\nсуббота, 18 декабря 2021\n\nЗаместитель министра иностранных дел "
     "России провел в пятницу консультации с представителями США.", "2021-12-18"),
    # a lead that opens with its date
    ("December 18, 2021 - Russian Foreign Minister Sergei Lavrov held talks on Thursday with "
     "his Egyptian counterpart in Moscow. The ministers discussed Libya.", "2021-12-18"),
    ("Лавров провел переговоры с министром\n\n18 декабря 2021 г. Министр иностранных дел "
     "России Сергей Лавров провел в четверг переговоры с министром иностранных дел Египта.",
     "2021-12-18"),
    # a year-less dateline takes the year of a month the report tells of
    ("MOSCOW, December 18. /TASS/. Russian Foreign Minister Sergei Lavrov held talks on "
     "Thursday with his Egyptian counterpart. In May 2021 the sides agreed to resume flights.",
     "2021-12-18"),
    # no date on the page: the latest day the lead tells of
    ("Russian Foreign Minister Sergei Lavrov held talks on 16 December 2021 with his "
     "Egyptian counterpart in Moscow, after a call on 3 December 2021.\n\n"
     "They last met on 3 May 2022 in Cairo.", "2021-12-16"),
    # … and none when the lead tells of no day
    ("Russian Foreign Minister Sergei Lavrov held talks with his Egyptian counterpart.\n\n"
     "They last met on 3 May 2020 in Cairo.", None),
])
def test_publication_read_from_page_text(text: str, expected: str | None) -> None:
    assert _published(text) == expected


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p["doc_id"])
def test_pages_publication_date(page: dict) -> None:
    assert _published(page["text"]) == page["published"]


def test_pages_event_dates(extractor: Extractor) -> None:
    """Every expected act the coder finds with its type has the expected date (which types
    it finds is the triggers' concern, not the dates')."""
    paired, wrong = 0, []
    for page in _pages():
        raw = RawDocument(page["text"], "text", page["doc_id"], language=page["language"])
        found = [(event.event_type, event.date.gold_form() if event.date else None)
                 for doc in extractor.run([raw]) for event in doc.events]
        for gold in page["events"]:
            dates = [date for kind, date in found if kind == gold["event_type"]]
            if dates:
                paired += 1
                if gold["date"] not in dates:
                    wrong.append((page["doc_id"], gold["event_type"], gold["date"], dates))
    assert wrong == []
    assert paired >= MIN_PAIRED


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the tense of a date's own part of the sentence, not of the quotation after a colon
    ("de", "Zu Besuch in Sarajevo stellte Kurz am Donnerstag klar: Wir koppeln die Hilfe an "
     "Reformen, denn anders wird sich das Land nicht entwickeln.", "2015-06-18"),
    ("de", "Kurz wird am Donnerstag nach Sarajevo reisen.", "2015-06-25"),
    ("ru", "Лавров в четверг заявил: «Мы проведем встречу в Москве».", "2015-06-18"),
    ("en", "The minister will travel to Sarajevo on Thursday, the ministry said.", "2015-06-25"),
])
def test_weekday_tense_read_from_its_part_of_the_sentence(language: str, text: str,
                                                          expected: str) -> None:
    friday = date(2015, 6, 19)
    assert [t.date_start.isoformat() for t in resolve_times(text, language, friday)
            if t.date_start] == [expected]
