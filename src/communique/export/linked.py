"""The ``events-jsonl`` export: one linked event per line, with every report of it.

Each line is the reconciled event in the spec's fields (``shared/spec/EVENTS.md``
section 2, its ``id`` being the linked id and its evidence empty), then
``mentions`` (document, event id, source, language, publication, evidence
spans and confidence of each report, in publication order), ``series_id``,
``session`` and ``fulfils``. Acts are written as analysts reviewed them; the
per-document ``jsonl`` export is unchanged.
"""

from __future__ import annotations

import json
from typing import IO

from communique.export.reviewed import reviewed_linked_events
from communique.store import Store


def write_events_jsonl(store: Store, out: IO[bytes]) -> int:
    """Every linked event, as reviewed, as one JSON line; returns how many were written."""
    count = 0
    for linked in reviewed_linked_events(store):
        out.write((json.dumps(linked.to_dict(), ensure_ascii=False) + "\n").encode("utf-8"))
        count += 1
    return count
