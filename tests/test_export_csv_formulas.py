"""CSV exports never hand a spreadsheet a formula: a report's text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is written with a leading ``'`` (OWASP)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from communique.export import export
from communique.model import Forum, Location, Span
from communique.store import open_store
from conftest import belta_document

FORMULA = "=cmd|' /C calc'!A0"


def _hostile_rows(tmp_path: Path) -> list[dict[str, str]]:
    """The CSV rows of a store holding one report whose event carries formula-like texts."""
    doc = belta_document()
    text = FORMULA + " " + doc.text
    event = replace(doc.events[0], evidence=[Span(0, len(FORMULA), FORMULA)],
                    location=Location("+7 Minsk", "BLR", False),
                    forum=Forum(name="@SUM(A1:A9)"), outcomes=["-2+3", "\tagreed"],
                    contexts=["\rcyber"])
    doc = replace(doc, text=text, original=text, mentions=[], events=[event])
    with open_store(str(tmp_path / "kb.db")) as store:
        store.write(doc)
        out = io.BytesIO()
        export(store, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))


def test_export_csv_neutralises_formula_cells(tmp_path: Path) -> None:
    [row] = _hostile_rows(tmp_path)
    cells = {name: row[name] for name in ("evidence_text", "location_name", "forum_name",
                                         "outcomes", "contexts")}
    assert cells == {"evidence_text": "'=cmd|' /C calc'!A0", "location_name": "'+7 Minsk",
                     "forum_name": "'@SUM(A1:A9)", "outcomes": "'-2+3; \tagreed",
                     "contexts": "'\rcyber"}


def test_export_csv_keeps_ordinary_cells(tmp_path: Path) -> None:
    [row] = _hostile_rows(tmp_path)
    assert (row["event_type"], row["date_start"], row["actor_codes"], row["confidence"]) == (
        "CONSULT", "2021-11-23", "RUS", "0.91")
