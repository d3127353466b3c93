"""PLOVER JSON: each event as the PLOVER data-interchange record, one per line.

The field names are those of the PLOVER manual's "JSON Data Fields" chapter:
``id``, ``date``/``enddate``, ``source`` and ``recipient`` (lists of actor
objects with ``code``, ``sector``, ``actor_text``, ``identifier_id`` (the
Wikidata id), ``identifier_text`` (the canonical name), ``office``), ``event``,
``mode`` and ``context`` (lists, as the manual allows), ``quad_code``,
``event_loc`` (``name``, ``cc3``), ``event_text`` (the evidence) and
``cite_info``. The manual invites extra named fields; Communiqué adds
``status`` (occurred / planned), ``date_precision``, ``forum``, ``outcomes``,
``confidence`` and ``doc_id``. The manual suggests one JSON record per line.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import IO, Any

import yaml

from communique import __version__
from communique.export.formats import record_line
from communique.export.reviewed import reviewed_events
from communique.model import Actor
from communique.store import Store, StoredEvent

CODER = f"communique {__version__}"


@cache
def _plover_data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data/plover.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def quad_codes() -> dict[str, int]:
    """PLOVER event type -> quad category (1–4), from ``data/plover.yaml``."""
    return {event_type: int(quad) for quad, types in _plover_data()["quad_codes"].items()
            for event_type in types}


def modes(event_type: str) -> tuple[str, ...]:
    """The modes an event of ``event_type`` may have, from ``data/plover.yaml``."""
    return tuple(_plover_data()["modes"].get(event_type, ()))


def plover_actor(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "sector": actor.sector, "actor_text": actor.text,
            "identifier_id": actor.wikidata, "identifier_text": actor.name,
            "office": actor.role}


def plover_record(stored: StoredEvent, title: str | None = None) -> dict[str, Any]:
    """One stored event as a PLOVER JSON record."""
    event, source = stored.event, stored.source
    location = event.location
    return {
        "id": event.id,
        "date": event.date.start,
        "enddate": event.date.end,
        "source": [plover_actor(a) for a in event.actors],
        "recipient": [plover_actor(a) for a in event.recipients],
        "event": [event.event_type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.contexts),
        "quad_code": quad_codes().get(event.event_type),
        "event_loc": None if location is None else {
            "name": location.name, "cc3": location.country, "virtual": location.virtual},
        "event_text": [span.text for span in event.evidence],
        "cite_info": {"url": source.url, "title": title, "language": source.language,
                      "publication": source.name, "published": source.published,
                      "coder": CODER, "codebook": "PLOVER"},
        "coder": CODER,
        "status": event.status,
        "date_precision": event.date.precision,
        "forum": event.forum.name if event.forum else None,
        "outcomes": list(event.outcomes),
        "confidence": round(event.confidence, 3),
        "doc_id": stored.doc_id,
    }


def write_plover(store: Store, out: IO[bytes]) -> int:
    """Every stored event, as reviewed, as PLOVER JSON lines; returns the event count."""
    return write_plover_events(reviewed_events(store), out)


def write_plover_events(events: Iterable[StoredEvent], out: IO[bytes],
                        titles: dict[str, str | None] | None = None) -> int:
    count = 0
    for stored in events:
        title = (titles or {}).get(stored.doc_id)
        out.write((record_line(plover_record(stored, title)) + "\n").encode("utf-8"))
        count += 1
    return count
