"""Persons next to an office word in German text, to back up the statistical model.

The GermEval model has seen few officials with transliterated names and
misses some of the commonest patterns of diplomatic news ("des
Außenministers Russlands, Sergej Lawrow,"). These cues are precise: two to
four title-case name words, right after an office word or form of address,
set off by a comma after an office phrase, or followed by ", <adjectives>
<office>". The word lists are in ``lang/de/person_cues.yaml``.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span

from communique.errors import DataFileError
from communique.lang import data_file, load_yaml

CUES_PATH = data_file("de", "person_cues.yaml")
REQUIRED = ("title_stems", "title_endings", "honorifics", "complement_words", "name_particles",
            "not_names")
MAX_NAME_WORDS = 4
# words between an office and the name ("des Iran"); seven hold a committee's
# name ("des Ausschusses für internationale Angelegenheiten und Sicherheit")
MAX_COMPLEMENT = 7
# words between an office and the state that ends its genitive chain, when no comma sets the
# name off ("Der Vorsitzende der Ständigen Kommission für internationale Angelegenheiten und
# nationale Sicherheit des Rates der Republik der Nationalversammlung von Belarus Sergej
# Rachmanow": 18 words, BelTA's longest parliamentary title); twenty fit it and a word more
MAX_CHAIN = 20
MAX_ADJECTIVES = 3        # lower-case words between the comma after a name and the office


def _is_name_word(word: str) -> bool:
    """Title case in every hyphen part ("Alejnik", "Kassym-Schomart"), or a romanised
    East Asian given name whose later syllables are lower case ("Yoon-joo", "Jong-un")."""
    return len(word) > 1 and (all(part[:1].isupper() and part[1:].islower() and part.isalpha()
                                  for part in word.split("-")) or _romanised(word))


def _romanised(word: str) -> bool:
    """ "Yoon-joo", "Geun-hye": a title-case syllable joined by hyphens to lower-case ones.
    No German word or place is written so; the GermEval model reads them as places."""
    first, *rest = word.split("-")
    return (bool(rest) and first[:1].isupper() and first[1:].islower() and first.isalpha()
            and all(part.islower() and part.isalpha() for part in rest))


def _listed(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a comma between two nouns of a list ("Bildung, Kultur")."""
    return (words[k] == "," and 0 < k < len(words) - 1
            and words[k - 1][:1].isupper() and words[k + 1][:1].isupper())


class PersonCues:
    """Finds token spans of persons that an office word or form of address introduces."""

    def __init__(self, path: Path = CUES_PATH) -> None:
        data = load_yaml(path)
        missing = [key for key in REQUIRED if key not in data or data[key] is None]
        if missing:
            raise DataFileError(f"{path} lacks the lists {', '.join(missing)}")
        stems = "|".join(sorted(map(re.escape, data["title_stems"]), key=len, reverse=True))
        endings = "|".join(sorted(map(re.escape, data["title_endings"]), key=len, reverse=True))
        self._office = re.compile(rf".*(?:{stems})(?:{endings})")
        self.honorifics = frozenset(data["honorifics"])
        self.complement = frozenset(data["complement_words"])
        self.not_names = frozenset(data["not_names"])
        self.particles = frozenset(data["name_particles"])
        self.state_openers = frozenset(data.get("state_openers") or ())
        self._state_adjective = re.compile(data.get("state_adjective") or "(?!)")
        self._adjective = re.compile(data.get("complement_adjective") or "(?!)")

    def is_office(self, word: str) -> bool:
        return word[:1].isupper() and bool(self._office.fullmatch(word.lower()))

    def persons(self, doc: Doc) -> list[Span]:
        """PER spans the cues support (with the LOC of a state split off a name); tokens of
        the model's LOC entities are never names."""
        words = [token.text for token in doc]
        places = {i for ent in doc.ents if ent.label_ == "LOC" and not self._merged(words, ent)
                  for i in range(ent.start, ent.end)}
        entities = {i for ent in doc.ents if ent.label_ != "PER"
                    for i in range(ent.start, ent.end)}
        named = {i for ent in doc.ents if ent.label_ == "PER" for i in range(ent.start, ent.end)}
        found: list[Span] = []
        i = 0
        while i < len(words):
            j = self._name_end(words, i, places)
            if j == i:
                i += 1
                continue
            if j - i >= 2 and self._length(words[i:j]) <= MAX_NAME_WORDS and (
                    self._cue_before(words, i, entities) or self._cue_after(words, j)):
                found.append(Span(doc, i, j, label="PER"))
            elif (state := self._state_then_name(words, i, j, entities, named)) is not None:
                first, last = state
                # the state the model ran into the name stays a place
                found += [Span(doc, first, last + 1, label="LOC")] * (first in entities)
                found.append(Span(doc, last + 1, j, label="PER"))
            i = j
        return found

    def _merged(self, words: list[str], ent: Span) -> bool:
        """Whether a place the model found runs a state into a name ("von Belarus Igor
        Marsaljuk" read as one place): three name words or more after a word a state's name
        follows. ``_state_then_name`` then splits it where an office opens the chain."""
        return (ent.end - ent.start >= 3 and ent.start > 0
                and words[ent.start - 1] in self.state_openers
                and all(self._name_word(w) or w in self.particles
                        for w in words[ent.start:ent.end]))

    def _state_then_name(self, words: list[str], i: int, j: int, entities: set[int],
                         named: set[int]) -> tuple[int, int] | None:
        """ "… der Nationalversammlung von Belarus Sergej Rachmanow": the end of a run of
        name words (the particle "von" may join it) after a word that a state's name follows
        ("von", "Republik") is that state and the name, when an office opens the genitive
        chain before it with no comma; not where the model found a person in the run. The
        state's first and last index, or None."""
        first = next((k for k in range(j - 3, i - 1, -1)
                      if k > 0 and words[k - 1] in self.state_openers), None)
        if first is None:
            return None
        # "der Vereinigten Arabischen Emirate Abdullah bin Zayed": adjectives open the state
        last = first
        while last + 1 < j and self._state_adjective.fullmatch(words[last]):
            last += 1
        if (j - last < 3 or self._length(words[last + 1:j]) > MAX_NAME_WORDS
                or any(k in named for k in range(i, j))
                or not self._chain_behind(words, first, entities)):
            return None
        return first, last

    def _length(self, name: list[str]) -> int:
        """A name's words without its particles: "Mohammed bin Abdulrahman Al Thani" has four."""
        return sum(word not in self.particles for word in name)

    def _name_end(self, words: list[str], i: int, places: set[int]) -> int:
        """End of the run of name words from ``i``; particles inside ("Collor de Mello")."""
        j = i
        while j < len(words) and (j not in places or _romanised(words[j])):
            if self._name_word(words[j]):
                j += 1
            elif (j > i and words[j] in self.particles and j + 1 < len(words)
                  and j + 1 not in places and self._name_word(words[j + 1])):
                j += 2
            else:
                break
        return j

    def _name_word(self, word: str) -> bool:
        return word not in self.not_names and _is_name_word(word) and not self.is_office(word)

    def _cue_before(self, words: list[str], i: int, entities: set[int]) -> bool:
        """An office right before the name ("Staatssekretär Miguel Berger"), before a comma
        after its complement ("des Außenministers Russlands, Sergej Lawrow"), or before an
        entity the model found ("Präsidenten der Russischen Föderation Wladimir Putin")."""
        if i == 0:
            return False
        before = words[i - 1]
        if self.is_office(before) or before in self.honorifics:
            return True
        if before == ",":
            return self._office_behind(words, i - 2, entities, any_capital=True)
        return i - 1 in entities and (
            self._office_behind(words, i - 1, entities, any_capital=False)
            or self._chain_behind(words, i - 1, entities))

    def _chain_behind(self, words: list[str], state: int, entities: set[int]) -> bool:
        """Whether the state right before a name closes a title's long genitive chain ("…
        der Großen Nationalversammlung der Türkei Fuat Oktay"): a word a state's name
        follows before it, an office at most ``MAX_CHAIN`` words back."""
        return (state > 0 and words[state - 1] in self.state_openers
                and self._office_behind(words, state, entities, any_capital=True,
                                        reach=MAX_CHAIN))

    def _office_behind(self, words: list[str], start: int, entities: set[int],
                       any_capital: bool, reach: int = MAX_COMPLEMENT) -> bool:
        """Whether an office word ends the complement that runs back from ``start``; with
        ``any_capital`` (a comma before the name) its nouns and their lower-case adjectives
        ("des Ausschusses für nationale Sicherheit, Ebrahim Azizi") belong to it; in a long
        chain (``reach`` beyond ``MAX_COMPLEMENT``) so does the comma of a list of nouns
        ("der Kommission für Bildung, Kultur und Wissenschaft")."""
        for k in range(start, max(-1, start - reach), -1):
            word = words[k]
            if self.is_office(word) or word in self.honorifics:
                return True
            if not (word in self.complement or k in entities
                    or (any_capital and (word[:1].isupper() or self._adjective.fullmatch(word)))
                    or (reach > MAX_COMPLEMENT and _listed(words, k))):
                return False
        return False

    def _cue_after(self, words: list[str], j: int) -> bool:
        """ "Sergej Alejnik, stellvertretender Außenminister" """
        if j >= len(words) or words[j] != ",":
            return False
        k = j + 1
        while k < len(words) and k - j <= MAX_ADJECTIVES and words[k].islower():
            k += 1
        return k < len(words) and self.is_office(words[k])


def with_cue_persons(doc: Doc, cues: PersonCues) -> list[Span]:
    """The model's entities with cue persons added; a cue span replaces what it overlaps."""
    entities = list(doc.ents)
    for person in cues.persons(doc):
        if any(e.label_ == "PER" and (e.start, e.end) == (person.start, person.end)
               for e in entities):
            continue
        entities = [e for e in entities if e.end <= person.start or e.start >= person.end]
        entities.append(person)
    return sorted(entities, key=lambda e: e.start)
