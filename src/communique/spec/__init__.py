"""The event record contract (``shared/spec/EVENTS.md``) as its JSON Schema, shipped so that
users and tests can validate records offline: ``communique.spec.schema()``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one document record."""
    text = resources.files(__package__).joinpath("event-record.schema.json").read_text("utf-8")
    return dict(json.loads(text))
