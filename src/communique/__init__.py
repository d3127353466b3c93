"""Communiqué: diplomatic news reports and communiqués to evidence-linked PLOVER events.

>>> import communique
>>> record = communique.extract(text, published="2021-11-24")
>>> record["events"][0]["event_type"]
'CONSULT'
"""

from communique.extractor import Extractor, extract, extract_all

__all__ = ["Extractor", "extract", "extract_all"]
__version__ = "0.1.0"
