"""Exports: JSON Lines records, CSV and Parquet event rows, written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from communique import open_store
from communique.errors import UnknownFormatError
from communique.export import export, export_to_path, formats
from communique.export.formats import COLUMNS
from communique.store import Store
from conftest import asean_ru_document, belta_document, plain_document

BELTA_CONSULT_ROW = {
    "doc_id": "belta-de-1", "event_id": "evt-belta-consult", "act_id": "lev-0fbe368af9b26c85",
    "act_reports": 1, "review_status": "unreviewed", "event_type": "CONSULT",
    "mode": "visit", "date_start": date(2021, 11, 23), "date_end": date(2021, 11, 23),
    "date_precision": "day", "date_text": "Am 23. November", "location_name": "Minsk",
    "location_country": "BLR", "location_virtual": False, "status": "occurred",
    "forum_name": "Belarusian–Russian interministerial consultations on international "
                  "information security",
    "actor_codes": ["RUS"], "actor_names": ["Andrei Krutskikh"],
    "recipient_codes": ["BLR"], "recipient_names": ["Sergei Aleinik"],
    "persons": ["Andrei Krutskikh", "Sergei Aleinik"], "contexts": ["cyber", "diplomatic"],
    "outcomes": [], "confidence": 0.91,
    "evidence_text": "Am 23. November traf Sergej Alejnik … Während der interministeriellen "
                     "Beratungen fand ein reger Meinungsaustausch",
    "source_url": "https://deu.belta.by/1", "source_name": "BelTA", "language": "de",
    "published": datetime(2021, 11, 24, 10, 6),
}


@pytest.fixture
def filled_store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as store:
        for doc in (belta_document(), asean_ru_document(),
                    plain_document("note", "No events.")):
            store.write(doc)
        yield store


def _export_bytes(store: Store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def test_export_jsonl_writes_one_spec_record_per_document(filled_store: Store) -> None:
    lines = _export_bytes(filled_store, "jsonl").decode("utf-8").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0]) == belta_document().record().to_dict()
    assert json.loads(lines[1]) == asean_ru_document().record().to_dict()
    assert "Сыромолотов" in lines[1]          # UTF-8 kept readable, not \\u-escaped
    assert json.loads(lines[2])["events"] == []


def test_export_csv_writes_one_flat_row_per_event(filled_store: Store) -> None:
    text = _export_bytes(filled_store, "csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["doc_id"], r["event_type"]) for r in rows] == [
        ("belta-de-1", "CONSULT"), ("belta-de-1", "SUPPORT"), ("ru-asean", "CONSULT")]
    expected = {key: ("; ".join(value) if isinstance(value, list) else
                      "false" if value is False else
                      value.isoformat() if isinstance(value, date) else str(value))
                for key, value in BELTA_CONSULT_ROW.items()}
    assert rows[0] == expected
    asean = rows[2]
    assert (asean["actor_codes"], asean["recipient_codes"], asean["location_virtual"],
            asean["location_name"], asean["persons"]) == ("RUS; ASEAN", "", "true", "", "")


def test_export_parquet_keeps_types_and_lists(filled_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export_to_path(filled_store, "parquet", path) == 3
    table = pq.read_table(path)
    assert table.schema.field("actor_codes").type == pa.list_(pa.string())
    assert table.schema.field("location_virtual").type == pa.bool_()
    assert table.schema.field("confidence").type == pa.float64()
    rows = table.to_pylist()
    assert rows[0] == BELTA_CONSULT_ROW
    assert rows[2]["actor_codes"] == ["RUS", "ASEAN"]
    assert rows[2]["location_virtual"] is True


def test_export_of_an_empty_store_has_the_columns_and_no_rows(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "empty.db")) as store:
        assert _export_bytes(store, "jsonl") == b""
        header = _export_bytes(store, "csv").decode("utf-8")
        assert header.strip() == ",".join(COLUMNS)
        assert export_to_path(store, "parquet", tmp_path / "e.parquet") == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert (table.num_rows, table.column_names) == (0, list(COLUMNS))


def test_export_to_path_leaves_no_file_when_it_fails(
        filled_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnknownFormatError, match="unknown export format 'xlsx'; choose one "
                                                 "of jsonl, csv, parquet"):
        export_to_path(filled_store, "xlsx", out / "events.xlsx")
    calls: list[object] = []

    def fails_on_the_second_row(stored: object, *context: object) -> dict[str, object]:
        calls.append(stored)
        if len(calls) > 1:
            raise OSError("No space left on device")
        return BELTA_CONSULT_ROW

    monkeypatch.setattr(formats, "flat_row", fails_on_the_second_row)
    with pytest.raises(OSError, match="No space left"):
        export_to_path(filled_store, "csv", out / "events.csv")
    assert list(out.iterdir()) == []
