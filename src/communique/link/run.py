"""Linking stored documents: as each is written, or on demand (one, every one, those not linked).

``with_linking`` registers the linker as the store's ``on_stored`` hook, so
that ``Store.write`` links each document in the transaction that stores it; the
composition roots (the ``communique`` package's ``open_store``, the CLI) do so.
The other entry points serve the rest: a store written before linking existed (schema
version 1, migrated), a repair, or a rebuild after the linking rules changed.
Each document is linked in its own transaction, so an interrupted ``relink``
keeps what it finished and a second run completes it.
"""

from __future__ import annotations

from collections.abc import Iterator

from communique.errors import StoreError
from communique.link.linker import link_stored
from communique.store import Store

PAGE_SIZE = 1000


def with_linking(store: Store) -> Store:
    """``store``, linking each document it writes from now on (the ``on_stored`` hook)."""
    store.on_stored(link_stored)
    return store


def link_document(store: Store, doc_id: str) -> list[str]:
    """Link one stored document's events (again); returns the linked ids written."""
    rows = store.query("link_document_pk", {"doc_id": doc_id})
    if not rows:
        raise StoreError(f"there is no document {doc_id} in {store}; "
                         "`communique stats --documents` lists the stored ones")
    return store.run_write(f"document {doc_id} could not be linked (nothing was changed)",
                           link_stored, int(rows[0]["pk"]))


def _doc_ids(store: Store) -> Iterator[str]:
    after = 0
    while True:
        rows = store.query("link_document_pks_page", {"after": after, "limit": PAGE_SIZE})
        yield from (r["doc_id"] for r in rows)
        if len(rows) < PAGE_SIZE:
            return
        after = rows[-1]["pk"]


def relink(store: Store, *, fresh_vectors: bool = False) -> None:
    """Rebuild every link from the stored events.

    The result is what linking the documents one by one in any order gives:
    the same linked events, ids and memberships. Evidence vectors are kept
    unless ``fresh_vectors`` (after a change of how evidence is embedded).
    """
    tables = ["clear_linked_events", "clear_link_edges", "clear_link_keys",
              "clear_link_documents", "clear_actor_groups", "clear_actor_tokens"]
    with store.transaction():
        for name in tables + (["clear_link_vectors"] if fresh_vectors else []):
            store.execute(name)
    for doc_id in _doc_ids(store):
        link_document(store, doc_id)


def unlinked_documents(store: Store) -> int:
    """Stored documents whose events are not linked yet (a store from before linking)."""
    rows = store.query("unlinked_documents")
    return int(rows[0]["n"])
