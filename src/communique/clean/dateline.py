"""The dateline that opens a news report: place, date as printed, agency.

Recognised shapes (the place in capitals or title case, the date with or
without a year, the agency in parentheses, slashes, or after a dash):

- ``MINSK, 23. November (BelTA) -``       ``NEW DELHI, July 4 (Reuters) -``
- ``MOSCOW, September 24. /TASS/.``       ``МИНСК, 7 июня. /БЕЛТА/.``
- ``Москва. 15 февраля. INTERFAX.RU -``   ``ТАШКЕНТ, 20 ноя — Sputnik.``
- ``7 июня, Минск /Корр. БЕЛТА/.``        ``Brüssel (Reuters) -``
- ``ASTANA. KAZINFORM –`` (a known agency after the place, no date)
- ``BERLIN, 13. Dezember.``, ``Москва, 12 апреля.`` (no agency), ``SINGAPORE:`` and
  ``Durban.`` (a place only)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from communique.clean.lexicon import agencies, boilerplate, calendar

_UP = "A-ZÄÖÜÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄЎ"
_LOW = "a-zäöüßà-öø-ÿā-žа-яёіїєў"
_CAPS_WORD = rf"[{_UP}][{_UP}'’.\-]*[{_UP}]"
_TITLE_WORD = rf"[{_UP}][{_LOW}'’\-]+(?:-[{_UP}][{_LOW}]+)?"
_CONNECTOR = r"(?:am|an der|de|del|la|le|on|upon|na|sur|im|ob der|на|под|де)"
_PLACE = (rf"(?:{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,3}}"
          rf"|{_TITLE_WORD}(?:[ /](?:{_CONNECTOR} )?{_TITLE_WORD}){{0,2}})")
_ENCLOSED_AGENCY = r"\((?P<a1>[^()\n]{2,40})\)|/(?P<a2>[^/\n]{2,40})/"
_NAMED_AGENCY = rf"(?P<{{group}}>[{_UP}][\w.’'-]*(?: [{_UP}][\w.’'-]*){{{{0,2}}}})"
_DASH = r"(?:-{1,2}|–|—)"


@dataclass(frozen=True)
class Dateline:
    """A dateline with its offsets (in the line it was found in, until ``shifted``)."""

    place: str
    date_text: str | None
    agency: str | None          # canonical name, or the text as printed when unknown
    end: int                    # where the report's text begins
    start: int = 0              # where the dateline begins
    place_start: int = 0
    date_start: int | None = None
    agency_span: tuple[int, int] | None = None     # the agency as printed

    def shifted(self, by: int) -> Dateline:
        """The same dateline with its offsets moved by ``by`` (from its line to the page)."""
        return replace(self, end=self.end + by, start=self.start + by,
                       place_start=self.place_start + by,
                       date_start=None if self.date_start is None else self.date_start + by,
                       agency_span=None if self.agency_span is None else
                       (self.agency_span[0] + by, self.agency_span[1] + by))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(re.escape(m) for m in sorted(calendar().months, key=len, reverse=True))
    years = "|".join(map(re.escape, calendar().year_words))
    year_word = rf"(?:\s+(?:{years}))?" if years else ""      # "7 июня 2022 г.", "2023 года"
    date = (rf"(?P<date>(?i:\d{{1,2}}\.?\s+(?:{months})\b\.?(?:\s+\d{{4}}{year_word})?"
            rf"|(?:{months})\b\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
            rf"|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?))")
    place = rf"(?P<place>{_PLACE})"
    country = rf"(?:,\s*{_TITLE_WORD}(?: {_TITLE_WORD})?)?"
    return tuple(re.compile(p) for p in (
        # MINSK, 23. November (BelTA) -   /   Brüssel (Reuters) -   /   МОСКВА, 8 июня. /ТАСС/.
        rf"^{place}{country}(?:[,.]\s*{date}\.?)?\s*(?:{_ENCLOSED_AGENCY})"
        rf"\s*(?P<sep>[.:]?\s*{_DASH}|[.:])?\s*",
        # ТАШКЕНТ, 20 ноя — Sputnik.   /   Москва. 15 февраля. INTERFAX.RU –
        rf"^{place}[,.]\s*{date}\.?\s*(?:{_DASH}\s*{_NAMED_AGENCY.format(group='a3')}\.(?=\s)"
        rf"|{_NAMED_AGENCY.format(group='a4')}\s*{_DASH})\s*",
        # ASTANA. KAZINFORM – (Kazinform's German and English pages: no date; the agency must
        # be a known one, or "Wien. Die Lage – …" would read "Die Lage" as one)
        rf"^{place}\.\s*{_NAMED_AGENCY.format(group='a5')}\s*{_DASH}\s*",
        # 7 июня, Минск /Корр. БЕЛТА/.
        rf"^{date},\s*{place}\s*(?:{_ENCLOSED_AGENCY})\s*(?P<sep>[.:]?\s*{_DASH}|[.:])?\s*",
        # MINSK, 23 July -  (no agency)
        rf"^{place}[,.]\s*{date}\.?\s*{_DASH}\s*",
        # BERLIN, 13. Dezember. Der Außenminister …  /  Москва, 12 апреля. Министр …
        # (no agency; a title-case place must not be a weekday: "Freitag, 26. April.")
        rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}|{_TITLE_WORD}(?: {_TITLE_WORD})?),"
        rf"\s*{date}\.\s+(?=[{_UP}])",
        # NEW DELHI:   /   SINGAPORE:
        rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})\s*:\s+(?=[{_UP}\"„«“])",
        # Durban. Die BRICS-Länder …
        rf"^(?P<place>{_TITLE_WORD})\.\s+(?=[{_UP}][{_LOW}])",
        # Wien – UN-Generalsekretär …  /  Jerusalem/Ramallah – Israels …  (newspapers: the
        # place and a dash; several places joined by a slash)
        rf"^(?P<place>{_TITLE_WORD}(?:/{_TITLE_WORD}){{0,2}})\s+{_DASH}\s+(?=[{_UP}])",
    ))


def find_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line``, if it has one; section names of the page's menu
    run into the line before it ("Nachrichten Politik Paris/Berlin (AFP) – …") are skipped."""
    text = _after_menu(line.lstrip())
    offset = len(line) - len(text)
    for pattern in _patterns():
        match = pattern.match(text)
        if match is None:
            continue
        dateline = _dateline(match, offset)
        if dateline is not None:
            return dateline
    return None


def _after_menu(text: str) -> str:
    """``text`` less the section names (boilerplate ``lines`` of one word) that open it."""
    words = text.split(" ")
    menu = boilerplate().lines
    skipped = 0
    while skipped < len(words) - 1 and words[skipped].lower() in menu:
        skipped += 1
    return " ".join(words[skipped:])


def _dateline(match: re.Match[str], offset: int) -> Dateline | None:
    groups = match.groupdict()
    place = groups["place"].strip(" .,")
    if (place.lower() in boilerplate().not_places or place.lower() in calendar().weekdays
            or len(place) < 2):
        return None
    key = next((k for k in ("a1", "a2", "a3", "a4", "a5") if groups.get(k)), None)
    raw_agency = groups[key] if key else None
    agency = agency_name(raw_agency) if raw_agency else None
    if raw_agency and agency is None:
        return None
    if key == "a5" and agency not in agencies().values():
        return None
    if groups.get("a1") and not groups.get("sep") and agency not in agencies().values():
        return None  # "Heiko Maas (SPD) hatte …": a bracket, not an agency
    date_text = (groups.get("date") or "").rstrip(" .") or None
    place_start = offset + match.start("place") + match.group("place").index(place)
    date_start = offset + match.start("date") if date_text else None
    agency_span = (offset + match.start(key), offset + match.end(key)) if key else None
    return Dateline(place, date_text, agency, offset + match.end(), offset, place_start,
                    date_start, agency_span)


def agency_name(raw: str) -> str | None:
    """The canonical name of an agency as a dateline prints it, or None if not one.

    Known aliases map to their canonical names ("БЕЛТА" → "BelTA"); an
    unknown short name in capitals is kept as printed.
    """
    text = raw.strip().strip("()/.").strip()
    lowered = text.lower()
    for prefix in boilerplate().agency_prefixes:
        if lowered.startswith(prefix + " ") or lowered.startswith(prefix + "."):
            text = text[len(prefix):].strip(" .")
            lowered = text.lower()
            break
    table = agencies()
    if lowered in table:
        return table[lowered]
    for part in re.split(r"\s*[/,]\s*", lowered):
        if part in table:
            return table[part]
    words = text.split()
    if 1 <= len(words) <= 3 and sum(ch.isupper() for ch in text) >= 2 and len(text) <= 30:
        return text
    return None
