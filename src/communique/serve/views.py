"""What templates may call: links, labels and the evidence segments.

Everything here returns plain text for autoescaped output; nothing builds
HTML, so no value from a document can become markup.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

import jinja2

from communique.model import Actor, Event, EventDate
from communique.serve.catalog import actor_href, forum_label
from communique.serve.highlight import segments
from communique.serve.security import safe_url
from communique.store.rows import actor_key

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def event_href(act_id: str) -> str:
    return "/events/" + quote(act_id, safe="")


def document_href(doc_id: str) -> str:
    return "/documents/" + quote(doc_id, safe="")


def actor_key_of(actor: Actor) -> str | None:
    """The store's key of a participant (see ``store.rows.actor_key``), for its page link."""
    return actor_key(Actor(text=actor.text, name=actor.name, kind=actor.kind,
                           country=actor.country, igo=actor.igo))


def date_label(when: EventDate) -> str:
    """``23 Nov 2021``, ``Nov 2021``, ``2021`` or ``date unknown``, by precision."""
    if not when.start or when.precision == "unknown":
        return "date unknown"
    year, month, day = when.start[:4], int(when.start[5:7]), int(when.start[8:10])
    label = {"year": year, "month": f"{_MONTHS[month - 1]} {year}",
             "day": f"{day} {_MONTHS[month - 1]} {year}"}[when.precision]
    if when.end and when.end != when.start and when.precision == "day":
        end = date.fromisoformat(when.end)
        label += f" – {end.day} {_MONTHS[end.month - 1]} {end.year}"
    return label


def published_label(published: str | None) -> str:
    """A publication date or date-time, shortened to the day."""
    if not published:
        return "date unknown"
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def code_of(actor: Actor) -> str | None:
    return actor.igo or actor.country


def side_label(actors: list[Actor]) -> str:
    """``Andrei Krutskikh (RUS), Russia``: one side of an event in a line."""
    parts = []
    for actor in actors:
        code = code_of(actor)
        same = code is not None and actor.kind in ("state", "igo")
        parts.append(actor.name if same or not code else f"{actor.name} ({code})")
    return ", ".join(dict.fromkeys(parts)) or "—"


def headline(event: Event) -> str:
    """``Andrei Krutskikh (RUS) → Sergei Aleinik (BLR)``: who did it to whom."""
    line = side_label(event.actors)
    if event.recipients:
        line += " → " + side_label(event.recipients)
    return line


def place_label(event: Event) -> str | None:
    where = event.location
    if where is None:
        return None
    if where.virtual:
        return "remote (phone / video)"
    return ", ".join(part for part in (where.name, where.country) if part) or None


_CODE = re.compile(r"``(.+?)``|`([^`]+)`")


def code_spans(text: str) -> list[tuple[str, bool]]:
    """Text with RST/Markdown code (``x`` or `x`) cut into (text, is_code) parts, so a
    docstring shows as text and code, not as backticks."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in _CODE.finditer(text):
        parts += [(text[position:match.start()], False),
                  (match.group(1) or match.group(2), True)]
        position = match.end()
    return [part for part in [*parts, (text[position:], False)] if part[0]]


def install(env: jinja2.Environment) -> None:
    env.globals.update(event_href=event_href, document_href=document_href,
                       actor_href=actor_href, actor_key_of=actor_key_of, safe_url=safe_url,
                       segments=segments, date_label=date_label, headline=headline,
                       side_label=side_label, place_label=place_label, code_of=code_of,
                       published_label=published_label, forum_label=forum_label,
                       code_spans=code_spans)
