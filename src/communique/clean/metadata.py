"""Document metadata: publication time, source name, document id, title.

Publication time, in order of trust: the value the input gives; the HTML's
publication meta data; a date printed in the page header; a dated dateline;
the URL's path. A day beats a month from any of these. A dateline's day without
a year ("MOSCOW, November 23. /TASS/.") takes the year of the month or year found
(the URL's "/2021/11/" or "/2021/"), else the first year after the latest dated
day or month the report tells of ("last met on 2 December 2020", "in May 2021"). In
the header, a labelled date ("Published:") wins, "Updated:" dates and render dates
(a weekday or a flag icon next to the menu) are set aside, and of the rest the
earliest wins: a page's render, crawl and update dates are never earlier than its
publication. A page with no other date takes the earliest date set aside; a page
with none at all, the latest day its lead tells of.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from communique.clean.dates import (
    DateHit,
    DatePrecision,
    find_dates,
    parse_given,
    url_date,
    url_year,
)
from communique.clean.lexicon import boilerplate, sources
from communique.clean.lines import DateCandidate

MAX_SLUG = 64
MID_MONTH = 15      # a date known to the month is taken at its middle to pick a dateline's year
NEAR_MONTH = timedelta(days=31)     # … and a dateline's day lies in that month or next to it


@dataclass(frozen=True)
class Published:
    value: datetime
    has_time: bool
    warning: str | None = None
    precision: DatePrecision = "day"    # "month" when the page gives no day


def publication(given: str | None, meta: str | None, candidates: list[DateCandidate],
                dateline_date: str | None, url: str | None,
                body: str = "") -> tuple[Published | None, list[str]]:
    """The publication time and the warnings about how it was found; ``body`` is the
    report's text, whose dated days bound a dateline's missing year from below."""
    warnings: list[str] = []
    if given:
        hit = parse_given(given)
        if hit is not None:
            return _published(hit, "given"), warnings
        warnings.append(f"the given publication date {given!r} is not ISO 8601 or RFC 822 "
                        "(or gives only a year); looked for one in the page instead")
    found = [hit for hit in (
        parse_given(meta) if meta else None,
        _from_header(candidates),
        _from_dateline(dateline_date),
        url_date(url),
        _set_aside(candidates),
    ) if hit is not None]
    best = next((hit for hit in found if hit.precision == "day"), found[0] if found else None)
    if best is None or best.precision != "day":
        best = _dateline_with_year(dateline_date, best, url, body) or best
    if best is None:
        best = _lead_day(body)
        if best is None:
            return None, warnings
        warnings.append("no publication date on the page; the latest day its lead tells of "
                        f"({best.value.date().isoformat()}) is taken for it")
    return _published(best, "found"), warnings


def _lead_day(body: str) -> DateHit | None:
    """The latest day the first paragraph tells of: a report is not older than the news
    it leads with, and is most often of that day."""
    lead = body.strip().split("\n\n", 1)[0]
    days = [hit for hit in find_dates(lead) if hit.precision == "day"]
    return max(days, key=lambda hit: hit.value) if days else None


def _dateline_with_year(dateline_date: str | None, month: DateHit | None, url: str | None,
                        body: str) -> DateHit | None:
    """A yearless dateline day completed with the year of the month found, of the URL, or
    the first after the report's latest dated day: a wire is filed after what it tells."""
    if not dateline_date or find_dates(dateline_date):
        return None
    if month is not None:
        middle = month.value.replace(day=MID_MONTH)
        days = [d for y in (middle.year - 1, middle.year, middle.year + 1)
                if (d := _on_year(dateline_date, y)) is not None]
        near = min(days, key=lambda d: abs(d.value - middle), default=None)
        # a day far from the month found ("5 May" on a page of /2020/10/) contradicts it
        return near if near is not None and abs(near.value - middle) <= NEAR_MONTH else None
    year = url_year(url)
    if year is not None:
        return _on_year(dateline_date, year)
    told = [hit.value for hit in find_dates(body)]
    if not told:
        return None
    latest = max(told)
    for year in (latest.year, latest.year + 1):
        day = _on_year(dateline_date, year)
        if day is not None and day.value >= latest - timedelta(days=1):
            return day
    return None


def _on_year(dateline_date: str, year: int) -> DateHit | None:
    """The dateline's day ("November 23", "23 ноября", "23.11.") in ``year``."""
    text = dateline_date.strip()
    hits = find_dates(f"{text}{year}" if text.endswith(".") and text[-2:-1].isdigit()
                      else f"{text} {year}")
    return hits[0] if len(hits) == 1 and hits[0].precision == "day" else None


def _published(hit: DateHit, how: str) -> Published:
    if hit.precision == "month":
        month = hit.value.strftime("%Y-%m")
        return Published(hit.value, False, f"publication date known to the month only ({month}, "
                                           f"{how}); stored as the 1st of the month", "month")
    return Published(hit.value, hit.has_time)


def _from_header(candidates: list[DateCandidate]) -> DateHit | None:
    usable = [c for c in candidates if c.label != "update"]
    labelled = [c for c in usable if c.label == "publish"]
    if labelled:
        return labelled[0].hit
    plain = [c for c in usable if not c.render]
    if not plain:
        return None
    return min(plain, key=lambda c: (c.hit.precision != "day", c.hit.value)).hit


def _set_aside(candidates: list[DateCandidate]) -> DateHit | None:
    """The earliest render or update date, when the page has no other: the day a page was
    shown or last edited is the nearest a relative date ("on Tuesday") can be read from."""
    return min((c.hit for c in candidates if c.hit.precision == "day"),
               key=lambda hit: hit.value, default=None)


def _from_dateline(dateline_date: str | None) -> DateHit | None:
    """A dateline date counts only with its year ("LONDON, March 3, 2021 (Reuters)")."""
    if not dateline_date:
        return None
    hits = find_dates(dateline_date)
    return hits[0] if hits else None


def known_source(url: str | None) -> str | None:
    """The name the domain table gives a URL's host (the most specific entry wins)."""
    host = _host(url)
    if not host:
        return None
    table = sources()
    parts = host.split(".")
    return next((table[".".join(parts[i:])] for i in range(len(parts) - 1)
                 if ".".join(parts[i:]) in table), None)


def bare_domain(url: str | None) -> str | None:
    """A URL's host without "www." and mobile prefixes: the source name of last resort."""
    host = _host(url)
    return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host) if host else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "://" in url else f"http://{url}").hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def doc_id_from_url(url: str) -> str:
    """A readable, stable id from a URL: host and path as a slug."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = re.sub(r"^www\d?\.", "", (parts.hostname or "").lower())
    raw = f"{host}{parts.path}{'-' + parts.query if parts.query else ''}"
    slug = re.sub(r"[^0-9a-zA-Z]+", "-", raw).strip("-").lower()
    if len(slug) <= MAX_SLUG and slug:
        return slug
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:MAX_SLUG].rstrip('-')}-{digest}"


def doc_id_from_text(content: str) -> str:
    return "sha256-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def tidy_title(title: str | None, site_names: tuple[str | None, ...] = ()) -> str | None:
    """A headline without the site suffix a page appends ("… – Новости", "… | BelTA")."""
    if not title:
        return None
    text = " ".join(title.split())
    known = {n.lower() for n in site_names if n} | boilerplate().lines
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        head, sep, tail = text.rpartition(separator)
        if sep and head and (tail.lower().strip() in known or len(tail.split()) <= 1):
            text = head.strip()
            break
    return text or None
