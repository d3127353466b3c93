"""Communiqué: diplomatic news reports and communiqués to evidence-linked PLOVER events.

>>> import communique
>>> record = communique.extract(text, published="2021-11-24")
>>> record["events"][0]["event_type"]
'CONSULT'

>>> with communique.open_store("kb.db") as store:   # stores, then links, each document
...     store.write(doc)

This package is a composition root: it joins the stages, which do not know
each other. The extractor (and the models it loads) and the store are imported
on first use, so that ``communique --help`` and ``import communique.store``
stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from communique.version import __version__

if TYPE_CHECKING:
    from communique.extractor import Extractor, extract, extract_all
    from communique.store import Store

__all__ = ["Extractor", "__version__", "extract", "extract_all", "open_store"]


def open_store(url_or_path: str, *, create: bool = True) -> Store:
    """The knowledge base at ``url_or_path`` (see ``communique.store.open_store``), linking
    each document it stores in the transaction that stores it."""
    from communique.link import with_linking
    from communique.store import open_store as open_unlinked

    return with_linking(open_unlinked(url_or_path, create=create))


def __getattr__(name: str) -> Any:
    if name in {"Extractor", "extract", "extract_all"}:
        from communique import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
