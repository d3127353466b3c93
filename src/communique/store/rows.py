"""Rows in, model objects out: the mapping between the spec's types and the tables.

The write side flattens a ``Document`` into the parameter dicts of the
``insert_*`` queries (``DocumentWriter``, inside the transaction ``Store.write``
opened); the read side builds the spec's ``Source``, ``Event`` and ``Actor``
back from rows. The full event JSON is stored with each event, so an event read
back is exactly the event written.

Canonical actors: a state is its country code (``state:BLR``) whatever the
text calls it; any other actor is its kind, the code it acts for and its
canonical name with case, diacritics and spacing folded
(``person:RUS:sergei lavrov``), so "Sergei Lavrov" in a German and in an
English report are one row, while a namesake acting for another state is not.
The names each actor is seen under are kept as variants with their script and
the document's language.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from communique.document import Document
from communique.model import Actor, Event, Source
from communique.store.backends import Backend, Params, Row

# ISO 15924 codes of the scripts named in Unicode character names.
_SCRIPTS = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr",
    "ARMENIAN": "Armn", "GEORGIAN": "Geor", "DEVANAGARI": "Deva", "CJK": "Hani",
    "HIRAGANA": "Jpan", "KATAKANA": "Jpan", "HANGUL": "Hang", "THAI": "Thai",
}


def fold(name: str) -> str:
    """``name`` compared loosely: case, diacritics and runs of spaces folded."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def actor_key(actor: Actor) -> str:
    """The canonical key of ``actor``'s row in the ``actors`` table."""
    if actor.kind == "state" and actor.country:
        return f"state:{actor.country}"
    code = actor.igo if actor.kind == "igo" else (actor.country or actor.igo)
    return f"{actor.kind}:{code or '-'}:{fold(actor.name)}"


def script_of(text: str) -> str:
    """The ISO 15924 code of the script most letters of ``text`` are in (``Zyyy`` if none)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            family = unicodedata.name(ch, "UNKNOWN").split()[0]
            counts[_SCRIPTS.get(family, "Zzzz")] += 1
    return counts.most_common(1)[0][0] if counts else "Zyyy"


@dataclass
class StoredDocument:
    """A document row: its metadata, its original and its cleaned text."""

    doc_id: str
    url: str | None
    source_name: str | None
    language: str | None
    published: str | None
    dateline: str | None
    title: str | None
    original_text: str
    text: str
    text_sha256: str
    ingested_at: str
    origin: str | None
    warnings: list[str] = field(default_factory=list)

    @property
    def source(self) -> Source:
        return Source(self.source_name, self.url, self.language, self.published, self.dateline)


def document_params(doc: Document, backend: Backend) -> Params:
    return {
        "doc_id": doc.doc_id, "url": doc.url, "source_name": doc.source_name,
        "language": doc.language, "published": doc.published_iso, "dateline": doc.dateline,
        "title": doc.title, "original_text": doc.original, "text": doc.text,
        "text_sha256": doc.text_sha256,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "warnings": backend.json_param(list(doc.warnings)), "origin": doc.origin,
    }


def actor_params(actor: Actor) -> Params:
    return {"key": actor_key(actor), "name": actor.name, "kind": actor.kind,
            "country": actor.country, "igo": actor.igo, "wikidata": actor.wikidata}


def event_params(event: Event, document_pk: int, position: int, backend: Backend) -> Params:
    location = event.location
    forum = event.forum
    return {
        "document_pk": document_pk, "position": position, "event_id": event.id,
        "event_type": event.event_type, "mode": event.mode, "status": event.status,
        "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision, "date_text": event.date.text,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_virtual": location.virtual if location else None,
        "forum_name": forum.name if forum else None, "forum_id": forum.id if forum else None,
        "forum_session": forum.session if forum else None,
        "contexts": backend.json_param(list(event.contexts)),
        "confidence": event.confidence,
        "record": backend.json_param(event.to_dict()),
    }


def evidence_params(event: Event, event_pk: int) -> list[Params]:
    return [{"event_pk": event_pk, "position": i, "start_offset": span.start,
             "end_offset": span.end, "text": span.text}
            for i, span in enumerate(event.evidence)]


def stored_document(row: Row, backend: Backend) -> StoredDocument:
    ingested = row["ingested_at"]
    return StoredDocument(
        doc_id=row["doc_id"], url=row["url"], source_name=row["source_name"],
        language=row["language"], published=row["published"], dateline=row["dateline"],
        title=row["title"], original_text=row["original_text"], text=row["text"],
        text_sha256=row["text_sha256"],
        ingested_at=ingested.isoformat() if isinstance(ingested, datetime) else ingested,
        origin=row["origin"], warnings=list(backend.load_json(row["warnings"])),
    )


def source_of(row: Row) -> Source:
    return Source(row["source_name"], row["url"], row["language"], row["published"],
                  row["dateline"])


def event_of(row: Row, backend: Backend) -> Event:
    return Event.from_dict(backend.load_json(row["record"]))


def entity_of(row: Row) -> Actor:
    """A document-level entity: the mention's own fields with its canonical actor's."""
    return Actor(text=row["text"], name=row["name"], kind=row["kind"], role=row["role"],
                 country=row["country"], igo=row["igo"], sector=row["sector"],
                 wikidata=row["wikidata"], start=row["start_offset"], end=row["end_offset"])


def published_date(doc: Document) -> str | None:
    """The day a mention was seen: the document's publication date."""
    return doc.published.date().isoformat() if doc.published else None


CANONICAL_LANGUAGE = "und"   # the language recorded for an actor's canonical name


class DocumentWriter:
    """Writes the rows that hang off one stored document row.

    The document's actors and their names are upserted first, in key order:
    concurrent writers (PostgreSQL) then lock shared actor rows in the same
    order and cannot deadlock.
    """

    def __init__(self, backend: Backend, conn: Any) -> None:
        self.backend = backend
        self.conn = conn
        self._actor_pks: dict[str, int] = {}

    def write(self, doc: Document, document_pk: int) -> None:
        self._upsert_actors(doc)
        self._write_mentions(doc, document_pk)
        for position, event in enumerate(doc.events):
            self._write_event(event, document_pk, position)

    def _upsert_actors(self, doc: Document) -> None:
        actors: dict[str, Actor] = {}
        for actor in _actors_of(doc):
            actors.setdefault(actor_key(actor), actor)
        names: set[tuple[int, str, str]] = set()
        for key, actor in sorted(actors.items()):
            pk: int = self.backend.query(self.conn, "upsert_actor",
                                         actor_params(actor))[0]["pk"]
            self._actor_pks[key] = pk
            names.add((pk, " ".join(actor.name.split()), CANONICAL_LANGUAGE))
        for mention in doc.mentions:
            if mention.actor is not None:
                seen_as = " ".join((mention.normal or mention.actor.text).split())
                names.add((self._actor_pks[actor_key(mention.actor)], seen_as,
                           doc.language or "und"))
        rows = [{"actor_pk": pk, "name": name, "script": script_of(name), "language": language}
                for pk, name, language in sorted(names) if name]
        self.backend.execute_many(self.conn, "insert_actor_name", rows)

    def _write_mentions(self, doc: Document, document_pk: int) -> None:
        seen_on = published_date(doc)
        rows = [{"document_pk": document_pk, "actor_pk": self._actor_pks[actor_key(actor)],
                 "start_offset": actor.start, "end_offset": actor.end, "text": actor.text,
                 "role": actor.role, "sector": actor.sector, "seen_on": seen_on}
                for actor in (m.actor for m in doc.mentions) if actor is not None]
        self.backend.execute_many(self.conn, "insert_mention", rows)

    def _write_event(self, event: Event, document_pk: int, position: int) -> None:
        inserted = self.backend.query(self.conn, "insert_event",
                                      event_params(event, document_pk, position, self.backend))
        event_pk = inserted[0]["pk"]
        self.backend.execute_many(self.conn, "insert_evidence", evidence_params(event, event_pk))
        participants = [{"event_pk": event_pk, "actor_pk": self._actor_pks[actor_key(actor)],
                         "side": side, "position": i, "text": actor.text, "role": actor.role}
                        for side, actors in (("actor", event.actors),
                                             ("recipient", event.recipients))
                        for i, actor in enumerate(actors)]
        self.backend.execute_many(self.conn, "insert_participant", participants)


def _actors_of(doc: Document) -> Iterator[Actor]:
    """Every actor a document's rows refer to: its mentions' and its events' sides."""
    for mention in doc.mentions:
        if mention.actor is not None:
            yield mention.actor
    for event in doc.events:
        yield from event.actors
        yield from event.recipients
