"""The store's events as analysts reviewed them, for every export.

Reviews are kept beside the extraction (``event_reviews``, migration
``003_review``): an export reads the extracted records and puts each reviewed
event's analyst version in place of the extracted one, leaving out the events
an analyst deleted. Reviews are few (people write them), so they are read
once into memory and the records still stream page by page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from communique.link import LinkedEvent, iter_linked_events
from communique.model import DocumentRecord, Event
from communique.store import Store, StoredEvent


@dataclass(frozen=True)
class Reviewed:
    verdict: str
    event: Event


def load_reviews(store: Store) -> dict[tuple[str, str], Reviewed]:
    """Every review, by (doc_id, event_id)."""
    return {(r["doc_id"], r["event_id"]): Reviewed(
        r["verdict"], Event.from_dict(store.load_json(r["record"])))
        for r in store.query("all_reviews")}


def apply(doc_id: str, events: Iterable[Event],
          reviews: dict[tuple[str, str], Reviewed]) -> list[Event]:
    """``events`` of document ``doc_id`` as reviewed: corrected, confirmed, or left out."""
    out: list[Event] = []
    for event in events:
        review = reviews.get((doc_id, event.id))
        if review is None:
            out.append(event)
        elif review.verdict != "deleted":
            out.append(review.event)
    return out


def reviewed_records(store: Store) -> Iterator[DocumentRecord]:
    """Every stored document's spec record with its events as reviewed."""
    reviews = load_reviews(store)
    for record in store.iter_records():
        if reviews:
            record = replace(record, events=apply(record.doc_id, record.events, reviews))
        yield record


def reviewed_events(store: Store) -> Iterator[StoredEvent]:
    """Every stored event as reviewed, deleted ones left out, in storage order."""
    reviews = load_reviews(store)
    for stored in store.iter_events():
        for event in apply(stored.doc_id, [stored.event], reviews):
            yield StoredEvent(stored.doc_id, stored.source, event)


def reviewed_linked(linked: LinkedEvent,
                    reviews: dict[tuple[str, str], Reviewed]) -> LinkedEvent | None:
    """A linked event as reviewed: the analyst's event in place of the reconciled one
    (id kept, evidence left with the reports), deleted reports left out; None when an
    analyst deleted every report of it."""
    found = {(m.doc_id, m.event_id): reviews[(m.doc_id, m.event_id)] for m in linked.mentions
             if (m.doc_id, m.event_id) in reviews}
    if not found:
        return linked
    mentions = [m for m in linked.mentions
                if (m.doc_id, m.event_id) not in found
                or found[(m.doc_id, m.event_id)].verdict != "deleted"]
    if not mentions:
        return None
    live = [review.event for review in found.values() if review.verdict != "deleted"]
    event = replace(live[0], id=linked.id, evidence=[]) if live else linked.event
    return replace(linked, event=event, mentions=mentions)


def reviewed_linked_events(store: Store, **filters: str) -> Iterator[LinkedEvent]:
    """``link.iter_linked_events`` with every act as analysts reviewed it."""
    reviews = load_reviews(store)
    for linked in iter_linked_events(store, **filters):
        found = reviewed_linked(linked, reviews) if reviews else linked
        if found is not None:
            yield found
