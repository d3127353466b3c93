"""One event across many reports and languages; canonical actors; recurring mechanisms.

>>> from communique.link import iter_linked_events, linked_event, series
>>> for linked in iter_linked_events(store, code="ASEAN", min_mentions=2):
...     print(linked.id, linked.event.event_type, [m.doc_id for m in linked.mentions])

A store opened with ``communique.open_store`` (or given to ``with_linking``)
links each document in the transaction that stores it: linking is the store's
``on_stored`` hook. ``link_document`` and ``relink`` link on demand (a store
from before linking, a rebuild). See ``docs/linking.md``.
"""

from communique.link.actors import canonical_actor, wikidata_of
from communique.link.read import iter_linked_events, link_stats, linked_event, series
from communique.link.records import (
    ActorName,
    CanonicalActor,
    EventMention,
    LinkedEvent,
    RoleSeen,
    Series,
)
from communique.link.run import link_document, relink, unlinked_documents, with_linking

__all__ = [
    "ActorName", "CanonicalActor", "EventMention", "LinkedEvent", "RoleSeen", "Series",
    "canonical_actor", "iter_linked_events", "link_document", "link_stats", "linked_event",
    "relink", "series", "unlinked_documents", "wikidata_of", "with_linking",
]
