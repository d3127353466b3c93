"""Line-level boilerplate removal for scraped article text.

A scraped page is a header (menus, render date, the article's timestamp, the
headline), a body (prose) and a footer (share bars, "latest news", comment
forms). Each line is judged by general signals: is it prose (a sentence of
some length), is it a date on its own, does a widget lexicon name it, is it
a share bar or a language switcher, does it repeat, and where does it sit.
Short lines without sentence punctuation are dropped only in the header and
the footer; in the body only lexicon, widget and junk lines go, so no
sentence of the article is lost. What is dropped from the header still
informs the metadata: the date lines become publication-date candidates and
the headline becomes the title (and stays in the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.clean.dateline import Dateline
from communique.clean.dates import DateHit, find_dates
from communique.clean.lexicon import Boilerplate, boilerplate, calendar

_SENTENCE_END = tuple(".!?…:;\"»”“'’)")
_EDGE = " \t•·-–—|*:>»«\"'“”„()[]{}/\\_=+#~"
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_TOKEN = re.compile(r"[^\s|•·/,;]+")
_LONG_TOKEN = re.compile(r"\S{40,}")
SHORT_LINE = 160   # menus, widgets and date lines are shorter than this
DATE_LINE_START = 40   # a date line's date comes first, after at most a label or a section
_FIELD_BREAK = re.compile(r"[|丨]")   # "Source: Xinhua| 2021-12-18|Editor: huaxia" (Xinhua's "丨")
MAX_CREDIT_WORDS = 6   # "by PIB Delhi", "von Anna Muster, Berlin": a credit, not a sentence
_INNER_SENTENCE = re.compile(r"\w[.!?]\s+\w")


@dataclass
class Line:
    """One non-blank line of the original, with its verdict."""

    start: int
    end: int
    text: str
    blank_before: bool
    kind: str = "body"          # body | title | date | dropped
    reason: str = ""
    dates: list[DateHit] = field(default_factory=list)


@dataclass
class DateCandidate:
    """A date printed in a page header, with what surrounds it."""

    hit: DateHit
    line: int
    label: str | None           # "publish" | "update" | None
    render: bool                # looks like the page's "today" date


@dataclass
class CleanedLines:
    lines: list[Line]
    title: str | None = None
    candidates: list[DateCandidate] = field(default_factory=list)
    dateline: Dateline | None = None
    credit_agency: str | None = None

    @property
    def kept(self) -> list[Line]:
        return [line for line in self.lines if line.kind in ("body", "title")]


def split_lines(original: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of ``original[start:end]`` with their stripped offsets."""
    end = len(original) if end is None else end
    lines: list[Line] = []
    blank = False
    position = start
    for raw in original[start:end].splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            offset = position + content.index(stripped[0])
            lines.append(Line(offset, offset + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        position += len(raw)
    return lines


def normalise(text: str) -> str:
    return " ".join(text.lower().strip(_EDGE).split())


def words(text: str) -> int:
    return len(_WORD.findall(text))


def is_prose(text: str) -> bool:
    """A sentence of the article: long enough, and punctuated or very long."""
    count = words(text)
    if len(text) >= 150:
        return True
    return count >= 8 and (text.endswith(_SENTENCE_END)
                           or (len(text) >= 100 and bool(_INNER_SENTENCE.search(text))))


def label_like(text: str) -> bool:
    """Mostly capitalised words: a link or button caption rather than a sentence."""
    tokens = [t.strip(_EDGE) for t in text.split()]
    tokens = [t for t in tokens if t and t[0].isalpha()]
    return bool(tokens) and sum(t[0].isupper() for t in tokens) / len(tokens) >= 0.6


class LineJudge:
    """The verdicts on single lines, from the merged lexicons."""

    def __init__(self, lexicon: Boilerplate | None = None) -> None:
        self.lex = lexicon or boilerplate()
        self.weekdays = calendar().weekdays

    def junk(self, text: str) -> str | None:
        """Why a line is never text, anywhere on the page; None if it may be."""
        reason = self._short_junk(text) if len(text) <= SHORT_LINE else None
        if reason:
            return reason
        if self._widget_prefix(normalise(text[:SHORT_LINE]), text):
            return "widget line"
        if self._cookie_banner(text.lower()):
            return "cookie banner"
        long_token = _LONG_TOKEN.search(text)
        if long_token and len(long_token.group()) >= 0.6 * len(text):
            return "code or URL"
        return None

    def _short_junk(self, text: str) -> str | None:
        """The checks only a short line can fail: menus, buttons, switchers, widgets."""
        norm = normalise(text)
        if sum(ch.isalpha() for ch in text) <= 2:
            return "no words"
        if norm in self.lex.lines:
            return "menu or widget line"
        if self._share_bar(norm):
            return "share buttons"
        if self._language_menu(norm):
            return "language menu"
        if words(text) <= 4 and any(m in norm for m in self.lex.render_markers if "°" in m):
            return "weather widget"
        return None

    def _cookie_banner(self, lowered: str) -> bool:
        """"Cookie" with two consent words: a banner, not a sentence about cookies."""
        if "cookie" not in lowered and "куки" not in lowered:
            return False
        return sum(word in lowered for word in self.lex.consent_words) >= 2

    def _widget_prefix(self, norm: str, text: str) -> bool:
        for prefix in self.lex.prefixes:
            if norm.startswith(prefix) and (len(norm) == len(prefix)
                                            or not norm[len(prefix)].isalnum()):
                strong = " " in prefix or len(prefix) >= 8
                return (strong and words(text) <= 25) or not is_prose(text)
        return False

    def _share_bar(self, norm: str) -> bool:
        tokens = [t for t in _TOKEN.findall(norm) if t]
        if not tokens or len(tokens) > 12:
            return False
        social = sum(t in self.lex.social_networks for t in tokens)
        return social / len(tokens) >= 0.6 and (social >= 2 or len(tokens) == 1)

    def _language_menu(self, norm: str) -> bool:
        tokens = [re.sub(r"\d+$", "", t) for t in _TOKEN.findall(norm)]
        tokens = [t for t in tokens if t]
        return bool(tokens) and len(tokens) <= 12 and all(
            t in self.lex.language_codes for t in tokens)

    def tail_marker(self, text: str) -> bool:
        norm = normalise(text)
        return not is_prose(text) and any(norm.startswith(m) for m in self.lex.tail_markers)

    def date_line(self, text: str) -> list[DateHit]:
        """The dates of a line that holds little else (labels, weekday, time, section, a
        credit), or of a line of short fields one of which is such a date
        ("Source: Xinhua| 2021-12-18 14:35:12|Editor: huaxia")."""
        if len(text) > SHORT_LINE:
            return []
        hits = find_dates(text)
        if not hits or hits[0].start > DATE_LINE_START:
            return []
        return hits if self._only_dates(text, hits) or self._date_field(text) else []

    def _only_dates(self, text: str, hits: list[DateHit]) -> bool:
        rest = self._without_credit(text, hits[-1].end)
        for hit in reversed(hits):
            rest = rest[: hit.start] + " " + rest[hit.end:]
        norm = normalise(rest)
        for phrase in (*self.lex.update_labels, *self.lex.publish_labels, *self.lex.reading_time,
                       *self.lex.render_markers):
            norm = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", norm)
        leftover = [w for w in _WORD.findall(norm)
                    if w not in self.weekdays and "." not in w and w not in ("min", "мин")]
        return len(leftover) <= 2

    def _date_field(self, text: str) -> bool:
        """A line of fields (source, date, editor, section) one of which is a date line."""
        fields = [f for f in _FIELD_BREAK.split(text) if f.strip()]
        if len(fields) < 2 or any(
                words(f) > MAX_CREDIT_WORDS or is_prose(f) for f in fields):
            return False
        return any((hits := find_dates(f)) and self._only_dates(f, hits) for f in fields)

    def _without_credit(self, text: str, end: int) -> str:
        """``text`` without the credit that follows its last date ("… 4:35PM by PIB Delhi"):
        a date line names its author or desk, which counts as no other content."""
        tail = normalise(text[end:])
        for marker in self.lex.byline_markers:
            if (tail.startswith(marker + " ") or tail.startswith(marker + ":")) and (
                    words(tail) <= MAX_CREDIT_WORDS):
                return text[:end]
        return text

    def label(self, text: str) -> str | None:
        norm = normalise(text)
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", norm) for w in self.lex.update_labels):
            return "update"
        if any(norm.startswith(w) for w in self.lex.publish_labels):
            return "publish"
        return None

    def render_marked(self, text: str) -> bool:
        norm = normalise(text)
        tokens = set(_WORD.findall(norm))
        return any(m in tokens or (not m.isalpha() and m in norm) for m in self.lex.render_markers)

    def has_weekday(self, text: str) -> bool:
        return bool(set(_WORD.findall(text.lower())) & self.weekdays)

    def label_prefix_split(self, text: str) -> int | None:
        """End of a "date 2017-01-12" label prefix glued to the first sentence."""
        norm = text.lower()
        for label in self.lex.publish_labels:
            if norm.startswith(label):
                hits = find_dates(text[len(label):])
                if hits and hits[0].start <= 3:
                    end = len(label) + hits[0].end
                    if is_prose(text[end:].strip()):
                        return end
        return None
