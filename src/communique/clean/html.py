"""HTML to article text and metadata.

A single article is extracted with trafilatura (main content, no comments);
when trafilatura finds nothing, or far less than the page's own blocks, a
block extractor takes over: scripts, styles, navigation, headers, footers
and forms go, and blocks that are mostly links (menus, teaser lists) are
dropped by link density. A listing page (several ``<article>`` elements,
each with a headline and text) gives one article per element. Metadata comes
from ``<meta>`` tags, JSON-LD and ``<time>``; the publication time never from
a modified-time tag.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree, html

from communique.clean.flat import flat_text
from communique.clean.lexicon import HtmlRules, html_rules
from communique.errors import ReadError

_HEADINGS = ("h1", "h2", "h3", "h4")
# trafilatura warns "discarding data: None" for every page it finds no text in; whether
# such a page fails is decided (and reported, with a reason) by ``clean.prepare``.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class HtmlArticle:
    """One text to clean, with what its HTML (if any) said about it."""

    text: str
    title: str | None = None
    published: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


TOO_DEEP = ("the HTML is nested too deeply for the parser (more than {depth} levels); its "
            "text was read without the page structure")
_DEPTH = re.compile(r"Excessive depth in document: (\d+)")


def extract_articles(page: str, url: str | None = None) -> list[HtmlArticle]:
    """The article(s) of an HTML page; raises ReadError when it cannot be parsed."""
    rules = html_rules()
    tree, depth_limit = _parse(page)
    meta = _page_meta(tree, rules)
    if depth_limit is not None:
        text = flat_text(page, rules.drop_tags, rules.block_tags)
        return [HtmlArticle(_with_title(text, meta.get("title")), meta.get("title"),
                            meta.get("published"), meta.get("site"), meta.get("language"),
                            meta.get("url"), [TOO_DEEP.format(depth=depth_limit)])]
    listing = _listing(tree, rules)
    if len(listing) >= 2:
        return [_listed_article(element, meta, rules) for element in listing]
    text = _main_text(page, tree, url, rules)
    article = tree.find(".//article")
    published = meta.get("published") or (_time_of(article) if article is not None else None)
    return [HtmlArticle(_with_title(text, meta.get("title")), meta.get("title"), published,
                        meta.get("site"), meta.get("language"), meta.get("url"))]


def _parse(page: str) -> tuple[Any, int | None]:
    """The tree, and the parser's depth limit when the page went deeper (its text is lost)."""
    parser = html.HTMLParser()
    try:
        tree = html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"HTML that cannot be parsed: {exc}") from exc
    too_deep = next((m for e in parser.error_log if (m := _DEPTH.search(e.message))), None)
    return tree, int(too_deep.group(1)) if too_deep else None


def _page_meta(tree: Any, rules: HtmlRules) -> dict[str, str]:
    found: dict[str, str] = {}
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        content = (element.get("content") or "").strip()
        if key and content:
            metas.setdefault(key.strip().lower(), content)
    ld = _json_ld(tree)
    published = next((metas[k] for k in rules.published_meta if k in metas), None)
    found_published = published or ld.get("datePublished") or _itemprop_time(tree)
    if found_published:
        found["published"] = str(found_published)
    site = next((metas[k] for k in rules.site_meta if k in metas), None)
    publisher = ld.get("publisher")
    site = site or (publisher.get("name") if isinstance(publisher, dict) else None)
    if site:
        found["site"] = str(site)
    title = (next((metas[k] for k in rules.title_meta if k in metas), None) or ld.get("headline")
             or _text_of(tree.find(".//h1")) or _text_of(tree.find(".//title")))
    if title:
        found["title"] = " ".join(str(title).split())
    language = tree.get("lang") or tree.get("xml:lang")
    if language:
        found["language"] = language
    canonical = tree.find(".//link[@rel='canonical']")
    if canonical is not None and canonical.get("href"):
        found["url"] = canonical.get("href")
    return found


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that describes an article."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _itemprop_time(tree: Any) -> str | None:
    for element in tree.iter("time"):
        if (element.get("itemprop") or "").lower() == "datepublished" and element.get("datetime"):
            return str(element.get("datetime"))
    return None


def _time_of(element: Any) -> str | None:
    time = element.find(".//time[@datetime]")
    return str(time.get("datetime")) if time is not None else None


def _text_of(element: Any) -> str | None:
    if element is None:
        return None
    text = " ".join(element.text_content().split())
    return text or None


def _listing(tree: Any, rules: HtmlRules) -> list[Any]:
    """The ``<article>`` elements of a listing page that each hold a headed article."""
    articles = [a for a in tree.iter("article")
                if not any(p.tag == "article" for p in a.iterancestors())]
    return [a for a in articles if any(a.find(f".//{h}") is not None for h in _HEADINGS)
            and len(" ".join(a.text_content().split())) >= rules.min_article_chars]


def _listed_article(element: Any, meta: dict[str, str], rules: HtmlRules) -> HtmlArticle:
    heading = next((element.find(f".//{h}") for h in _HEADINGS
                    if element.find(f".//{h}") is not None), None)
    title = _text_of(heading)
    text = block_text(element, rules)
    return HtmlArticle(_with_title(text, title), title, _time_of(element), meta.get("site"),
                       meta.get("language"))


def _main_text(page: str, tree: Any, url: str | None, rules: HtmlRules) -> str:
    fallback = block_text(tree.find("body") if tree.find("body") is not None else tree, rules)
    extracted = trafilatura.extract(page, url=url, include_comments=False, include_tables=True,
                                    favor_recall=True, with_metadata=False)
    if extracted and len(extracted) >= len(fallback) / 3:
        return str(extracted)
    return fallback


def block_text(root: Any, rules: HtmlRules) -> str:
    """Text of an element, one line per block, without non-content or link-list blocks."""
    root = _copy_without(root, rules.drop_tags)
    lines: list[str] = []
    _collect(root, rules, lines)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _copy_without(root: Any, tags: tuple[str, ...]) -> Any:
    copy = html.fromstring(html.tostring(root, encoding="unicode"))
    for element in list(copy.iter(*tags)):
        if element is not copy and element.getparent() is not None:
            element.drop_tree()
    return copy


def _collect(element: Any, rules: HtmlRules, lines: list[str]) -> None:
    """Depth-first: a block without block children is one line, unless it is a link list."""
    children = [c for c in element if isinstance(c.tag, str)]
    if not any(c.tag in rules.block_tags for c in children):
        text = " ".join(element.text_content().split())
        if text and _link_density(element, text) <= rules.max_link_density:
            lines.append(text)
        return
    if element.text and element.text.strip():
        lines.append(" ".join(element.text.split()))
    for child in children:
        _collect(child, rules, lines)
        if child.tail and child.tail.strip():
            lines.append(" ".join(child.tail.split()))


def _link_density(element: Any, text: str) -> float:
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked / max(len(text), 1)


def _with_title(text: str, title: str | None) -> str:
    """Keep the headline at the top of the text, where a reader of the page sees it.

    No text stays no text: a title alone is no article.
    """
    if not title or not text.strip():
        return text
    head = {" ".join(line.split()) for line in text.splitlines()[:10]}
    return text if " ".join(title.split()) in head else f"{title}\n\n{text}"
