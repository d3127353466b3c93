"""The NGEC breadth check fills two country slots and keeps only two-country headlines."""

from __future__ import annotations

from pathlib import Path

from communique.tools.ngec_check import read_headlines
from communique.tools.petrarch_check import Case


def test_ngec_headlines_with_two_country_slots_are_filled_in_turn(tmp_path: Path) -> None:
    path = tmp_path / "synthetic_headlines.csv"
    path.write_text("event,mode,title\n"
                    "ACCUSE,,{country_1} Leader Criticizes {country_2}'s Response to Crisis\n"
                    "PROTEST,,Thousands Rally in {city}\n"
                    "AGREE,,\"{country_1} and {country_2} Agree on Border Talks \"\n",
                    encoding="utf-8")
    assert list(read_headlines(path)) == [
        Case("ngec-1", "France Leader Criticizes Kenya's Response to Crisis.",
             frozenset({"ACCUSE"})),
        Case("ngec-2", "Brazil and Poland Agree on Border Talks.", frozenset({"AGREE"})),
    ]
