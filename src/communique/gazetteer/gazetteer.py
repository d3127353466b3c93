"""The ``Gazetteer``: what a name, a word or a mention stands for.

Compiled once per process from the data files (``Gazetteer.load()``, about a
second) and shared by the ``ActorResolver`` stage and the event coder, which
asks it what state an adjective belongs to, where "в Минске" is, or which
known official "Lawrow" is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from communique.errors import DataFileError
from communique.gazetteer.data import (
    Entry,
    load_entries,
    official_rows,
    person_id,
    place_id,
    read_yaml,
)
from communique.gazetteer.lexicon import Match, SurfaceLexicon, fold
from communique.gazetteer.names import (
    CYRILLIC_NAME_STATES,
    name_tokens,
    same_person,
    transliterate,
    transliterate_de,
)
from communique.lang import LANGUAGES, data_file, load_yaml

_ARTICLES = {"the", "der", "die", "das", "den", "dem", "des"}
_BEFORE_SPAN = 40    # characters read before a name: more than the longest ``before`` phrase


@dataclass(frozen=True)
class _Qualifiers:
    """Where a state's name only names a sea or a currency (``qualifiers`` in the
    language's ``grammar.yaml``): the noun it qualifies follows ("South China Sea",
    "US-Dollar", "Японское море"), or the phrase it completes precedes ("Gulf of
    Mexico", "долларов США")."""

    after: re.Pattern[str] | None
    before: re.Pattern[str] | None

    @classmethod
    def load(cls, language: str) -> _Qualifiers:
        data = load_yaml(data_file(language, "grammar.yaml")).get("qualifiers") or {}
        after, before = data.get("after") or (), data.get("before") or ()
        return cls(
            re.compile(rf"[ -]?(?:{'|'.join(after)})(?![^\W\d_])", re.IGNORECASE)
            if after else None,
            re.compile(rf"(?<![^\W\d_])(?:{'|'.join(before)}) $", re.IGNORECASE)
            if before else None)

    def qualify(self, text: str, match: Match) -> bool:
        start = max(0, match.start - _BEFORE_SPAN)
        return bool(self.after and self.after.match(text, match.end)) or bool(
            self.before and self.before.search(text, start, match.start))


@dataclass(frozen=True)
class Place:
    """Where something is: a city, a state or a region, with its state."""

    name_en: str
    country: str | None
    kind: str            # city | state | region
    entry_id: str

    @property
    def name(self) -> str:
        return self.name_en


def _seat_igos(entries: dict[str, Entry]) -> dict[str, str]:
    """Place entry id -> IGO code for the ``seat_metonym`` cities of ``igos.yaml``."""
    seats = {}
    for code, igo in read_yaml("igos.yaml").items():
        seat = igo.get("seat_metonym")
        if seat is None:
            continue
        if place_id(seat) not in entries:
            raise DataFileError(f"igos.yaml: {code}: seat_metonym {seat!r} is not a place of "
                                "places.tsv; give a city's English name as listed there")
        seats[place_id(seat)] = code
    return seats


class Gazetteer:
    """Lookups over states, IGOs, bodies, titles, places and known officials."""

    def __init__(self, entries: dict[str, Entry], lexicon: SurfaceLexicon,
                 with_officials: bool = True) -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.states = {e.country: e for e in entries.values() if e.kind == "state" and e.country}
        self._prepositions = {
            lang: {p.lower() for p in load_yaml(data_file(lang, "grammar.yaml")).get(
                "place_prepositions") or ()} | _ARTICLES for lang in LANGUAGES}
        self._qualifiers = {lang: _Qualifiers.load(lang) for lang in LANGUAGES}
        self._officials = self._index_officials() if with_officials else {}
        self._capitals: dict[str, Place] = {}
        self._seat_igos = _seat_igos(entries)
        for e in entries.values():
            if e.kind == "place" and e.country and (e.role or "city") == "city":
                self._capitals.setdefault(e.country, Place(e.name, e.country, "city", e.id))

    @classmethod
    @cache
    def load(cls) -> Gazetteer:
        """The gazetteer of the shipped data files (built once per process)."""
        return cls(load_entries(), SurfaceLexicon.load())

    @classmethod
    def without_officials(cls) -> Gazetteer:
        """The gazetteer minus the table of known officials: persons only from titles and NER.

        Measures how the actor layer does on people nobody listed.
        """
        return cls(load_entries(), SurfaceLexicon.load(skip_kind="person"), with_officials=False)

    # --- entries ------------------------------------------------------------------------

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def state(self, code: str) -> Entry | None:
        """A state by ISO 3166-1 alpha-3 code ("RUS")."""
        return self.states.get(code.upper())

    def igo(self, code: str) -> Entry | None:
        """An IGO by its code ("ASEAN")."""
        return self.entries.get(f"igo:{code.upper()}")

    # --- text ---------------------------------------------------------------------------

    def find(self, text: str, language: str) -> list[Match]:
        """Non-overlapping gazetteer matches in a text, sorted by start; a state's name
        that only qualifies a sea or a currency is no mention of the state."""
        qualifiers = self._qualifiers.get(language)
        return [m for m in self.lexicon.find(text, language)
                if qualifiers is None or m.entry_kind != "state"
                or not qualifiers.qualify(text, m)]

    def _lookup(self, phrase: str, language: str) -> list[tuple[str, str]]:
        """(entry id, form kind) of a whole phrase, tried as given and without a preposition."""
        words = phrase.strip().split()
        while words:
            hits = [(f.entry, f.kind) for f in self.lexicon.forms.get(language, {}).get(
                fold(" ".join(words)), ())]
            if hits:
                return hits
            if words[0].lower() not in self._prepositions.get(language, _ARTICLES):
                return []
            words = words[1:]
        return []

    def place(self, name: str, language: str) -> Place | None:
        """Where a name or an inflected form is: "в Минске", "in Moskau", "Neu-Delhi", "Russia"."""
        for lang in (language, *[x for x in LANGUAGES if x != language]):
            for entry_id, kind in self._lookup(name, lang):
                entry = self.entries.get(entry_id)
                if entry is None or kind not in ("name", "full"):
                    continue
                if entry.kind == "place":
                    return Place(entry.name, entry.country, entry.role or "city", entry.id)
                if entry.kind == "state":
                    return Place(entry.name, entry.country, "state", entry.id)
        return None

    def seat_igo(self, place: Place) -> Entry | None:
        """The IGO a city stands for when named as an actor ("Brussels" → EU): the
        ``seat_metonym`` of ``igos.yaml``."""
        code = self._seat_igos.get(place.entry_id)
        return self.igo(code) if code else None

    def capital(self, code: str) -> Place | None:
        """The capital of a state: the first city ``places.tsv`` lists for it."""
        return self._capitals.get(code.upper())

    def country_of_adjective(self, word: str, language: str) -> str | None:
        """The state an adjective or a name refers to: "russischen" -> RUS, "белорусской" -> BLR."""
        for entry_id, _kind in self._lookup(word, language):
            entry = self.entries.get(entry_id)
            if entry is not None and entry.kind == "state":
                return entry.country
        return None

    # --- officials ----------------------------------------------------------------------

    def _index_officials(self) -> dict[str, list[tuple[Entry, str]]]:
        """Surname key -> (official, name variant) for every spelling of every official."""
        index: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
        for row in official_rows():
            entry = self.entries.get(person_id(row["name"]))
            if entry is None:
                continue
            variants = [row["name"], *row["aliases"]]
            if row["ru"]:
                variants.append(row["ru"])
                if row["country"] in CYRILLIC_NAME_STATES:
                    variants += [transliterate(row["ru"]), transliterate_de(row["ru"])]
            for variant in dict.fromkeys(variants):
                for token in name_tokens(variant):
                    if len(token) > 1:
                        index[token].append((entry, variant))
        return index

    def officials(self, name: str) -> list[Entry]:
        """Known officials a name can denote, ignoring transliteration: "O.V. Siromolotow"."""
        found: dict[str, Entry] = {}
        for token in name_tokens(name):
            for entry, variant in self._officials.get(token, ()):
                if entry.id not in found and same_person(name, variant):
                    found[entry.id] = entry
        return list(found.values())

