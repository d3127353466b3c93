"""One text policy for every store: control characters go at ingest, with a warning.

PostgreSQL text cannot hold NUL (0x00) while SQLite can, so a document with
NUL bytes was stored by one back-end and refused by the other. Every C0
control character except tab, line feed and carriage return (and DEL) is
removed from the text and the given metadata before cleaning, so both
back-ends store, and search, the same text.
"""

from __future__ import annotations

import dataclasses
import re

from communique.document import RawDocument

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FIELDS = ("content", "doc_id", "url", "published", "language", "source_name")


def without_controls(raw: RawDocument) -> RawDocument:
    """``raw`` with control characters removed; a warning says how many went, from where."""
    removed: dict[str, int] = {}
    changes: dict[str, str] = {}
    for name in _FIELDS:
        value = getattr(raw, name)
        if value is None:
            continue
        cleaned, count = CONTROL.subn("", value)
        if count:
            removed[name] = count
            changes[name] = cleaned
    if not removed:
        return raw
    where = ", ".join(f"{count} from {'the text' if name == 'content' else name}"
                      for name, count in removed.items())
    warning = f"control characters (NUL and the like) removed: {where}"
    result = dataclasses.replace(raw, warnings=[*raw.warnings, warning])
    for name, value in changes.items():
        setattr(result, name, value)
    return result
