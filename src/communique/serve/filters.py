"""The filters of an event list: parsed once, turned into SQL fragments and into links.

One ``EventFilter`` serves the API, the pages and the exports, so a filtered
page, its JSON twin and its download always hold the same events. Each field
maps to one named fragment of ``serve/queries.sql``; ``q`` goes through the
store's search across languages and scripts (``Store.search_terms``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query, Request

from communique.link import canonical_actor
from communique.serve.security import PLAIN_PATTERN
from communique.store import Store
from communique.store.backends import Params

DATE_PATTERN = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"   # or empty: any
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# Field -> the named fragment that applies it.
FRAGMENTS = {
    "type": "filter_type", "mode": "filter_mode", "status": "filter_status",
    "language": "filter_language", "code": "filter_code", "actor": "filter_actor",
    "person": "filter_person", "context": "filter_context", "forum": "filter_forum",
    "series": "filter_series",
    "since": "filter_since", "until": "filter_until", "q": "filter_text",
}


@dataclass(frozen=True)
class EventFilter:
    """What an analyst narrowed the event list to; ``None`` is "any"."""

    q: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    language: str | None = None
    code: str | None = None
    actor: str | None = None
    person: str | None = None
    context: str | None = None
    forum: str | None = None
    series: str | None = None
    since: str | None = None
    until: str | None = None

    def active(self) -> dict[str, str]:
        """The filters in use, by field name."""
        return {key: value for key, value in asdict(self).items() if value}

    def sql(self, store: Store) -> tuple[list[str], Params]:
        """The fragment names and parameters that select the filtered events; ``q`` is
        matched across languages and scripts (``Store.search_terms``)."""
        names: list[str] = []
        params: Params = {}
        for key, value in self.active().items():
            if key == "q":
                terms = store.search_terms(value)
                if not terms:
                    continue
                value = store.terms_query(terms)
            elif key in ("since", "until"):
                value = day_bound(value, last=key == "until", strict=False)
            names.append(FRAGMENTS[key])
            params[key] = value
        return names, params

    def query(self, **changes: str | None) -> str:
        """The query string of this filter with ``changes`` applied (``None`` removes one)."""
        changed = replace(self, **changes) if changes else self
        return urlencode(changed.active())

    def without(self, key: str) -> str:
        return self.query(**{key: None})


def day_bound(value: str, last: bool, strict: bool = True) -> str:
    """``2021``, ``2021-11`` or ``2021-11-23`` as the first (or last) day it covers.

    ``strict`` refuses a day the month does not have; a filter bound need not be a
    real day (``2021-02-30`` still orders right), a corrected event date must.
    """
    match = _DATE.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r} has no month {month}")
    if day is not None:
        assert month is not None
        if not 1 <= day <= (calendar.monthrange(year, month)[1] if strict else 31):
            raise ValueError(f"{value!r} has no day {day}")
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}-12-31" if last else f"{year:04d}-01-01"
    end = calendar.monthrange(year, month)[1] if last else 1
    return f"{year:04d}-{month:02d}-{end:02d}"


_TEXT: dict[str, Any] = {"max_length": 200, "pattern": PLAIN_PATTERN}
_CODE: dict[str, Any] = {"max_length": 40, "pattern": PLAIN_PATTERN}


def event_filter(
    request: Request,
    q: Annotated[str | None, Query(description="words that must all occur in the report "
                                               "(full-text search)", **_TEXT)] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT",
                                      **_CODE)] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. visit", **_CODE)] = None,
    status: Annotated[str | None, Query(description="occurred or planned", **_CODE)] = None,
    language: Annotated[str | None, Query(description="language of the report: de, en, ru",
                                          **_CODE)] = None,
    code: Annotated[str | None, Query(description="a participant's state (ISO 3166 alpha-3) "
                                                  "or IGO code, e.g. RUS, ASEAN",
                                      **_CODE)] = None,
    actor: Annotated[str | None, Query(description="a participant's actor key, e.g. "
                                                   "state:BLR", **_TEXT)] = None,
    person: Annotated[str | None, Query(description="a participating person: actor key, or "
                                                    "name in any script or spelling",
                                        **_TEXT)] = None,
    context: Annotated[str | None, Query(description="PLOVER context, e.g. cyber",
                                         **_CODE)] = None,
    forum: Annotated[str | None, Query(description="forum id or name", **_TEXT)] = None,
    series: Annotated[str | None, Query(description="series of meetings (see /api/series), "
                                                    "e.g. ser-blr-rus-dialogue-cyber",
                                        **_TEXT)] = None,
    since: Annotated[str | None, Query(description="events on or after: YYYY, YYYY-MM or "
                                                   "YYYY-MM-DD", pattern=DATE_PATTERN)] = None,
    until: Annotated[str | None, Query(description="events on or before: YYYY, YYYY-MM or "
                                                   "YYYY-MM-DD", pattern=DATE_PATTERN)] = None,
) -> EventFilter:
    """The ``EventFilter`` of a request's query string (a FastAPI dependency)."""
    given: dict[str, Any] = {f.name: value for f, value in zip(
        fields(EventFilter), (q, type, mode, status, language, code, actor, person, context,
                              forum, series, since, until), strict=True)}
    cleaned = {key: value.strip() or None if isinstance(value, str) else None
               for key, value in given.items()}
    if cleaned["person"] and ":" not in cleaned["person"]:
        found = canonical_actor(request.app.state.workbench.store, cleaned["person"])
        if found is not None and found.kind == "person":
            cleaned["person"] = found.key      # a name in any script or spelling
    return EventFilter(**cleaned)
