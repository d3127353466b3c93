"""The event record contract (``shared/spec/EVENTS.md``) as its JSON Schema, shipped so that
users and tests can validate records offline: ``communique.spec.schema()``.

The shipped file is a byte copy of ``shared/spec/event-record.schema.json``, the contract
the evaluation sets and other users validate against ("where the two disagree, the schema
wins"), so it is not rewritten from the code. ``derived_schema()`` is the schema pydantic
derives from ``communique.model``, the one declaration; ``tests/test_model_schema.py``
checks that it accepts and rejects exactly what the contract does.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from communique.model import DocumentRecord, contract_schema

FILE = "event-record.schema.json"


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one document record: the contract."""
    text = resources.files(__package__).joinpath(FILE).read_text("utf-8")
    return dict(json.loads(text))


def derived_schema() -> dict[str, Any]:
    """The JSON Schema of ``DocumentRecord`` as pydantic derives it from ``communique.model``,
    under the contract's header."""
    contract = schema()
    header = {key: contract[key] for key in ("$schema", "$id", "title")}
    return {**header, **contract_schema(DocumentRecord), "title": contract["title"]}
