"""Exports: PLOVER JSON, and filtered lists from the API in every format."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from communique import __version__, open_store
from communique.export import export
from communique.serve import create_app
from communique.store import Store
from conftest import asean_ru_document, belta_document, plain_document


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        for doc in (belta_document(), asean_ru_document(), plain_document("note", "None.")):
            opened.write(doc)
        yield opened


def test_serve_exports_plover_json_per_act(store: Store) -> None:
    out = io.BytesIO()
    assert export(store, "plover", out) == 3
    records = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert records[1] == {
        "id": "lev-0fbe368af9b26c85", "date": "2021-11-23", "enddate": "2021-11-23",
        "source": [{"code": "RUS", "country": "RUS", "sector": "GOV",
                    "actor_text": "Andrej Krutskich", "identifier_id": None,
                    "identifier_text": "Andrei Krutskikh",
                    "office": "Special Representative of the President"}],
        "recipient": [{"code": "BLR", "country": "BLR", "sector": "GOV",
                       "actor_text": "Sergej Alejnik", "identifier_id": None,
                       "identifier_text": "Sergei Aleinik",
                       "office": "Deputy Minister of Foreign Affairs"}],
        "event": "CONSULT", "mode": "visit", "context": ["cyber", "diplomatic"],
        "quad_code": 1,
        "event_loc": {"name": "Minsk", "cc3": "BLR", "virtual": False},
        "event_text": ["Am 23. November traf Sergej Alejnik",
                       "Während der interministeriellen Beratungen fand ein reger "
                       "Meinungsaustausch"],
        "cite_info": [{"doc_id": "belta-de-1", "event_id": "evt-belta-consult",
                       "url": "https://deu.belta.by/1", "publication": "BelTA",
                       "language": "de", "published": "2021-11-24T10:06:00"}],
        "coder": f"communique {__version__}", "codebook": "PLOVER", "reports": 1,
        "review_status": "unreviewed", "status": "occurred", "date_precision": "day",
        "forum": "Belarusian–Russian interministerial consultations on international "
                 "information security",
        "outcomes": [], "confidence": 0.91, "series_id": None, "session": None}
    assert [(r["id"], r["event"], r["quad_code"], r["mode"]) for r in records] == [
        ("lev-cb63f3c386556635", "CONSULT", 1, "phone"),
        ("lev-0fbe368af9b26c85", "CONSULT", 1, "visit"),
        ("lev-799c9b0cb75773d7", "SUPPORT", 1, None)]


def test_serve_exports_filtered_lists_in_every_format(store: Store) -> None:
    with TestClient(create_app(store, None)) as client:
        jsonl = client.get("/api/export?format=jsonl&type=SUPPORT")
        assert jsonl.headers["content-type"] == "application/x-ndjson"
        [record] = [json.loads(line) for line in jsonl.text.splitlines()]
        expected = belta_document().record().to_dict()
        assert record == {**expected, "events": [expected["events"][1]]}
        csv_text = client.get("/api/export?format=csv&code=BLR").text.splitlines()
        assert [line.split(",")[:6] for line in csv_text[1:]] == [
            ["belta-de-1", "evt-belta-consult", "lev-0fbe368af9b26c85", "1", "unreviewed",
             "CONSULT"],
            ["belta-de-1", "evt-belta-support", "lev-799c9b0cb75773d7", "1", "unreviewed",
             "SUPPORT"]]
        plover = client.get("/api/export?format=plover&language=de&type=CONSULT")
        [event] = [json.loads(line) for line in plover.text.splitlines()]
        assert (event["id"], event["reports"]) == ("lev-0fbe368af9b26c85", 1)
        acts = client.get("/api/export?format=acts-csv&code=BLR")
        assert acts.headers["content-disposition"] == 'attachment; filename="acts.csv"'
        assert [line.split(",")[:4] for line in acts.text.splitlines()[1:]] == [
            ["lev-0fbe368af9b26c85", "1", "unreviewed", "CONSULT"],
            ["lev-799c9b0cb75773d7", "1", "unreviewed", "SUPPORT"]]
        parquet = client.get("/api/export?format=parquet&q=videoconference+Камбоджа")
        assert parquet.headers["content-disposition"] == 'attachment; filename="events.parquet"'
        assert pq.read_table(io.BytesIO(parquet.content)).num_rows == 0
        assert client.get("/api/export?format=xml").status_code == 422
