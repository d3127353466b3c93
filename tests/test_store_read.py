"""Reading the store: records, events, summaries, stats and full-text search."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import open_store
from communique.store import Store
from communique.store import store as store_module
from conftest import asean_ru_document, belta_document, plain_document


def _filled(store_url: str) -> Store:
    store = open_store(store_url)
    store.write(belta_document())
    store.write(asean_ru_document())
    store.write(plain_document("en-note", "The ministry published its annual report today."))
    return store


def test_store_iter_records_streams_every_document_in_storage_order(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "PAGE_SIZE", 2)   # cross page boundaries
    with _filled(store_url) as store:
        records = list(store.iter_records())
        documents = [d.doc_id for d in store.iter_documents()]
    assert [r.doc_id for r in records] == documents == ["belta-de-1", "ru-asean", "en-note"]
    assert [r.to_dict() for r in records[:2]] == [belta_document().record().to_dict(),
                                                  asean_ru_document().record().to_dict()]
    assert (records[2].events, records[2].entities) == ([], [])


def test_store_iter_events_gives_each_event_with_its_document(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "PAGE_SIZE", 2)
    with _filled(store_url) as store:
        events = list(store.iter_events())
    assert [(e.doc_id, e.event.id) for e in events] == [
        ("belta-de-1", "evt-belta-consult"), ("belta-de-1", "evt-belta-support"),
        ("ru-asean", "evt-asean-consult")]
    assert events[0].source.to_dict() == {
        "name": "BelTA", "url": "https://deu.belta.by/1", "language": "de",
        "published": "2021-11-24T10:06:00", "dateline": "MINSK"}
    assert events[2].event.participant_codes() == {"RUS", "ASEAN"}


def test_store_document_summaries_count_events(store_url: str) -> None:
    with _filled(store_url) as store:
        summaries = store.document_summaries()
    assert [(s.doc_id, s.language, s.published, s.events) for s in summaries] == [
        ("belta-de-1", "de", "2021-11-24T10:06:00", 2),
        ("ru-asean", "ru", "2021-09-23", 1),
        ("en-note", "en", None, 0)]


def test_store_stats_counts_types_languages_and_top_actors(store_url: str) -> None:
    with _filled(store_url) as store:
        stats = store.stats(top=3)
    assert stats.counts == {"documents": 3, "events": 3, "reports": 3, "evidence_spans": 4,
                            "participants": 6, "actors": 8, "mentions": 9}
    assert stats.events_by_type == {"CONSULT": 2, "SUPPORT": 1}
    assert stats.languages == {"de": 1, "en": 1, "ru": 1}
    # A state counts the acts of everyone acting for it (Krutskikh's visit is Russia's).
    assert [(a.name, a.events, a.mentions) for a in stats.top_actors] == [
        ("Russia", 3, 2), ("Belarus", 2, 1), ("Sergei Aleinik", 2, 1)]
    assert stats.to_dict()["top_actors"][2]["key"] == "person:BLR:sergei aleinik"


def test_store_search_finds_documents_with_every_word(store_url: str) -> None:
    with _filled(store_url) as store:
        both = store.search("interministeriellen BERATUNGEN")
        russian = store.search("видеоконференции")
        none = store.search("Beratungen видеоконференции")
    assert [h.doc_id for h in both] == ["belta-de-1"]
    assert "[Beratungen]" in both[0].snippet
    assert [h.doc_id for h in russian] == ["ru-asean"]
    assert none == []


def test_store_search_treats_operators_in_the_query_as_words(store_url: str) -> None:
    with _filled(store_url) as store:
        hits = store.search('"annual" report* (published -ministry')
        assert [h.doc_id for h in hits] == ["en-note"]
        assert store.search("  ()  ") == []


def test_store_search_skips_a_word_that_folds_to_nothing(store_url: str) -> None:
    """A lone soft sign transliterates to nothing: no search term, not a syntax error (the
    workbench's schema test found ``/api/stats?q=ь`` answering 500 over PostgreSQL)."""
    with _filled(store_url) as store:
        assert store.search_terms("ь") == []
        assert store.search("ь") == []
        assert [h.doc_id for h in store.search("видеоконференции ь")] == ["ru-asean"]


def test_store_search_folds_scripts_inflection_and_sharp_s(store_url: str) -> None:
    """Beratung (singular) finds Beratungen; Lemma and transliteration meet across scripts:
    videokonferentsiya (BGN/PCGN of видеоконференция) finds the Russian report."""
    with _filled(store_url) as store:
        singular = store.search("Beratung")
        latin = store.search("videokonferentsiya")
        sharp = store.search("Wahrend")            # the text has "Während"
    assert [h.doc_id for h in singular] == [h.doc_id for h in sharp] == ["belta-de-1"]
    assert singular[0].snippet.startswith("Während der interministeriellen [Beratungen]")
    assert [h.doc_id for h in latin] == ["ru-asean"]


def test_store_search_ignores_diacritics(tmp_path: Path) -> None:
    with _filled(str(tmp_path / "kb.db")) as store:
        folded = store.search("erorterten")          # the text has "erörterten"
        accented = store.search("ERÖRTERTEN")
    assert [h.doc_id for h in folded] == [h.doc_id for h in accented] == ["belta-de-1"]
