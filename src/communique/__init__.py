"""Communiqué: diplomatic news reports and communiqués to evidence-linked PLOVER events.

>>> import communique
>>> record = communique.extract(text, published="2021-11-24")
>>> record["events"][0]["event_type"]
'CONSULT'

The extractor (and the models it loads) is imported on first use, so that
``communique --help`` and ``import communique.store`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from communique.extractor import Extractor, extract, extract_all

__all__ = ["Extractor", "extract", "extract_all"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from communique import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
