"""A page's lines in zones: header, body, footer; and pages with several articles.

``judge_page`` gives every line the verdicts that need no context (see
``communique.clean.lines`` for the signals), ``clean_article`` those that
depend on where a line sits in its article; ``article_parts`` finds where
the articles of a listing page start (a dated headline followed by prose, or
a headline followed by a dateline), so that each is cleaned on its own.
"""

from __future__ import annotations

import bisect
from collections import Counter

from communique.clean.dateline import Dateline, find_dateline
from communique.clean.dates import DateHit, find_dates
from communique.clean.lexicon import agencies
from communique.clean.lines import (
    CleanedLines,
    DateCandidate,
    Line,
    LineJudge,
    is_prose,
    label_like,
    normalise,
    split_lines,
    words,
)
from communique.document import OffsetMap

MIN_ARTICLE_PROSE = 100
LONG_PROSE_WORDS = 25
EARLY_LINES = 8


def judge_page(original: str, judge: LineJudge) -> list[Line]:
    """The lines of a page with the verdicts that need no context (junk, date line)."""
    lines = _split_label_prefix(split_lines(original), judge)
    for line in lines:
        hits = judge.date_line(line.text)
        if hits:
            line.kind, line.reason, line.dates = "date", "date line", hits
            continue
        reason = judge.junk(line.text)
        if reason:
            line.kind, line.reason = "dropped", reason
    return lines


def clean_article(lines: list[Line], judge: LineJudge, title: str | None = None) -> CleanedLines:
    """The verdict on every line of one article, from its zones and repeats.

    ``title`` is the headline the HTML named, if any: its line stays as the title.
    """
    result = CleanedLines(lines)
    first, last = _body_bounds(lines)
    _drop_tails(lines, first, judge)
    if first is not None:
        _header(result, first, judge, normalise(title) if title else None)
        _early_dates(result, first, judge)
        _footer(lines, last)
        result.dateline = _dateline(lines, first)
    _drop_repeats(lines)
    return result


def _split_label_prefix(lines: list[Line], judge: LineJudge) -> list[Line]:
    """Cut "date 2017-01-12 " off the sentence it was glued to; it becomes a date line."""
    for index, line in enumerate(lines[:3]):
        cut = judge.label_prefix_split(line.text)
        if cut is None:
            continue
        rest = line.text[cut:]
        skip = cut + len(rest) - len(rest.lstrip())
        prefix = Line(line.start, line.start + cut, line.text[:cut], line.blank_before)
        body = Line(line.start + skip, line.end, line.text[skip:], False)
        return [*lines[:index], prefix, body, *lines[index + 1:]]
    return lines


def _body_bounds(lines: list[Line]) -> tuple[int | None, int | None]:
    body = [i for i, line in enumerate(lines) if line.kind == "body"
            and (is_prose(line.text) or find_dateline(line.text))]
    return (body[0], body[-1]) if body else (None, None)


def _drop_tails(lines: list[Line], first: int | None, judge: LineJudge) -> None:
    """After "Latest news", "Read also" … drop the teasers until the article resumes."""
    index = first or 0
    while index < len(lines):
        if not judge.tail_marker(lines[index].text):
            index += 1
            continue
        lines[index].kind, lines[index].reason = "dropped", "teaser block"
        index += 1
        while index < len(lines) and not _long_prose(lines[index].text):
            lines[index].kind, lines[index].reason = "dropped", "teaser block"
            index += 1


def _long_prose(text: str) -> bool:
    return is_prose(text) and (words(text) >= LONG_PROSE_WORDS or len(text) >= 200)


def _header(result: CleanedLines, first: int, judge: LineJudge, known: str | None) -> None:
    """Date lines become candidates, the headline the title, short lines go."""
    lines = result.lines
    for index in range(first):
        line = lines[index]
        if line.kind == "date":
            result.candidates.append(_candidate(lines, index, judge))
            result.credit_agency = result.credit_agency or _credit_agency(line.text)
            continue
        if line.kind != "body":
            continue
        leading = _leading_dates(line.text)
        if leading:
            line.dates = leading
            result.candidates.append(_candidate(lines, index, judge))
        named = known is not None and normalise(line.text) == known
        if result.title is None and not leading and (named or _title_like(line.text)):
            line.kind, result.title = "title", line.text
        elif words(line.text) <= 3 and not is_prose(line.text):
            line.kind, line.reason = "dropped", "navigation"


def _early_dates(result: CleanedLines, first: int, judge: LineJudge) -> None:
    """Without a header date, a date line among the first lines (after a standfirst) counts,
    else a date that opens the lead ("December 18, 2021 - The Secretary …", "18 декабря
    2021 г. в Москве состоялись …"): a release is dated by its first words."""
    if result.candidates:
        return
    for index in range(first, min(len(result.lines), EARLY_LINES)):
        if result.lines[index].kind == "date":
            result.candidates.append(_candidate(result.lines, index, judge))
    lead = result.lines[first]
    if not result.candidates and not lead.dates and (leading := _leading_dates(lead.text)):
        lead.dates = leading
        result.candidates.append(_candidate(result.lines, first, judge))


def _leading_dates(text: str) -> list[DateHit]:
    """A header line that opens with a date ("6 December, 2022, CIS Executive Committee")."""
    hits = find_dates(text)
    return hits[:1] if hits and hits[0].start <= 2 else []


def _title_like(text: str) -> bool:
    return not is_prose(text) and (words(text) >= 4 or len(text) >= 25) and len(text) <= 300


def _candidate(lines: list[Line], index: int, judge: LineJudge) -> DateCandidate:
    line = lines[index]
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    beside_menu = any(n.kind == "dropped" or (words(n.text) <= 3 and not is_prose(n.text))
                      for n in neighbours)
    render = judge.render_marked(line.text) or (judge.has_weekday(line.text) and beside_menu)
    return DateCandidate(line.dates[0], index, judge.label(line.text), render)


def _credit_agency(text: str) -> str | None:
    table = agencies()
    for token in text.replace("/", " ").split():
        name = table.get(token.strip(".,:()").lower())
        if name:
            return name
    return None


def _footer(lines: list[Line], last: int | None) -> None:
    if last is None:
        return
    for line in lines[last + 1:]:
        if line.kind != "body" or is_prose(line.text):
            continue
        count = words(line.text)
        if count <= 3 or (count <= 8 and label_like(line.text)):
            line.kind, line.reason = "dropped", "footer link"


def _drop_repeats(lines: list[Line]) -> None:
    """A repeated line is furniture (menu, caption); repeated prose keeps its first copy."""
    counts = Counter(normalise(line.text) for line in lines)
    seen: set[str] = set()
    for line in lines:
        key = normalise(line.text)
        if counts[key] < 2 or line.kind in ("dropped", "date"):
            continue
        keep_first = line.kind == "title" or is_prose(line.text)
        if key in seen or not keep_first:
            line.kind, line.reason = "dropped", "repeated line"
        seen.add(key)


def _dateline(lines: list[Line], first: int) -> Dateline | None:
    """The dateline of the first body paragraphs (a standfirst may come first), with
    offsets in the page."""
    body = [line for line in lines[first:] if line.kind == "body"][:3]
    for line in body:
        found = find_dateline(line.text)
        if found:
            return found.shifted(line.start)
    return None


def article_parts(lines: list[Line]) -> list[list[Line]]:
    """The lines of each article of a page, in page order; one part for a single article."""
    content = [line for line in lines if line.kind != "dropped"]
    heads = _with_enough_prose(content, [i for i in range(len(content)) if _is_head(content, i)])
    if len(heads) < 2:
        return [lines]
    starts = [content[i].start for i in heads[1:]]
    parts: list[list[Line]] = [[] for _ in range(len(starts) + 1)]
    for line in lines:
        parts[bisect.bisect_right(starts, line.start)].append(line)
    return parts


def _is_head(content: list[Line], index: int) -> bool:
    line = content[index]
    following = content[index + 1: index + 5]
    if line.kind == "date" and line.dates[0].precision == "day":
        return (bool(following) and _title_like(following[0].text)
                and any(is_prose(n.text) for n in following[1:]))
    if not _title_like(line.text) or (index and content[index - 1].kind == "date"):
        return False
    return bool(following) and is_prose(following[0].text) and bool(
        find_dateline(following[0].text))


def _with_enough_prose(content: list[Line], heads: list[int]) -> list[int]:
    kept: list[int] = []
    for position, head in enumerate(heads):
        stop = heads[position + 1] if position + 1 < len(heads) else len(content)
        prose = sum(len(line.text) for line in content[head:stop] if is_prose(line.text))
        if prose >= MIN_ARTICLE_PROSE:
            kept.append(head)
    return kept


def build_text(original: str, lines: list[Line]) -> tuple[str, OffsetMap]:
    """The cleaned text: kept lines joined by line or paragraph breaks, with its offset map."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    gap = False
    for line in lines:
        if line.kind not in ("body", "title"):
            gap = gap or bool(parts)
            continue
        if parts:
            separator = "\n\n" if (gap or line.blank_before) else "\n"
            parts.append(separator)
            length += len(separator)
        segments.append((length, line.start, line.end - line.start))
        parts.append(original[line.start:line.end])
        length += line.end - line.start
        gap = False
    return "".join(parts), OffsetMap(segments)
