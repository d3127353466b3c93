"""Crash safety: ``communique ingest`` killed with SIGKILL mid-run, then run again.

The killed run must leave only whole documents (each with all its rows), and
the second run must store the rest and skip the first ones as duplicates,
ending with exactly what one uninterrupted run stores. Only the run that is killed
needs a process of its own, forked from the test's process (``childkit``) where the models
are loaded already; the second runs the same ``main`` in the test's process.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from childkit import kill, start_child
from communique.cli import main
from communique.document import Document
from communique.store.rows import DocumentWriter
from conftest import ROOT
from servekit import dev_store_file


def _slow_ingest(*argv: str) -> None:
    """The real CLI, in the child: each document's write transaction is stretched by a
    pause after the document row is inserted, so that the kill lands inside a
    transaction and a half-written document would be visible."""
    write = DocumentWriter.write

    def slow_write(self: DocumentWriter, doc: Document, document_pk: int) -> None:
        time.sleep(0.05)
        write(self, doc, document_pk)

    DocumentWriter.write = slow_write    # type: ignore[method-assign]
    sys.exit(main(list(argv)))


_PER_DOCUMENT = """
SELECT d.doc_id,
       (SELECT COUNT(*) FROM events e WHERE e.document_pk = d.pk) AS events,
       (SELECT COUNT(*) FROM evidence_spans s JOIN events e ON e.pk = s.event_pk
        WHERE e.document_pk = d.pk) AS evidence,
       (SELECT COUNT(*) FROM event_participants p JOIN events e ON e.pk = p.event_pk
        WHERE e.document_pk = d.pk) AS participants,
       (SELECT COUNT(*) FROM actor_mentions m WHERE m.document_pk = d.pk) AS mentions
FROM documents d ORDER BY d.doc_id
"""


def _per_document(db: Path) -> dict[str, tuple[int, int, int, int]]:
    with sqlite3.connect(db, timeout=30) as conn:
        return {row[0]: tuple(row[1:]) for row in conn.execute(_PER_DOCUMENT)}


def _stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:      # schema not created yet
        return 0


def _corpus_folder(tmp_path: Path) -> Path:
    """Every sample document in a file of its own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    lines = (ROOT / "examples" / "dev-corpus.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        (folder / f"{i:03d}.jsonl").write_text(line + "\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_cli_ingest_survives_sigkill_and_resumes_without_duplicates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus_folder(tmp_path)
    crash_db = tmp_path / "crash.db"
    # the sample corpus ingested without a crash, once per session (servekit: every
    # document stored, none failed)
    expected = _per_document(dev_store_file())
    assert len(expected) == 46

    log = tmp_path / "child.log"
    child = start_child(_slow_ingest, "ingest", str(corpus), "--db", str(crash_db), "--quiet",
                        log=log)
    deadline = time.monotonic() + 300
    while _stored_count(crash_db) < 1:
        assert child.is_alive(), f"ingest ended before the kill: {log.read_text()!r}"
        assert time.monotonic() < deadline, "ingest stored nothing within 300 s"
        time.sleep(0.02)
    kill(child)

    survived = _per_document(crash_db)
    assert 1 <= len(survived) < len(expected)
    assert survived == {doc_id: expected[doc_id] for doc_id in survived}   # whole documents

    assert main(["ingest", str(corpus), "--db", str(crash_db), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert sorted(d["doc_id"] for d in summary["duplicates"]) == sorted(survived)
    assert (summary["read"], summary["stored"], summary["failures"]) == (
        46, len(expected) - len(survived), [])
    assert _per_document(crash_db) == expected
