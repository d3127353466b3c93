"""Crash safety of the store itself: a writer killed inside a transaction leaves whole documents.

A child process, forked from the test's (``childkit``), writes documents with events,
evidence, participants and mentions, pausing inside each write transaction; it is killed
with SIGKILL. Every document the store then holds must have all of its rows.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from childkit import kill, start_child
from communique import open_store
from communique.store.rows import DocumentWriter
from conftest import belta_document


def _writer(db: Path) -> None:
    """In the child: write up to 1,000 documents, each pausing inside its transaction
    (document and mentions written, events not)."""
    write_event = DocumentWriter._write_event

    def slow_write_event(self: DocumentWriter, *args: object) -> None:
        time.sleep(0.03)
        write_event(self, *args)

    DocumentWriter._write_event = slow_write_event    # type: ignore[method-assign]
    with open_store(str(db)) as store:
        for i in range(1000):
            doc = belta_document()
            doc.doc_id, doc.text = f"belta-{i}", doc.text + f" ({i})"
            store.write(doc)


_ROWS_PER_DOCUMENT = """
SELECT d.doc_id,
       (SELECT COUNT(*) FROM events e WHERE e.document_pk = d.pk),
       (SELECT COUNT(*) FROM evidence_spans s JOIN events e ON e.pk = s.event_pk
        WHERE e.document_pk = d.pk),
       (SELECT COUNT(*) FROM event_participants p JOIN events e ON e.pk = p.event_pk
        WHERE e.document_pk = d.pk),
       (SELECT COUNT(*) FROM actor_mentions m WHERE m.document_pk = d.pk)
FROM documents d
"""


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:      # not created yet
        return 0


@pytest.mark.slow
def test_store_killed_writer_leaves_only_whole_documents(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    log = tmp_path / "child.log"
    child = start_child(_writer, db, log=log)
    deadline = time.monotonic() + 120
    while _documents(db) < 3:
        assert child.is_alive(), log.read_text()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    kill(child)
    with sqlite3.connect(db) as conn:
        rows = conn.execute(_ROWS_PER_DOCUMENT).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert 3 <= len(rows) < 1000
    assert {tuple(row[1:]) for row in rows} == {(2, 3, 4, 5)}
