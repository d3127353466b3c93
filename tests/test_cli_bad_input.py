"""Bad inputs in an ingest batch: each is reported on one line, the good ones are stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique import open_store
from communique.cli import main

GOOD_TEXT = (
    "MOSCOW, September 24. Russian and ASEAN delegations discussed cybersecurity cooperation "
    "during the first meeting of the ASEAN-Russia Dialogue held by videoconference, the "
    "Russian Foreign Ministry said on Friday.\n"
)

LEGACY_TEXT = (
    "BERLIN, 13. Dezember. Der Außenminister führte am Mittwoch Gespräche mit seinem "
    "französischen Amtskollegen über die Zusammenarbeit im Bereich der Cybersicherheit. "
    "Die Außenminister vereinbarten, die Konsultationen im nächsten Jahr fortzusetzen.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>India and UK hold cyber dialogue</title>
<script>var tracker = "collect-every-click"; document.write(tracker);</script>
<style>body { font-family: serif; }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>India and UK hold cyber dialogue</h1>
<p>NEW DELHI, July 4. India and the United Kingdom held their cyber dialogue in New Delhi
on Thursday and agreed to deepen cooperation on cyber security, the Ministry of External
Affairs said.</p>
<p>The delegations were led by senior officials of both foreign ministries.</p>
<script>window.onload = function () { alert("subscribe-now"); };</script>
</article></body></html>
"""


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken-utf8.txt").write_bytes(
        GOOD_TEXT.replace("Russian", "Российские").encode("utf-8").replace(b"Friday",
                                                                           b"Fri\xc3\x28day"))
    (folder / "legacy.txt").write_bytes(LEGACY_TEXT.encode("cp1252"))
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return folder


def test_cli_ingest_reports_each_bad_input_and_stores_the_good_ones(
        bad_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kb.db"
    code = main(["ingest", str(bad_folder), "--db", str(db)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[:4] == ["read:                 6", "stored:               4",
                         "skipped as duplicate: 0", "failed:               2"]
    empty, binary = sorted(lines[4:6])
    assert empty == f"  {bad_folder / 'empty.txt'}: empty file (0 bytes)"
    assert binary.startswith(f"  {bad_folder / 'scan.pdf'}: binary content (PDF document); "
                             "convert it to text, HTML")
    with open_store(str(db)) as store:
        texts = {Path(d.origin).name: d.text for d in store.iter_documents()}
    assert sorted(texts) == ["broken-utf8.txt", "good.txt", "legacy.txt", "page.html"]
    assert "Der Außenminister führte am Mittwoch Gespräche" in texts["legacy.txt"]
    assert "\ufffd" in texts["broken-utf8.txt"]
    assert "agreed to deepen cooperation on cyber security" in texts["page.html"]
    assert "collect-every-click" not in texts["page.html"]
    assert "subscribe-now" not in texts["page.html"]


def test_cli_ingest_json_summary_gives_origin_and_reason_of_each_failure(
        bad_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ingest", str(bad_folder), "--db", str(tmp_path / "kb.db"), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 1
    assert (summary["read"], summary["stored"], summary["failed"]) == (6, 4, 2)
    failures = sorted((Path(f["origin"]).name, f["stage"], f["reason"][:29])
                      for f in summary["failures"])
    assert failures == [("empty.txt", "read", "empty file (0 bytes)"),
                        ("scan.pdf", "read", "binary content (PDF document)")]
    warned = {Path(w["origin"]).name for w in summary["warnings"]}
    assert "broken-utf8.txt" in warned
    assert all("\n" not in w["warning"] for w in summary["warnings"])
