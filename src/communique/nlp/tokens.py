"""A fast regex tokenizer: words, numbers, punctuation, with exact offsets.

One regular expression does the work (a statistical tokenizer would cost more
than the whole pipeline's budget). Hyphenated compounds stay one token
("belarussisch-russischen", "IKT-Sicherheit"), as do truncated compounds
("Informations- und …"), letter chains ("U.S.", "т.е."), dates ("23.11.2021",
"29.7."), times and number ranges ("10:06", "2021-2025"). An abbreviation
keeps its dot when the language's data says it is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.nlp.sentences import SentenceRules

_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)\]'’])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<chain>(?:[^\W\d_]\.){2,})                   # U.S.  z.B.  О.В.  т.е.
  | (?P<date>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d\d)?(?!\d))
  | (?P<number>\d+(?:[.,:/]\d+)*(?:[-–]\d+(?:[.,]\d+)*)*)
  | (?P<word>(?:(?<=\s)-(?=[^\W\d_]))?\w+(?:['’]\w+)*
             (?:[-‐](?:(?:[^\W\d_]\.){2,}(?!\w)|\w+(?:['’]\w+)*))*(?:-(?=\s))?)
  | (?P<punct>(?P<mark>[^\w\s])(?P=mark)*)
    """,
    re.VERBOSE,
)


class Tokenizer:
    """Splits text into ``(start, end)`` token spans for one language."""

    def __init__(self, rules: SentenceRules) -> None:
        self.rules = rules

    def spans(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Token spans of ``text[start:end]`` as offsets into ``text``."""
        end = len(text) if end is None else end
        taken = start                     # a token that swallowed an abbreviation's dot ends here
        for match in _TOKEN.finditer(text, start, end):
            if match.start() < taken:     # the rest of a punctuation run after that dot
                if match.end() > taken:
                    yield taken, match.end()
                    taken = match.end()
                continue
            token_end = match.end()
            if (match.lastgroup == "word" and token_end < end and text[token_end] == "."
                    and self.rules.takes_dot(match.group())):
                token_end += 1
            taken = token_end
            yield match.start(), token_end
