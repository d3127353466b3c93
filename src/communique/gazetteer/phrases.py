"""Actor phrases built from gazetteer matches: bodies with their state, and titles.

The matcher finds the parts ("russischen", "Außenministeriums", "Direktor",
"Abteilung für internationale Informationssicherheit"); this module puts
them together the way the three languages do:

- a body takes the state before it ("des russischen Außenministeriums",
  "Japan's Foreign Ministry", "US-Außenministerium") or after it ("МИД
  России", "Ministry of Foreign Affairs of Cambodia");
- a title takes modifiers and a state before it ("der stellvertretende
  russische Außenminister") and complements after it, joined by the
  language's connectors (``lang/<language>/grammar.yaml``): a state, a body, an
  IGO, a department, a tail, and further titles after "und"/"and"/"и".

The result is a canonical English title ("Director of the MFA Department of
International Information Security") with the state or IGO it belongs to.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from communique.gazetteer.data import Entry
from communique.gazetteer.gazetteer import Gazetteer
from communique.gazetteer.lexicon import Match
from communique.lang import LANGUAGES, data_file, load_yaml

# The widest gap a head word fills between a delegation and its leader's title: the
# longest head of the grammars ("unter der Leitung von", 21 characters), spaces, a dash.
HEAD_GAP = 32
# The name of a listed official, between its title and the next one's conjunction.
_LISTED_NAME = re.compile(r"(?: [A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*){1,5}")
# The words of a long title's unlisted rest ("по контролю над вооружениями", "for arms
# control and international security", «по контролю над вооружениями и международной
# безопасности»): the longest such tails in MFA releases.
TAIL_WORDS = 6
_TIGHT = re.compile(r"^(?: ?|-|['’]s? )$")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


@dataclass(frozen=True)
class Grammar:
    """The connectors of one language, compiled to gap patterns."""

    of: re.Pattern[str]
    loose: re.Pattern[str] | None
    conj: re.Pattern[str]
    to: re.Pattern[str]
    heads: re.Pattern[str]
    leads: re.Pattern[str]
    tail: re.Pattern[str]
    seat: re.Pattern[str]
    department: re.Pattern[str] | None
    of_title: re.Pattern[str] | None
    honorifics: tuple[str, ...]
    name_stopwords: frozenset[str]

    @classmethod
    @cache
    def load(cls, language: str) -> Grammar:
        data = load_yaml(data_file(language if language in LANGUAGES else "en", "grammar.yaml"))
        of_words = [w for w in data.get("of") or () if w]
        of = _alternation(of_words)
        optional = "?" if "" in (data.get("of") or ()) else ""
        loose = None
        if data.get("loose") and of:
            loose = re.compile(rf"^(?: [^\s,.;:()\"«»]+){{1,{int(data['loose'])}}} (?:{of}) $",
                               re.IGNORECASE)
        return cls(
            of=re.compile(rf"^ (?:(?:{of}) ){optional}$" if of else r"^ $", re.IGNORECASE),
            loose=loose,
            conj=re.compile(rf"^(?:,? (?:{_alternation(data.get('and') or [])}) |, )$",
                            re.IGNORECASE),
            to=re.compile(rf"^ (?:{_alternation(data.get('to') or [])}) $", re.IGNORECASE),
            # a comma may set the head off as a participle phrase ("eine Delegation,
            # angeführt von Vizeminister …")
            heads=re.compile(rf"^,? (?:{_alternation(data.get('heads') or [])})(?: [-–—:])? $",
                             re.IGNORECASE),
            leads=re.compile(rf"^,? (?:{_alternation(data.get('leads') or [])}) $",
                             re.IGNORECASE),
            # a tail word and at most TAIL_WORDS more, no punctuation but a comma before the name
            tail=re.compile(rf" (?:{_alternation(data.get('tail_starts') or [])})"
                            rf"(?: [^\W\d_][\w-]*){{1,{TAIL_WORDS}}},? ", re.IGNORECASE),
            seat=re.compile(rf"^ (?:{_alternation(data.get('seat') or [])}) $", re.IGNORECASE),
            department=re.compile(rf"\b(?:{'|'.join(data['department_heads'])})\w*")
            if data.get("department_heads") else None,
            of_title=re.compile(rf"^ (?:{_alternation(data['of_title'])}) $", re.IGNORECASE)
            if data.get("of_title") else None,
            honorifics=tuple(data.get("honorifics") or ()),
            name_stopwords=frozenset(data.get("name_stopwords") or ()),
        )


@dataclass
class Unit:
    """A match resolved to one entry; bodies may have absorbed their state."""

    start: int
    end: int
    entry: Entry
    form: str                       # name | adj | comb | full | surname
    country: str | None = None
    modifier: Entry | None = None   # a compound title's modifier
    parts: list[Unit] = field(default_factory=list)
    alternatives: list[Entry] = field(default_factory=list)   # other entries of the same kind

    @property
    def kind(self) -> str:
        return self.entry.kind


@dataclass
class RolePhrase:
    start: int
    end: int
    title: str
    role_ids: tuple[str, ...]
    country: str | None
    igo: str | None
    sector: str | None
    posting: str | None = None      # the state an envoy is posted to ("в Беларуси", "to Japan")


def to_units(matches: list[Match], gazetteer: Gazetteer) -> list[Unit]:
    units = []
    for match in matches:
        entry = gazetteer.entry(match.entry_id)
        if entry is None:
            continue
        modifier = None
        if entry.kind == "compound":
            modifier = gazetteer.entry(f"mod:{entry.modifier}")
            entry = gazetteer.entry(f"role:{entry.role}") or entry
        same_kind = [e for i in match.entries_of(entry.kind) if (e := gazetteer.entry(i))]
        units.append(Unit(match.start, match.end, entry, match.kind, entry.country,
                          modifier, alternatives=same_kind if len(same_kind) > 1 else []))
    return units


def _gap(text: str, a: Unit, b: Unit) -> str:
    return text[a.end:b.start]


def _foreign_object(body: Unit, state: Unit, text: str) -> bool:
    """A named body of one state right before another state's bare name is followed by
    an object, not a genitive: "machte der Bundesverfassungsschutz Russland … aus"."""
    return (body.kind == "body" and body.entry.country not in (None, state.country)
            and not _gap(text, body, state).strip())


# A department's own name between its head word and its body ("Департамент международной
# безопасности МИД", "Department of International Security of the Ministry"): at most
# this many words, the longest unlisted department names in MFA releases.
DEPARTMENT_WORDS = 8
_DEPARTMENT = Entry("dept:GENERIC", "dept", "Department")
_GAP_WORD = re.compile(r"[\w-]+")
_GAP = re.compile(r"[\w \t-]*")            # words only: a comma or a bracket ends the name


def department_units(units: list[Unit], text: str, grammar: Grammar) -> list[Unit]:
    """Departments no list names, as units: a head word ("Департамент", "Abteilung",
    "Department") and the words of its name up to the body it belongs to, so that a
    title runs on through it to its state ("директор Департамента … МИД Бразилии")."""
    if grammar.department is None:
        return units
    taken = [(u.start, u.end) for u in units]
    added = []
    for match in grammar.department.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        # a place may name the department ("Abteilung Europa im Außenministerium")
        body = next((u for u in units if u.start >= match.end() and u.kind != "place"), None)
        if body is None or body.kind not in ("body", "bodytype", "igo", "state"):
            continue
        end = _department_end(text, match.end(), body.start, grammar)
        if end is not None:
            added.append(Unit(match.start(), end, _DEPARTMENT, "name"))
    inside = [u for u in units if any(d.start <= u.start and u.end <= d.end for d in added)]
    return sorted([*(u for u in units if u not in inside), *added], key=lambda u: u.start)


def _department_end(text: str, start: int, body: int, grammar: Grammar) -> int | None:
    """Where a department's name ends: after the last word from which the connector to its
    body ("of the", "des", genitive: nothing) leads on; None when its words are no name."""
    words = list(_GAP_WORD.finditer(text, start, body))
    if len(words) > DEPARTMENT_WORDS or not _GAP.fullmatch(text[start:body]):
        return None
    for word in reversed(words):
        if grammar.of.match(text[word.end():body]):
            return word.end()
    return start if grammar.of.match(text[start:body]) else None


# Bodies whose seat is abroad: "die Botschaft in Berlin" is not Germany's embassy.
_POSTED_ABROAD = {"EMBASSY", "DELEGATION"}


def _seat(body: Unit, place: Unit, text: str, grammar: Grammar) -> bool:
    """A government body named with its seat: "das Außenministerium in Moskau", "the
    Foreign Ministry in Beijing", "МИД в Минске" act for the state of that city."""
    return (place.kind in ("place", "state") and place.country is not None
            and body.entry.body_type not in _POSTED_ABROAD
            and grammar.seat.match(_gap(text, body, place)) is not None)


def merge_bodies(units: list[Unit], text: str, grammar: Grammar) -> list[Unit]:
    """Bodies absorb an adjacent state and a repeated abbreviation in parentheses."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if unit.kind not in ("body", "bodytype"):
            out.append(unit)
            i += 1
            continue
        if out and out[-1].kind == "state" and _TIGHT.match(_gap(text, out[-1], unit)):
            state = out.pop()
            unit.start, unit.country, unit.parts = state.start, state.country, [state]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (nxt is not None and nxt.kind == "state" and nxt.form == "name"
                and grammar.of.match(_gap(text, unit, nxt)) and not unit.parts
                and not _foreign_object(unit, nxt, text)):
            unit.end, unit.country, unit.parts = nxt.end, nxt.country, [nxt]
            i += 1
            nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.country is None and nxt is not None and _seat(unit, nxt, text, grammar):
            unit.end, unit.country, unit.parts = nxt.end, nxt.country, [nxt]
            i += 1
            nxt = units[i + 1] if i + 1 < len(units) else None
        if (nxt is not None and nxt.entry.id == unit.entry.id
                and _gap(text, unit, nxt) == " (" and text[nxt.end:nxt.end + 1] == ")"):
            unit.end = nxt.end + 1
            i += 1
        out.append(unit)
        i += 1
    return out


_PREFIX_KINDS = {"mod", "state", "body", "bodytype", "igo"}
_COMPLEMENT_KINDS = {"state", "body", "bodytype", "igo", "dept", "tail"}


class RoleParser:
    """Parses title phrases over the units of one text."""

    def __init__(self, units: list[Unit], text: str, grammar: Grammar,
                 gazetteer: Gazetteer) -> None:
        self.units, self.text, self.grammar, self.gazetteer = units, text, grammar, gazetteer

    def _title_start(self, i: int) -> int | None:
        """Index of the title a prefix starting at ``i`` leads to, if any."""
        j = i
        while j < len(self.units) and self.units[j].kind in _PREFIX_KINDS:
            if j + 1 >= len(self.units) or not _TIGHT.match(
                    _gap(self.text, self.units[j], self.units[j + 1])):
                return None
            j += 1
        return j if j < len(self.units) and self.units[j].kind == "role" else None

    def parse(self, i: int) -> tuple[RolePhrase, int] | None:
        """The title phrase starting at unit ``i`` and the index after it."""
        head = self._title_start(i)
        if head is None:
            return None
        prefix, role = self.units[i:head], self.units[head]
        complements: list[tuple[Unit, bool]] = []       # (unit, joined without loose words)
        tight, j = True, head + 1
        while j < len(self.units):
            unit, gap = self.units[j], _gap(self.text, self.units[j - 1], self.units[j])
            if self._posting(role, unit, gap):
                complements.append((unit, False))       # sent *to*, not acting for
                j += 1
                break
            if unit.kind == "state" and unit.form != "name":
                break                                   # an adjective belongs to what follows
            if unit.kind in _COMPLEMENT_KINDS and (self.grammar.of.match(gap)
                                                   or (unit.kind == "tail" and gap == " ")):
                complements.append((unit, tight))
            elif unit.kind in _COMPLEMENT_KINDS - {"tail"} and self.grammar.loose and \
                    self.grammar.loose.match(gap) and not gap.lstrip()[:1].isupper():
                # a capitalised word right after the title is a name, not the loose words
                # ("dem belarussischen Botschafter Oleg Tkatschow wurde … im Auswärtigen Amt")
                tight = False
                complements.append((unit, False))
            elif unit.kind == "state" and self._after_tail(gap):
                complements.append((unit, False))       # "… auswärtige Angelegenheiten Ungarns"
            else:
                break
            j += 1
        phrase = self._build(prefix, role, complements)
        phrase, j = self._served_title(phrase, j)
        if j < len(self.units) and self.grammar.conj.match(
                _gap(self.text, self.units[j - 1], self.units[j])):
            more = self.parse(j)
            if more is not None:
                nxt, j = more
                phrase = self._join(phrase, nxt)
        return phrase, j

    def _posting(self, role: Unit, unit: Unit, gap: str) -> bool:
        """A state, city or IGO after "to" behind an envoy's title is the posting ("Russia's
        ambassador to the UN", «Постоянный представитель России при ООН», "Ständiger
        Vertreter Deutschlands bei den Vereinten Nationen"): checked before "of", which
        shares «при» and "bei"."""
        return role.entry.posted and unit.kind in ("state", "place", "igo") and bool(
            self.grammar.to.match(gap))

    def _after_tail(self, gap: str) -> bool:
        """A state in the genitive after a long title's unlisted rest names the title's state
        ("Minister für Außenwirtschaft und auswärtige Angelegenheiten Ungarns"): only after a
        noun, so that the object of the tail word is none ("Sonderbeauftragter für die
        Ukraine")."""
        words = gap.split()
        return bool(self.grammar.tail.fullmatch(gap)) and words[-1][:1].isupper()

    def _served_title(self, phrase: RolePhrase, j: int) -> tuple[RolePhrase, int]:
        """A title in the genitive after a title names whom the official serves ("der
        diplomatische Berater des französischen Präsidenten", "Sprecher des russischen
        Präsidenten"): the official is that holder's state's, not the holder."""
        if self.grammar.of_title is None or j >= len(self.units) or \
                not self.grammar.of_title.match(_gap(self.text, self.units[j - 1], self.units[j])):
            return phrase, j
        inner = self.parse(j) if self._title_start(j) is not None else None
        if inner is None:
            return phrase, j
        served, end = inner
        return RolePhrase(phrase.start, served.end, f"{phrase.title} of the {served.title}",
                          phrase.role_ids, phrase.country or served.country,
                          phrase.igo or served.igo, phrase.sector), end

    def _build(self, prefix: list[Unit], role: Unit,
               complements: list[tuple[Unit, bool]]) -> RolePhrase:
        if any(unit.kind == "state" for unit, _ in complements):
            # "… сессии Генеральной Ассамблеи ООН Министр иностранных дел России": the IGO
            # before a title that names its state belongs to the phrase before it
            prefix = [u for u in prefix if u.kind != "igo"]
        mods = [u.entry.name for u in prefix if u.kind == "mod"]
        if role.modifier is not None:
            mods.append(role.modifier.name)
        title = " ".join([*mods, role.entry.name])
        states = [u.country for u in prefix if u.kind == "state"]
        bodies = [u for u in prefix if u.kind in ("body", "bodytype")]
        igos = [u.entry for u in prefix if u.kind == "igo"]
        tail, dept, body_after, posting = "", None, None, None
        for k, (unit, tight) in enumerate(complements):
            if role.entry.posted and k == len(complements) - 1 and not tight:
                posting = unit.country if unit.kind == "state" else None
                continue                                # the posting (``_posting``)
            if unit.kind == "state":
                states.append(unit.country)
                if tight and role.entry.state_in_name and len(states) == 1:
                    title += f" of {self._state_name(unit.country)}"
            elif unit.kind in ("body", "bodytype"):
                bodies.append(unit)
                body_after = body_after or (unit if tight else None)
            elif unit.kind == "igo":
                igos.append(unit.entry)
            elif unit.kind == "dept" and tight:
                dept = unit.entry
            elif unit.kind == "tail":
                tail += f" {unit.entry.name}"
        title += self._of_clause(role.entry, dept, body_after, igos, tight_igo=bool(
            complements and complements[0][0].kind == "igo" and complements[0][1]))
        country = next((s for s in states if s), None) or next(
            (b.country for b in bodies if b.country), None) or role.entry.country
        igo = igos[0].igo if igos else None
        sector = "IGO" if igo and not country else (
            bodies[0].entry.sector if bodies and role.entry.sector == "GOV" and
            bodies[0].entry.sector not in (None, "GOV") else role.entry.sector)
        units = [*prefix, role, *(u for u, _ in complements)]
        return RolePhrase(units[0].start, units[-1].end, title + tail, (role.entry.id,),
                          country, igo, sector, posting)

    def _of_clause(self, role: Entry, dept: Entry | None, body: Unit | None,
                   igos: list[Entry], tight_igo: bool) -> str:
        if dept is not None:
            short = f"{body.entry.short} " if body is not None and body.entry.short else ""
            return f" of the {short}{dept.name}"
        if body is not None and not role.name.startswith("Minister"):
            return f" of the {body.entry.name}"
        if igos and tight_igo:
            return f" of the {igos[0].name}"
        return ""

    def _state_name(self, code: str | None) -> str:
        state = self.gazetteer.state(code) if code else None
        return state.name if state else (code or "")

    @staticmethod
    def _join(a: RolePhrase, b: RolePhrase) -> RolePhrase:
        return RolePhrase(a.start, b.end, f"{a.title} and {b.title}", a.role_ids + b.role_ids,
                          a.country or b.country, a.igo or b.igo, a.sector or b.sector)

    def phrases(self) -> list[RolePhrase]:
        """Every title phrase in the text, left to right, none overlapping."""
        out, i = [], 0
        while i < len(self.units):
            parsed = self.parse(i)
            if parsed is None:
                i += 1
                continue
            phrase, i = parsed
            out.append(phrase)
        self._inherit_heads(out)
        return out

    def _inherit_heads(self, phrases: list[RolePhrase]) -> None:
        """"Die deutsche Delegation leitete Botschafter X": the title takes that state."""
        delegations = [u for u in self.units if u.entry.body_type == "DELEGATION"]
        anchors = [(u.end, country) for u in delegations
                   if (country := u.country or self._coreferent_state(u, delegations))]
        anchors += [(p.end, p.country) for p in phrases if p.country]
        # only an anchor ending just before the title can be followed by a head word; the
        # last of those (in list order) wins, as when every anchor was tried
        order = sorted(range(len(anchors)), key=lambda i: anchors[i][0])
        ends = [anchors[i][0] for i in order]
        inherited: set[int] = set()
        for index, phrase in enumerate(phrases):
            if phrase.country or phrase.igo:
                continue
            near = order[bisect_left(ends, phrase.start - HEAD_GAP):
                         bisect_right(ends, phrase.start)]
            for end, country in (anchors[i] for i in sorted(near)):
                if self.grammar.heads.match(self.text[end:phrase.start]):
                    phrase.country = country
                    inherited.add(index)
        self._inherit_listed(phrases, inherited)

    def _coreferent_state(self, bare: Unit, delegations: list[Unit]) -> str | None:
        """The state of a delegation named without one ("Делегацию возглавлял заместитель
        министра …", "Angeführt wurde die Delegation von Vizepremier …"): the one state whose
        delegation the text named before it. Two states' delegations before it ("Российская
        и китайская делегации") leave it open: never a guess between them."""
        states: set[str | None] = set()
        for unit in delegations:
            if unit.country and unit.end <= bare.start:
                states.add(unit.country)
                states.update(u.country for u in self.units if u.kind == "state"
                              and u.end <= unit.start
                              and self._coordinated(self.text[u.end:unit.start]))
        return states.pop() if len(states) == 1 else None

    def _coordinated(self, gap: str) -> bool:
        """Whether a gap joins two state adjectives of one noun: "и", "und", "and", or the
        conjunction and an article ("eine russische und eine chinesische Delegation")."""
        words = gap.split()
        return bool(self.grammar.conj.match(gap) or (
            len(words) == 2 and words[1].islower()
            and self.grammar.conj.match(f" {words[0]} ")))

    def _inherit_listed(self, phrases: list[RolePhrase], inherited: set[int]) -> None:
        """"The delegation included Deputy Minister X and Ambassador Y": a title listed
        after a titled name that took its state this way takes that state too (a title
        that names its own state, "Chinese Foreign Minister X and Ambassador Y", does not
        pass it on: Y may be anyone's)."""
        for index, (before, phrase) in enumerate(itertools.pairwise(phrases)):
            if phrase.country or phrase.igo or index not in inherited:
                continue
            gap = self.text[before.end:phrase.start]
            names = _LISTED_NAME.match(gap)
            if names and self.grammar.conj.match(gap[names.end():]):
                phrase.country = before.country
                inherited.add(index + 1)
