"""English NER by rules: capitalised runs classified by cue words.

No English NER model can be installed or trained here from data we may ship,
so this recogniser reads the cues a careful reader uses in news text: titles
before a name ("Foreign Minister Sergei Lavrov"), appositions after it
("Natalya Zorya, Deputy Director-General"), speech verbs ("Koh said"),
organisation heads ("… Agency", "Ministry of …"), place heads and
prepositions ("Republic of Armenia", "in Ashgabat"), acronyms,
and names already found earlier in the same text ("Mr Koh"); the dateline's place is
the cleaner's (``ner.stage``). The cue words
live in ``lang/en/cues.yaml``. It labels PER, LOC and ORG, never MISC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import simplemma

from communique.document import Mention
from communique.errors import DataFileError
from communique.lang import data_file, load_yaml
from communique.nlp.ner.text import make_mention

CUES_PATH = data_file("en", "cues.yaml")
_TOKEN = r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*|\S"
_POSSESSIVE = re.compile(r"^(.+?)([’']s?)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.]*[A-Z0-9](?:-[A-Z0-9][A-Za-z0-9]*)?$")

_SENTENCE_END = {".", "!", "?", "“", '"', ":", "–", "—", "•", "*", "|"}


def _is_name_word(word: str) -> bool:
    """Title case in every hyphen part: "Zorya", "Jean-Pierre", not "Director-level"."""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha()
               for part in word.split("-"))


@dataclass(frozen=True)
class EnglishToken:
    start: int
    end: int
    text: str
    line_start: bool
    sentence_start: bool


@dataclass
class Cues:
    """The word lists of ``cues.yaml``, as sets."""

    lists: dict[str, frozenset[str]] = field(default_factory=dict)

    REQUIRED = ("person_titles", "portfolio_words", "role_words_lower",
                "apposition_fillers_lower", "speech_verbs_lower", "org_heads", "loc_heads_end",
                "loc_heads_start", "loc_prepositions_lower", "connectors", "stop_capitals",
                "name_breakers", "common_acronyms", "title_abbreviations", "honorifics",
                "calendar", "country_acronyms", "country_names", "places")

    @classmethod
    def load(cls, path: Path) -> Cues:
        data = load_yaml(path)
        missing = [key for key in cls.REQUIRED if not (data or {}).get(key)]
        if missing:
            raise DataFileError(f"{path} lacks the non-empty lists {', '.join(missing)}")
        return cls({key: frozenset(str(v) for v in data[key]) for key in cls.REQUIRED})

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.lists[key]


def tokenizer(abbreviations: frozenset[str]) -> re.Pattern[str]:
    """Words, punctuation, and abbreviations ("Gen.", "Mr.") and initials whose period ends
    no sentence."""
    listed = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    initial = r"[A-Z]\.(?=\s[A-Z][a-z])"          # "Amit A. Shukla"
    return re.compile(rf"(?:{listed})\.(?!\w)|{initial}|{_TOKEN}")


def tokenize(text: str, pattern: re.Pattern[str]) -> list[EnglishToken]:
    """Word and punctuation tokens; a possessive "'s" becomes its own token."""
    tokens: list[EnglishToken] = []
    previous_end, previous_text = 0, "."
    for match in pattern.finditer(text):
        pieces = [(match.start(), match.group())]
        possessive = _POSSESSIVE.match(match.group())
        if possessive and match.group()[0].isupper():
            head = possessive.group(1)
            pieces = [(match.start(), head), (match.start() + len(head), possessive.group(2))]
        for start, piece in pieces:
            line_start = not tokens or "\n" in text[previous_end:start]
            tokens.append(EnglishToken(start, start + len(piece), piece, line_start,
                                line_start or previous_text in _SENTENCE_END))
            previous_end, previous_text = start + len(piece), piece
    return tokens


def _known_places(cues: Cues) -> frozenset[str]:
    names = set(cues["country_names"]) | set(cues["places"]) | set(cues["country_acronyms"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(value)
    return frozenset(names)


class EnglishRecognizer:
    """PER/LOC/ORG mentions from capitalised runs and cue words (see module docstring)."""

    language = "en"

    def __init__(self, cues_path: Path = CUES_PATH) -> None:
        self.cues = Cues.load(cues_path)
        self.places = _known_places(self.cues)
        self.pattern = tokenizer(self.cues["title_abbreviations"])
        abbreviated = {f"{a}." for a in self.cues["title_abbreviations"]}
        self.titles = self.cues["person_titles"] | abbreviated

    def recognize(self, texts: list[str]) -> list[list[Mention]]:
        return [self.recognize_text(text) for text in texts]

    def recognize_text(self, text: str) -> list[Mention]:
        tokens = tokenize(text, self.pattern)
        found: dict[tuple[int, int], str] = {}
        pending: list[tuple[int, int]] = []
        for run in self._runs(tokens):
            self._classify(tokens, run, found, pending)
        self._resolve_pending(tokens, found, pending)
        return [make_mention(text, tokens[i].start, tokens[j - 1].end, label)
                for (i, j), label in sorted(found.items())]

    # -- runs ------------------------------------------------------------------------------

    def _name_like(self, token: EnglishToken) -> bool:
        return token.text[0].isupper() and token.text not in self.cues["calendar"]

    def _runs(self, tokens: list[EnglishToken]) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens, joined across connectors on the same line."""
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            if not self._name_like(tokens[i]):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and not tokens[j].line_start:
                k = j
                while (k < len(tokens) and k - j < 2 and tokens[k].text in self.cues["connectors"]
                       and not tokens[k].line_start):
                    k += 1
                if k < len(tokens) and not tokens[k].line_start and self._name_like(tokens[k]):
                    j = k + 1
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _strip(self, tokens: list[EnglishToken], i: int, j: int) -> int:
        """Drop sentence-initial function words ("The", "During") from the run's start."""
        skip = self.cues["connectors"]
        if tokens[i].sentence_start:
            skip = skip | self.cues["stop_capitals"]
        while i < j and tokens[i].text in skip:
            i += 1
        return i

    # -- strong cues -----------------------------------------------------------------------

    def _classify(self, tokens: list[EnglishToken], run: tuple[int, int],
                  found: dict[tuple[int, int], str], pending: list[tuple[int, int]]) -> None:
        i, j = self._strip(tokens, *run), run[1]
        while j > i and tokens[j - 1].text in self.cues["connectors"]:
            j -= 1
        if i >= j:
            return
        words = [t.text for t in tokens[i:j]]
        if split := self._coordination(words):
            self._classify(tokens, (i, i + split), found, pending)
            self._classify(tokens, (i + split + 1, j), found, pending)
        elif self._is_place(words):
            found[(i, j)] = "LOC"
        elif (title := self._title_split(words)) is not None:
            self._add_person_after_title(tokens, i, j, title, found)
        elif any(w in self.cues["org_heads"] for w in words):
            self._add_organisation(tokens, i, j, found)
        elif all(_ACRONYM.match(w) for w in words) and len(words) > 1:
            found[(i, j)] = "LOC" if all(w in self.places for w in words) else "ORG"
        elif self._is_place_phrase(words):
            found[(i, j)] = "LOC"
        elif any(w in self.cues["connectors"] for w in words):
            for part in self._split_at_connectors(tokens, i, j):
                self._classify(tokens, part, found, pending)
        else:
            self._classify_atomic(tokens, i, j, found, pending)

    def _title_split(self, words: list[str]) -> int | None:
        """Index where the name starts after the last title phrase, when a name follows."""
        titles = self.titles
        for t in range(len(words) - 1, -1, -1):
            if words[t] not in titles:
                continue
            name = t + 1
            if name < len(words) and words[name] in ("of", "for"):
                name += 1
            while name < len(words) and words[name] in self.cues["portfolio_words"]:
                name += 1
            rest = words[name:]
            single_ok = len(rest) > 1 or words[t].rstrip(".") in self.cues["honorifics"] \
                or self._has_unknown_word(rest)
            if 1 <= len(rest) <= 4 and single_ok and self._plausible_name(rest):
                return name
            return None
        return None

    def _plausible_name(self, words: list[str]) -> bool:
        cues = self.cues
        blocked = cues["org_heads"] | cues["loc_heads_end"] | self.titles \
            | cues["name_breakers"] | cues["portfolio_words"]
        return (not any(w in blocked for w in words)
                and not all(_ACRONYM.match(w) for w in words)
                and " ".join(words) not in self.places)

    def _add_person_after_title(self, tokens: list[EnglishToken], i: int, j: int, name: int,
                                found: dict[tuple[int, int], str]) -> None:
        found[(i + name, j)] = "PER"
        prefix = [t.text for t in tokens[i:i + name]]
        for k, word in enumerate(prefix):       # "US Secretary of State …": the state
            if word in self.places:
                found[(i + k, i + k + 1)] = "LOC"

    def _add_organisation(self, tokens: list[EnglishToken], i: int, j: int,
                          found: dict[tuple[int, int], str]) -> None:
        """ORG over the run, less a leading title phrase and a trailing "in <place>"."""
        words = [t.text for t in tokens[i:j]]
        start = self._org_prefix(words)
        last_head = max(k for k, w in enumerate(words) if w in self.cues["org_heads"])
        tail = words[last_head + 1:]
        if len(tail) > 1 and tail[0] in ("in", "at") and " ".join(tail[1:]) in self.places:
            found[(i + last_head + 2, j)] = "LOC"
            j = i + last_head + 1
        found[(i + start, j)] = "ORG"

    def _coordination(self, words: list[str]) -> int:
        """Index of an "and" that joins two names ("CIS Executive Committee and the …")."""
        heads, breakers = self.cues["org_heads"], self.cues["name_breakers"]
        for k, word in enumerate(words):
            if word not in ("and", "&") or k == 0:
                continue
            left = [w for w in words[:k] if w not in breakers]
            if any(w in heads for w in left) or all(_ACRONYM.match(w) for w in left) \
                    or self._is_place(left):
                return k
        return 0

    def _org_prefix(self, words: list[str]) -> int:
        """Length of a leading title phrase ending in "of (the)" ("Head of the | … Committee")."""
        if words[0] not in self.cues["person_titles"]:
            return 0
        for k, word in enumerate(words):
            if word in self.cues["org_heads"]:
                return 0
            if word == "of":
                start = k + 1 + (k + 1 < len(words) and words[k + 1] == "the")
                heads = any(w in self.cues["org_heads"] for w in words[start:])
                return start if heads else 0
        return 0

    def _is_place(self, words: list[str]) -> bool:
        """A known state or city, also in capitals ("SINGAPORE")."""
        joined = " ".join(words)
        return joined in self.places or (joined.isupper() and joined.title() in self.places)

    def _is_place_phrase(self, words: list[str]) -> bool:
        """A known place, "<…> Republic", or "Republic of <…>"."""
        if self._is_place(words):
            return True
        head_last = len(words) > 1 and words[-1] in self.cues["loc_heads_end"]
        head_first = len(words) > 2 and words[0] in self.cues["loc_heads_start"] \
            and "of" in words[1:3]
        return head_last or head_first

    def _split_at_connectors(self, tokens: list[EnglishToken], i: int,
                             j: int) -> list[tuple[int, int]]:
        parts, start = [], i
        for k in range(i, j):
            if tokens[k].text in self.cues["connectors"]:
                if start < k:
                    parts.append((start, k))
                start = k + 1
        if start < j:
            parts.append((start, j))
        return parts

    def _classify_atomic(self, tokens: list[EnglishToken], i: int, j: int,
                         found: dict[tuple[int, int], str],
                         pending: list[tuple[int, int]]) -> None:
        words = [t.text for t in tokens[i:j]]
        if len(words) == 1 and _ACRONYM.match(words[0]):
            if words[0] not in self.cues["common_acronyms"]:
                found[(i, j)] = "LOC" if self._is_place(words) else "ORG"
        elif self._is_place(words):
            found[(i, j)] = "LOC"
        elif self._plausible_name(words) and len(words) <= 4 and (
                self._apposition_follows(tokens, j) or self._role_precedes(tokens, i)
                or self._speech_follows(tokens, j) or self._speech_precedes(tokens, i)):
            found[(i, j)] = "PER"
        else:
            pending.append((i, j))

    def _apposition_follows(self, tokens: list[EnglishToken], j: int) -> bool:
        """ "<name>, (the) (US) Deputy Director-General …" """
        if j >= len(tokens) or tokens[j].text != ",":
            return False
        k = j + 1
        while k < len(tokens) and (tokens[k].text.lower() in self.cues["apposition_fillers_lower"]
                                   or tokens[k].text in self.places):
            k += 1
        return k < len(tokens) and tokens[k].text.lower() in self.cues["role_words_lower"]

    def _role_precedes(self, tokens: list[EnglishToken], i: int) -> bool:
        """ "chief executive David Koh", "… Agency (CISA) Jen Easterly" """
        if i == 0:
            return False
        before = tokens[i - 1].text
        return (before.islower() and before in self.cues["role_words_lower"]) or (
            before == ")" and i >= 3 and tokens[i - 3].text == "("
            and bool(_ACRONYM.match(tokens[i - 2].text)))

    def _speech_follows(self, tokens: list[EnglishToken], j: int) -> bool:
        return j < len(tokens) and tokens[j].text in self.cues["speech_verbs_lower"]

    def _speech_precedes(self, tokens: list[EnglishToken], i: int) -> bool:
        """A speaker after the quote: '"…," said Wang Lei'."""
        return i > 0 and tokens[i - 1].text in self.cues["speech_verbs_lower"]

    # -- weak cues, after every strong one has been seen -------------------------------------

    def _resolve_pending(self, tokens: list[EnglishToken], found: dict[tuple[int, int], str],
                         pending: list[tuple[int, int]]) -> None:
        """Names seen as persons elsewhere; places after prepositions; unknown full names."""
        people = {tokens[j - 1].text for (i, j), label in found.items() if label == "PER"}
        people |= {" ".join(t.text for t in tokens[i:j])
                   for (i, j), label in found.items() if label == "PER"}
        for i, j in pending:
            words = [t.text for t in tokens[i:j]]
            if " ".join(words) in people or (len(words) <= 3 and words[-1] in people
                                             and self._plausible_name(words)):
                found[(i, j)] = "PER"
            elif i > 0 and tokens[i - 1].text in self.cues["loc_prepositions_lower"] \
                    and len(words) <= 3 and not tokens[i].sentence_start \
                    and all(map(_is_name_word, words)) and self._has_unknown_word(words):
                found[(i, j)] = "LOC"
            elif 2 <= len(words) <= 3 and self._plausible_name(words) \
                    and all(map(_is_name_word, words)) and self._has_unknown_word(words):
                found[(i, j)] = "PER"

    def _has_unknown_word(self, words: list[str]) -> bool:
        """True when a word is not in the English dictionary: a proper name, most likely."""
        return any(not simplemma.is_known(w, lang="en") for w in words)
