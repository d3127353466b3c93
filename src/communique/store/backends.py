"""How the store talks to a database: its SQL, its two drivers and its schema versions.

The SQL lives in ``.sql`` files beside this module: the schema of each
back-end (``schema_<dialect>.sql``, version 1) and every query in
``queries*.sql`` as named blocks (``-- name: insert_event``). A block tagged
``[sqlite]`` or ``[postgres]`` replaces the shared one on that back-end, so the
SQL both share is written once; parameters are written ``:name`` (SQLite's
style) and rewritten to ``%(name)s`` for psycopg. A ``Backend`` hides only what
the drivers do differently: connecting, transactions, JSON, scripts.

Schema versions after 1 are steps in ``migrations/``: ``NNN_<what>.sqlite.sql``
and ``NNN_<what>.postgres.sql`` (``NNN`` = the version it brings the database
to, from 002 on). The pending steps and their version bumps in ``meta`` run in
one transaction, so a database is always at exactly one version.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from communique.errors import StoreError

Dialect = Literal["sqlite", "postgres"]

_BLOCK = re.compile(r"^-- name: (\w+)(?: \[(sqlite|postgres)\])?[ \t]*$", re.MULTILINE)
_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def read_sql_file(name: str) -> str:
    """The text of a ``.sql`` file shipped in this package."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


_FEATURE_QUERIES: list[Traversable] = []


def register_queries(path: Traversable) -> None:
    """Add a feature's named queries: a ``.sql`` file beside the code that runs them.

    The store knows its own queries only; a feature built on it (linking)
    registers its file when imported, so that its SQL lives with it.
    """
    if path not in _FEATURE_QUERIES:
        _FEATURE_QUERIES.append(path)


@cache
def _own_query_files() -> tuple[Traversable, ...]:
    return tuple(sorted((f for f in resources.files(__package__).iterdir()
                         if f.name.startswith("queries") and f.name.endswith(".sql")),
                        key=lambda f: (f.name != "queries.sql", f.name)))


def query_files() -> tuple[Traversable, ...]:
    """``queries.sql``, the store's other query files, then the registered features' files."""
    return (*_own_query_files(), *_FEATURE_QUERIES)


@cache
def queries(dialect: Dialect, files: tuple[Traversable, ...]) -> dict[str, str]:
    """Every named query of ``files``, in the parameter style of ``dialect``'s driver.

    A name defined twice (in one file or across feature files) is an error:
    silently letting the later one win once broke another feature's query.
    """
    shared: dict[str, str] = {}
    specific: dict[str, str] = {}
    origin: dict[tuple[str, str | None], str] = {}
    for path in files:
        text, file_name = path.read_text(encoding="utf-8"), path.name
        heads = list(_BLOCK.finditer(text))
        for head, following in zip(heads, [*heads[1:], None], strict=True):
            body = text[head.end(): following.start() if following else len(text)]
            name, tag = head.group(1), head.group(2)
            if (name, tag) in origin:
                raise StoreError(f"query '{name}' is defined in {origin[name, tag]} and again "
                                 f"in {file_name}; give one of them another name")
            origin[name, tag] = file_name
            if tag is None:
                shared[name] = body.strip().rstrip(";")
            elif tag == dialect:
                specific[name] = body.strip().rstrip(";")
    merged = shared | specific
    if dialect == "postgres":
        return {name: to_pyformat(sql) for name, sql in merged.items()}
    return merged


def to_pyformat(sql: str) -> str:
    """``:name`` parameters as psycopg's ``%(name)s`` (a literal ``%`` doubled)."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


def split_statements(script: str) -> list[str]:
    """A SQLite script as single statements; ``;`` inside a trigger body stays."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = _without_comments(pending)
            if statement:
                statements.append(statement)
            pending = ""
    if _without_comments(pending):
        statements.append(_without_comments(pending))
    return statements


def _without_comments(statement: str) -> str:
    lines = [line for line in statement.splitlines() if not line.lstrip().startswith("--")]
    return "\n".join(lines).strip()


# -- back-ends ------------------------------------------------------------------------------

Row = dict[str, Any]
Params = dict[str, Any]


class Backend:
    """The driver-specific part of the store. ``Store`` holds one."""

    dialect: Dialect

    @property
    def sql(self) -> dict[str, str]:
        """The named queries of the store and of every feature registered so far."""
        return queries(self.dialect, query_files())

    def connect(self) -> Any:
        raise NotImplementedError

    @property
    def driver_error(self) -> type[Exception]:
        """The base class of the driver's errors, to report them as ``StoreError``."""
        raise NotImplementedError

    def transaction(self, conn: Any) -> Any:
        """A context manager: commit on success, roll back on any exception."""
        raise NotImplementedError

    def run_script(self, conn: Any, script: str) -> None:
        """Run a multi-statement script (schema, migration) inside the current transaction."""
        raise NotImplementedError

    def has_schema(self, conn: Any) -> bool:
        raise NotImplementedError

    def lock_schema(self, conn: Any) -> None:
        """Keep other processes from migrating at the same time (inside a transaction)."""

    def json_param(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False)

    def load_json(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str | bytes) else value

    def fts_query(self, words: Sequence[str]) -> str:
        """The search words as this back-end's full-text query: all words must occur."""
        return " ".join(words)

    def terms_query(self, terms: Sequence[Iterable[str]]) -> str:
        """Groups of alternative search terms (store.search) as a ``to_tsquery`` text:
        one term of every group must occur. Terms are quoted lexemes, never operators."""
        return " & ".join("(" + " | ".join("'" + t.replace("'", "''").replace("\\", "") + "'"
                                           for t in sorted(group)) + ")" for group in terms)

    def schema_script(self) -> str:
        return read_sql_file(f"schema_{self.dialect}.sql")

    def query(self, conn: Any, name: str, params: Params | None = None) -> list[Row]:
        return list(conn.execute(self.sql[name], params or {}).fetchall())

    def execute(self, conn: Any, name: str, params: Params | None = None) -> None:
        conn.execute(self.sql[name], params or {})

    def execute_many(self, conn: Any, name: str, rows: Sequence[Params]) -> None:
        if rows:
            conn.cursor().executemany(self.sql[name], rows)


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


class SQLiteBackend(Backend):
    """One SQLite file in WAL mode: readers never wait for the writer."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    def __str__(self) -> str:
        return f"SQLite database {self.path}"

    def connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=30.0)
            conn.row_factory = _dict_row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open {self}: {exc}; check that its folder exists, is writable, "
                "and that the file is a Communiqué database"
            ) from exc
        return conn

    @property
    def driver_error(self) -> type[Exception]:
        return sqlite3.Error

    @contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[None]:
        conn.execute("BEGIN IMMEDIATE")   # take the write lock now, not at the first write
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def run_script(self, conn: sqlite3.Connection, script: str) -> None:
        # executescript() would COMMIT the open transaction first; run statement by statement.
        for statement in split_statements(script):
            conn.execute(statement)

    def has_schema(self, conn: sqlite3.Connection) -> bool:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchall()
        return bool(found)

    def fts_query(self, words: Sequence[str]) -> str:
        # Quoted, each word is a plain term: no FTS5 operator syntax from user input.
        return " ".join('"' + word.replace('"', '""') + '"' for word in words)

    def terms_query(self, terms: Sequence[Iterable[str]]) -> str:
        """Every group of alternative search terms must match (store.search)."""
        return " AND ".join("(" + " OR ".join('"' + t.replace('"', '""') + '"'
                                              for t in sorted(group)) + ")" for group in terms)


class PostgresBackend(Backend):
    """A PostgreSQL database reached with psycopg 3, for teams sharing one knowledge base."""

    dialect: Dialect = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url

    def __str__(self) -> str:
        parts = urlsplit(self.url)
        where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"
        return f"PostgreSQL database {where}"

    def connect(self) -> Any:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise StoreError(
                "a PostgreSQL store needs psycopg; install it with "
                "`pip install 'communique[postgres]'`") from exc
        try:
            return psycopg.connect(self.url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"cannot connect to {self}: {reason}; check that the server runs and that "
                "the URL (user, password, database) is right") from exc

    @property
    def driver_error(self) -> type[Exception]:
        import psycopg

        return psycopg.Error

    @contextmanager
    def transaction(self, conn: Any) -> Iterator[None]:
        with conn.transaction():
            yield

    def run_script(self, conn: Any, script: str) -> None:
        conn.execute(script)

    def has_schema(self, conn: Any) -> bool:
        row = conn.execute("SELECT to_regclass('meta') IS NOT NULL AS found").fetchone()
        return bool(row["found"])

    def lock_schema(self, conn: Any) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('communique-schema'))")

    def json_param(self, value: Any) -> Any:
        from psycopg.types.json import Jsonb

        return Jsonb(value)


# -- schema versions ----------------------------------------------------------------------

_STEP_NAME = re.compile(r"^(\d{3})_(\w+)\.(sqlite|postgres)\.sql$")


@dataclass(frozen=True)
class MigrationStep:
    version: int
    name: str
    script: str


def bundled_migrations() -> Traversable:
    return resources.files(__package__).joinpath("migrations")


def migration_steps(folder: Traversable, dialect: str) -> list[MigrationStep]:
    """The steps for ``dialect`` in ``folder``, in version order, checked for gaps."""
    steps = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        match = _STEP_NAME.match(entry.name)
        if match and match.group(3) == dialect:
            steps.append(MigrationStep(int(match.group(1)), match.group(2),
                                       entry.read_text(encoding="utf-8")))
    steps.sort(key=lambda step: step.version)
    expected = list(range(2, len(steps) + 2))
    if [step.version for step in steps] != expected:
        found = ", ".join(f"{step.version:03d}" for step in steps)
        raise StoreError(f"migration steps for {dialect} must be numbered 002, 003, … without "
                         f"gaps; found {found} in {folder}")
    return steps


def schema_version(backend: Backend, conn: Any) -> int | None:
    """The database's schema version, or None for an empty database."""
    if not backend.has_schema(conn):
        return None
    rows = backend.query(conn, "schema_version")
    return int(rows[0]["value"]) if rows else None


def migrate(backend: Backend, conn: Any, folder: Traversable | None = None) -> int:
    """Bring the database to the newest version this code knows; returns that version."""
    steps = migration_steps(folder or bundled_migrations(), backend.dialect)
    newest = 1 + len(steps)
    current = schema_version(backend, conn)
    if current is not None and current > newest:
        raise StoreError(
            f"{backend} has schema version {current}, newer than this Communiqué knows "
            f"({newest}); upgrade communique to use it")
    if current == newest:
        return current
    with backend.transaction(conn):
        backend.lock_schema(conn)
        current = schema_version(backend, conn)   # another process may have migrated meanwhile
        if current is None:
            backend.run_script(conn, backend.schema_script())
            current = 1
        for step in steps[current - 1:]:
            backend.run_script(conn, step.script)
            backend.execute(conn, "set_schema_version", {"version": str(step.version)})
    return newest
