"""Records are exactly the spec's: valid against its JSON Schema, keys in its order, and
read back unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from communique.document import Document
from communique.model import DocumentRecord
from communique.spec import FILE, derived_schema, schema

GOLD = Path(__file__).parent / "data" / "gold"
CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "spec" / FILE
# Values put in every place of a record to break it: each JSON type, the edges of the
# contract's ranges (offsets >= 0, confidence 0..1) and strings that pass or fail its
# patterns (codes, Wikidata ids) and enums.
BREAKERS: tuple[Any, ...] = (None, True, 0, -1, 2, 0.5, "", "x", "blr", "BLR", "Q1", "day",
                             "CONSULT", "person", [], {})


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


def broken(value: Any) -> Iterator[Any]:
    """``value`` with one place changed: each key dropped, each value replaced by each of
    ``BREAKERS``, recursively."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield {k: v for k, v in value.items() if k != key}
            for other in (*BREAKERS, *broken(item)):
                yield {**value, key: other}
    elif isinstance(value, list):
        for index, item in enumerate(value):
            for other in (*BREAKERS, *broken(item)):
                yield [*value[:index], other, *value[index + 1:]]


def sample(records: list[dict]) -> dict:
    """One dev record cut to the smallest that holds every field of the contract with a
    value: an event with a location, a forum, an actor and a recipient, and two entities
    with offsets, one with a Wikidata id (each record validated costs; one is enough)."""
    event = next(e for r in records for e in r["events"]
                 if e["location"] and e["forum"] and e["actors"] and e["recipients"])
    with_id = next(a for r in records for a in r["entities"] if a["wikidata"])
    return {**records[0], "entities": [records[0]["entities"][0], with_id],
            "events": [{**event, "actors": event["actors"][:1],
                        "recipients": event["recipients"][:1], "evidence": event["evidence"][:1]}]}


def test_model_schema_derived_accepts_and_rejects_what_the_contract_does(
        records: list[dict]) -> None:
    contract, derived = Draft202012Validator(schema()), Draft202012Validator(derived_schema())
    assert all(derived.is_valid(r) for r in records)
    variants = list(broken(sample(records)))
    wanted = [contract.is_valid(variant) for variant in variants]
    assert [v for v, want in zip(variants, wanted, strict=True)
            if derived.is_valid(v) != want] == []
    assert wanted.count(False) > 800    # most variants do break the contract (896 of 1,385)


def test_model_schema_shipped_contract_is_the_shared_one() -> None:
    if not CONTRACT.exists():
        pytest.skip(f"no {CONTRACT} beside this clone")
    shipped = Path(__file__).resolve().parents[1] / "src" / "communique" / "spec" / FILE
    assert shipped.read_bytes() == CONTRACT.read_bytes()
