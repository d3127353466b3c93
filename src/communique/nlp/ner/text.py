"""Text helpers shared by the recognisers: chunking with offsets, surface normalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.document import Mention

_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Longest piece handed to a model at once; keeps memory flat on huge inputs.
MAX_CHUNK_CHARS = 20_000


def chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Non-blank lines of ``text`` with their offsets; over-long lines are cut at whitespace.

    Models were trained on sentences, not on layout: a line break never lies
    inside a name in cleaned news text, and cutting there keeps whitespace
    tokens out of the models' input.
    """
    for match in re.finditer(r"[^\n]+", text):
        start, line = match.start(), match.group()
        while len(line) > max_chars:
            cut = line.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            yield from _stripped(start, line[:cut])
            start, line = start + cut, line[cut:]
        yield from _stripped(start, line)


def _stripped(start: int, piece: str) -> Iterator[tuple[int, str]]:
    stripped = piece.strip()
    if stripped:
        yield start + piece.index(stripped[0]), stripped


def surface_normal(surface: str) -> str:
    """The surface with soft hyphens dropped and whitespace runs collapsed to one space."""
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", surface)).strip()


def make_mention(text: str, start: int, end: int, label: str, normal: str | None = None) -> Mention:
    """A Mention over ``text[start:end]``; ``normal`` defaults to the normalised surface."""
    surface = text[start:end]
    return Mention(start=start, end=end, text=surface, label=label, source="ner",
                   normal=normal if normal is not None else surface_normal(surface))
