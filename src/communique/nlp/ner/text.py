"""Text helpers shared by the recognisers: chunking with offsets, surface normalisation."""

from __future__ import annotations

import re
import unicodedata
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


# Characters whose base letter is kept: news in the three scripts uses a few hundred; a
# text of every Unicode character cannot make the table grow past about 2 MB.
KEPT_CHARACTERS = 20_000


class _BaseLetters(dict[int, int]):
    """Each character's first character under NFD (as a code), worked out once per character
    and kept, so that ``str.translate`` folds a text in one pass: a Python step per
    character cost five times as much (docs/performance.md)."""

    def __missing__(self, code: int) -> int:
        base = ord(unicodedata.normalize("NFD", chr(code))[0])
        if len(self) < KEPT_CHARACTERS:
            self[code] = base
        return base


# Letters whose base letter NFD does not split off ("Đỗ" → "Do", "Łukasz" → "Lukasz").
_BASE = _BaseLetters(str.maketrans("ĐđŁłØøĦħ", "DdLlOoHh"))


def fold(text: str) -> str:
    """``text`` with every letter's diacritics dropped, one character for one, so that the
    offsets of the folded text are those of the text."""
    return text.translate(_BASE)


def folded_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with a person's name of two words or more added where the text repeats it
    with or without its diacritics ("Đỗ Hùng Việt empfangen … Do Hung Viet lud … ein"):
    agency copy writes a transliterated name both ways, and the model, having read it once
    as a person, may miss or mislabel the repeat. A place or organisation it overlaps gives
    way; a person the model read there stands (the workbench finds actors by the surnames
    its split readings leave: "Sergey" and "Lawrow")."""
    folded = fold(text)
    names = {fold(m.text) for m in mentions if m.label == "PER" and len(m.text.split()) >= 2}
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            start, end = match.span()
            if any(m.label == "PER" and m.start < end and start < m.end for m in mentions):
                continue        # the model read a person there: its reading stands
            mentions = [m for m in mentions if m.end <= start or m.start >= end]
            mentions.append(make_mention(text, start, end, "PER"))
    return sorted(mentions, key=lambda m: m.start)
