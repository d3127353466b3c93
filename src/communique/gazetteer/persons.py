"""Persons: names found next to titles, known officials, and who they act for.

A person is found three ways: a known official's name in the lexicon
("Lawrow", "Николаем Патрушевым"), a name next to a title ("Sok Puthivutha,
Staatssekretär …", "Präsident Wladimir Putin"), or an NER PER mention. Each
is resolved to a canonical English-style name, a title and the state or IGO
it acts for: from the title phrase first, then from the table of known
officials (the office held in the publication year), then from an earlier
mention of the same person or of the same title in the document.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from communique.gazetteer.data import Entry, person_id
from communique.gazetteer.gazetteer import Gazetteer
from communique.gazetteer.inflect import CASES, ru_rule_forms
from communique.gazetteer.names import (
    FAMILY_NAME_FIRST,
    canonical_person_name,
    has_cyrillic,
    is_family_name,
    name_tokens,
    normalise_spacing,
    same_person,
)
from communique.gazetteer.phrases import HEAD_GAP, Grammar, RolePhrase, Unit
from communique.lang import data_file, load_yaml
from communique.nlp.lemmas import morph_analyzer

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_PARTICLES = {"von", "van", "der", "de", "da", "dos", "del", "la", "le", "al", "el", "bin",
              "ibn", "ben", "zu", "ter", "den"}
# Arabic articles written joined to the name they belong to ("Abdel Fattah al-Sisi").
_JOINED_PARTICLES = frozenset({"al", "el", "ad", "ed", "ar", "as", "at", "an", "az", "ash", "аль",
                               "эль", "ад", "ас", "ар", "аш", "ат", "аз", "ан"})
_BEFORE_NAME = re.compile(r"(?:,|[ \t][-–—])[ \t]*(?:(?:the|der|die|dem|den)[ \t]+)?$",
                          re.IGNORECASE)
MAX_NAME_TOKENS = 5


@dataclass
class Person:
    """A resolved person mention: the name span, its extent with the title, and the actor data."""

    start: int            # extent of the whole phrase (name and title)
    end: int
    name_start: int
    name_end: int
    surface: str          # the name as written
    normal: str           # the name in the nominative (Russian), else as written
    name: str             # canonical English-style name
    role: str | None = None
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    entry: Entry | None = None
    role_ids: tuple[str, ...] = field(default=())
    source: str = "pattern"
    posting: str | None = None      # the state an envoy is posted to

    @property
    def entry_id(self) -> str:
        return self.entry.id if self.entry is not None else person_id(self.name)


# Between a name and the body of its apposition: a comma and at most three words (a title
# the lexicon lacks and its connector), the first of them capitalised only in German.
_APPOSITION_GAP = re.compile(r",[ \t]+(?:[^\W\d_][^\W\d_]*[ \t]+)?(?:[^\W\d_A-ZА-ЯЁ]+[ \t]+){0,2}"
                             # or the preposition of the body the official comes from
                             r"|[ \t]+(?:vom|von[ \t]+der|aus[ \t]+dem|of[ \t]+the|from[ \t]+the)"
                             r"[ \t]+")
# A dash between the adjective of an elided "side" or "delegation" and the next title, with
# "by"/"von" where the language repeats the agent.
_ELLIPSIS_DASH = re.compile(r"[ \t]+[—–-][ \t]+(?:(?:by|von)[ \t]+)?")
# ... and the words that open another clause ("X, while the Latvian delegation …")
_CONJUNCTIONS = frozenset({"and", "und", "и", "or", "oder", "или", "with", "mit", "с", "while",
                           "whereas", "but", "während", "aber", "а", "но"})

# One to three words between a nationality adjective and the name it describes.
_DESCRIBING_WORDS = re.compile(r"(?:[ \t]+[\w-]+){1,3}[ \t]+")

# The title that names no office of its own but the office of the official named before.
COUNTERPART = "role:COUNTERPART"


@cache
def person_cue(language: str, name: str) -> re.Pattern[str] | None:
    """A cue of the language's person_cues.yaml (None where the language has none)."""
    path = data_file(language, "person_cues.yaml")
    pattern = load_yaml(path).get(name) if path.exists() else None
    return re.compile(str(pattern), re.IGNORECASE) if pattern else None


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_name_word(word: str) -> bool:
    return _is_initial(word) or (word[:1].isupper() and not word.rstrip(".").isupper()) or (
        _joined_particle(word))


def _joined_particle(word: str) -> bool:
    """A particle joined to a capitalised name by a hyphen: "al-Sisi", "el-Sisi", "ad-Din"."""
    particle, _, rest = word.partition("-")
    return particle in _JOINED_PARTICLES and rest[:1].isupper()


# The longest surname written in capitals before a given name ("SHI Jun", "NGUYEN Van"):
# longer words in capitals are acronyms or shouting, not a surname.
CAPITALS_SURNAME = 10


def _capitals_surname(word: str, tokens: list[re.Match[str]]) -> bool:
    """A surname in capitals leading a name ("SHI Jun", "KIM Jong-un"): only before a
    given name written normally, so that "UN" or "NATO" alone never starts a name."""
    if not (word.isalpha() and word.isupper() and 1 < len(word) <= CAPITALS_SURNAME):
        return False
    following = tokens[1].group(0) if len(tokens) > 1 else ""
    return _is_name_word(following) and not _is_initial(following)


def _trailing_capitals(word: str, run: list[re.Match[str]],
                       tokens: list[re.Match[str]]) -> bool:
    """A surname in capitals closing a name ("Muhammad Syrus Sajjad QAZI", as Xinhua writes
    them; "Bakhromjon ALOYEV", as Seoul does): the last word of the name, never its first;
    after a single given name only a word of a surname's length, so that a short acronym
    after a single name ("Wang UN") stays out."""
    if not run or not (word.isalpha() and word.isupper()
                       and (len(run) >= 2 or len(word) >= MIN_SURNAME)
                       and 1 < len(word) <= CAPITALS_SURNAME):
        return False
    index = next((i for i, t in enumerate(tokens) if t.start() == run[-1].end() + 1), None)
    following = tokens[index + 1].group(0) if index is not None and index + 1 < len(tokens) else ""
    return not (_is_name_word(following) or following.isupper())


def _inner_syllable(word: str, run: list[re.Match[str]], rest: list[re.Match[str]], text: str,
                    stopwords: frozenset[str]) -> bool:
    """A capitalised Russian function word inside a name between two name words is a
    syllable of it («Ли До Хун», «Нгуен Ван До»): within a sentence the preposition is
    written small, and Russian writes no headline in title case, as English does ("Xi In
    Beijing")."""
    if (not has_cyrillic(word) or not run or not rest
            or text[run[-1].end():rest[0].start()].count(" ") != 2):
        return False
    following = rest[0].group(0)
    return following not in stopwords and _is_name_word(following)


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _name_run(tokens: list[re.Match[str]], text: str,
              stopwords: frozenset[str]) -> list[re.Match[str]]:
    """The leading tokens that form a name: capitalised words, initials, inner particles."""
    run: list[re.Match[str]] = []
    for index, tok in enumerate(tokens):
        word = tok.group(0)
        if run:
            gap = text[run[-1].end():tok.start()]
            if not (gap == " " or (gap == "" and _is_initial(run[-1].group(0)))):
                break
        if (word in stopwords and not _inner_syllable(word, run, tokens[index + 1:], text,
                                                       stopwords)) or not (
                _is_name_word(word) or (word.lower() in _PARTICLES and run)
                or (not run and _capitals_surname(word, tokens))
                or _trailing_capitals(word, run, tokens)):
            break
        run.append(tok)
        if len(run) >= MAX_NAME_TOKENS or (word.endswith(".") and not _is_initial(word)):
            break                                   # a full stop ends the sentence
    while run and run[-1].group(0).lower() in _PARTICLES:
        run.pop()
    if not any(len(t.group(0).rstrip(".")) > 1 for t in run):
        return []
    return run


# Between a title and its name: a comma, or the title's own qualifier in brackets, as India's
# ministry writes it ("Secretary (East) Jaideep Mazumdar", "Joint Secretary (Eurasia) …").
_TITLE_GAP = re.compile(r"[ \t]*(?:\((?:[A-ZА-ЯЁ][\w.-]*[ \t]?){1,3}\)[ \t]*)?,?[ \t]*")


def name_after(text: str, pos: int, grammar: Grammar, limit: int = 80) -> tuple[int, int] | None:
    """A name starting right after ``pos`` (skipping spaces, a comma and honorifics).

    After a comma a single word is too weak to be a name ("Vizepräsident,
    Grundrechte"): two words or initials and a surname are needed.
    """
    gap = _TITLE_GAP.match(text[pos:pos + limit])
    p = pos + (gap.end() if gap else 0)
    for _ in range(2):
        for honorific in grammar.honorifics:
            if text.startswith(honorific + " ", p):
                p += len(honorific) + 1
    if p - pos > 20:
        return None
    run = _name_run(_tokens(text, p, min(len(text), p + limit)), text, grammar.name_stopwords)
    if not run or run[0].start() != p or ("," in text[pos:p] and len(run) < 2):
        return None
    end = run[-1].end()
    if text[end - 1] == "." and len(run[-1].group(0)) > 2:
        end -= 1
    return p, end


def name_before(text: str, pos: int, grammar: Grammar,
                min_words: int = 2) -> tuple[int, int] | None:
    """A name of two or more words right before ``pos`` when a comma or dash sets the title
    off: "Sok Puthivutha, Staatssekretär …"; of one word (``min_words``) where NER already
    found that word a person ("Makarov, Belarus's deputy foreign minister")."""
    head = text[max(0, pos - 90):pos]
    gap = _BEFORE_NAME.search(head)
    if gap is None:
        return None
    end = pos - (len(head) - gap.start())
    tokens = _tokens(text, max(0, end - 70), end)
    if not tokens or tokens[-1].end() != end:
        return None
    run: list[re.Match[str]] = []
    for tok in reversed(tokens):
        if run and text[tok.end():run[0].start()] not in (" ", ""):
            break
        word = tok.group(0)
        if word in grammar.name_stopwords or not (
                _is_name_word(word) or (word.lower() in _PARTICLES and run)):
            break
        if run and word.endswith(".") and not _is_initial(word):
            break                               # a full stop ends the sentence before
        run.insert(0, tok)
        if len(run) >= MAX_NAME_TOKENS:
            break
    while run and run[0].group(0).lower() in _PARTICLES:
        run.pop(0)
    if not run or not any(len(t.group(0).rstrip(".")) > 1 for t in run):
        return None
    if len(run) < min_words:
        return None
    return run[0].start(), end


_REVERSE = (("ом", ""), ("ем", ""), ("ем", "й"), ("ем", "ь"), ("ым", ""), ("ой", "а"),
            ("ой", ""), ("ей", "я"), ("ей", "а"), ("ою", "а"), ("ы", "а"), ("и", "а"), ("и", "я"),
            ("и", "ь"), ("а", ""), ("я", "й"), ("я", "ь"), ("у", ""), ("у", "а"), ("ю", "й"),
            ("ю", "я"), ("ю", "ь"), ("е", ""), ("е", "а"), ("е", "й"), ("е", "я"), ("е", "ь"))


def _bases(token: str, case: str) -> list[str]:
    """Nominatives whose ``case`` form is ``token``, by the declension rules."""
    out = []
    for ending, nominative in _REVERSE:
        if token.endswith(ending) and len(token) > len(ending) + 2:
            base = token[: len(token) - len(ending)] + nominative
            for feminine in (False, True):
                if ru_rule_forms(base, feminine)[case] == token and base not in out:
                    out.append(base)
    return out


_INDECLINABLE = re.compile(r"(?:[оэ]|[иы]х)$")
_STRONG_OBLIQUE = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею)$")




def _given_name_case(tokens: list[str]) -> str | None:
    """The case of the first word pymorphy knows as a given name ("Сергеем" -> ablt)."""
    for token in tokens:
        for parse in morph_analyzer().parse(token):
            if "Name" in parse.tag and parse.is_known and parse.tag.case in CASES:
                return str(parse.tag.case)
    return None


def russian_nominative(name: str) -> str:
    """A Russian name back in the nominative: "Николаем Патрушевым" -> "Николай Патрушев".

    A known given name tells the case; without one only an unambiguous oblique
    ending ("-ым", "-ой") does. The other words follow the declension rules;
    indeclinable ones (Крутских, Бермехо) stay.
    """
    tokens = normalise_spacing(name).split()
    # a word of one syllable of two letters is an East Asian name's, never declined («Ли»)
    words = [i for i, t in enumerate(tokens)
             if not t.endswith(".") and has_cyrillic(t) and not _INDECLINABLE.search(t.lower())
             and len(t) > 2]
    case = _given_name_case([tokens[i] for i in words])
    if case is None and any(_STRONG_OBLIQUE.search(tokens[i]) for i in words):
        # the surname alone where a foreign given name is not declined («Кэйдзи Исидой»)
        case = next((c for c in CASES[1:] if all(_bases(tokens[i], c) for i in words)), None) \
            or next((c for c in CASES[1:] if _STRONG_OBLIQUE.search(tokens[words[-1]])
                     and _bases(tokens[words[-1]], c)), None)
    if case in (None, "nomn"):
        return " ".join(tokens)
    for i in words:
        given = next((p for p in morph_analyzer().parse(tokens[i])
                      if "Name" in p.tag and p.is_known and p.tag.case == case), None)
        bases = [given.normal_form.capitalize()] if given else _bases(tokens[i], case)
        if bases:
            tokens[i] = bases[0]
    return " ".join(tokens)


def _nominative(surface: str, normal: str | None) -> str:
    """The base form of a Russian name: the NER's, unless it gave none or left a word in an
    oblique case that the declension rules undo ("Алмасхан Саткалиевым" from "Алмасханом
    Саткалиевым" is "Алмасхан Саткалиев")."""
    rules = russian_nominative(surface)
    if normal is None or normal == surface:
        return rules
    given, ruled, written = normal.split(), rules.split(), surface.split()
    if not len(given) == len(ruled) == len(written):
        return normal
    return " ".join(r if g == w and r != w and _STRONG_OBLIQUE.search(w) else g
                    for g, r, w in zip(given, ruled, written, strict=True))


_PLAIN_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

# A sentence's end: a stop after a word of two letters or more (not an initial, «А.Ю.»)
# before a capital.
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]\s+[A-ZА-ЯЁ]")
# What may open a sentence before its subject: a dateline ("Berlin (dpa) - ") or an article
_OPENER = re.compile(r"\s*(?:[^\n()]{1,40}\([^()\n]{1,20}\)\s*[-–—]\s*)?(?:(?:Die|Der|Das)\s+)?")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last sentence end or line break
    before it (``_SENTENCE_END`` closes a sentence at a word of two letters or more)."""
    line = text.rfind("\n", 0, at) + 1
    ends = [m.end() - 1 for m in _SENTENCE_END.finditer(text, line, at + 1) if m.end() - 1 <= at]
    return ends[-1] if ends else line

# A new name is compared with this many most recently named distinct persons: more
# than a news report names, and a bound that keeps a book-length text linear.
RECENT_PERSONS = 64
# The longest person name the gazetteer matches (MAX_NAME_TOKENS words and spaces) is far
# below this many characters: units starting further before a name cannot overlap it.
LONGEST_UNIT = 200


class _Units:
    """The units of one text, indexed so that a name looks only at units near it.

    Scanning every unit for every name made resolving grow with the square of the
    text's length; the answers are the same as the scans' (first unit in list order).
    """

    def __init__(self, units: list[Unit], text: str) -> None:
        self.units = units
        self.starts = [u.start for u in units]
        self.in_order = self.starts == sorted(self.starts)
        self.by_start: dict[int, list[int]] = defaultdict(list)
        self.states_by_word: dict[str, list[int]] = defaultdict(list)
        for index, unit in enumerate(units):
            self.by_start[unit.start].append(index)
            if unit.kind == "state":
                words = text[unit.start:unit.end].split()
                self.states_by_word[words[0] if words else ""].append(index)

    def overlapping(self, start: int, end: int) -> list[Unit]:
        """Units overlapping ``start``–``end``, in list order."""
        if not self.in_order:
            return [u for u in self.units if u.start < end and start < u.end]
        low = bisect_left(self.starts, start - LONGEST_UNIT)
        return [u for u in self.units[low:bisect_left(self.starts, end)] if start < u.end]

    def leading_states(self, name_start: int, normal: str | None) -> list[Unit]:
        """The state units that start at the name, or whose words begin ``normal``."""
        first = normal.split()[0] if normal and normal.split() else None
        indices = set(self.by_start.get(name_start, ()))
        indices.update(self.states_by_word.get(first, ()) if first else ())
        return [self.units[i] for i in sorted(indices)]

    def before(self, position: int) -> list[Unit]:
        """The units that may end at or before ``position``, in list order."""
        if not self.in_order:
            return self.units
        return self.units[:bisect_right(self.starts, position)]


_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.)+")


def _initials_only(surface: str) -> bool:
    """Whether every word of a name but the surname is an initial ("P. Szijjártó", "S.W.")."""
    words = surface.split()
    return len(words) > 1 and all(_INITIALS.fullmatch(w) for w in words[:-1])


# A bare surname shorter than this is looked for only as a family name written first
# ("Shi", "Li"): a short last word is too often an initial or a particle ("Al", "Bin").
MIN_SURNAME = 4


def _later_names(person: Person) -> list[str]:
    """The words a later mention may name the person by: the surname, or the family name
    of a state that writes it first ("SHI Jun" later "Shi", "Ли До Хун" later "Ли"), or
    the given name and the surname where the given name is used alone ("Anwar", "Retno
    Marsudi" later "Marsudi")."""
    words = person.surface.split()
    if not words:
        return []
    names = []
    if len(words) >= 2 and is_family_name(words[0], person.surface, person.country):
        names += [words[0], words[0].capitalize()]
        if person.country in FAMILY_NAME_FIRST:
            return list(dict.fromkeys(names))
    surname = words[-1]
    if len(surname) >= MIN_SURNAME and surname[:1].isupper():
        names.append(surname)
    return list(dict.fromkeys(names))


def _titled_first_word(bare: str, earlier: Person, phrase: RolePhrase | None) -> bool:
    """A one-word name under a title of the kind an earlier person holds, equal to the first
    word of that person's name, is that person named by the family name written first,
    whatever the state's usual order ("Japanese Ambassador Ito Naoki … Ambassador Ito")."""
    if phrase is None or not set(phrase.role_ids) & set(earlier.role_ids):
        return False
    short, full = name_tokens(bare), name_tokens(earlier.normal)
    return len(short) == 1 and len(full) >= 2 and short[0] == full[0]


class PersonResolver:
    """Resolves the persons of one document."""

    def __init__(self, gazetteer: Gazetteer, text: str, language: str, year: int | None,
                 home: str | None = None) -> None:
        self.gazetteer, self.text, self.language, self.year = gazetteer, text, language, year
        self.home = home                # the dateline's state, for titles naming none
        self.persons: list[Person] = []
        # the latest person of each (name, surface), last named last: what a new name
        # may refer back to, without comparing it with every earlier mention
        self._latest: dict[tuple[str, str], Person] = {}
        self._index: _Units | None = None
        self.role_states: list[tuple[int, tuple[str, ...], str | None, str | None]] = []
        # the name each title heads ("den moldauischen Außenminister Mihai Popșoi"), by start
        self._headed: dict[int, str] = {}
        # the persons whose state is only the dateline's (``home``): a state the story names
        # right before them is nearer (``topic_states``)
        self._homed: set[int] = set()

    def note_phrase(self, phrase: RolePhrase) -> None:
        """Remember a title's state so that a bare title of the same kind gets it."""
        if phrase.country or phrase.igo:
            self.role_states.append((phrase.start, phrase.role_ids, phrase.country, phrase.igo))
            span = name_after(self.text, phrase.end, Grammar.load(self.language))
            if span is not None:
                self._headed[phrase.start] = self.text[span[0]:span[1]]

    def _title_state(self, person: Person) -> tuple[str | None, str | None]:
        """The state of another title of the person's kind that heads no other official's
        name: the nearest earlier one, else a later one ("Der Sonderbeauftragte Li Hui …
        Li, Sonderbeauftragter der chinesischen Regierung"). A title before another name
        is that official's ("Außenminister X … traf den moldauischen Außenminister Y";
        "Russlands Energieminister Nowak … Energieminister Demtschischin": a counterpart,
        not a colleague)."""
        kind = set(person.role_ids)
        earlier = [r for r in reversed(self.role_states) if r[0] < person.start
                   and not self._heads_other(r[0], person)]
        later = [r for r in self.role_states if r[0] > person.start
                 and not self._heads_other(r[0], person)]
        for _start, role_ids, country, igo in earlier + later:
            if kind & set(role_ids):
                return country, igo
        return None, None

    def _heads_other(self, start: int, person: Person) -> bool:
        headed = self._headed.get(start)
        return headed is not None and not same_person(headed, person.normal)

    def _known(self, start: int, end: int, units: list[Unit], name: str,
               phrase: RolePhrase | None) -> Entry | None:
        """The known official a name denotes, if exactly one fits (and fits the title's state)."""
        found: list[Entry] = []
        for unit in self._units(units).overlapping(start, end):
            if unit.kind == "person":
                whole = unit.start <= start and end <= unit.end
                # "Wang" of "Wang Xiaohong" is not Wang Yi: a part of the name must agree
                found = [e for e in unit.alternatives or [unit.entry]
                         if whole or same_person(name, e.name)]
                break
        found = found or self.gazetteer.officials(name)
        if phrase is not None and phrase.country:
            found = [e for e in found if phrase.country in (
                {e.country, e.igo} | {t.code for t in e.terms})]
        return found[0] if len(found) == 1 else None

    def _units(self, units: list[Unit]) -> _Units:
        """The index of ``units`` (one list per document), built on first use."""
        if self._index is None or self._index.units is not units:
            self._index = _Units(units, self.text)
        return self._index

    def _term(self, entry: Entry) -> tuple[str | None, str | None]:
        """The office a known official held in the publication year, and for whom."""
        if self.year is None:
            return None, None
        for term in entry.terms:
            if term.start is not None and term.covers(self.year):
                return term.role, term.code
        return None, None

    def resolve(self, name_start: int, name_end: int, phrase: RolePhrase | None,
                units: list[Unit], normal: str | None = None, source: str = "pattern") -> Person:
        name_start, normal = self._without_leading_state(name_start, name_end, units, normal)
        surface = self.text[name_start:name_end]
        if has_cyrillic(surface):
            normal = _nominative(surface, normal)
        normal = normal or surface
        recent = itertools.islice(reversed(self._latest.values()), RECENT_PERSONS)
        earlier = next((p for p in recent
                        if same_person(p.name, normal) or same_person(p.surface, surface)
                        or is_family_name(normal, p.name, p.country)
                        or _titled_first_word(normal, p, phrase)), None)
        entry = earlier.entry if earlier is not None else self._known(
            name_start, name_end, units, normal, phrase)
        start = min(name_start, phrase.start) if phrase else name_start
        end = max(name_end, phrase.end) if phrase else name_end
        person = Person(start, end, name_start, name_end, surface, normal, "", entry=entry,
                        source=source)
        described = None if len(normal.split()) < 2 or self.gazetteer.place(
            normal, self.language) else self._described_state(name_start, units)
        self._fill(person, phrase, earlier, described,
                   self._elliptic_state(start, units)
                   or self._delegation_state(name_start, name_end, units)
                   or self._apposition_state(name_end, units))
        self.persons.append(person)
        self._latest.pop((person.name, person.surface), None)
        self._latest[(person.name, person.surface)] = person
        return person

    def _without_leading_state(self, name_start: int, name_end: int, units: list[Unit],
                               normal: str | None) -> tuple[int, str | None]:
        """A name cannot begin with a state's name: "… Public Security of China Wang
        Xiaohong" names Wang Xiaohong (the title's state stays in the title)."""
        for unit in self._units(units).leading_states(name_start, normal):
            if unit.kind != "state" or unit.end >= name_end:
                continue
            state = self.text[unit.start:unit.end]
            if unit.start == name_start:
                rest = self.text[unit.end:name_end]
                name_start = unit.end + len(rest) - len(rest.lstrip())
            elif not (normal and unit.end <= name_start and normal.startswith(state + " ")):
                continue
            return name_start, " ".join(self.text[name_start:name_end].split())
        return name_start, normal

    def _described_state(self, name_start: int, units: list[Unit]) -> str | None:
        """The state of a nationality adjective that describes the name ("der russische
        Offizier Dmitri Badin", "Russian hacker Yevgeny Nikulin", "российский хакер …").
        The caller asks only for full names that are no place: a single word the NER
        took for a person ("der syrischen Stadt Aleppo") gets no state this way."""
        for unit in reversed(self._units(units).before(name_start)):
            if unit.end > name_start or unit.kind in ("role", "mod"):
                continue                                # the title itself: look before it
            between = self.text[unit.end:name_start]
            if (unit.kind == "state" and unit.form == "adj"
                    and _DESCRIBING_WORDS.fullmatch(between)):
                return unit.country
            return None
        return None

    def _delegation_state(self, name_start: int, name_end: int,
                          units: list[Unit]) -> str | None:
        """The state of the delegation the text says the person leads: "the French
        delegation was led by X", "делегацию Индии во главе с X", "X leitete die russische
        Delegation" (the language's ``heads`` and ``leads`` words, grammar.yaml)."""
        grammar = Grammar.load(self.language)
        for unit in self._units(units).overlapping(name_start - HEAD_GAP, name_end + HEAD_GAP):
            if unit.entry.body_type != "DELEGATION" or not unit.country:
                continue
            if unit.end <= name_start and grammar.heads.match(self.text[unit.end:name_start]):
                return unit.country
            if name_end <= unit.start and grammar.leads.match(self.text[name_end:unit.start]):
                return unit.country
        return None

    def _elliptic_state(self, start: int, units: list[Unit]) -> str | None:
        """The state of the side the official represents or leads, named by its adjective
        right before the title ("die vietnamesische Seite vertrat der stellvertretende
        Außenminister Y", the ``side_of`` words of person_cues.yaml), or standing for the
        delegation it leaves out, set off by a dash: «Российскую делегацию возглавлял X,
        американскую — заместитель госсекретаря Y». A state's name stands for its side
        too ("Kazakhstan was represented by Deputy Foreign Minister Y")."""
        for unit in reversed(self._units(units).before(start)):
            if unit.end > start:
                continue
            side_of = person_cue(self.language, "side_of")
            if unit.kind == "state" and (
                    (unit.form == "adj" and _ELLIPSIS_DASH.fullmatch(self.text, unit.end, start))
                    or (side_of is not None and side_of.fullmatch(self.text, unit.end, start))):
                return unit.country
            return None
        return None

    def _apposition_state(self, name_end: int, units: list[Unit]) -> str | None:
        """The state of the body an apposition names, when its title is no known one:
        "Wang Lei, the Chinese Foreign Ministry's coordinator", "Ван Лэй, координатор МИД
        КНР", "Wang Lei, Koordinator des chinesischen Außenministeriums", or the body a
        preposition says the official comes from ("Staatssekretär Sven Giegold vom
        Bundeswirtschaftsministerium")."""
        for unit in self._units(units).overlapping(name_end, name_end + LONGEST_UNIT):
            if unit.start < name_end:
                continue
            gap = _APPOSITION_GAP.fullmatch(self.text, name_end, unit.start)
            if (gap is None or unit.kind not in ("body", "bodytype") or not unit.country
                    or any(w in _CONJUNCTIONS for w in gap.group(0).split())):
                return None
            return unit.country
        return None

    def _fill(self, person: Person, phrase: RolePhrase | None, earlier: Person | None,
              described: str | None, delegation: str | None = None) -> None:
        entry = person.entry
        if phrase is not None:
            person.role, person.country, person.igo = phrase.title, phrase.country, phrase.igo
            person.sector, person.role_ids = phrase.sector, phrase.role_ids
            person.posting = phrase.posting
            if phrase.role_ids == (COUNTERPART,):
                person.role = self._peer_role()
        if entry is not None:
            term_role, term_code = self._term(entry)
            person.role = person.role or term_role
            if not (person.country or person.igo):
                code = term_code or entry.country or entry.igo
                is_igo = code is not None and self.gazetteer.state(code) is None
                person.country, person.igo = (None, code) if is_igo else (code, None)
        if earlier is not None:
            person.role = person.role or earlier.role
            if not (person.country or person.igo):
                person.country, person.igo = earlier.country, earlier.igo
        if not (person.country or person.igo):
            person.country = delegation
        if not (person.country or person.igo):
            # the nationality word before the title is the person's own ("Chinese Assistant
            # Foreign Minister Hua Chunying"), nearer than an earlier title of that kind
            person.country = described
        if not (person.country or person.igo) and person.role_ids:
            person.country, person.igo = self._title_state(person)
        if not (person.country or person.igo) and phrase is not None:
            person.country = self.home
            self._homed.add(id(person))
        person.sector = "IGO" if person.igo and not person.country else (person.sector or "GOV")
        if entry is not None:
            person.name = entry.name
        elif earlier is not None and len(earlier.name.split()) >= len(person.normal.split()):
            person.name = earlier.name
        else:
            person.name = canonical_person_name(person.normal, self.language, person.country)

    def complete_initials(self) -> None:
        """A name given by initials ("P. Szijjártó", "S.W. Lawrow" in a headline) is the full
        name that another mention spells out with the same surname and given initial
        ("Péter Szijjártó"): one person, named in full."""
        full = [p for p in self.persons if not _initials_only(p.surface)]
        for person in self.persons:
            if not _initials_only(person.surface):
                continue
            words = person.surface.split()
            match = next((p for p in full if p.surface.split()[-1] == words[-1]
                          and p.surface[:1] == person.surface[:1]), None)
            if match is None or person.entry is not None:
                continue                    # a known official has his table's name
            initials, name = person.name, canonical_person_name(match.normal, self.language,
                                                                match.country)
            for same in self.persons:       # a later mention took the name it referred to
                if same.name == initials:
                    same.name = name

    def complete_surnames(self) -> None:
        """A surname named before the full name ("Staatsminister Lindner empfängt …" in a
        headline, then "Staatsminister Tobias Lindner hat …") is the one person the text
        names in full with that surname: one person, named in full. Two full names of that
        surname leave it a surname: never a guess between them."""
        for person in self.persons:
            if len(person.name.split()) != 1 or person.entry is not None:
                continue
            full = {p.name for p in self.persons if len(p.name.split()) > 1
                    and same_person(person.name, p.name)}
            if len(full) != 1:
                continue
            match = next(p for p in self.persons if p.name in full)
            person.name = match.name
            if not (person.country or person.igo):
                person.country, person.igo = match.country, match.igo

    def hosts_of_envoys(self) -> None:
        """An official whose title names no state, met in one sentence with an envoy the text
        posts to a state («Заместитель министра иностранных дел Ю.Амбразевич принял Посла
        Вьетнама в Беларуси …», "… received the Ambassador of Japan to Viet Nam …"), is of
        the state the envoy is posted to: the host the text names, never a guess. Only
        where the sentence posts its envoys to one state."""
        for person in self.persons:
            if person.country or person.igo or person.role is None:
                continue
            postings = {p.posting for p in self.persons
                        if p.posting and self._one_sentence(person, p)}
            if len(postings) == 1:
                person.country = postings.pop()

    def topic_states(self, units: list[Unit]) -> None:
        """An official whose title names no state and who opens a sentence ("Außenminister
        Murat Nurtleu traf am Montag …") right after a sentence of the same paragraph that
        opens with a state as its subject and names no other ("Kasachstan will seine
        Exporte ausweiten."), is of that state: German news names the state once and its
        official next, nearer than the dateline's state (``home``). Never across a
        paragraph, never where the sentence before names two states or an official of its own
        ("Russlands Energieminister Nowak …. Energieminister X": a counterpart)."""
        for person in self.persons:
            if ((person.country or person.igo) and id(person) not in self._homed) \
                    or person.role is None:
                continue
            opening = _sentence_start(self.text, person.start)
            if self.text[opening:person.start].strip():
                continue
            before = _sentence_start(self.text, opening - 1)
            if any(before <= p.start < opening for p in self.persons):
                continue        # the state's own official is named there: this is another's
            code = self._opening_state(before, opening, units)
            if code is not None:
                person.country = code

    def _opening_state(self, start: int, end: int, units: list[Unit]) -> str | None:
        """The one state the sentence at ``start``–``end`` names, when a unit of it opens the
        sentence (after a dateline or an article): its subject."""
        named = [u for u in self._units(units).overlapping(start, end)
                 if u.start >= start and u.country
                 and (u.kind == "state" or u.kind in ("body", "bodytype"))]
        if not named or len({u.country for u in named}) != 1:
            return None
        return named[0].country if _OPENER.fullmatch(self.text, start, named[0].start) else None

    def _one_sentence(self, a: Person, b: Person) -> bool:
        """Whether no sentence ends between two persons' phrases."""
        start, end = min(a.end, b.end), max(a.start, b.start)
        return _SENTENCE_END.search(self.text, start, end) is None if start < end else True

    def share_states(self) -> None:
        """Every mention of one person acts for one state: a mention whose title names none
        ("the Deputy Minister Vitaly Makarov") takes the state that another mention of the
        same person names ("Makarov, Belarus's deputy foreign minister"), before or after
        it, and its title where it has none. Only one state among the mentions: never a
        guess between two."""
        by_name: dict[str, list[Person]] = defaultdict(list)
        for person in self.persons:
            by_name[person.name].append(person)
        for mentions in by_name.values():
            states = {(p.country, p.igo) for p in mentions if p.country or p.igo}
            if len(states) != 1:
                continue
            (country, igo), = states
            role = next((p.role for p in mentions if p.role and (p.country or p.igo)), None)
            for person in mentions:
                if not (person.country or person.igo):
                    person.country, person.igo = country, igo
                    person.role = person.role or role
                    person.sector = "IGO" if igo and not country else person.sector

    def _peer_role(self) -> str | None:
        """A counterpart ("sein usbekischer Amtskollege X") holds the title of the official
        named before, in another state."""
        peer = next((p for p in reversed(self.persons)
                     if p.role and p.role_ids != (COUNTERPART,)), None)
        return peer.role if peer else None

    def surname_mentions(self, taken: bytearray) -> list[tuple[int, int, Person]]:
        """Later bare surnames of the document's persons ("Mr Koh said", "Badin soll")."""
        out: list[tuple[int, int, Person]] = []
        first_with: dict[str, Person] = {}      # a later person of one surname finds nothing
        for person in self.persons:
            for surname in _later_names(person):
                first_with.setdefault(surname, person)
        # one pass over the words of the text (a regex alternation of all surnames, or a
        # pass per surname, grew with persons × length); a surname is looked up by its
        # first word, the longest first ("Kramp-Karrenbauer" before "Kramp")
        by_word: dict[str, list[str]] = defaultdict(list)
        for surname in sorted(first_with, key=len, reverse=True):
            by_word[_PLAIN_WORD.findall(surname)[0]].append(surname)   # starts with a letter
        for word in _PLAIN_WORD.finditer(self.text):
            start = word.start()
            for surname in by_word.get(word.group(0), ()):
                end = start + len(surname)
                if (self.text.startswith(surname, start) and not _WORD_CHAR.match(self.text, end)
                        and not any(taken[start:end])):
                    out.append((start, end, first_with[surname]))
                    taken[start:end] = b"\x01" * (end - start)
                    break
        return out

