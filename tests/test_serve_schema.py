"""schemathesis against the API's own OpenAPI schema: no request it allows breaks the server,
and every answer matches the schema it documents.

The store is built when the module loads (hand-made reports, no models), because
schemathesis makes one test per API operation at collection time.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from communique import open_store
from communique.serve import create_app
from communique.store import Store
from conftest import asean_ru_document, belta_document, plain_document
from servekit import TOKEN, hostile_document


def _store() -> Store:
    folder = Path(tempfile.mkdtemp(prefix="communique-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    store = open_store(str(folder / "kb.db"))
    atexit.register(store.close)
    for doc in (belta_document(), asean_ru_document(), hostile_document(),
                plain_document("note", "No events.")):
        store.write(doc)
    return store


schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(_store(), TOKEN))


@schema.parametrize()
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_serve_schema_conformance(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})
