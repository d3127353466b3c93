"""Linking inside the store: written with the document or not at all, concurrent writers,
and stores from before linking existed."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from communique import open_store
from communique import store as store_module
from communique.document import Document
from communique.link import (
    iter_linked_events,
    link_document,
    link_stats,
    linked_event,
    unlinked_documents,
    with_linking,
)
from communique.model import Actor, Event, EventDate, Span
from communique.store import SQLiteBackend
from communique.store.backends import migrate
from communique.store.rows import DocumentWriter, document_params
from conftest import asean_ru_document, belta_document


def second_report(doc: Document, doc_id: str, published: datetime) -> Document:
    """Another outlet's report of the same act: the same story, its own id and text."""
    events = [replace(event, id=f"{event.id}-{doc_id}") for event in doc.events]
    return replace(doc, doc_id=doc_id, text=doc.text + "\n\nQuelle: " + doc_id,
                   original=doc.original + doc_id, url=f"https://example.org/{doc_id}",
                   published=published, events=events)


def test_link_store_write_links_two_reports_of_one_meeting(store_url: str) -> None:
    first = belta_document()
    with open_store(store_url) as store:
        store.write(first)
        store.write(second_report(first, "mfa-by-1", datetime(2021, 11, 23, 18, 0)))
        consult = linked_event(store, "evt-belta-consult")
        assert consult is not None
        assert [m.doc_id for m in consult.mentions] == ["mfa-by-1", "belta-de-1"]
        assert linked_event(store, "evt-belta-consult-mfa-by-1") == consult
        assert link_stats(store) == {"linked_events": 2, "reported_more_than_once": 2,
                                     "mentions": 4, "series": 0, "fulfilled_plans": 0}


def test_link_store_links_only_where_a_root_registered_the_hook(store_url: str) -> None:
    with store_module.open_store(store_url) as bare:
        assert bare.write(belta_document()).status == "stored"
        assert list(iter_linked_events(bare)) == []
        assert unlinked_documents(bare) == 1
    with with_linking(store_module.open_store(store_url)) as linking:
        linking.write(second_report(belta_document(), "mfa-by-1", datetime(2021, 11, 23, 18)))
        assert unlinked_documents(linking) == 1
        assert sorted(m.doc_id for linked in iter_linked_events(linking)
                      for m in linked.mentions) == ["mfa-by-1", "mfa-by-1"]


def test_link_store_failed_linking_stores_nothing(store_url: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("power cut while linking")

    monkeypatch.setattr("communique.link.linker.group_actors", broken)
    with open_store(store_url) as store:
        with pytest.raises(RuntimeError, match="power cut"):
            store.write(belta_document())
        assert store.get_document("belta-de-1") is None
        assert list(iter_linked_events(store)) == []
        monkeypatch.undo()
        assert store.write(belta_document()).status == "stored"
        assert len(list(iter_linked_events(store))) == 2


def _call_report(doc_id: str, sides: list[Actor], published: datetime) -> Document:
    """A report of the Lukashenko–Putin call of 2021-11-23 that shares no actor row with
    another report naming the states instead of the persons."""
    text = f"Am 23. November telefonierten die Präsidenten von Belarus und Russland. ({doc_id})"
    call = Event(f"evt-call-{doc_id}", "CONSULT", "phone", actors=sides[:1],
                 recipients=sides[1:], date=EventDate("2021-11-23", "2021-11-23", "day"),
                 evidence=[Span(0, 62, text[:62])], confidence=0.9)
    return Document(doc_id=doc_id, original=text, text=text, language="de",
                    published=published, origin=doc_id, events=[call])


def test_link_store_concurrent_writers_still_meet(store_url: str) -> None:
    states = [Actor("Belarus", "Belarus", "state", country="BLR"),
              Actor("Russland", "Russia", "state", country="RUS")]
    persons = [Actor("Lukaschenko", "Alexander Lukashenko", "person", country="BLR"),
               Actor("Putin", "Vladimir Putin", "person", country="RUS")]
    reports = [_call_report("belta-call", states, datetime(2021, 11, 23, 20, 0)),
               _call_report("tass-call", persons, datetime(2021, 11, 23, 21, 0))]
    stores = [open_store(store_url) for _ in reports]
    start = threading.Barrier(len(reports))

    def write(index: int) -> None:
        start.wait()
        stores[index].write(reports[index])

    threads = [threading.Thread(target=write, args=(i,)) for i in range(len(reports))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    call = linked_event(stores[0], "evt-call-belta-call")
    assert call is not None
    assert [m.doc_id for m in call.mentions] == ["belta-call", "tass-call"]
    for store in stores:
        store.close()


def test_link_store_from_before_linking_is_linked_on_demand(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    backend = SQLiteBackend(path)
    conn = backend.connect()
    no_steps = tmp_path / "no-steps"
    no_steps.mkdir()
    assert migrate(backend, conn, no_steps) == 1             # a store of schema version 1
    for pk, doc in enumerate((belta_document(), asean_ru_document()), 1):
        with backend.transaction(conn):
            backend.query(conn, "insert_document", document_params(doc, backend))
            DocumentWriter(backend, conn).write(doc, pk)
    conn.close()
    with open_store(str(path)) as store:                     # migrated to the newest version
        assert unlinked_documents(store) == 2
        assert list(iter_linked_events(store)) == []
        assert len(link_document(store, "ru-asean")) == 1
        assert link_document(store, "ru-asean") == link_document(store, "ru-asean")
        assert unlinked_documents(store) == 1
