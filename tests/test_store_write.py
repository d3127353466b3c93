"""Writing documents: round trip, duplicates, conflicts, atomicity, canonical actors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from communique import open_store
from communique.document import Document
from communique.errors import StoreError
from communique.model import Span
from communique.store import Store
from conftest import asean_ru_document, belta_document, plain_document


def _rows(store: Store, sql: str) -> list[dict[str, Any]]:
    conn = store.backend.connect()
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def _table_counts(store: Store) -> dict[str, int]:
    """Rows per table (``stats`` counts events as acts; these tests count what was written)."""
    return {name: int(n) for name, n in store.query("table_counts")[0].items()}


def test_store_write_round_trips_the_spec_record(store_url: str) -> None:
    doc = belta_document()
    with open_store(store_url) as store:
        result = store.write(doc)
        record = store.get_record("belta-de-1")
    assert (result.status, result.doc_id, result.events) == ("stored", "belta-de-1", 2)
    assert record is not None
    assert record.to_dict() == doc.record().to_dict()
    assert record.source.published == "2021-11-24T10:06:00"


def test_store_write_keeps_document_metadata(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write(belta_document())
        stored = store.get_document("belta-de-1")
        assert store.get_document("no-such-doc") is None
    assert stored is not None
    assert stored.original_text.startswith("Alle Nachrichten\nPolitik")
    assert stored.text.startswith("Belarus und Russland berieten")
    assert stored.text_sha256 == belta_document().text_sha256
    assert (stored.origin, stored.warnings) == ("belta.html",
                                                ["dropped 3 lines of page furniture"])
    assert stored.ingested_at[:2] == "20" and "T" in stored.ingested_at


def test_store_write_skips_the_same_text_as_duplicate(store_url: str) -> None:
    copy = belta_document()
    copy.doc_id = "belta-mirror"
    with open_store(store_url) as store:
        store.write(belta_document())
        before = _table_counts(store)
        again = store.write(belta_document())
        mirrored = store.write(copy)
        after = _table_counts(store)
    assert (again.status, again.stored_doc_id) == ("duplicate", "belta-de-1")
    assert (mirrored.status, mirrored.stored_doc_id) == ("duplicate", "belta-de-1")
    assert mirrored.reason == "same text as stored document belta-de-1"
    assert after == before == {"documents": 1, "events": 2, "evidence_spans": 3,
                               "participants": 4, "actors": 5, "mentions": 5}


def test_store_write_reports_another_text_under_a_stored_doc_id(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write(plain_document("d1", "Original wording of the report."))
        result = store.write(plain_document("d1", "Corrected wording of the report."))
        assert _table_counts(store)["documents"] == 1
    assert result.status == "conflict"
    assert result.reason is not None and "doc_id d1 is already stored" in result.reason


def test_store_write_stores_all_rows_of_a_document_or_none(store_url: str) -> None:
    broken = belta_document()
    # The second event's evidence lacks its offsets: the database refuses the row.
    broken.events[1].evidence.append(Span(None, None, "no offsets"))  # type: ignore[arg-type]
    with open_store(store_url) as store:
        with pytest.raises(StoreError, match="document belta-de-1 was not stored"):
            store.write(broken)
        assert _table_counts(store) == {"documents": 0, "events": 0, "evidence_spans": 0,
                                        "participants": 0, "actors": 0, "mentions": 0}
        assert store.write(belta_document()).status == "stored"


def test_store_write_merges_actors_across_documents_and_languages(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write(belta_document())
        store.write(asean_ru_document())
        actors = _rows(store, "SELECT key, name, kind, country, igo, wikidata FROM actors "
                              "ORDER BY key")
        names = _rows(store, "SELECT n.name, n.script, n.language FROM actor_names n "
                             "JOIN actors a ON a.pk = n.actor_pk WHERE a.key = 'state:RUS' "
                             "ORDER BY n.language, n.name")
    assert [a["key"] for a in actors] == [
        "igo:ASEAN:asean", "igo:UN:united nations", "person:BLR:sergei aleinik",
        "person:KHM:sok puthyvuth", "person:RUS:andrei krutskikh",
        "person:RUS:oleg syromolotov", "state:BLR", "state:RUS"]
    un = next(a for a in actors if a["igo"] == "UN")
    assert (un["name"], un["kind"], un["wikidata"]) == ("United Nations", "igo", "Q1065")
    assert names == [
        {"name": "Russische Föderation", "script": "Latn", "language": "de"},
        {"name": "Россия", "script": "Cyrl", "language": "ru"},
        {"name": "Russia", "script": "Latn", "language": "und"},
    ]


def test_store_write_links_participants_and_mentions_to_actors(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write(belta_document())
        participants = _rows(store, """
            SELECT e.event_type, p.side, p.position, p.text, a.key
            FROM event_participants p JOIN events e ON e.pk = p.event_pk
            JOIN actors a ON a.pk = p.actor_pk ORDER BY e.position, p.side, p.position""")
        mentions = _rows(store, """
            SELECT m.start_offset, m.end_offset, m.text, m.role, m.seen_on, a.key
            FROM actor_mentions m JOIN actors a ON a.pk = m.actor_pk
            ORDER BY m.start_offset""")
    assert [(p["event_type"], p["side"], p["text"], p["key"]) for p in participants] == [
        ("CONSULT", "actor", "Andrej Krutskich", "person:RUS:andrei krutskikh"),
        ("CONSULT", "recipient", "Sergej Alejnik", "person:BLR:sergei aleinik"),
        ("SUPPORT", "actor", "Der stellvertretende Minister", "person:BLR:sergei aleinik"),
        ("SUPPORT", "recipient", "die russische Seite", "state:RUS"),
    ]
    text = belta_document().text
    first = mentions[0]
    assert (first["text"], first["role"], first["seen_on"], first["key"]) == (
        "Sergej Alejnik", "Deputy Minister of Foreign Affairs", "2021-11-24",
        "person:BLR:sergei aleinik")
    assert text[first["start_offset"]:first["end_offset"]] == "Sergej Alejnik"


def test_store_write_keeps_event_columns_for_queries(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write(asean_ru_document())
        store.write(belta_document())
        events = _rows(store, """
            SELECT event_id, event_type, mode, status, date_start, date_precision,
                   location_name, location_virtual, forum_name, confidence
            FROM events ORDER BY pk""")
        evidence = _rows(store, "SELECT start_offset, end_offset, text FROM evidence_spans "
                                "ORDER BY event_pk, position")
    assert [(e["event_id"], e["mode"], e["date_start"], e["location_name"],
             bool(e["location_virtual"])) for e in events] == [
        ("evt-asean-consult", "phone", "2021-09-23", None, True),
        ("evt-belta-consult", "visit", "2021-11-23", "Minsk", False),
        ("evt-belta-support", None, "2021-11-23", "Minsk", False),
    ]
    assert events[1]["forum_name"].startswith("Belarusian–Russian interministerial")
    assert events[1]["confidence"] == pytest.approx(0.91)
    assert evidence[0]["text"].startswith("23 сентября в формате видеоконференции")


def test_store_write_from_several_threads_stores_each_document_once(store_url: str) -> None:
    def variant(i: int) -> Document:
        doc = belta_document()
        doc.doc_id, doc.text = f"belta-{i}", f"{doc.text} ({i})"
        if i % 2:
            doc.mentions.reverse()     # the same actors met in the other order
        return doc

    with open_store(store_url) as store, ThreadPoolExecutor(max_workers=4) as pool:
        # every document twice, from different threads: one write stores, one skips
        results = list(pool.map(store.write, [variant(i % 12) for i in range(24)]))
        stored_once = sorted(d.doc_id for d in store.iter_documents())
        counts = _table_counts(store)
    assert sorted(r.status for r in results) == ["duplicate"] * 12 + ["stored"] * 12
    assert stored_once == sorted(f"belta-{i}" for i in range(12))
    assert counts == {"documents": 12, "events": 24, "evidence_spans": 36,
                      "participants": 48, "actors": 5, "mentions": 60}
