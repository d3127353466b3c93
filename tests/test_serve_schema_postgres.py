"""schemathesis against the workbench served over PostgreSQL: no request, however odd its
strings (NUL bytes, control characters, lone surrogates), is a server error.

PostgreSQL refuses NUL in text where SQLite stores it, so the requests that pass over SQLite
(``test_serve_schema.py``) are sent here, over HTTP, to a live server on a real PostgreSQL.
The schema is the app's own, read when the module loads (schemathesis makes one test per
operation at collection time); the server starts with the first test.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from communique.serve import create_app
from communique.store import open_store
from conftest import asean_ru_document, belta_document, plain_document
from servekit import TOKEN, LiveServer, hostile_document

pytestmark = pytest.mark.postgres


def _openapi() -> dict[str, object]:
    with open_store(":memory:") as store:
        return create_app(store).openapi()


schema = schemathesis.openapi.from_dict(_openapi())


@pytest.fixture(scope="module")
def postgres_app(postgres_server: str) -> Iterator[str]:
    """The base URL of a live workbench over a PostgreSQL store of four reports."""
    import psycopg

    name = f"communique_schema_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    with open_store(urlsplit(postgres_server)._replace(path=f"/{name}").geturl()) as store:
        for doc in (belta_document(), asean_ru_document(), hostile_document(),
                    plain_document("note", "No events.")):
            store.write(doc)
        with LiveServer(store, TOKEN) as live:
            yield live.url
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@schema.parametrize()
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_serve_schema_postgres_no_server_error(case: schemathesis.Case,
                                               postgres_app: str) -> None:
    case.call_and_validate(base_url=postgres_app, checks=[not_a_server_error],
                           headers={"Authorization": f"Bearer {TOKEN}"})
