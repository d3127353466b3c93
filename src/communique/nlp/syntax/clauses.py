"""Clauses read off the dependency trees: who did what to whom, in which voice and tense.

For every predicate of a parsed sentence (a verb, or an eventive noun with its
light verb: "hold talks", "Gespräche führen", "провести переговоры") the
``ClauseAnalyzer`` returns its subject, object, passive agent and obliques
(with their preposition and case), voice, tense, mood, negation and the kind
of clause it heads. This is what the event coder can call instead of
character windows. Subjects that the tree leaves implicit are recovered where
the grammar fixes them: a conjunct shares its head conjunct's subject, a
controlled infinitive its controller's, a relative clause's relative pronoun
stands for the noun it modifies, a participle's for the noun it qualifies.
The word lists per language are in ``lang/<xx>/syntax/clauses.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml

from communique.document import Sentence, Token
from communique.errors import DataFileError
from communique.nlp.syntax.parsed import feats_dict

LANG_DIR = Path(__file__).resolve().parents[2] / "lang"

Voice = Literal["active", "passive"]
Tense = Literal["past", "present", "future"]
Mood = Literal["indicative", "reported", "conditional", "imperative"]
ClauseKind = Literal["main", "subordinate", "relative", "participial", "infinitival"]

SUBJECT_LABELS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer")
PASSIVE_LABELS = ("aux:pass", "nsubj:pass", "csubj:pass", "obl:agent")
# Relations whose subtree is a clause of its own, left out of an argument's phrase.
CLAUSAL_LABELS = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "appos", "conj",
                  "cc")


@dataclass(frozen=True)
class Phrase:
    """An argument or predicate: the phrase's and its head word's character offsets.

    Offsets are into ``Document.text``; ``preposition`` and ``case`` are those of an
    oblique ("in", "Dat"), or of any argument whose head carries them.
    """

    start: int
    end: int
    text: str
    head_start: int
    head_end: int
    head: str
    lemma: str
    preposition: str | None = None
    case: str | None = None


@dataclass(frozen=True)
class Clause:
    """A predicate with its arguments and grammatical categories.

    ``lemma`` is the predicate's lemma with a separable particle joined ("einbestellen",
    "call off"); for an eventive noun it is the noun's, and ``light_verb`` is the verb.
    """

    predicate: Phrase
    lemma: str
    voice: Voice
    tense: Tense | None
    mood: Mood
    negated: bool
    kind: ClauseKind
    subject: Phrase | None = None
    object: Phrase | None = None
    agent: Phrase | None = None
    obliques: tuple[Phrase, ...] = ()
    light_verb: Phrase | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ClauseWords:
    """One language's word lists for the clause analyser."""

    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    eventive_nouns: frozenset[str]
    negators: frozenset[str]
    passive_agent_prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_forms: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    conditional_auxiliaries: frozenset[str]
    reported_modals: frozenset[str]
    relative_pronouns: frozenset[str]
    object_control_verbs: frozenset[str]
    passive_agent_case: str | None = None

    @classmethod
    def load(cls, language: str) -> ClauseWords:
        path = LANG_DIR / language / "syntax" / "clauses.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise DataFileError(f"{path} is missing; restore it from the repository") from exc
        case = data.pop("passive_agent_case", None)
        try:
            lists = {key: frozenset(str(word) for word in words) for key, words in data.items()}
            return cls(**lists, passive_agent_case=case)
        except TypeError as exc:
            raise DataFileError(f"{path}: {exc}; fix the file") from exc


@dataclass
class Tree:
    """A parsed sentence with its children lists; token indices are sentence positions."""

    sentence: Sentence
    children: list[list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.children = [[] for _ in self.tokens]
        for index, token in enumerate(self.tokens):
            if token.head is not None and token.head != index:
                self.children[token.head].append(index)

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    def kids(self, index: int, *labels: str) -> Iterator[int]:
        """Children of ``index`` whose relation is one of ``labels``."""
        return (kid for kid in self.children[index] if self.tokens[kid].dep in labels)

    def kid(self, index: int, *labels: str) -> int | None:
        return next(self.kids(index, *labels), None)

    def head(self, index: int) -> int | None:
        head = self.tokens[index].head
        return None if head is None or head == index else head

    def feats(self, index: int) -> dict[str, str]:
        return feats_dict(self.tokens[index].morph)

    def span(self, index: int) -> tuple[int, int]:
        """First and last token of ``index``'s phrase, its clausal dependents left out."""
        low = high = index
        for kid in self.children[index]:
            if self.tokens[kid].dep not in CLAUSAL_LABELS:
                kid_low, kid_high = self.span(kid)
                low, high = min(low, kid_low), max(high, kid_high)
        return low, high

    def word(self, index: int, lemma: str) -> Phrase:
        """A predicate verb: the word alone (its phrase would be the whole clause)."""
        token = self.tokens[index]
        return Phrase(token.start, token.end, token.text, token.start, token.end, token.text,
                      lemma)

    def phrase(self, index: int, lemma: str | None = None) -> Phrase:
        low, high = self.span(index)
        tokens, offset = self.tokens, self.sentence.start
        start, end = tokens[low].start, tokens[high].end
        token = tokens[index]
        prepositions = [tokens[k].text.lower() for k in self.kids(index, "case")]
        return Phrase(start, end, self.sentence.text[start - offset:end - offset],
                      token.start, token.end, token.text, lemma or token.lemma,
                      " ".join(prepositions) or None, self.feats(index).get("Case"))


class ClauseAnalyzer:
    """The clauses of parsed sentences in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.lexicon = ClauseWords.load(language)

    def clauses(self, sentence: Sentence) -> list[Clause]:
        """One clause per predicate of a sentence whose tokens the syntax stage has parsed."""
        if not sentence.tokens or sentence.tokens[0].dep is None:
            return []
        reader = _ClauseReader(Tree(sentence), self.lexicon, self.language)
        return [clause for index in range(len(sentence.tokens))
                if (clause := reader.clause(index)) is not None]


@dataclass
class _ClauseReader:
    """Reads the clause of each predicate of one tree."""

    tree: Tree
    lexicon: ClauseWords
    language: str

    @cached_property
    def light_nouns(self) -> dict[int, int]:
        """Light verb -> the eventive noun it carries ("hold" -> "talks")."""
        found = {}
        for index, token in enumerate(self.tree.tokens):
            head = self.tree.head(index)
            nouns = self.lexicon.eventive_nouns
            if head is None or (token.lemma not in nouns and token.text not in nouns):
                continue
            verb = self.lemma(head)
            light = verb in self.lexicon.light_verbs and token.dep in ("obj", "nsubj:pass")
            occurs = verb in self.lexicon.occurrence_verbs and token.dep == "nsubj"
            if light or occurs:
                found[head] = index
        return found

    def lemma(self, index: int) -> str:
        """The verb's lemma with its separable particle: "ein" + "bestellen", "call off"."""
        lemma = self.tree.tokens[index].lemma
        particle = self.tree.kid(index, "compound:prt")
        if particle is None:
            return lemma
        prt = self.tree.tokens[particle].text.lower()
        return f"{lemma} {prt}" if self.language == "en" else prt + lemma

    def clause(self, index: int) -> Clause | None:
        tree, token = self.tree, self.tree.tokens[index]
        if token.pos != "VERB":
            return None
        noun = self.light_nouns.get(index)
        voice = self.voice(index)
        subject, obj = self.subject(index), self.object(index)
        if voice == "active" and self.language == "de":
            subject, obj = self.by_case(index, subject, obj)
        agent = self.agent(index) if voice == "passive" else None
        obliques = [tree.phrase(k) for k in self.obliques(index) if k != agent]
        light_verb = None
        lemma = self.lemma(index)
        predicate = tree.word(index, lemma)
        if noun is not None:
            light_verb, predicate = predicate, tree.phrase(noun)
            lemma = predicate.lemma
            obliques += [tree.phrase(k) for k in tree.kids(noun, "nmod") if tree.kid(k, "case")]
            if subject == noun:
                subject = None
            obj = None
        tense, mood = self.tense_mood(index, voice)
        return Clause(
            predicate, lemma, voice, tense, mood, self.negated(index, subject, obj),
            self.kind(index),
            subject=None if subject is None else tree.phrase(subject),
            object=None if obj is None else tree.phrase(obj),
            agent=None if agent is None else tree.phrase(agent),
            obliques=tuple(obliques), light_verb=light_verb)

    def voice(self, index: int) -> Voice:
        tree = self.tree
        if tree.kid(index, "obl:agent") is not None:
            return "passive"
        if self.language == "ru":                 # natasha's Voice is reliable, spaCy's is not
            return "passive" if tree.feats(index).get("Voice") == "Pass" or tree.kid(
                index, *PASSIVE_LABELS) is not None else "active"
        if self.language == "de":
            return self.german_voice(index)
        if tree.kid(index, *PASSIVE_LABELS) is not None:
            return "passive"
        participle = tree.feats(index).get("VerbForm") == "Part"
        if participle and tree.tokens[index].dep in ("acl", "amod") and tree.feats(index).get(
                "Tense") != "Pres":
            return "passive"                      # "the ambassador, summoned to ..."
        return "active"

    def german_voice(self, index: int) -> Voice:
        """Passive when "werden" goes with a participle: "wurde ... einbestellt".

        "wurde(n)" is always passive (there is no past future); "wird" with an infinitive is a
        future. "sein" with a participle is read as a perfect ("sind gescheitert"), which in
        news is far more common than a state passive.
        """
        tree = self.tree
        werden = [k for k in tree.kids(index, "aux", "aux:pass")
                  if tree.tokens[k].lemma == "werden"]
        if any(tree.feats(k).get("Tense") == "Past" and tree.feats(k).get("Mood") != "Sub"
               for k in werden):
            return "passive"
        return "passive" if werden and tree.feats(index).get("VerbForm") != "Inf" else "active"

    def subject(self, index: int) -> int | None:
        """The subject, inherited from a head conjunct or controller where it is implicit."""
        tree = self.tree
        found = next((kid for holder in self.group(index)        # or misattached to an aux
                      for kid in tree.kids(holder, *SUBJECT_LABELS)), None)
        head, dep = tree.head(index), tree.tokens[index].dep
        if found is not None:
            return self.antecedent(index, found)
        if head is None:
            return None
        if dep == "conj" and tree.tokens[head].pos == "VERB":
            return self.subject(head)
        if dep == "xcomp":
            if self.lemma(head) in self.lexicon.object_control_verbs:
                return tree.kid(head, "obj")      # "urged Moscow to withdraw"
            return self.subject(head)
        if dep in ("acl", "amod") and self.kind(index) == "participial":
            return head
        if dep == "advcl" and self.kind(index) == "participial":
            return self.subject(head)             # "Speaking to reporters, the spokesman ..."
        return None

    def antecedent(self, clause: int, index: int) -> int:
        """A relative pronoun's antecedent: the noun its relative clause modifies."""
        tree = self.tree
        head = tree.head(clause)
        pronoun = tree.tokens[index]
        relative = (tree.feats(index).get("PronType") == "Rel"
                    or pronoun.lemma.lower() in self.lexicon.relative_pronouns)
        if relative and head is not None and self.kind(clause) == "relative":
            return head
        return index

    def object(self, index: int) -> int | None:
        found = self.tree.kid(index, "obj")
        return None if found is None else self.antecedent(index, found)

    def by_case(self, index: int, subject: int | None,
                obj: int | None) -> tuple[int | None, int | None]:
        """German subject and object by case where the parser's labels contradict it.

        The tagger's case is more reliable than the parser's labels in object-first
        sentences ("Den Vertrag unterzeichnete der Präsident"): one nominative and one
        accusative among the core arguments settle which is which.
        """
        tree = self.tree
        core = [kid for kid in tree.kids(index, "nsubj", "obj")]
        cases = {kid: tree.feats(kid).get("Case") for kid in core}
        nominatives = [kid for kid in core if cases[kid] == "Nom"]
        accusatives = [kid for kid in core if cases[kid] == "Acc"]
        if len(nominatives) == 1 and len(accusatives) == 1:
            return nominatives[0], accusatives[0]
        return subject, obj

    def agent(self, index: int) -> int | None:
        tree, lexicon = self.tree, self.lexicon
        found = tree.kid(index, "obl:agent")
        if found is not None:
            return found
        for kid in tree.kids(index, "obl"):
            marker = tree.kid(kid, "case")
            if marker is not None:
                if tree.tokens[marker].text.lower() in lexicon.passive_agent_prepositions:
                    return kid
            elif lexicon.passive_agent_case and tree.feats(kid).get(
                    "Case") == lexicon.passive_agent_case and tree.tokens[kid].pos != "ADV":
                return kid
        return None

    def obliques(self, index: int) -> list[int]:
        tokens = self.tree.tokens
        return [kid for kid in self.tree.children[index]
                if (tokens[kid].dep or "").startswith("obl") or tokens[kid].dep == "iobj"]

    def group(self, index: int) -> list[int]:
        """The verb and its auxiliaries, in sentence order."""
        return sorted([index, *self.tree.kids(index, "aux", "aux:pass")])

    def tense_mood(self, index: int, voice: Voice) -> tuple[Tense | None, Mood]:
        tree, lexicon = self.tree, self.lexicon
        group = self.group(index)
        aux_lemmas = {tree.tokens[k].lemma.lower() for k in group if k != index}
        finite = next((k for k in group if _finite(tree.feats(k))), None)
        feats = tree.feats(finite if finite is not None else index)
        mood = self.mood(feats, aux_lemmas)
        verb_form = tree.feats(index).get("VerbForm")
        plain_aux = {tree.tokens[k].lemma.lower() for k in tree.kids(index, "aux")}
        if (plain_aux & lexicon.future_auxiliaries and verb_form == "Inf" and voice == "active"
                and not aux_lemmas & lexicon.perfect_auxiliaries):
            return "future", mood
        if self.language == "en" and aux_lemmas & lexicon.future_auxiliaries:
            return "future", mood
        if any(tree.tokens[k].text.lower() in lexicon.future_forms for k in group):
            return "future", mood
        if aux_lemmas & lexicon.perfect_auxiliaries:
            return "past", mood                   # "hat entsandt", "sind gescheitert"
        return _TENSES.get(feats.get("Tense", "")), mood

    def mood(self, feats: dict[str, str], aux_lemmas: set[str]) -> Mood:
        lexicon = self.lexicon
        if aux_lemmas & lexicon.reported_modals:
            return "reported"
        if aux_lemmas & lexicon.conditional_auxiliaries or feats.get("Mood") == "Cnd":
            return "conditional"
        if feats.get("Mood") == "Imp":
            return "imperative"
        if feats.get("Mood") == "Sub":                # Konjunktiv I reports, II conditions
            return "reported" if feats.get("Tense") == "Pres" else "conditional"
        return "indicative"

    def negated(self, index: int, *arguments: int | None) -> bool:
        tree, negators = self.tree, self.lexicon.negators
        holders = [index, *self.group(index), *(a for a in arguments if a is not None)]
        noun = self.light_nouns.get(index)
        if noun is not None:
            holders.append(noun)
        return any(tree.tokens[kid].lemma.lower() in negators
                   or tree.tokens[kid].text.lower() in negators
                   for holder in holders for kid in tree.kids(holder, "advmod", "det", "neg",
                                                              "advmod:neg", "cc"))

    def kind(self, index: int) -> ClauseKind:
        tree = self.tree
        while tree.tokens[index].dep == "conj" and (head := tree.head(index)) is not None:
            index = head
        dep, feats = tree.tokens[index].dep or "", tree.feats(index)
        verb_form = feats.get("VerbForm")
        if dep in ("root", "parataxis"):
            return "main"
        if dep == "acl:relcl" or (dep == "acl" and self.has_relative(index)):
            return "relative"
        if verb_form == "Inf" and dep in ("xcomp", "acl", "advcl"):
            return "infinitival"
        if verb_form in ("Part", "Conv", "Ger") and tree.kid(index, "mark") is None and (
                not any(_finite(tree.feats(k)) for k in self.group(index))):
            return "participial"
        return "subordinate"

    def has_relative(self, index: int) -> bool:
        """Whether a clause holds a relative pronoun among its own dependents."""
        tree = self.tree
        return any(tree.feats(kid).get("PronType") == "Rel"
                   or (tree.tokens[kid].lemma.lower() in self.lexicon.relative_pronouns
                   and tree.tokens[kid].pos == "PRON") for kid in tree.children[index])


_TENSES: dict[str, Tense] = {"Past": "past", "Pres": "present", "Fut": "future"}


def _finite(feats: dict[str, str]) -> bool:
    """Finite by ``VerbForm`` or, in German PUD's style, by having a mood."""
    return feats.get("VerbForm") == "Fin" or "Mood" in feats
