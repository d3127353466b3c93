"""Opening stores: URLs, schema versions and migration steps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from communique.errors import StoreError
from communique.store import SQLiteBackend, backend_for, open_store
from communique.store.backends import (
    bundled_migrations,
    migrate,
    migration_steps,
    schema_version,
)


def _write_steps(folder: Path, version: int, name: str, sql: str) -> None:
    for dialect in ("sqlite", "postgres"):
        (folder / f"{version:03d}_{name}.{dialect}.sql").write_text(sql, encoding="utf-8")


def _bundled_plus(folder: Path) -> int:
    """Copy the package's migration steps into ``folder``; returns the version they reach."""
    for step in bundled_migrations().iterdir():
        if step.name.endswith(".sql"):
            (folder / step.name).write_text(step.read_text(encoding="utf-8"), encoding="utf-8")
    return 1 + len(migration_steps(folder, "sqlite"))


def test_store_open_store_creates_the_newest_schema(blank_store_url: str,
                                                   tmp_path: Path) -> None:
    newest = _bundled_plus(tmp_path)
    with open_store(blank_store_url) as store:
        conn = store.backend.connect()
        assert schema_version(store.backend, conn) == newest >= 3
        conn.close()


def test_store_migrate_runs_pending_steps_once_in_order(store_url: str, tmp_path: Path) -> None:
    steps = tmp_path / "steps"
    steps.mkdir()
    bundled = _bundled_plus(steps)
    _write_steps(steps, bundled + 1, "notes", "CREATE TABLE analyst_notes (event_pk INTEGER, "
                                              "note TEXT NOT NULL);")
    _write_steps(steps, bundled + 2, "notes_author",
                 "ALTER TABLE analyst_notes ADD COLUMN author TEXT;")
    with open_store(store_url) as store:
        backend = store.backend
        conn = backend.connect()
        assert migrate(backend, conn, steps) == bundled + 2
        assert migrate(backend, conn, steps) == bundled + 2          # nothing left to run
        conn.execute("INSERT INTO analyst_notes (event_pk, note, author) "
                     "VALUES (1, 'checked', 'ana')")
        assert schema_version(backend, conn) == bundled + 2
        conn.close()


def test_store_migrate_rolls_back_a_failing_step(store_url: str, tmp_path: Path) -> None:
    steps = tmp_path / "steps"
    steps.mkdir()
    bundled = _bundled_plus(steps)
    _write_steps(steps, bundled + 1, "broken", "CREATE TABLE half_done (x INTEGER);\n"
                                               "ALTER TABLE no_such_table ADD COLUMN y TEXT;")
    with open_store(store_url) as store:
        backend = store.backend
        conn = backend.connect()
        with pytest.raises(backend.driver_error):
            migrate(backend, conn, steps)
        assert schema_version(backend, conn) == bundled
        with pytest.raises(backend.driver_error):
            conn.execute("SELECT x FROM half_done")
        conn.close()


def test_store_migration_steps_must_not_leave_gaps(tmp_path: Path) -> None:
    _write_steps(tmp_path, 2, "first", "SELECT 1;")
    _write_steps(tmp_path, 4, "third", "SELECT 1;")
    with pytest.raises(StoreError, match="numbered 002, 003, … without gaps; found 002, 004"):
        migration_steps(tmp_path, "sqlite")


def test_store_open_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99, newer than this Communiqué"):
        open_store(str(path))


def test_store_backend_for_reads_paths_and_urls(tmp_path: Path) -> None:
    assert isinstance(backend_for(str(tmp_path / "a.db")), SQLiteBackend)
    url_backend = backend_for(f"sqlite:///{tmp_path}/b.db")
    assert isinstance(url_backend, SQLiteBackend) and url_backend.path == tmp_path / "b.db"
    assert backend_for("postgresql://kb@db.example:5433/events").dialect == "postgres"
    with pytest.raises(StoreError, match="unsupported store URL scheme 'mysql'"):
        backend_for("mysql://kb@localhost/events")


def test_store_open_store_explains_an_unusable_file(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"cannot open SQLite database .*notes\.db"):
        open_store(str(not_a_db))
    with pytest.raises(StoreError, match="check that its folder exists"):
        open_store(str(tmp_path / "missing" / "kb.db"))


def test_store_open_store_explains_an_unreachable_server() -> None:
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL database "
                                         r"127\.0\.0\.1:9/kb: .*check that the server runs"):
        open_store("postgresql://nobody@127.0.0.1:9/kb")
