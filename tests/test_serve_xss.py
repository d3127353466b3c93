"""Untrusted texts stay text: a hostile report cannot put markup or script into any page."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique import open_store
from communique.model import Span
from communique.serve import create_app
from communique.serve.highlight import segments
from communique.serve.security import safe_url
from servekit import TOKEN, hostile_document

FOREIGN_TAGS = {"img", "iframe", "b", "u", "object", "embed"}   # never in our templates


class LiveMarkup(HTMLParser):
    """Collects what in a page could run or show as markup: event-handler attributes,
    script URLs, inline script, and tags our templates never write."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            scheme = (value or "").strip().lower().split(":", 1)[0]
            if name.startswith("on") or (name in ("href", "src", "action", "data-src")
                                         and scheme in ("javascript", "vbscript")):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in FOREIGN_TAGS or (tag == "i" and dict(attrs).get("class") is None):
            self.found.append(f"<{tag}>")
        if tag == "script" and not dict(attrs).get("src"):
            self.found.append("inline <script>")
        self._in_script = tag == "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.found.append(f"script text {data[:40]!r}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with open_store(str(tmp_path / "kb.db")) as store:
        store.write(hostile_document())
        with TestClient(create_app(store, TOKEN)) as test_client:
            yield test_client


def _pages(client: TestClient) -> dict[str, str]:
    act = client.get("/api/events/evt-hostile").json()["id"]
    key = "person:DEU:<b onmouseover=\"window.__pwned=5\">rudolf</b>"
    paths = ["/events", "/events?q=Strelsau", f"/events/{act}", "/documents",
             "/documents/hostile-1", "/actors", f"/actors/{key}", "/network", "/forums"]
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        pages[path] = response.text
    return pages


def test_serve_xss_no_page_carries_the_documents_markup(client: TestClient) -> None:
    for path, html in _pages(client).items():
        parser = LiveMarkup()
        parser.feed(html)
        assert parser.found == [], path
        assert html.count("__pwned") >= 1 or path in ("/actors", "/network", "/forums"), path


def test_serve_xss_shows_the_hostile_text_escaped(client: TestClient) -> None:
    act = client.get("/api/events/evt-hostile").json()["id"]
    html = client.get(f"/events/{act}").text
    assert "<mark id=\"r1-e0\">Am 3. März trafen sich &lt;script&gt;window.__pwned = 1; " \
           "alert(&#39;x&#39;)&lt;/script&gt; Vertreter von &lt;img src=x " \
           "onerror=&#34;window.__pwned = 2&#34;&gt;Ruritania und Graustark in " \
           "Strelsau.</mark>" in html
    assert "&lt;script&gt;window.__pwned=10&lt;/script&gt;Treffen" in html
    assert "address not linked: <code>javascript:window.__pwned=4</code>" in html
    assert "&lt;i&gt;Minister&lt;/i&gt;" in html


def test_serve_xss_links_only_http_urls(tmp_path: Path) -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/x",
                "https:///nohost", "http://exa mple.org", "java\tscript:alert(1)", None, ""):
        assert safe_url(url) is None, url
    quoted = 'https://example.org/"><script>window.__pwned=11</script>'
    with open_store(str(tmp_path / "kb.db")) as store:
        store.write(hostile_document(url=quoted))
        with TestClient(create_app(store, None)) as client:
            html = client.get("/documents/hostile-1").text
    assert 'href="https://example.org/&#34;&gt;&lt;script&gt;window.__pwned=11&lt;/script&gt;"' \
        in html


def test_serve_xss_highlight_cuts_text_at_the_evidence_only() -> None:
    text = "a <b>bold</b> claim <i>here</i>"
    cut = segments(text, [Span(start=2, end=13, text="<b>bold</b>"),
                          Span(start=99, end=120, text="here</i>")])
    assert [(s.text, s.marked) for s in cut] == [
        ("a ", False), ("<b>bold</b>", True), (" claim <i>", False), ("here</i>", True)]
    assert "".join(s.text for s in cut) == text
