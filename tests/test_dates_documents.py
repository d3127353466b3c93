"""Hand-written wire and ministry reports (tests/data/dates/): the lead act's date when the
input gives only URL and text, as in the evaluation (no publication date).

Each document shows one way English and Russian pages date themselves: agency datelines
with or without a year ("BEIJING, Nov. 23 (Xinhua) --", "МОСКВА, 23 ноября. /ТАСС/."),
header lines ("Published: 23 November 2021 12:04", "23.11.2021, 10:15", "2021-11-23T10:15"),
a release's date at the bottom, dates in the URL's path or query, a year given only by
the URL, a release with none whose year-less day takes the year of the act it recalls
("18 декабря … Соглашения, подписанного 27 января 2021 года"); and the act's own date
against that anchor (weekdays, "вчера", "earlier this month", "в минувшую пятницу",
"18 ноября").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import communique

DATA = Path(__file__).parent / "data" / "dates"


def _documents() -> list[dict[str, str]]:
    return [json.loads(line) for language in ("en", "ru")
            for line in (DATA / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _gold_form(date: dict[str, str | None]) -> str | None:
    start = date["start"]
    return start[:7] if start and date["precision"] == "month" else start


@pytest.mark.parametrize("document", _documents(), ids=lambda d: d["id"])
def test_dates_documents_lead_act_is_dated_from_the_page(document: dict[str, str]) -> None:
    record = communique.extract(document["text"], url=document["url"],
                                language=document["id"][:2])
    assert _gold_form(record["events"][0]["date"]) == document["date"]
