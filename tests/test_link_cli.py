"""`communique events`, `communique relink` and the `events-jsonl` export."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from communique import open_store
from communique.cli import main
from conftest import asean_ru_document, belta_document
from test_link_store import second_report


@pytest.fixture
def linked_db(tmp_path: Path) -> str:
    path = str(tmp_path / "kb.db")
    first = belta_document()
    with open_store(path) as store:
        for doc in (first, second_report(first, "mfa-by-1", datetime(2021, 11, 23, 18, 0)),
                    asean_ru_document()):
            store.write(doc)
    return path


def test_link_cli_events_lists_acts_with_their_reports(linked_db: str,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    assert main(["events", "--db", linked_db, "--type", "CONSULT", "--code", "BLR"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("CONSULT/visit  RUS → BLR  2021-11-23  Minsk")
    assert lines[1].startswith("    mfa-by-1  de  2021-11-23T18:00:00  BelTA")
    assert lines[2].startswith("    belta-de-1  de  2021-11-24T10:06:00  BelTA")


def test_link_cli_events_json_carries_mentions(linked_db: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", linked_db, "--json", "--language", "ru"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["event_type"] == "CONSULT" and record["id"].startswith("lev-")
    assert [m["doc_id"] for m in record["mentions"]] == ["ru-asean"]
    assert record["mentions"][0]["evidence"][0]["text"].startswith("23 сентября")
    assert (record["series_id"], record["session"], record["fulfils"]) == (None, None, None)


def test_link_cli_relink_rebuilds_and_export_writes_linked_events(
        linked_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["relink", "--db", linked_db]) == 0
    assert capsys.readouterr().out.strip() == (
        "linked events: 3 (2 reported more than once, 5 reports), series: 0, "
        "meetings fulfilling a plan: 0")
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", linked_db, "-f", "events-jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(len(r["mentions"]) for r in records) == [1, 2, 2]
    assert all(r["evidence"] == [] for r in records)


def test_link_cli_events_warns_about_unlinked_documents(linked_db: str,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    with open_store(linked_db) as store:
        store.connection().execute("DELETE FROM link_documents")
    assert main(["events", "--db", linked_db, "--since", "2030"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "3 stored documents are not linked yet" in captured.err
    assert main(["events", "--db", linked_db, "--since", "next week"]) == 1
    assert "since must be a date as YYYY, YYYY-MM or YYYY-MM-DD" in capsys.readouterr().err
