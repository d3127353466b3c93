"""The analyst's workbench: an HTTP API and a web UI over a knowledge base.

>>> from communique.serve import create_app
>>> app = create_app(open_store("kb.db", create=False), review_token="…")
>>> uvicorn.run(app)            # or: communique serve --db kb.db

Pages are server-rendered (``pages``) and each has a JSON twin under ``/api``
(``api``); both read through ``catalog`` and ``directory``. Analysts review
events through ``review``; see ``docs/web.md`` and ``docs/api.md``.
"""

from communique.serve.app import create_app

__all__ = ["create_app"]
