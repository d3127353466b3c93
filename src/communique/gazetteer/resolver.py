"""The ``ActorResolver`` stage: gazetteer matches and NER mentions to resolved actors.

For each document it matches the gazetteer over the text, builds bodies and
title phrases (``phrases``), finds and resolves persons (``persons``), merges
the NER mentions (the gazetteer wins where both found something; NER persons
it does not know stay persons) and writes the final ``doc.mentions``: sorted
by start, no overlaps, each with its ``actor`` and ``entry_id``.
"""

from __future__ import annotations

import itertools
import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from communique.document import Document, Mention
from communique.gazetteer.gazetteer import Gazetteer
from communique.gazetteer.names import canonical_person_name
from communique.gazetteer.persons import Person, PersonResolver, name_after, name_before
from communique.gazetteer.persons_periphrases import periphrastic_titles
from communique.gazetteer.phrases import (
    Grammar,
    RoleParser,
    RolePhrase,
    Unit,
    department_units,
    merge_bodies,
    to_units,
)
from communique.lang import data_file, load_yaml
from communique.model import Actor

# What may stand before a title that opens a sentence: the previous sentence's end and
# an article.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?»“\"]\s+)(?:(?:the|der|die|das)\s+)?$",
                             re.IGNORECASE | re.MULTILINE)
_INITIALS_BEFORE = re.compile(r"(?<![^\W\d_])(?:[A-ZА-ЯЁ]\.\s?){1,3}$")
_TIGHT_NAME_GAP = re.compile(r"^\s?$")


@dataclass
class _Candidate:
    start: int
    end: int
    phrase: RolePhrase | None
    normal: str | None
    source: str


def home_state(gazetteer: Gazetteer, text: str, language: str, units: list[Unit],
               dateline: str | None) -> str | None:
    """The dateline's state, when the text also names that state as an actor.

    A title with no state of its own in an agency report ("MINSK (BelTA) – …
    stellvertretender Außenminister X …") most often belongs to the dateline's
    state; a dateline state the story never names is only where it was filed.
    """
    if not dateline:
        return None
    states = {u.country for u in units if u.kind == "state"}
    place = gazetteer.place(dateline.title() if dateline.isupper() else dateline, language)
    if place is not None and place.kind != "region":
        return place.country if place.country in states else None
    return None


class _Spans:
    """Spans over a text; "which overlaps start–end?" costs the length of that span, not
    the number of spans (a scan of all spans made long texts quadratic)."""

    def __init__(self, size: int) -> None:
        self.first = array("i", bytes(4 * size))   # per character: 1 + first span covering it
        self.count = 0

    def add(self, start: int, end: int) -> None:
        self.count += 1
        for position in range(start, end):
            if not self.first[position]:
                self.first[position] = self.count

    def first_overlapping(self, start: int, end: int) -> int | None:
        """The index (in order of ``add``) of the first span overlapping start–end."""
        hits = [index for index in self.first[start:end] if index]
        return min(hits) - 1 if hits else None

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.first[start:end])


@dataclass
class _Found:
    """The person candidates found so far, in order, with the characters they cover."""

    spans: _Spans
    items: list[_Candidate] = field(default_factory=list)

    def add(self, candidate: _Candidate) -> None:
        self.items.append(candidate)
        self.spans.add(candidate.start, candidate.end)


class _Nearby:
    """The title phrases near a span, in list order: a title is adjacent to a name at most
    20 characters before it (``name_after``) or 90 after it (``name_before``)."""

    REACH = 128

    def __init__(self, phrases: list[RolePhrase]) -> None:
        self.phrases = phrases
        self.order = sorted(range(len(phrases)), key=lambda i: phrases[i].start)
        self.starts = [phrases[i].start for i in self.order]
        self.longest = max((p.end - p.start for p in phrases), default=0)

    def around(self, start: int, end: int) -> list[RolePhrase]:
        low = bisect_left(self.starts, start - self.REACH - self.longest)
        high = bisect_right(self.starts, end + self.REACH)
        return [self.phrases[i] for i in sorted(self.order[low:high])]


def _places_only(mention: Mention, states: list[tuple[int, int]]) -> bool:
    """A state's or a place's name or a hyphenated pair of state adjectives ("Serbiens",
    "Havanna", "Russian-Chinese") that NER read as a person ("Jean-Pierre"): every part of
    it is a state or a place, which may run on past it (the German genitive "Vilnius'",
    where NER stops before the apostrophe), or that a state's longer name holds ("der
    Republik Moldau", NER reading "Moldau" alone). ``states``: the spans of state and place
    units, sorted."""
    i = bisect_left(states, (mention.start, -1))
    if i > 0 and states[i - 1][1] > mention.start:      # a unit opening before the mention
        i -= 1
    covered = 0
    while i < len(states) and states[i][0] < mention.end:
        covered += min(states[i][1], mention.end) - max(states[i][0], mention.start)
        i += 1
    return covered > 0 and covered >= sum(ch.isalpha() for ch in mention.text)


def _before_state(text: str, start: int, end: int, states: list[tuple[int, int]]) -> int:
    """Where a name ends that runs on into a state's name closing the span: German puts the
    object right after an inverted subject ("kritisierte Außenminister Maas Russland"), and
    NER or the run of capitalised words after a title reads both as one name. ``states``:
    the spans of state and place units, sorted."""
    for state_start, state_end in states[bisect_left(states, (start + 1, -1)):]:
        if state_start >= end:
            break
        if state_end >= end and text[start:state_start].strip():
            return len(text[:state_start].rstrip())
    return end


def _first_person(start: int, end: int, persons: list[tuple[int, int]]) -> int:
    """Where a name ends that runs on into a second known official's ("empfing Präsident
    Putin Lukaschenko"): the end of the known name that opens the span, when another known
    name starts after it inside the span. ``persons``: spans of person units, sorted."""
    opening = [e for s, e in persons if s == start and e < end]
    if not opening:
        return end
    first_end = max(opening)
    following = [s for s, _ in persons if first_end < s < end]
    return first_end if following else end


@dataclass(frozen=True)
class _NameBounds:
    """Spans a name does not run into, sorted: states and places, known officials."""

    states: list[tuple[int, int]]
    persons: list[tuple[int, int]]


def _name_end(text: str, start: int, end: int, bounds: _NameBounds) -> int:
    """Where a name read from ``start`` to ``end`` ends, before a state's name that closes
    it or a second known official's."""
    return min(_before_state(text, start, end, bounds.states),
               _first_person(start, end, bounds.persons))


def _trimmed(text: str, mention: Mention, bounds: _NameBounds) -> Mention:
    """The NER person without a state's or a second official's name in it (``_name_end``)."""
    end = _name_end(text, mention.start, mention.end, bounds)
    return mention if end == mention.end else replace(
        mention, end=end, text=text[mention.start:end], normal=None)


def _parenthesised(text: str, mention: Mention) -> bool:
    """A "person" that is all a parenthesis holds is a party or an abbreviation after a
    name ("Außenministerin Baerbock (Grüne)", "Scholz (SPD)"), not somebody else."""
    return text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"


# An English possessive inside a name ends it: "Deputy Secretary Campbell's Meeting with …"
_POSSESSIVE = re.compile(r"['’]s\b")


def _before_possessive(text: str, candidate: _Candidate) -> _Candidate | None:
    """The name up to a possessive inside it (a headline's "Campbell's Meeting" is
    Campbell); none when nothing is left before it."""
    found = _POSSESSIVE.search(text, candidate.start, candidate.end)
    if found is None or candidate.end - found.end() < 2:
        return candidate
    if found.start() <= candidate.start:
        return None
    return replace(candidate, end=found.start(), normal=None)


# Between a possessor's name and the title it governs: English "'s", German nothing (the
# genitive "s" is part of the name as written: "Putins Sprecher", "Lawrows Stellvertreter").
_POSSESSIVE_GAP = {"en": ("'s ", "’s ", "' ", "’ "), "de": (" ",)}


def _possessors(text: str, language: str, persons: list[Person]) -> list[Person]:
    """Names in the genitive before a titled person ("Putins Sprecher Dmitri Peskow",
    "Lawrow's deputy Sergei Ryabkov") name whom that official serves, who is not himself
    at the table. The official takes the possessor's state when the title names none."""
    out = []
    starts = {p.start: p for p in persons if p.role_ids}
    for person in persons:
        gap = _POSSESSIVE_GAP.get(language, ())
        for held in (starts.get(person.name_end + len(g)) for g in gap
                     if text.startswith(g, person.name_end)):
            if held is None or (language == "de" and not person.surface.endswith("s")):
                continue
            out.append(person)
            if not (held.country or held.igo):
                held.country, held.igo = person.country, person.igo
    return out


# The end of a sentence: a full stop, question or exclamation mark (a closing quote) and
# a space before a capital letter.
_SENTENCE_END = re.compile(r"[.!?][»“\"]?\s+(?=[A-ZÄÖÜА-ЯЁ])")
_BODY_KINDS = ("body", "bodytype")
# Between a title's last state and the name after it: a space, or a comma in German.
_NAME_GAP = re.compile(r",? ")
# Characters read before a state for the word that governs it: a long Russian word and more.
WORD_REACH = 30


def _body_before(text: str, person: Person, units: list[Unit]) -> str | None:
    """The state of the body a sentence names just before an official whose title names
    none and who opens the next ("Am Dienstag äußerte sich das chinesische
    Außenministerium. Sprecher Lin Jian sagte …"): the official speaks for it. Only a
    sentence whose bodies and states are all of that one state: never a guess between two."""
    opening = _OPENS_SENTENCE.search(text, 0, person.start)
    if opening is None or opening.start() == 0:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, opening.start() + 1)]
    begin = ends[-1] if ends else 0
    before = [u for u in units if begin <= u.start and u.end <= opening.start() + 1
              and (u.kind in _BODY_KINDS or u.kind in ("state", "igo", "person"))]
    codes = {u.country for u in before}
    if len(codes) != 1 or not any(u.kind in _BODY_KINDS for u in before):
        return None
    return codes.pop()


def _states_from_bodies(text: str, language: str, persons: list[Person],
                        units: list[Unit]) -> None:
    """Give a titled official with no state the state of the body named just before, and
    the spelling of that state's names ("Lin Jian" is no Slavic name to respell)."""
    for person in persons:
        if person.role_ids and not (person.country or person.igo):
            _seat(person, _body_before(text, person, units), language)


def _closing_state(unit: Unit) -> str | None:
    """The state a unit names last: a state's own, or that of the state a body ends with
    («МИД Индонезии»); not a body's that the parser took from a state before it («… Ирана
    МИД Индии» is India's ministry)."""
    if unit.kind == "state":
        return unit.country
    last = unit.parts[-1] if unit.parts else None
    if unit.kind in _BODY_KINDS and last is not None and last.kind == "state" \
            and last.end == unit.end:
        return last.country
    return None


def _paired_lists(text: str, language: str, persons: list[Person], units: list[Unit]) -> None:
    """Two officials named after a title of two states, the states and the names each
    joined by "and" («Министры иностранных дел Казахстана и Киргизии Мурат Нуртлеу и
    Жээнбек Кулубаев», "die Außenminister Polens und Litauens, X und Y"), are the states'
    in their order (respectively); only officials whose state nothing else gave."""
    conj = Grammar.load(language).conj
    states = [u for u in units if u.kind == "state" and u.country]
    for first, second in itertools.pairwise(states):
        if not conj.match(text[first.end:second.start]):
            continue
        names = [p for p in persons if p.name_start >= second.end
                 and _NAME_GAP.fullmatch(text, second.end, p.name_start)]
        if not names:
            continue
        one = names[0]
        two = next((p for p in persons if p.name_start > one.name_end
                    and conj.match(text[one.name_end:p.name_start])), None)
        if two is None:
            continue
        for person, unit in ((one, first), (two, second)):
            if _unplaced(person):
                _seat(person, unit.country, language)


@cache
def _not_governing(language: str) -> frozenset[str]:
    """Words before a state that make it no title's last word: the prepositions of a place
    and the conjunctions of a list (grammar.yaml ``place_prepositions``, ``and``)."""
    data = load_yaml(data_file(language, "grammar.yaml"))
    return frozenset(w.casefold() for key in ("place_prepositions", "and")
                     for w in data.get(key) or ())


def _states_before_names(text: str, language: str, persons: list[Person],
                         units: list[Unit]) -> None:
    """Give an official with no state the state named in the genitive right before his
    name, closing a title the lexicon could not read («вице-премьер Госсовета КНР Дин
    Сюэсян», «генеральный директор департамента … МИД Индонезии Три Тармади»): Russian
    puts the state (or the body that absorbed it) last in the title, the name after it
    (persons8, issue 13). Not a state
    after a preposition («в Китай Лавров …»: a place, and the name opens a clause), nor
    the last of a list («министры Казахстана и Узбекистана Мурат Нуртлеу и …»)."""
    stops = _not_governing(language)
    by_end = {u.end: u for u in units if _closing_state(u)}
    for person in persons:
        if not _unplaced(person):
            continue
        unit = by_end.get(person.name_start - 1)
        if unit is None or text[unit.end:person.name_start] != " ":
            continue
        before = text[max(0, unit.start - WORD_REACH):unit.start].split()
        if not before or before[-1].casefold() in stops:
            continue        # a place, or the last of a list of states, each with its name
        _seat(person, _closing_state(unit), language)


def _unplaced(person: Person) -> bool:
    """An official no title, table entry or IGO gave a state."""
    return not (person.country or person.igo or person.entry is not None)


def _seat(person: Person, country: str | None, language: str) -> None:
    """Give ``person`` the state ``country`` and the name spelt as that state spells it."""
    person.country = country
    if country:
        person.name = canonical_person_name(person.normal, language, country)


def _ner_trimmed(text: str, span: tuple[int, int], ner_hit: Mention | None) -> tuple[int, int]:
    """A name after a title ends where NER's person of two or more words from the same start
    ends: German capitalises nouns, so the run of capitalised words may go on into the
    sentence ("US-Unterstaatssekretärin Bonnie Jenkins Konsultationen abgehalten")."""
    if ner_hit is None or ner_hit.start != span[0] or not span[0] < ner_hit.end < span[1]:
        return span
    return span if len(text[ner_hit.start:ner_hit.end].split()) < 2 else (span[0], ner_hit.end)


class ActorResolver:
    """Pipeline stage: resolves every actor mention of a document (see module docstring)."""

    name = "actors"
    requires = ("text", "language", "sentences", "mentions")
    assigns = ("mentions",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            year = doc.published.year if doc.published else None
            doc.mentions = self.resolve(doc.text, doc.language or "en", doc.mentions, year,
                                        doc.dateline, doc.source_name)
        return docs

    def resolve(self, text: str, language: str, ner: list[Mention] | None = None,
                year: int | None = None, dateline: str | None = None,
                publisher: str | None = None) -> list[Mention]:
        """The resolved mentions of one text.

        ``ner``: the NER stage's mentions; ``year``: of publication (the office a
        known official held); ``dateline``: where the report was filed, the state
        a title with no state of its own falls back on (see ``home_state``), else the
        state of the ``publisher`` when that is a government body (``publisher_state``).
        """
        ner = ner or []
        grammar, units, phrases = self._parse(text, language)
        home = home_state(self.gazetteer, text, language, units, dateline) or \
            self.publisher_state(publisher, language)
        resolver = PersonResolver(self.gazetteer, text, language, year, home)
        for phrase in phrases:
            resolver.note_phrase(phrase)
        candidates = self._candidates(text, grammar, units, phrases, ner)
        persons = [resolver.resolve(c.start, c.end, c.phrase, units, c.normal, c.source)
                   for c in sorted(candidates, key=lambda c: c.start)]
        _states_from_bodies(text, language, persons, units)
        _states_before_names(text, language, persons, units)
        _paired_lists(text, language, persons, units)
        resolver.complete_initials()
        resolver.complete_surnames()
        resolver.hosts_of_envoys()
        resolver.topic_states(units)
        resolver.share_states()
        possessors = _possessors(text, language, persons)
        mentions = [self._person_mention(text, p) for p in persons if p not in possessors]
        taken = bytearray(len(text))
        for p in possessors:
            taken[p.start:p.end] = b"\x01" * (p.end - p.start)
        for m in mentions:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        mentions += self._title_mentions(text, phrases, persons, taken)
        mentions += self._unit_mentions(text, units, taken)
        for start, end, person in resolver.surname_mentions(taken):
            mentions.append(self._person_mention(text, person, (start, end)))
        mentions += self._leftover_ner(ner, taken, language)
        mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        return periphrastic_titles(text, language, mentions, self.gazetteer)

    def publisher_state(self, publisher: str | None, language: str) -> str | None:
        """The state of a publisher that is a government body ("Außenministerium der
        Russischen Föderation (mid.ru)", "Ministry of Foreign Affairs of Japan"): its
        releases name its own officials by title alone ("заместитель министра", "the
        Deputy Minister"). News agencies, whatever their state, are no such body."""
        if not publisher:
            return None
        for lang in dict.fromkeys((language, "en")):
            _, units, _ = self._parse(publisher, lang)
            bodies = [u for u in units if u.kind in ("body", "bodytype") and u.country]
            if bodies:
                return bodies[0].country
        return None

    def person_names(self, text: str, language: str, ner: list[Mention]) -> list[tuple[int, int]]:
        """The spans this layer takes for persons' names, before resolving them: what it
        makes of the NER stage's persons (tools.ner_gazetteer_gain measures the gain)."""
        grammar, units, phrases = self._parse(text, language)
        return [(c.start, c.end) for c in self._candidates(text, grammar, units, phrases, ner)]

    def _parse(self, text: str, language: str) -> tuple[Grammar, list[Unit], list[RolePhrase]]:
        """The language's grammar, the text's gazetteer units and its title phrases."""
        grammar = Grammar.load(language)
        units = department_units(merge_bodies(
            to_units(self.gazetteer.find(text, language), self.gazetteer), text, grammar),
            text, grammar)
        return grammar, units, RoleParser(units, text, grammar, self.gazetteer).phrases()

    # --- persons ------------------------------------------------------------------------

    def _candidates(self, text: str, grammar: Grammar, units: list[Unit],
                    phrases: list[RolePhrase], ner: list[Mention]) -> list[_Candidate]:
        """Person names: next to titles first, then NER persons, then known officials."""
        out = _Found(_Spans(len(text)))
        nearby = _Nearby(phrases)
        states = sorted((u.start, u.end) for u in units if u.kind in ("state", "place"))
        # a state's name closes a name running on; its adjective does not: capitalised right
        # after a given name it is a surname ("Oskar Deutsch", "Dawn French")
        named = sorted((u.start, u.end) for u in units
                       if u.kind == "place" or (u.kind == "state" and u.form == "name"))
        bounds = _NameBounds(named, sorted((u.start, u.end) for u in units if u.kind == "person"))
        ner_persons = [_trimmed(text, m, bounds) for m in ner if m.label == "PER"
                       and not _places_only(m, states) and not _parenthesised(text, m)]
        self._title_names(text, grammar, units, phrases, ner_persons, bounds, out)
        for mention in ner_persons:
            if not out.spans.overlaps(mention.start, mention.end):
                near = self._adjacent_phrase(text, grammar, nearby.around(
                    mention.start, mention.end), mention.start, mention.end)
                out.add(_Candidate(mention.start, mention.end, near, mention.normal, "ner"))
        self._known_names(text, grammar, units, nearby, out)
        # a state joined by a hyphen opens a compound, not a name ("Japan-India Dialogue")
        compounds = {u.start for u in units if u.kind in ("state", "place")
                     and text[u.end:u.end + 1] == "-"}
        return [kept for c in out.items if c.start not in compounds
                and (kept := _before_possessive(text, c)) is not None]

    def _title_names(self, text: str, grammar: Grammar, units: list[Unit],
                     phrases: list[RolePhrase], ner_persons: list[Mention],
                     bounds: _NameBounds, out: _Found) -> None:
        others, ner_spans = _Spans(len(text)), _Spans(len(text))
        for unit in units:
            if unit.kind != "person":
                others.add(unit.start, unit.end)
        for mention in ner_persons:
            ner_spans.add(mention.start, mention.end)
        for phrase in phrases:
            span = self._phrase_name(text, grammar, phrase)
            if span is not None:
                span = span[0], _name_end(text, *span, bounds)
            if span is None or out.spans.overlaps(*span) or others.overlaps(*span):
                continue
            ner_index = ner_spans.first_overlapping(*span)
            ner_hit = ner_persons[ner_index] if ner_index is not None else None
            span = _ner_trimmed(text, span, ner_hit)
            # NER's base form names the span NER found: of "SHI Jun" it may have only "Jun"
            same_span = ner_hit is not None and (ner_hit.start, ner_hit.end) == span
            out.add(_Candidate(span[0], span[1], phrase,
                               ner_hit.normal if same_span and ner_hit else None, "pattern"))

    def _known_names(self, text: str, grammar: Grammar, units: list[Unit],
                     nearby: _Nearby, out: _Found) -> None:
        """Known officials' names; a bare surname only when it is unambiguous or the
        full name occurs in the text too."""
        full_names = {u.entry.id for u in units if u.kind == "person" and u.form == "full"}
        for unit in units:
            if unit.kind != "person" or out.spans.overlaps(unit.start, unit.end):
                continue
            alone = unit.entry.alone and unit.end - unit.start > 3 and not unit.alternatives
            if unit.form == "surname" and not (alone or unit.entry.id in full_names):
                continue
            start = unit.start
            initials = _INITIALS_BEFORE.search(text[max(0, start - 8):start])
            if initials:
                start -= len(initials.group(0))
            near = self._adjacent_phrase(text, grammar, nearby.around(start, unit.end), start,
                                         unit.end)
            out.add(_Candidate(start, unit.end, near, None, "gazetteer"))

    @staticmethod
    def _phrase_name(text: str, grammar: Grammar, phrase: RolePhrase) -> tuple[int, int] | None:
        after = name_after(text, phrase.end, grammar)
        if after and _TIGHT_NAME_GAP.match(text[phrase.end:after[0]]):
            return after
        return name_before(text, phrase.start, grammar) or after

    @staticmethod
    def _adjacent_phrase(text: str, grammar: Grammar, phrases: list[RolePhrase],
                         start: int, end: int) -> RolePhrase | None:
        for phrase in phrases:
            after = name_after(text, phrase.end, grammar) if phrase.end <= start else None
            if after is not None and after[0] == start:
                return phrase
            if phrase.start >= end and name_before(text, phrase.start, grammar, 1) == (
                    start, end) and not ActorResolver._names_its_own(text, grammar, phrase):
                return phrase
        return ActorResolver._title_running_on(text, grammar, phrases, start)

    @staticmethod
    def _title_running_on(text: str, grammar: Grammar, phrases: list[RolePhrase],
                          start: int) -> RolePhrase | None:
        """A title whose rest the lexicon lacks runs on to the name ("заместитель
        госсекретаря США по контролю над вооружениями Бонни Дженкинс"): only a rest
        that opens with a tail word ("по", "for", "für") and has no punctuation."""
        for phrase in phrases:
            if phrase.end < start and grammar.tail.fullmatch(text, phrase.end, start) \
                    and not ActorResolver._names_its_own(text, grammar, phrase):
                return phrase
        return None

    @staticmethod
    def _names_its_own(text: str, grammar: Grammar, phrase: RolePhrase) -> bool:
        """A title with a name right after it is that person's, not an apposition of the name
        before it ("Мария Захарова, посол США Джон Салливан")."""
        after = name_after(text, phrase.end, grammar)
        return after is not None and _TIGHT_NAME_GAP.match(text[phrase.end:after[0]]) is not None

    def _title_mentions(self, text: str, phrases: list[RolePhrase], persons: list[Person],
                        taken: bytearray) -> list[Mention]:
        """A title with no name of its own names the official who holds it ("der Präsident
        Kasachstans", "the Ambassador of Norway", "посол Норвегии"): the latest person
        named before it with that title and state, when the title opens a sentence (the
        subject that takes up the story; elsewhere "the President of Kazakhstan's visit"
        may be any holder). A title naming no state is left to the coder's role anaphors,
        which look only within the act's own clause."""
        out = []
        for phrase in phrases:
            if (any(taken[phrase.start:phrase.end]) or not (phrase.country or phrase.igo)
                    or not _OPENS_SENTENCE.search(text, max(0, phrase.start - 8), phrase.start)):
                continue
            holders = [p for p in persons if p.end <= phrase.start
                       and set(p.role_ids) & set(phrase.role_ids)
                       and (p.country, p.igo) == (phrase.country, phrase.igo)]
            if not holders:
                continue
            out.append(self._person_mention(text, holders[-1], (phrase.start, phrase.end)))
            taken[phrase.start:phrase.end] = b"\x01" * (phrase.end - phrase.start)
        return out

    def _person_mention(self, text: str, person: Person,
                        span: tuple[int, int] | None = None) -> Mention:
        start, end = span or (person.start, person.end)
        actor = Actor(text=text[start:end], name=person.name, kind="person", role=person.role,
                      country=person.country, igo=person.igo, sector=person.sector,
                      wikidata=None, start=start, end=end)
        normal = person.normal if span is None else text[start:end]
        return Mention(start, end, text[start:end], "PER", actor, normal,
                       "gazetteer" if person.source == "gazetteer" and span is None
                       else person.source, person.entry_id)

    # --- states, IGOs, bodies, places ----------------------------------------------------

    def _unit_mentions(self, text: str, units: list[Unit], taken: bytearray) -> list[Mention]:
        out = []
        bodies = [u for u in units if u.kind in ("body", "bodytype")]
        for unit in units:
            if any(taken[unit.start:unit.end]):
                continue
            mention = self._unit_mention(text, unit, bodies)
            if mention is not None:
                out.append(mention)
                taken[unit.start:unit.end] = b"\x01" * (unit.end - unit.start)
        return out

    def _unit_mention(self, text: str, unit: Unit, bodies: list[Unit]) -> Mention | None:
        entry, surface = unit.entry, text[unit.start:unit.end]
        if unit.kind == "state":
            sector = "CVL" if unit.form == "people" else "GOV"     # "Armenians": its people
            actor = Actor(surface, entry.name, "state", country=entry.country, sector=sector,
                          wikidata=entry.wikidata, start=unit.start, end=unit.end)
            label = "LOC" if unit.form == "name" else "MISC"
            return Mention(unit.start, unit.end, surface, label, actor, None, "gazetteer",
                           entry.id)
        if unit.kind == "igo":
            actor = Actor(surface, entry.name, "igo", igo=entry.igo, sector="IGO",
                          wikidata=entry.wikidata, start=unit.start, end=unit.end)
            return Mention(unit.start, unit.end, surface, "ORG", actor, None, "gazetteer",
                           entry.id)
        if unit.kind in ("body", "bodytype"):
            return self._body_mention(surface, unit, bodies)
        if unit.kind == "place":
            return Mention(unit.start, unit.end, surface, "LOC", None, None, "gazetteer",
                           entry.id)
        return None

    def _body_mention(self, surface: str, unit: Unit, bodies: list[Unit]) -> Mention | None:
        entry, country = unit.entry, unit.country
        if country is None and entry.needs_state:
            return None                        # "government officials", "the delegation"
        if country is None:                    # "the Foreign Ministry said": the one named before
            before = [b for b in bodies if b.entry.body_type == entry.body_type and b.country
                      and b.start < unit.start]
            country = before[-1].country if before else None
        if entry.kind == "body":
            name, entry_id = entry.name, entry.id
            if country and country != entry.country:
                name, entry_id = self._typed_body(entry.body_type, country)
        elif country:
            name, entry_id = self._typed_body(entry.body_type, country)
        else:
            name, entry_id = entry.name, f"body:{entry.body_type}"
        actor = Actor(surface, name, "organization", country=country, sector=entry.sector,
                      start=unit.start, end=unit.end)
        source = "pattern" if unit.parts else "gazetteer"
        return Mention(unit.start, unit.end, surface, "ORG", actor, None, source, entry_id)

    def _typed_body(self, body_type: str | None, country: str) -> tuple[str, str]:
        kind = self.gazetteer.entry(f"bodytype:{body_type}")
        state = self.gazetteer.state(country)
        base = kind.name if kind else (body_type or "Body")
        return f"{base} of {state.name if state else country}", f"body:{country}:{body_type}"

    def _leftover_ner(self, ner: list[Mention], taken: bytearray,
                      language: str) -> list[Mention]:
        out = []
        for mention in ner:
            if mention.label == "PER" or any(taken[mention.start:mention.end]):
                continue
            if mention.label == "LOC" and mention.entry_id is None:
                place = self.gazetteer.place(mention.normal or mention.text, language)
                if place is not None:
                    mention.entry_id = place.entry_id
            out.append(mention)
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        return out
