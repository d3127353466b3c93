"""Records are exactly the spec's: valid against its JSON Schema, keys in its order, and
read back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from communique.document import Document
from communique.model import DocumentRecord
from communique.spec import schema

GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="module")
def records(dev_documents: list[Document]) -> list[dict]:
    return [doc.record().to_dict() for doc in dev_documents]


def test_model_schema_every_dev_record_is_valid(records: list[dict]) -> None:
    validator = Draft202012Validator(schema())
    errors = {r["doc_id"]: [e.message for e in validator.iter_errors(r)] for r in records}
    assert {doc: found for doc, found in errors.items() if found} == {}
    assert len(records) == 46 and sum(len(r["events"]) for r in records) > 80


def test_model_schema_keys_follow_the_spec(records: list[dict]) -> None:
    record = next(r for r in records if r["doc_id"] == "seed-belta-de")
    assert list(record) == ["doc_id", "source", "title", "text_sha256", "events", "entities"]
    assert list(record["source"]) == ["name", "url", "language", "published", "dateline"]
    assert list(record["events"][0]) == [
        "id", "event_type", "mode", "contexts", "actors", "recipients", "date", "location",
        "status", "forum", "outcomes", "evidence", "confidence"]
    assert list(record["events"][0]["actors"][0]) == [
        "text", "name", "kind", "role", "country", "igo", "sector", "wikidata"]
    assert record["source"] == {"name": "BelTA", "url": None, "language": "de",
                                "published": "2021-11-24T10:06:00", "dateline": "MINSK"}


def test_model_schema_records_read_back_unchanged(records: list[dict]) -> None:
    for record in records:
        assert DocumentRecord.from_dict(record).to_dict() == record


def test_model_schema_rejects_a_record_without_evidence(records: list[dict]) -> None:
    broken = json.loads(json.dumps(records[0]))
    broken["events"][0]["evidence"] = []
    assert list(Draft202012Validator(schema()).iter_errors(broken))
