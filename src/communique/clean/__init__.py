"""Clean: from a raw input to the documents the pipeline works on.

``prepare(raw)`` extracts the text of HTML, splits a page that holds several
articles, strips page furniture line by line, and fills the metadata:
language (and other languages mixed in), publication time, dateline, source
and title. ``Document.original`` is the text before boilerplate removal (the
page's text for HTML) and ``Document.offsets`` maps every offset of
``Document.text`` back into it. See docs/ingest.md.
"""

from __future__ import annotations

from communique.clean.control import without_controls
from communique.clean.dateline import Dateline
from communique.clean.html import HtmlArticle, extract_articles
from communique.clean.language import identify, mixed_languages, normalise_code
from communique.clean.lines import CleanedLines, LineJudge
from communique.clean.metadata import (
    bare_domain,
    doc_id_from_text,
    doc_id_from_url,
    known_source,
    publication,
    tidy_title,
)
from communique.clean.page import article_parts, build_text, clean_article, judge_page
from communique.document import DatelineSpan, Document, OffsetMap, RawDocument
from communique.errors import ReadError

__all__ = ["prepare"]


def prepare(raw: RawDocument, max_chars: int = 0) -> list[Document]:
    """The cleaned documents of one input, in page order (``ID``, ``ID#2``, …).

    Raises ``ReadError`` with a one-line reason when nothing usable is left.
    Control characters are removed first (``clean.control``); a page's text
    longer than ``max_chars`` (0: no limit) is cut, with a warning.
    """
    raw = without_controls(raw)
    judge = LineJudge()
    documents: list[Document] = []
    for page in _pages(raw):
        _cut(page, max_chars)
        for part in article_parts(judge_page(page.text, judge)):
            document = _document(raw, page, clean_article(part, judge, page.title))
            if document is not None:
                documents.append(document)
    if not documents:
        raise ReadError("nothing left after cleaning: the input holds only menus, dates, "
                        "links or widgets, no article text")
    base = raw.doc_id or _derived_id(raw, documents[0])
    for number, document in enumerate(documents, start=1):
        document.doc_id = base if number == 1 else f"{base}#{number}"
    return documents


def _pages(raw: RawDocument) -> list[HtmlArticle]:
    """The texts to clean, with what the HTML (if any) said about each."""
    if raw.content_type != "html":
        return [HtmlArticle(raw.content)]
    pages = [a for a in extract_articles(raw.content, raw.url) if a.text.strip()]
    if not pages:
        raise ReadError("the HTML holds no text (only markup, scripts or styles)")
    return pages


def _cut(page: HtmlArticle, max_chars: int) -> None:
    """Cut a text over budget at the last paragraph break before the limit (else line
    break, else space), so that no sentence is left half."""
    length = len(page.text)
    if not max_chars or length <= max_chars:
        return
    head = page.text[:max_chars]
    end = next((at for at in (head.rfind("\n\n"), head.rfind("\n"), head.rfind(" "))
                if at > max_chars // 2), max_chars)
    page.text = head[:end]
    page.warnings.append(f"cut: the text has {length:,} characters, only the first {end:,} "
                         f"were processed (setting ingest.max_document_chars = {max_chars:,})")


def _derived_id(raw: RawDocument, first: Document) -> str:
    url = raw.url or first.url
    return doc_id_from_url(url) if url else doc_id_from_text(raw.content)


def _document(raw: RawDocument, page: HtmlArticle, cleaned: CleanedLines) -> Document | None:
    text, offsets = build_text(page.text, cleaned.lines)
    if not text.strip():
        return None
    url = raw.url or page.url
    dateline = cleaned.dateline
    document = Document(
        doc_id="", original=page.text, text=text, offsets=offsets, url=url,
        dateline=dateline.place if dateline else None,
        dateline_date=dateline.date_text if dateline else None,
        dateline_span=_dateline_span(dateline, offsets) if dateline else None,
        origin=raw.origin, warnings=[*raw.warnings, *page.warnings],
    )
    _language(document, raw, page, cleaned)
    _publication(document, raw, page, cleaned)
    agency = (dateline.agency if dateline else None) or cleaned.credit_agency
    document.source_name = (raw.source_name or agency or known_source(url) or page.site_name
                            or bare_domain(url))
    document.title = tidy_title(page.title or cleaned.title,
                                (page.site_name, document.source_name))
    return document


def _dateline_span(dateline: Dateline, offsets: OffsetMap) -> DatelineSpan | None:
    """The dateline's offsets in the cleaned text (its line is copied verbatim)."""
    start, end = offsets.to_clean(dateline.start), offsets.to_clean(dateline.end)
    place = offsets.to_clean(dateline.place_start)
    if start is None or end is None or place is None:
        return None
    date = _clean_span(offsets, dateline.date_start, len(dateline.date_text or ""))
    agency = (_clean_span(offsets, dateline.agency_span[0],
                          dateline.agency_span[1] - dateline.agency_span[0])
              if dateline.agency_span else None)
    return DatelineSpan(start, end, (place, place + len(dateline.place)), date, agency)


def _clean_span(offsets: OffsetMap, start: int | None, length: int) -> tuple[int, int] | None:
    at = offsets.to_clean(start) if start is not None and length else None
    return None if at is None else (at, at + length)


def _language(document: Document, raw: RawDocument, page: HtmlArticle,
              cleaned: CleanedLines) -> None:
    paragraphs = [line.text for line in cleaned.kept]
    detected = identify(document.text)
    given = normalise_code(raw.language)
    document.language = given or detected or normalise_code(page.language)
    document.mixed_languages = mixed_languages(paragraphs, document.language)
    if given and detected and given != detected and document.mixed_languages != [detected]:
        document.warnings.append(f"language given as {given}, but the text reads as {detected}")


def _publication(document: Document, raw: RawDocument, page: HtmlArticle,
                 cleaned: CleanedLines) -> None:
    published, warnings = publication(raw.published, page.published, cleaned.candidates,
                                      document.dateline_date, document.url, document.text)
    document.warnings.extend(warnings)
    if published is not None:
        document.published = published.value
        document.published_has_time = published.has_time
        document.published_precision = published.precision
        if published.warning:
            document.warnings.append(published.warning)
