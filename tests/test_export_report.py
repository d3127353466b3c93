"""The text report of ``communique stats``: counts, actors, documents with their events."""

from __future__ import annotations

from pathlib import Path

from communique import open_store
from communique.export.formats import documents_lines, event_line, stats_lines
from communique.model import EventDate
from conftest import asean_ru_document, belta_document, plain_document


def test_export_event_line_shows_an_event_at_a_glance() -> None:
    consult, support = belta_document().events
    assert event_line(consult) == "CONSULT/visit  RUS → BLR  2021-11-23  Minsk"
    video = asean_ru_document().events[0]
    assert event_line(video) == "CONSULT/phone  RUS+ASEAN  2021-09-23  virtual"
    support.status, support.location = "planned", None
    support.date = EventDate("2022-01-01", "2022-12-31", "year", "next year")
    assert event_line(support) == "SUPPORT  BLR → RUS  2022  (planned)"


def test_export_stats_and_documents_lines(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "kb.db")) as store:
        for doc in (belta_document(), asean_ru_document(), plain_document("note", "Nothing.")):
            store.write(doc)
        lines = stats_lines(store.stats(top=2), "kb.db") + documents_lines(store)
    assert lines == [
        "Store: kb.db",
        "Documents: 3   Events: 3 (acts, told by 3 reports)   Actors: 8   Actor mentions: 9",
        "Languages: de 1, en 1, ru 1",
        "Events by type:",
        "  CONSULT      2",
        "  SUPPORT      1",
        "Top actors (events, mentions):",
        "  Russia (state, RUS)       3      2",
        "  Belarus (state, BLR)      2      1",
        "Documents:",
        "  belta-de-1  de  2021-11-24T10:06:00  Belarus und Russland berieten über "
        "Intensivierung der Zusammenarbeit …",
        "      CONSULT/visit  RUS → BLR  2021-11-23  Minsk",
        "      SUPPORT  BLR → RUS  2021-11-23  Minsk",
        "  ru-asean  ru  2021-09-23  (no title)",
        "      CONSULT/phone  RUS+ASEAN  2021-09-23  virtual",
        "  note  en  date unknown  (no title)",
    ]
