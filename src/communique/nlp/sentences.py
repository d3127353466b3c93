"""Sentence splitting for news text: datelines, ordinals, abbreviations, headlines.

``SentenceRules`` holds what a language's ``lang/<language>/sentences.yaml``
says about dots (abbreviations, ordinals, sentence starters); the tokenizer
reads the same rules to keep an abbreviation's dot in its token.

Rules, not a model: a line break ends a sentence unless the next line plainly
continues it (hard-wrapped text), so scraped headlines and menu lines stand
alone; within a line, terminal punctuation ends a sentence when the next word
starts like a sentence, except after abbreviations, initials, German ordinals
("am 8. Treffen") and inside a dateline ("MINSK, 23. November (BelTA) - …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from communique.document import DatelineSpan
from communique.lang import LANGUAGES, section, words
from communique.nlp.resources import read_data


class DotKind(Enum):
    """What a dot after a word means for sentence boundaries."""

    NEVER_FINAL = "never_final"   # "Dr.", "z.B.": the sentence goes on
    MAY_END = "may_end"           # "usw.", "г.": ends the sentence before a sentence starter
    PLAIN = "plain"               # an ordinary word: the dot ends the sentence


class _CaseAwareSet:
    """Entries with an upper-case letter match exactly; all-lower entries match any case."""

    def __init__(self, entries: list[str]) -> None:
        self.exact = {e for e in entries if e != e.lower()}
        self.folded = {e for e in entries if e == e.lower()}

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.lower() in self.folded)


@dataclass
class SentenceRules:
    """The dot rules of one language; ``SentenceRules()`` is the language-neutral default."""

    never_final: _CaseAwareSet = field(default_factory=lambda: _CaseAwareSet([]))
    may_end: _CaseAwareSet = field(default_factory=lambda: _CaseAwareSet([]))
    starters: frozenset[str] = frozenset()
    ordinal_dot: bool = False

    @classmethod
    def load(cls, language: str) -> SentenceRules:
        """The rules of ``language``; the neutral default for unsupported languages."""
        if language not in LANGUAGES:
            return cls()
        data = read_data(language, "sentences")
        source = f"{language}/sentences.yaml"
        return cls(
            never_final=_CaseAwareSet(words(section(data, "never_final", source), source)),
            may_end=_CaseAwareSet(words(section(data, "may_end", source), source)),
            starters=frozenset(words(section(data, "sentence_starters", source), source)),
            ordinal_dot=bool(data.get("ordinal_dot", False)),
        )

    def dot_kind(self, word: str) -> DotKind:
        """How a dot right after ``word`` (which may hold inner dots: "z.B") behaves."""
        kind = self._dot_kind(word)
        if kind is DotKind.PLAIN and "-" in word:          # "Japan-U.S."
            return self._dot_kind(word.rsplit("-", 1)[1])
        return kind

    def _dot_kind(self, word: str) -> DotKind:
        if word in self.may_end:
            return DotKind.MAY_END
        if word in self.never_final:
            return DotKind.NEVER_FINAL
        letters = word.replace(".", "")
        if letters.isalpha() and (len(letters) == 1 or "." in word) and len(letters) <= 4:
            # an initial ("M. J. Akbar", "О.В.") or a letter chain ("U.S.", "т.е.")
            return DotKind.MAY_END if word.islower() and len(letters) == 1 else DotKind.NEVER_FINAL
        return DotKind.PLAIN

    def takes_dot(self, word: str) -> bool:
        """Whether the tokenizer keeps a following dot inside the token of ``word``."""
        return self.dot_kind(word) is not DotKind.PLAIN


# Terminal punctuation and closing quotes or brackets, then the space before the next sentence.
_TERMINAL = re.compile(r"[.!?…]+[\"'»“”’)\]]*(?=\s)")
# A sentence glued to the previous one by a missing space: "security.The MoU".
_GLUED = re.compile(r"(?<=[^\W\d_]{2})[.!?](?=[A-ZА-ЯЁÄÖÜ][^\W\d_]*[a-zа-яёäöüß][^\W\d_]*\s)")
WRAPPED_LINE = 40          # shorter lines are headings or menu items, never wrapped prose
_NEXT_WORD = re.compile(r"\s*[\"'„“«‹(\[‚]*(\w+)")
_NUMBER = re.compile(r"\d+(?:[-–./]\d+)*\.?(?:[-–]\d+)?")
_OPENING = "\"'„“«‹([‚"

class SentenceSplitter:
    """Sentence spans of a text, as ``(start, end)`` character offsets."""

    def __init__(self, rules: SentenceRules) -> None:
        self.rules = rules

    def split(self, text: str, dateline: DatelineSpan | None = None) -> list[tuple[int, int]]:
        """The sentences of ``text``. An agency's dateline opens the first sentence ("MINSK, 23.
        November (BelTA) - Am …", "МОСКВА, 8 июня. /ТАСС/. Эксперты …"); one without an
        agency is a sentence of its own when its full stop ends it ("BERLIN, 13. März.")."""
        spans: list[tuple[int, int]] = []
        for start, end in _blocks(text):
            joins = dateline is not None and dateline.agency and dateline.opens(start, end)
            protected = dateline.end if dateline is not None and joins else start
            spans.extend(self._split_block(text, start, end, protected))
        return spans

    def _split_block(self, text: str, start: int, end: int,
                     protected: int) -> Iterator[tuple[int, int]]:
        sentence_start = start
        for cut in self._cuts(text, start, end):
            if cut <= protected:
                continue
            yield from _trimmed(text, sentence_start, cut)
            sentence_start = cut
        yield from _trimmed(text, sentence_start, end)

    def _cuts(self, text: str, start: int, end: int) -> list[int]:
        found = [*_TERMINAL.finditer(text, start, end), *_GLUED.finditer(text, start, end)]
        return sorted({m.end() for m in found if self._ends(text, m)})

    def _ends(self, text: str, match: re.Match[str]) -> bool:
        """Whether the punctuation of ``match`` ends its sentence."""
        following = _NEXT_WORD.match(text, match.end())
        if following is None:
            return False
        nxt = following.group(1)
        if not (nxt[0].isupper() or nxt[0].isdigit()):
            return False
        if not match.group().startswith("."):
            return True
        word = _word_before(text, match.start())
        line_start = text.rfind("\n", 0, match.start()) + 1
        if word.isdigit() and not text[line_start:match.start() - len(word)].strip():
            return False                              # "1. At this dialogue": a list item
        return self._dot_ends(word, nxt)

    def _dot_ends(self, word: str, nxt: str) -> bool:
        """Whether a dot after ``word``, followed by the word ``nxt``, ends a sentence."""
        if not word:
            return True
        if _NUMBER.fullmatch(word):                   # "am 8.", "(16-17.", "vom 29.7."
            last = re.split(r"\D+", word)[-1]
            ordinal = len(last) <= 3 and (self.rules.ordinal_dot or "." in word)
            return nxt in self.rules.starters if ordinal else True
        kind = self.rules.dot_kind(word)
        if kind is DotKind.NEVER_FINAL:
            return False
        if kind is DotKind.MAY_END:
            return nxt in self.rules.starters
        return True


def _word_before(text: str, pos: int) -> str:
    """The whitespace-delimited chunk ending at ``pos``, without opening quotes or brackets."""
    chunk_start = max(text.rfind(c, 0, pos) for c in " \n\t\xa0") + 1
    return text[chunk_start:pos].lstrip(_OPENING)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph blocks: lines, joined where the next line continues a wrapped sentence."""
    block_start: int | None = None
    previous = ""
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.strip()
        if not content:
            if block_start is not None:
                yield block_start, pos
                block_start = None
        elif block_start is None:
            block_start = pos
        elif not _continues(previous, content):
            yield block_start, pos
            block_start = pos
        if content:
            previous = content
        pos += len(line)
    if block_start is not None:
        yield block_start, pos


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: a long previous line stops mid-sentence and this one goes on."""
    return (len(previous) >= WRAPPED_LINE and previous[-1] not in ".!?:;…\"»“”"
            and (line[0].islower() or previous[-1] in ",-"))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
