"""Lemma frames: triggers matched on lemmas, so that one entry covers every inflected form.

A frame (``lang/<xx>/events.yaml``, entry ``frames``) names the lemmas of a verb or eventive noun
and what makes it report an act: a separable particle that closes the clause
("bestellte … ein"), a word that must stand in the same clause (light verbs and
their objects: "hold talks", "impose sanctions", "Gespräche führen",
"ввести санкции"), words that cancel it ("traf eine Entscheidung"), and for
German nouns, compounds ending in the lemma ("Gipfeltreffen"). The coding
attributes (PLOVER type, sides, mode, tense, outcome) are those of every trigger.

Lemmas are compared in lower case, as the ``Analyzer`` gives them (simplemma
for German and English, pymorphy3 for Russian); ``ё`` is read as ``е``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from communique.document import Sentence, Token
from communique.errors import DataFileError
from communique.events.trigger import Trigger
from communique.lang import data_file, load_yaml, section, words
from communique.lang.loader import location
from communique.nlp.lemmas import full_participle

# Tokens that end a clause for the particle and clause-word checks: punctuation that
# separates clauses (the coordinating conjunctions are each language's, in ``word_class``).
_BOUNDARY_MARKS = frozenset(",;:.!?()[]\"«»“”„–—")
# quote marks of a term quoted inside a clause ('kündigte eine „spiegelbildliche Antwort“
# an'); not guillemets, which in Russian wires enclose the names of bodies, operations and
# documents («Восток-2022»): reading through them cost a Russian act on the held-out set.
# A language whose press quotes terms in guillemets adds them (``word_class: term_quotes``).
_QUOTE_MARKS = frozenset("\"“”„")
# tokens of one name in a list: "Bosnia and Herzegovina" aside, state names have up to three
# ("United Arab Emirates", «Объединенных Арабских Эмиратов»)
LIST_NAME_TOKENS = 3
# the longest quoted phrase inside a clause, in tokens: a quoted term, not a statement
QUOTED_TERM = 4
# A compound's head must be this long to count: "Arbeitsvereinbarung" heads on
# "vereinbarung", but "Russland" must not head on "land", nor "Ministerium" on "um".
HEAD_LETTERS = 5
# Words an attribute may hold before its participle: "die von der Regierung in Kiew
# geforderte" (5); a longer phrase is rare in news prose.
ATTRIBUTE_WORDS = 6
# Outcomes of backing ("unterstützen", «поддержать»): their participle qualifying a noun,
# even with its agent ("die von Russland unterstützten Hacker", «поддерживаемые НАТО
# силы»), tells who a group's patron is; PLOVER SUPPORT is a verbal act, and the
# sentence's act is another one (spec section 3, "Type boundaries" in docs/events.md).
BACKING_OUTCOMES = frozenset({"endorsed", "welcomed"})
# Words between a verb and the complementiser of its content clause: its object named in
# one word ("assured Nepal that"); a longer phrase before "that" is mostly a noun and its
# relative clause ("agreed on a plan that …").
VIEW_OBJECT_WORDS = 1
# (lemma, form) pairs whose frames ``LemmaFrames`` remembers, and words ``_fold`` does: 200
# 10kGNAD articles hold 17,403 pairs (of 82,343 tokens); each memory is forgotten at this
# size (some 15 MB), so that it cannot grow without end in a long-running process.
REMEMBERED_FORMS = 50_000
# capitalised words a name before a noun spans after its determiner ("a European Union
# demand": two; three covers "the U.S. State Department" forms)
NAME_WORDS = 3
_KNOWN_KEYS = frozenset({"type", "lemmas", "pos", "sides", "mode", "particle", "with",
                         "also_with", "not_with", "compound", "tense", "outcome", "strength",
                         "goal", "source", "finite", "seat", "view", "litotes", "content"})


@dataclass(frozen=True)
class LemmaTrigger(Trigger):
    """A frame of ``lang/<xx>/events.yaml``: lemmas and the words its clause must hold."""

    lemmas: frozenset[str] = frozenset()
    particle: str | None = None
    with_words: frozenset[str] = frozenset()       # one of them must be in the clause
    also_with: frozenset[str] = frozenset()         # and one of these too (an idiom's two parts)
    not_with: frozenset[str] = frozenset()          # none of them may be in the clause
    compound: bool = False
    finite: bool = False        # only an inflected form: an infinitive or gerund is an aim
    view: bool = False          # before a complementiser with no modal after: a shared view
    content: frozenset[str] = frozenset()   # one must be in the zu-infinitive it governs

    @classmethod
    def from_entry(cls, entry: dict[str, Any], where: str) -> LemmaTrigger:
        unknown = set(entry) - _KNOWN_KEYS
        if unknown:
            raise DataFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                                f"known keys: {', '.join(sorted(_KNOWN_KEYS))}")
        lemmas = _words(entry.get("lemmas"), where, "lemmas")
        if not lemmas:
            raise DataFileError(f"{where}: an entry needs 'lemmas' (a list of lemmas)")
        particle = entry.get("particle")
        return cls(**cls.coding(entry, where, form_key="pos"), lemmas=lemmas,
                   particle=_fold(particle) if particle else None,
                   with_words=_words(entry.get("with"), where, "with"),
                   also_with=_words(entry.get("also_with"), where, "also_with"),
                   not_with=_words(entry.get("not_with"), where, "not_with"),
                   compound=bool(entry.get("compound", False)),
                   finite=bool(entry.get("finite", False)),
                   view=bool(entry.get("view", False)),
                   content=_words(entry.get("content"), where, "content"))

    def surface_lemmas(self, inseparable: tuple[str, ...],
                       endings: tuple[str, ...] = ()) -> Iterator[str]:
        """The lemmas a token may carry: the entry's own, and for a separable German verb
        also its joined forms ("einbestellen", "einbestellt": the lemmatiser does not know
        every participle of a particle verb), with the adjective ``endings`` it gives back
        unchanged ("die von Berlin zugesagte Hilfe": "zugesagte"); ``inseparable``: the
        verb prefixes that take no "ge-" in the participle ("bestellt")."""
        for lemma in self.lemmas:
            yield lemma                 # the split form: "bestellte … ein" (particle checked)
            if self.particle is None:
                continue
            yield self.particle + lemma
            if lemma.endswith("en"):
                stem = lemma[:-2]
                ge = "" if lemma.startswith(inseparable) or stem.endswith("ier") else "ge"
                yield f"{self.particle}{ge}{stem}t"
                yield from (f"{self.particle}{ge}{stem}t{ending}" for ending in endings)


@dataclass(frozen=True)
class TokenClassSigns:
    """Cheap signs of a token's word class, so that a verb frame skips a noun with the same
    lemma and back ("the arrest of", "talked"): German capitalises its nouns; English puts
    a determiner before a noun and "-ed" on a verb; with the endings and prefixes of
    German compounds and particle verbs. From ``events.yaml``'s ``word_class``."""

    nouns_capitalised: bool = False
    determiners: frozenset[str] = frozenset()      # before a noun, never before a verb
    verb_endings: tuple[str, ...] = ()             # on a verb form, never on a noun
    noun_endings: tuple[str, ...] = ("",)          # a compound noun's inflection endings
    inseparable_prefixes: tuple[str, ...] = ()     # verbs whose participle takes no "ge-"
    coordinators: frozenset[str] = frozenset()     # open a new clause after a particle
    attributive_endings: tuple[str, ...] = ()      # a participle's endings before its noun
    pronouns: frozenset[str] = frozenset()         # subjects before a finite verb
    hedges: frozenset[str] = frozenset()           # make a clause hypothetical or modal
    infinitive_marker: str = ""                    # "zu" before an infinitive
    agent_prepositions: frozenset[str] = frozenset()   # name a passive agent
    gerund_ending: str = ""                        # "-ing": a verb used as a noun
    topic_prepositions: frozenset[str] = frozenset()   # before a gerund: what an act is about
    complementisers: frozenset[str] = frozenset()  # open a content clause ("agreed that")
    modals: frozenset[str] = frozenset()           # make a content clause a commitment
    fused_infinitive: bool = False                 # the marker inside a particle verb
    term_quotes: frozenset[str] = _QUOTE_MARKS     # quote a term inside a clause
    correlatives: frozenset[str] = frozenset()     # announce a zu-infinitive ("darauf")
    infinitive_auxiliaries: frozenset[str] = frozenset()   # "zu haben": a perfect infinitive
    passive_participles: frozenset[str] = frozenset()      # "worden", "gewesen" before it
    denials: frozenset[str] = frozenset()          # deny what such an infinitive says
    claim_denials: frozenset[str] = frozenset()    # deny the claim the next clause states
    nominal_prepositions: frozenset[str] = frozenset()  # a verb's form after one is a noun
                                                        # or an adjective ("for guarantees")

    list_joiners: frozenset[str] = frozenset()     # join a list's last name: "China, India and"
    marker_prepositions: frozenset[str] = frozenset()  # "bis zu 150": the marker after one is
                                                       # a preposition, no infinitive's
    final_auxiliaries: frozenset[str] = frozenset()    # "verabschiedet wurde": the finite
                                                       # auxiliary that ends a verb-final clause
    def fits(self, tokens: list[Token], index: int, form: str) -> bool:
        token = tokens[index]
        word = _fold(token.text)
        if self.nouns_capitalised and (index > 0 or form == "noun") \
                and token.text[:1].isupper() != (form == "noun"):
            return False
        if form == "verb" and index > 0 and _fold(tokens[index - 1].text) in self.determiners \
                and not self._fronted_demonstrative(tokens, index):
            return False
        if form == "verb" and (self.attributive(tokens, index) or self.present_participle(token)):
            return False
        if form == "verb" and index > 0 and self.infinitive_marker \
                and _fold(tokens[index - 1].text) == self.infinitive_marker:
            return False        # "um … zu verhandeln": the content of another act
        if form == "verb" and self.fused_infinitive and _fused(word, _fold(token.lemma),
                                                               self.infinitive_marker):
            return False        # "forderte …, die Lieferungen einzustellen": the same
        if form == "verb" and (self.denied_infinitive(tokens, index)
                               or self.denied_content(tokens, index)):
            return False        # "bestritt, Zivilisten angegriffen zu haben": denied, not done
        if form == "verb" and index > 0 and self.gerund_ending and word.endswith(
                self.gerund_ending) and _fold(tokens[index - 1].text) in self.topic_prepositions:
            return False        # "warned … against deploying": what an act is about
        if form == "verb" and index > 0 and _fold(tokens[index - 1].text) in \
                self.nominal_prepositions and not (self.gerund_ending
                                                   and word.endswith(self.gerund_ending)):
            return False        # "over alleged spying", "a demand for guarantees": no verb
        if form == "verb" and self.verb_endings and word == _fold(token.lemma) \
                and self._named_noun_phrase(tokens, index):
            return False        # "rejected an EU demand", "Tehran's demand": a name's noun

        return not (form == "noun" and word.endswith(self.verb_endings) and self.verb_endings
                    and word != _fold(token.lemma))

    def _fronted_demonstrative(self, tokens: list[Token], index: int) -> bool:
        """A determiner that opens the sentence right before a verb with no noun after it is
        the demonstrative object of a verb-second clause ("Das vereinbarten die Minister am
        Donnerstag", issue 12, deacts7), not the article of an attribute ("Die vereinbarten
        Sanktionen"); only where nouns are capitalised, which tells the two apart."""
        return self.nouns_capitalised and index == 1 and index + 1 < len(tokens) \
            and not tokens[index + 1].text[:1].isupper()

    def _named_noun_phrase(self, tokens: list[Token], index: int) -> bool:
        """A bare form after a determiner and up to three capitalised words ("an EU demand",
        "the Russian offer", "a European Union proposal"): the noun of a phrase a name
        qualifies, no verb; a finite verb after such a subject is inflected ("the EU demands")."""
        for names, before in enumerate(reversed(tokens[max(0, index - NAME_WORDS - 1):index])):
            if _fold(before.text) in self.determiners:
                return names > 0
            if not before.text[:1].isupper():
                return False
        return False

    def denied_infinitive(self, tokens: list[Token], index: int) -> bool:
        """A participle in a perfect or passive zu-infinitive ("angegriffen zu haben",
        "festgenommen worden zu sein") after a denial in its sentence ("bestritt", "wies den
        Vorwurf zurück"): what is denied was not reported done. A claim in the same form
        ("gab an, die Stellungen zerstört zu haben") still reports the act."""
        following = [_fold(t.text) for t in tokens[index + 1:index + 4]]
        if following[:1] and following[0] in self.passive_participles:
            following = following[1:]
        if not (len(following) >= 2 and following[0] == self.infinitive_marker != ""
                and following[1] in self.infinitive_auxiliaries):
            return False
        return any(_fold(t.lemma) in self.denials or _fold(t.text) in self.denials
                   for t in tokens[:index])

    def denied_content(self, tokens: list[Token], index: int) -> bool:
        """A verb in the clause right after the comma that closes a denial ("wies den Vorwurf
        zurück, China liefere Bauteile für russische Drohnen", "bestritt, dass …"): what is
        denied, not reported done. The clause opens with its own subject; a verb right after
        the comma is the denier's next act ("wies die Vorwürfe zurück, drohte aber …"). The
        denial names the claim (``claim_denials``): a demand rejected ("hat die Forderungen
        zurückgewiesen, nachdem Warschau … verlangt hatte") is followed by acts."""
        lo, _ = _clause(tokens, index, self)
        if lo < 2 or index == lo or tokens[lo - 1].text != ",":
            return False
        denial_lo, _ = _clause(tokens, lo - 2, self)
        return any(_fold(t.lemma) in self.claim_denials or _fold(t.text) in self.claim_denials
                   for t in tokens[denial_lo:lo - 1])

    def states_view(self, tokens: list[Token], index: int) -> bool:
        """A verb before a complementiser (right after it or after its one-word object)
        whose clause holds no modal: "agreed that the talks were useful", "assured Nepal
        that relations were strong" share a view (spec section 3: no event); "agreed that
        the ministries would work together" commits the sides to an act."""
        _, hi = _clause(tokens, index, self)
        opener = next((i for i in range(index + 1, min(hi, index + 1 + VIEW_OBJECT_WORDS + 1))
                       if _fold(tokens[i].text) in self.complementisers), None)
        return opener is not None and not any(
            _fold(tokens[i].text) in self.modals for i in range(opener + 1, hi))

    def inflected(self, token: Token) -> bool:
        """A form other than the lemma and the gerund ("expanded", "expands"): what was
        done, not the aim an infinitive or gerund names ("agreed to deepen", "interest in
        improving")."""
        word = _fold(token.text)
        return word != _fold(token.lemma) and not (
            self.gerund_ending and word.endswith(self.gerund_ending))

    def present_participle(self, token: Token) -> bool:
        """"lobend", "drohende": a manner or an attribute, not a report of an act."""
        word, lemma = _fold(token.text), _fold(token.lemma)
        return bool(self.attributive_endings) and lemma.endswith("en") and any(
            word == lemma + "d" + ending for ending in ("", *self.attributive_endings))

    def agent_attribute(self, tokens: list[Token], index: int) -> bool:
        """A participle before its noun with its agent in the attribute ("die von Russland
        unterstützten Hacker"): the description of a thing by who acts on it."""
        return self._before_noun(tokens, index) and self._agent_before(tokens, index)

    def done_attribute(self, tokens: list[Token], index: int) -> bool:
        """A participle between an article and its noun ("das am Montag in Prag unterzeichnete
        Abkommen"): it tells an act already done, whatever tense the clause that names the
        thing takes ("… soll im Frühjahr in Kraft treten"). The article opens the attribute
        with a lower-case word; one followed by its own noun ("nach einem Gespräch … kündigte
        Merz an") closed its phrase before the verb."""
        return self._before_noun(tokens, index) and any(
            _fold(tokens[i].text) in self.determiners and tokens[i + 1].text[:1].islower()
            for i in range(max(0, index - ATTRIBUTE_WORDS), index - 1))

    def _before_noun(self, tokens: list[Token], index: int) -> bool:
        """A participle form with an adjective ending, right before a capitalised noun."""
        if not self.attributive_endings or index + 1 >= len(tokens) \
                or not tokens[index + 1].text[:1].isupper():
            return False
        word, lemma = _fold(tokens[index].text), _fold(tokens[index].lemma)
        bases = [word[:-len(e)] for e in self.attributive_endings if word.endswith(e)]
        if word == lemma:   # a form the lemmatiser kept: only a ge-participle's shape
            return any(b.endswith("t") and "ge" in b[:6] for b in bases)
        return any(b.endswith(("t", "en")) for b in bases)

    def attributive(self, tokens: list[Token], index: int) -> bool:
        """A participle that qualifies the noun after it names an act as an attribute of a
        thing, it does not report one: "die verhängten Sanktionen", "international scharf
        kritisierten Luftangriffe". A "ge-" participle with an adjective ending is never
        finite; one without "ge-" ("kritisierten") is when adverbs, not a subject, precede,
        or a determiner and an adverb ("Das neu verhandelte Abkommen"). With its agent ("die
        von der Regierung in Kiew geforderte Aufnahme") the attribute says who acted, and it
        stays an act."""
        if not self._before_noun(tokens, index) or self._agent_before(tokens, index):
            return False
        word, lemma = _fold(tokens[index].text), _fold(tokens[index].lemma)
        if any(lemma[:k] + "ge" == word[:k + 2] and lemma[k:k + 2] != "ge"
               for k in range(len(lemma) - 2)):
            return True
        if word == lemma:   # the lemmatiser kept the form ("abgelehnte"): a ge-participle's
            return True     # shape (``_before_noun``) with an adjective ending is no finite verb
        before = [tokens[i].text for i in range(max(0, index - 2), index)]
        return len(before) == 2 and (_fold(before[0]) in self.determiners or self._modifier(
            before[0])) and self._modifier(before[1])

    def _modifier(self, word: str) -> bool:
        """A lower-case word that is no subject pronoun and opens no clause: an adverb or
        adjective before an attributive participle ("international scharf")."""
        return word.islower() and _fold(word) not in self.pronouns | self.coordinators

    def _agent_before(self, tokens: list[Token], index: int) -> bool:
        """A passive agent ("von", "durch") in the attribute, before the participle."""
        lo, _ = _clause(tokens, index, self)
        return any(_fold(tokens[i].text) in self.agent_prepositions
                   for i in range(max(lo, index - ATTRIBUTE_WORDS), index))


@dataclass(frozen=True)
class LemmaFrames:
    """The frames of one language, indexed by lemma."""

    language: str
    by_lemma: dict[str, tuple[LemmaTrigger, ...]]
    compounds: tuple[tuple[str, LemmaTrigger], ...]       # (head lemma, frame), German nouns
    word_class: TokenClassSigns

    def hits(self, sentence: Sentence) -> list[tuple[Trigger, int, int]]:
        """The frames whose lemma a token of the sentence carries and whose clause words
        are present; offsets are the token's."""
        tokens = sentence.tokens
        out: list[tuple[Trigger, int, int]] = []
        for index, token in enumerate(tokens):
            for frame, joined in self._frames_of(token):
                if not self.word_class.fits(tokens, index, frame.form) or (
                        frame.finite and not self.word_class.inflected(token)):
                    continue
                if frame.particle and not joined and not _closes_clause(
                        tokens, index, frame.particle, self.word_class):
                    continue
                if not _clause_fits(tokens, index, frame, self.word_class) \
                        or self._backing_attribute(tokens, index, frame) \
                        or (frame.view and self.word_class.states_view(tokens, index)):
                    continue
                out.append((frame, token.start, token.end))
        return out

    def _backing_attribute(self, tokens: list[Token], index: int, frame: LemmaTrigger
                           ) -> bool:
        """A backing verb's participle that qualifies a noun (BACKING_OUTCOMES)."""
        if frame.outcome not in BACKING_OUTCOMES:
            return False
        if self.language == "ru":
            return full_participle(tokens[index].text)
        return self.word_class.agent_attribute(tokens, index)

    def _frames_of(self, token: Token) -> tuple[tuple[LemmaTrigger, bool], ...]:
        """Frames the token may report, each with whether its particle is already joined;
        remembered by lemma and form, which alone decide them (every token of every
        sentence asks, most of them words seen before)."""
        key = (token.lemma, token.text)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= REMEMBERED_FORMS:
                self._found.clear()
            found = self._found[key] = tuple(self._frames_read(token.lemma, token.text))
        return found

    @cached_property
    def _found(self) -> dict[tuple[str, str], tuple[tuple[LemmaTrigger, bool], ...]]:
        return {}

    def _frames_read(self, lemma_given: str, text: str) -> Iterator[tuple[LemmaTrigger, bool]]:
        lemma = _fold(lemma_given)
        for frame in self.by_lemma.get(lemma, ()):
            joined = frame.particle is not None and lemma not in frame.lemmas
            if joined and _fold(text).startswith(f"{frame.particle}zu"):
                continue        # "auszubauen": the content of another act, not an act
            yield frame, joined
        if self.compounds and text[:1].isupper():
            form = _fold(text)
            for number in self._compounds_headed(lemma, form):
                yield self.compounds[number][1], False

    @cached_property
    def _heads(self) -> dict[str, tuple[int, ...]]:
        """The numbers of the compound frames (in ``compounds``) of each head lemma: a token
        looks up the heads it may end in instead of testing every frame (a third of the
        pipeline's events stage did so on 10kGNAD, docs/performance.md)."""
        heads: dict[str, list[int]] = {}
        for number, (head, _) in enumerate(self.compounds):
            heads.setdefault(head, []).append(number)
        return {head: tuple(numbers) for head, numbers in heads.items()}

    @cached_property
    def _head_sizes(self) -> tuple[int, ...]:
        return tuple(sorted({len(head) for head in self._heads}))

    def _compounds_headed(self, lemma: str, form: str) -> list[int]:
        """The numbers, in order, of the compound frames whose head ends the German compound
        ("sicherheitskonsultation"): its lemma, or its form before an inflection ending,
        with three letters or more before the head; not the head noun itself."""
        found = _ending_heads(lemma, self._heads, self._head_sizes)
        for ending in self.word_class.noun_endings:
            if form.endswith(ending):
                found |= _ending_heads(form[:len(form) - len(ending)], self._heads,
                                       self._head_sizes)
        found.discard(lemma)
        return sorted(number for head in found for number in self._heads[head])


def _ending_heads(word: str, heads: dict[str, tuple[int, ...]], sizes: tuple[int, ...]
                  ) -> set[str]:
    """The heads that end ``word`` after three letters or more."""
    return {word[-size:] for size in sizes if len(word) > size + 2 and word[-size:] in heads}


def _clause(tokens: list[Token], index: int, signs: TokenClassSigns) -> tuple[int, int]:
    """Token indices [lo, hi) of the clause around ``index``, between boundary marks."""
    lo = index
    while lo > 0 and not _boundary(tokens, lo - 1, signs):
        lo -= 1
    hi = index + 1
    while hi < len(tokens) and not _boundary(tokens, hi, signs):
        hi += 1
    return lo, hi


def _boundary(tokens: list[Token], i: int, signs: TokenClassSigns) -> bool:
    """A boundary mark; an ordinal's dot ("zum 80. Jahrestag", split from its number by
    the tokenizer) inside the sentence is none, nor is a quote mark of a quoted term or the
    comma of a list of names ("The foreign ministers of China, India and Russia gathered")."""
    return tokens[i].text in _BOUNDARY_MARKS and not (
        tokens[i].text == "." and 0 < i < len(tokens) - 1 and tokens[i - 1].text.isdigit()
    ) and not _quoted_term(tokens, i, signs.term_quotes) \
        and not _list_comma(tokens, i, signs.list_joiners)


def _list_comma(tokens: list[Token], i: int, joiners: frozenset[str]) -> bool:
    """A comma between capitalised names that a list joiner closes ("China, India and
    Russia", «России, Китая и Индии», "Deutschland, Frankreich sowie Italien")."""
    if tokens[i].text != "," or i == 0 or not tokens[i - 1].text[:1].isupper():
        return False
    j = i + 1
    while j < len(tokens):
        name = j
        while j < len(tokens) and j - name < LIST_NAME_TOKENS and tokens[j].text[:1].isupper():
            j += 1
        if j == name or j >= len(tokens):
            return False
        if tokens[j].text == ",":
            j += 1
            continue
        return (_fold(tokens[j].text) in joiners and j + 1 < len(tokens)
                and tokens[j + 1].text[:1].isupper())
    return False


def _quoted_term(tokens: list[Token], i: int, quotes: frozenset[str]) -> bool:
    """A quote mark of a short quoted phrase with words on both sides of it ("eine
    „spiegelbildliche Antwort“ an"): the phrase is a term of the clause, which goes on."""
    if tokens[i].text not in quotes or i == 0 or i == len(tokens) - 1:
        return False
    for step in (1, -1):
        j = i + step
        while 0 < j < len(tokens) - 1 and abs(j - i) <= QUOTED_TERM + 1:
            if tokens[j].text in quotes:
                return abs(j - i) > 1 and 0 < j < len(tokens) - 1
            if tokens[j].text in _BOUNDARY_MARKS:
                break
            j += step
    return False


def _closes_clause(tokens: list[Token], index: int, particle: str,
                   signs: TokenClassSigns) -> bool:
    """The separable particle closes the verb's clause ("bestellte den Botschafter ein",
    "wies zwei Diplomaten aus und …"): the last word of the clause or one before a
    coordinating conjunction."""
    _, hi = _clause(tokens, index, signs)
    for i in range(index + 1, hi):
        if _fold(tokens[i].text) == particle and (
                i == hi - 1 or _fold(tokens[i + 1].text) in signs.coordinators):
            return True
    return False


def _clause_fits(tokens: list[Token], index: int, frame: LemmaTrigger,
                 signs: TokenClassSigns) -> bool:
    """The frame's clause words are present, none of its cancelling words, and no hedge
    ("könnte", "wollte", "falls") makes the clause hypothetical.

    A verb that closes its clause ("hat Sanktionen gegen den Chef des Dienstes, Igor K.,
    verhängt") finds its object before an apposition's commas too: clause words are then
    read from the sentence start. With capitalised nouns, a clause word also names the
    compounds it heads ("Arbeitsvereinbarung", "Einreiseverbote").
    """
    lo, hi = _clause(tokens, index, signs)
    if signs.hedges & {_fold(tokens[i].text) for i in range(lo, hi)}:
        return False
    if frame.content:
        # "ist bereit, Gegenmaßnahmen zu ergreifen": what the verb governs names the act
        end = _infinitive_clause(tokens, hi, signs)
        if end == hi or frame.not_with & _words_of(tokens, range(hi, end), index, signs) \
                or not _holds(tokens, range(hi, end), index, frame.content, signs):
            return False
    if not frame.with_words and not frame.not_with:
        return True
    # the zu-infinitive after the comma of a verb-final participle or of a correlative that
    # ends the clause is the verb's object ("hat beschlossen, die Hilfe aufzustocken",
    # "einigten sich darauf, die Sanktionen zu verlängern"): its words count, but its own
    # marker "zu" cancels nothing
    final = frame.form == "verb" and (index == hi - 1 or (
        index < hi - 1 and _fold(tokens[hi - 1].text) in signs.correlatives))
    clause_end, hi = hi, _infinitive_object(tokens, hi, frame, signs)
    if frame.not_with & _cancelling(tokens, range(lo, hi), index, signs):
        return False
    if not frame.with_words or (hi > clause_end and signs.infinitive_marker in frame.with_words):
        return True     # "drängte Peking, … aufzugeben": the infinitive it asks for follows
    if final and hi == clause_end:
        hi = _infinitive_object(tokens, hi, frame, signs, closes=True)
        if frame.not_with - {signs.infinitive_marker} & _words_of(
                tokens, range(clause_end, hi), index, signs):
            return False
    closes = frame.form == "verb" and _last_verb(tokens, index, clause_end, signs) \
        and hi == clause_end
    span = range(0 if closes else lo, hi)
    return _holds(tokens, span, index, frame.with_words, signs) and (
        not frame.also_with or _holds(tokens, span, index, frame.also_with, signs))


def _last_verb(tokens: list[Token], index: int, end: int, signs: TokenClassSigns) -> bool:
    """The verb ends its clause, alone or before the passive participle of its perfect
    ("Ein Staatsangehöriger, der …, ist ausgewiesen worden") or the finite auxiliary of a
    verb-final clause ("eine Abschlusserklärung, die am Dienstag verabschiedet wurde"): its
    object may stand before an apposition's or relative clause's commas."""
    rest = tokens[index + 1:end]
    return len(rest) <= 1 and all(
        _fold(t.text) in signs.passive_participles | signs.final_auxiliaries for t in rest)


def _holds(tokens: list[Token], span: range, index: int, wanted: frozenset[str],
           signs: TokenClassSigns) -> bool:
    """Whether a token of the span (but the trigger's own) is one of the words, or, with
    capitalised nouns, a compound one of them heads."""
    if wanted & _words_of(tokens, span, index, signs):
        return True
    return signs.nouns_capitalised and any(
        tokens[i].text[:1].isupper() and _heads(_fold(tokens[i].lemma), wanted)
        for i in span if i != index)


def _infinitive_object(tokens: list[Token], hi: int, frame: LemmaTrigger,
                       signs: TokenClassSigns, closes: bool = False) -> int:
    """Where a particle verb's clause words end: a zu-infinitive after the particle and its
    comma is the verb's object ("kündigte an, auf die Sanktionen mit Gegenmaßnahmen zu
    antworten"), so its words count; else the clause's end ``hi``. So is it after a verb
    or a correlative that closes its clause (``closes``: "hat beschlossen, die Hilfe für
    Syrien aufzustocken"). A frame that asks for the infinitive marker itself reads it after its
    object and comma too ("drängte Peking, seinen Einfluss zu nutzen")."""
    if closes or signs.infinitive_marker in frame.with_words or (
            frame.particle and hi > 0 and _fold(tokens[hi - 1].text) == frame.particle):
        return _infinitive_clause(tokens, hi, signs)
    return hi


def _infinitive_clause(tokens: list[Token], hi: int, signs: TokenClassSigns) -> int:
    """The end of the zu-infinitive clause that follows the clause ending at ``hi`` after
    its comma, or ``hi`` where none follows."""
    marker = signs.infinitive_marker
    if not (marker and 0 < hi < len(tokens) - 1 and tokens[hi].text == ","):
        return hi
    _, end = _clause(tokens, hi + 1, signs)
    infinitive = any(_fold(tokens[i].text) == marker or (signs.fused_infinitive and _fused(
        _fold(tokens[i].text), _fold(tokens[i].lemma), marker)) for i in range(hi + 1, end))
    return end if infinitive else hi


def _words_of(tokens: list[Token], span: range, index: int, signs: TokenClassSigns) -> set[str]:
    """Lemmas and forms of the tokens of a span, but the trigger's own and an infinitive
    marker that is a preposition ("liefert bis zu 150 Jets" is no "zu liefern")."""
    return {_fold(w) for i in span if i != index and not _marker_preposition(tokens, i, signs)
            for w in (tokens[i].lemma, tokens[i].text)}


def _marker_preposition(tokens: list[Token], i: int, signs: TokenClassSigns) -> bool:
    """The infinitive marker after a word that makes it a preposition ("bis zu")."""
    return i > 0 and _fold(tokens[i].text) == signs.infinitive_marker != "" and _fold(
        tokens[i - 1].text) in signs.marker_prepositions


def _cancelling(tokens: list[Token], span: range, index: int, signs: TokenClassSigns) -> set[str]:
    """The words of a span a frame's ``not_with`` reads: as ``_words_of``, but where nouns are
    capitalised a "zu" that is a preposition, not the infinitive marker, is left out ("ein
    Abkommen zu Fragen der Sicherheit unterzeichnet", "zu weiteren Gesprächen"): the marker
    cancels a verb that is another act's content ("bereit, … zu unterzeichnen"), the
    preposition names what the act is about (issue 12, agreesides6)."""
    words = _words_of(tokens, span, index, signs)
    marker = signs.infinitive_marker
    if not (signs.nouns_capitalised and marker in words):
        return words
    if any(_infinitival(tokens, i, signs) for i in span
           if i != index and marker in (_fold(tokens[i].text), _fold(tokens[i].lemma))):
        return words
    return words - {marker}


def _infinitival(tokens: list[Token], i: int, signs: TokenClassSigns) -> bool:
    """Whether the "zu" at ``i`` marks an infinitive: a lower-case word that is no determiner
    follows, and no noun after that ("zu unterzeichnen", not "zu Fragen", "zu den Gesprächen",
    "zu weiteren Gesprächen"; a noun is capitalised)."""
    if _fold(tokens[i].text) != signs.infinitive_marker or i + 1 >= len(tokens):
        return False
    word = tokens[i + 1].text
    if not word[:1].islower() or _fold(word) in signs.determiners:
        return False
    return i + 2 >= len(tokens) or not tokens[i + 2].text[:1].isupper()


def _heads(word: str, heads: frozenset[str]) -> bool:
    """A compound noun ending in one of the words, each of at least ``HEAD_LETTERS``."""
    return any(len(head) >= HEAD_LETTERS and len(word) > len(head) and word.endswith(head)
               for head in heads)


def _fold(word: str) -> str:
    """The word in lower case, ``ё`` read as ``е``; remembered, as the frame checks fold the
    same tokens over and over (1.3 million calls on 200 10kGNAD articles)."""
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= REMEMBERED_FORMS:
            _FOLDED.clear()
        folded = _FOLDED[word] = word.lower().replace("ё", "е")
    return folded


_FOLDED: dict[str, str] = {}


def _fused(word: str, lemma: str, marker: str) -> bool:
    """Whether ``word`` is the zu-infinitive of the particle verb ``lemma``, the marker
    between particle and stem ("einzustellen" of "einstellen", "zuzusagen" of "zusagen")."""
    size = len(marker)
    return bool(marker) and len(word) == len(lemma) + size and any(
        word[k:k + size] == marker and word[:k] + word[k + size:] == lemma
        for k in range(1, len(lemma)))


def _words(value: Any, where: str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: '{key}' must be a list of words, not {value!r}; fix: "
                            "write [word, word]; quote words YAML reads as booleans or "
                            "numbers ('no', 'on', 'yes', 'off')")
    return frozenset(_fold(v.strip()) for v in value)


def _word_class(classes: dict[str, Any], path: Path) -> TokenClassSigns:
    """The ``word_class`` entry of a language's ``events.yaml``."""
    def listed(key: str) -> list[str]:
        return [_fold(w) for w in words(classes.get(key) or [], path, f"word_class: {key}")]

    return TokenClassSigns(bool(classes.get("nouns_capitalised", False)),
                           frozenset(listed("determiners")), tuple(listed("verb_endings")),
                           ("", *listed("noun_endings")), tuple(listed("inseparable_prefixes")),
                           frozenset(listed("coordinators")), tuple(listed("attributive_endings")),
                           frozenset(listed("pronouns")), frozenset(listed("hedges")),
                           _fold(str(classes.get("infinitive_marker") or "")),
                           frozenset(listed("agent_prepositions")),
                           _fold(str(classes.get("gerund_ending") or "")),
                           frozenset(listed("topic_prepositions")),
                           frozenset(listed("complementisers")), frozenset(listed("modals")),
                           bool(classes.get("fused_infinitive", False)),
                           _QUOTE_MARKS | frozenset(words(classes.get("term_quotes") or [], path,
                                                          "word_class: term_quotes")),
                           frozenset(listed("correlatives")),
                           frozenset(listed("infinitive_auxiliaries")),
                           frozenset(listed("passive_participles")),
                           frozenset(listed("denials")),
                           frozenset(listed("claim_denials")),
                           frozenset(listed("nominal_prepositions")),
                           frozenset(listed("list_joiners")),
                           frozenset(listed("marker_prepositions")),
                           frozenset(listed("final_auxiliaries")))


@cache
def load_frames(language: str) -> LemmaFrames:
    """The lemma frames of ``lang/<language>/events.yaml`` (entry ``frames``)."""
    path = data_file(language, "events.yaml")
    data = load_yaml(path)
    entries = section(data, "frames", path, list, required=True)
    word_class = _word_class(section(data, "word_class", path, dict), path)
    by_lemma: dict[str, list[LemmaTrigger]] = {}
    compounds: list[tuple[str, LemmaTrigger]] = []
    for number, entry in enumerate(entries, 1):
        where = location(path, f"frames #{number}")
        if not isinstance(entry, dict):
            raise DataFileError(f"{where}: an entry must be a mapping ('{{type: …, lemmas: "
                                f"[…]}}'), not {entry!r}; fix the entry")
        frame = LemmaTrigger.from_entry(entry, f"{where} ({entry.get('lemmas')})")
        for lemma in frame.surface_lemmas(word_class.inseparable_prefixes,
                                          word_class.attributive_endings):
            by_lemma.setdefault(lemma, []).append(frame)
        if frame.compound:
            compounds.extend((lemma, frame) for lemma in frame.lemmas)
    return LemmaFrames(language, {k: tuple(v) for k, v in by_lemma.items()}, tuple(compounds),
                       word_class)
