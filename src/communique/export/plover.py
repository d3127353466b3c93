"""PLOVER JSON: one record per act (a linked event, as reviewed), one per line.

The field names are those of the PLOVER manual's "JSON Data Fields" chapter:
``id`` (the act id), ``date``/``enddate``, ``source`` and ``recipient`` (lists
of actor objects with ``code``, ``sector``, ``actor_text``, ``identifier_id``
(the Wikidata id), ``identifier_text`` (the canonical name), ``office``),
``event``, ``mode``, ``context`` (a list), ``quad_code``, ``event_loc`` (``name``,
``cc3``), ``event_text`` (the evidence of every report) and ``cite_info`` (one
entry per report). As in POLECAT, each record is one event with one type and
one mode, and each actor carries its ``country`` (ISO 3166 alpha-3). The manual
invites extra named fields; Communiqué adds ``reports`` (how many reports tell
of the act), ``review_status``, ``status`` (occurred / planned),
``date_precision``, ``forum``, ``outcomes``, ``confidence`` (the best report's),
``series_id`` and ``session``. The manual suggests one JSON record per line.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import IO, Any

import yaml

from communique.export.acts import Acts
from communique.export.formats import record_line
from communique.link import LinkedEvent
from communique.model import Actor
from communique.store import Store
from communique.version import __version__

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
    return {"code": actor.code, "country": actor.country, "sector": actor.sector,
            "actor_text": actor.text, "identifier_id": actor.wikidata,
            "identifier_text": actor.name, "office": actor.role}


def plover_record(linked: LinkedEvent, acts: Acts) -> dict[str, Any]:
    """One act, as reviewed, as a PLOVER JSON record citing every report of it."""
    event, location = linked.event, linked.event.location
    return {
        "id": linked.id,
        "date": event.date.start,
        "enddate": event.date.end,
        "source": [plover_actor(a) for a in event.actors],
        "recipient": [plover_actor(a) for a in event.recipients],
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.contexts),
        "quad_code": quad_codes().get(event.event_type),
        "event_loc": None if location is None else {
            "name": location.name, "cc3": location.country, "virtual": location.virtual},
        "event_text": [span.text for m in linked.mentions for span in m.evidence],
        "cite_info": [{"doc_id": m.doc_id, "event_id": m.event_id, "url": m.url,
                       "publication": m.source_name, "language": m.language,
                       "published": m.published} for m in linked.mentions],
        "coder": CODER,
        "codebook": "PLOVER",
        "reports": len(linked.mentions),
        "review_status": acts.status(linked),
        "status": event.status,
        "date_precision": event.date.precision,
        "forum": event.forum.name if event.forum else None,
        "outcomes": list(event.outcomes),
        "confidence": round(max((m.confidence for m in linked.mentions),
                                default=event.confidence), 3),
        "series_id": linked.series_id,
        "session": linked.session,
    }


def write_plover(store: Store, out: IO[bytes]) -> int:
    """Every act, as reviewed, as PLOVER JSON lines; returns the act count."""
    acts = Acts.load(store)
    return write_plover_acts(acts.linked, acts, out)


def write_plover_acts(linked: Iterable[LinkedEvent], acts: Acts, out: IO[bytes]) -> int:
    count = 0
    for act in linked:
        out.write((record_line(plover_record(act, acts)) + "\n").encode("utf-8"))
        count += 1
    return count
