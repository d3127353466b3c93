"""The two seed pages: exact cleaned text and metadata."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from communique.clean import prepare
from communique.clean.metadata import doc_id_from_text
from communique.document import RawDocument
from communique.ingest import read_inputs

DATA = Path(__file__).parent / "data" / "ingest"
MENU_AND_WIDGET_LINES = ["Projekte", "Staatsorgane", "flag Freitag, 26 April 2024",
                         "Alle Nachrichten", "Politik", "24 November 2021, 10:06",
                         "Abonnieren Sie uns auf", "Twitter", "Letzte Nachrichten aus Belarus"]


def _prepared(name: str) -> tuple[RawDocument, list]:
    (raw,) = list(read_inputs([str(DATA / name)]))
    assert isinstance(raw, RawDocument)
    return raw, prepare(raw)


def test_clean_seed_belta_metadata() -> None:
    raw, (doc,) = _prepared("seed_belta_de.txt")
    assert doc.published == datetime(2021, 11, 24, 10, 6)
    assert doc.published_has_time is True
    assert doc.published_iso == "2021-11-24T10:06:00"
    assert (doc.dateline, doc.dateline_date) == ("MINSK", "23. November")
    assert doc.source_name == "BelTA"
    assert doc.language == "de"
    assert doc.mixed_languages == []
    assert doc.title == ("Belarus und Russland berieten über Intensivierung der Zusammenarbeit "
                         "in Informationssicherheit")
    assert doc.doc_id == doc_id_from_text(raw.content)
    assert doc.warnings == []


def test_clean_seed_belta_text_keeps_the_article_and_drops_the_page() -> None:
    raw, (doc,) = _prepared("seed_belta_de.txt")
    original_lines = raw.content.splitlines()
    assert doc.text == "\n\n".join(original_lines[8:17:2])   # headline and four paragraphs
    assert not set(doc.text.splitlines()) & set(MENU_AND_WIDGET_LINES)
    assert doc.text.startswith("Belarus und Russland berieten über")
    assert doc.text.endswith("weiter intensiviert werden könnte.")


def test_clean_seed_russia_asean_has_no_date_and_loses_nothing() -> None:
    raw, (doc,) = _prepared("seed_russia_asean_de.txt")
    assert doc.published is None
    assert doc.published_has_time is False
    assert (doc.dateline, doc.source_name, doc.title) == (None, None, None)
    assert doc.language == "de"
    assert doc.text == raw.content


def test_clean_seed_given_metadata_is_taken_as_given() -> None:
    text = (DATA / "seed_russia_asean_de.txt").read_text(encoding="utf-8")
    raw = RawDocument(text, doc_id="seed-russia-asean-de", published="2021-09-24",
                      language="de-DE", source_name="RIA Novosti Deutsch",
                      url="https://de.rt.com/2021/09/24/x")
    (doc,) = prepare(raw)
    assert doc.doc_id == "seed-russia-asean-de"
    assert (doc.published, doc.published_has_time) == (datetime(2021, 9, 24), False)
    assert (doc.language, doc.source_name) == ("de", "RIA Novosti Deutsch")
