"""Flat text of HTML that lxml cannot build a tree of (nested too deeply).

libxml2 stops building the tree at 256 levels (2,048 with its "huge" option)
and drops what lies deeper: 10,000 nested ``<div>``s kept only the title. The
standard library's tokenizer reads tags one after the other without nesting,
so its text holds every line at any depth; only the page structure (main
content, link lists) is lost.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Void elements have no end tag: skipping their "content" would skip the rest of the page.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


class _FlatText(HTMLParser):
    def __init__(self, drop_tags: frozenset[str], block_tags: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_tags = drop_tags - _VOID
        self.block_tags = block_tags
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.drop_tags:
            self.skipping += 1
        elif tag in self.block_tags:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.drop_tags:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.block_tags:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def flat_text(page: str, drop_tags: tuple[str, ...], block_tags: frozenset[str]) -> str:
    """The text of ``page``, one line per block, without the content of ``drop_tags``."""
    parser = _FlatText(frozenset(drop_tags) | {"head"}, block_tags)
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
