"""Exports an analyst can count: each report's row names its act, how many reports tell of
it and its review; the act-level formats have one row per act; dates are typed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from communique import open_store
from communique.export import export
from communique.serve.review import ReviewRequest, review_act
from communique.store import Store
from conftest import asean_ru_document, belta_document

MEETING = "lev-0fbe368af9b26c85"      # the Minsk consultations, told in German and English
PRAISE = "lev-799c9b0cb75773d7"       # the congratulation (German report only)
CALL = "lev-cb63f3c386556635"         # the Russia–ASEAN video conference


def _english_report() -> object:
    """A second report of the Minsk consultations, published a day later in English."""
    doc = belta_document()
    return replace(doc, doc_id="belta-en-1", url="https://eng.belta.by/1", language="en",
                   published=datetime(2021, 11, 25, 8, 0, 0), text=doc.text + " ",
                   original=doc.original + " ", events=[replace(doc.events[0],
                                                                id="evt-belta-en-consult")])


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """Three acts told by four reports; the call corrected, the praise confirmed."""
    with open_store(store_url) as opened:
        for doc in (belta_document(), _english_report(), asean_ru_document()):
            assert opened.write(doc).status == "stored"
        review_act(opened, "evt-asean-consult", ReviewRequest(
            action="correct", reviewer="Ana", mode="multilateral"), "Ana")
        review_act(opened, "evt-belta-support", ReviewRequest(
            action="confirm", reviewer="Ana"), "Ana")
        yield opened


def _bytes(store: Store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def _csv(store: Store, fmt: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_bytes(store, fmt).decode("utf-8"), newline="")))


def test_export_csv_rows_name_their_act_reports_and_review(store: Store) -> None:
    rows = _csv(store, "csv")
    assert [(r["doc_id"], r["act_id"], r["act_reports"], r["review_status"], r["mode"],
             r["date_start"], r["published"]) for r in rows] == [
        ("belta-de-1", MEETING, "2", "unreviewed", "visit", "2021-11-23",
         "2021-11-24T10:06:00"),
        ("belta-de-1", PRAISE, "1", "confirmed", "", "2021-11-23", "2021-11-24T10:06:00"),
        ("belta-en-1", MEETING, "2", "unreviewed", "visit", "2021-11-23",
         "2021-11-25T08:00:00"),
        ("ru-asean", CALL, "1", "corrected", "multilateral", "2021-09-23",
         "2021-09-23T00:00:00")]
    assert len({r["act_id"] for r in rows}) == 3


def test_export_parquet_types_dates_and_counts(store: Store) -> None:
    table = pq.read_table(io.BytesIO(_bytes(store, "parquet")))
    types = {name: table.schema.field(name).type for name in (
        "date_start", "date_end", "published", "act_reports", "act_id", "review_status")}
    assert types == {"date_start": pa.date32(), "date_end": pa.date32(),
                     "published": pa.timestamp("ms"), "act_reports": pa.int64(),
                     "act_id": pa.string(), "review_status": pa.string()}
    first = table.to_pylist()[0]
    assert (first["date_start"], first["published"], first["act_reports"]) == (
        date(2021, 11, 23), datetime(2021, 11, 24, 10, 6), 2)


def test_export_act_formats_have_one_row_per_act(store: Store) -> None:
    rows = _csv(store, "acts-csv")
    assert [(r["act_id"], r["reports"], r["review_status"], r["event_type"], r["mode"],
             r["date_start"], r["first_published"], r["languages"], r["doc_ids"])
            for r in rows] == [
        (CALL, "1", "corrected", "CONSULT", "multilateral", "2021-09-23",
         "2021-09-23T00:00:00", "ru", "ru-asean"),
        (MEETING, "2", "unreviewed", "CONSULT", "visit", "2021-11-23",
         "2021-11-24T10:06:00", "de; en", "belta-de-1; belta-en-1"),
        (PRAISE, "1", "confirmed", "SUPPORT", "", "2021-11-23", "2021-11-24T10:06:00", "de",
         "belta-de-1")]
    table = pq.read_table(io.BytesIO(_bytes(store, "acts-parquet")))
    assert (table.num_rows, table.schema.field("date_start").type,
            table.schema.field("first_published").type, table.schema.field("reports").type,
            table.column("doc_ids").to_pylist()[1]) == (
        3, pa.date32(), pa.timestamp("ms"), pa.int64(), ["belta-de-1", "belta-en-1"])


def test_export_plover_has_one_record_per_act_citing_each_report(store: Store) -> None:
    records = [json.loads(line) for line in _bytes(store, "plover").decode().splitlines()]
    assert [(r["id"], r["event"], r["mode"], r["reports"], r["review_status"],
             [c["doc_id"] for c in r["cite_info"]]) for r in records] == [
        (CALL, "CONSULT", "multilateral", 1, "corrected", ["ru-asean"]),
        (MEETING, "CONSULT", "visit", 2, "unreviewed", ["belta-de-1", "belta-en-1"]),
        (PRAISE, "SUPPORT", None, 1, "confirmed", ["belta-de-1"])]
    assert [a["country"] for a in records[0]["source"]] == ["RUS", None]


def test_export_every_act_level_count_agrees(store: Store) -> None:
    acts = {r["act_id"] for r in _csv(store, "csv")}
    linked = [json.loads(line)["id"] for line in _bytes(store, "events-jsonl").splitlines()]
    assert len(acts) == len(_csv(store, "acts-csv")) == len(linked) == 3
    assert acts == set(linked)
