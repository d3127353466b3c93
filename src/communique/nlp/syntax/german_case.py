"""German case from the grammar: what the words of a noun phrase allow, not what a tagger guessed.

The morphologizer trained on 1,799 sentences gets case right 77 % of the time
(docs/nlp.md); the paradigms of articles, determiners, pronouns and adjective
endings and the case a preposition governs pin it down in most noun phrases
("den Vertrag" is accusative, "mit der Ministerin" dative). Each phrase gets
the set of (case, gender, number) analyses its words share; where that set has
one case, the phrase's tokens get it, and where it has several, the phrase's
relation chooses among them (``CaseChooser``). The paradigms are data:
``lang/de/syntax/case.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path
from typing import Any

from communique.lang.loader import data_error, load_yaml, section, words
from communique.nlp.syntax.parsed import Parsed, feats_dict, feats_string

CASES = ("Nom", "Acc", "Dat", "Gen")
GENDERS = ("Masc", "Fem", "Neut")
NUMBERS = ("Sing", "Plur")
#: One reading of a word form: (case, gender, number).
Cell = tuple[str, str, str]
Cells = frozenset[Cell]
ANY: Cells = frozenset(product(CASES, GENDERS, NUMBERS))
PARADIGM_FILE = Path(__file__).resolve().parents[2] / "lang" / "de" / "syntax" / "case.yaml"
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Determiners as the tagger has them: articles DET, "dessen"/"deren" PRON.
DET_POS = frozenset({"DET", "PRON"})
# Attributive adjectives; participles ("die ausgewiesenen Diplomaten") are often tagged VERB.
ATTRIBUTIVE_POS = frozenset({"ADJ", "VERB"})
_FIX = ("write it as Case.Gender.Number with Case one of Nom, Acc, Dat, Gen, Gender one of "
        "Masc, Fem, Neut and Number Sing or Plur (Gender and Number may be left out)")


@dataclass(frozen=True)
class Paradigms:
    """The validated contents of ``case.yaml``: word forms and endings to their readings."""

    articles: Mapping[str, Cells]
    pronouns: Mapping[str, Cells]
    ein_stems: frozenset[str]
    singular_stems: frozenset[str]
    ein_endings: Mapping[str, Cells]
    der_stems: frozenset[str]
    der_endings: Mapping[str, Cells]
    strong_endings: Mapping[str, Cells]
    weak_endings: Mapping[str, Cells]
    invariant_capitalised_ending: str
    prepositions: Mapping[str, frozenset[str]]
    contractions: Mapping[str, str]
    passive_auxiliaries: frozenset[str]
    past_passive_auxiliaries: frozenset[str]
    agent_prepositions: frozenset[str]

    @classmethod
    def load(cls, path: Path = PARADIGM_FILE) -> Paradigms:
        """Read and check the file; every error names the file, the entry and the fix."""
        data = load_yaml(path)

        def table(key: str) -> dict[str, Cells]:
            entries = section(data, key, path, dict, required=True)
            return {str(form): _cells(readings, path, f"{key}: {form}")
                    for form, readings in entries.items()}

        def word_set(key: str) -> frozenset[str]:
            return frozenset(words(section(data, key, path, required=True), path, key))

        invariant = data.get("invariant_capitalised_ending")
        if not isinstance(invariant, str) or not invariant:
            raise data_error(path, "invariant_capitalised_ending", "is missing or not a word",
                             "give the ending, e.g. 'invariant_capitalised_ending: er'")
        return cls(
            articles=table("articles"), pronouns=table("pronouns"),
            ein_stems=word_set("ein_stems"), singular_stems=word_set("singular_stems"),
            ein_endings=table("ein_endings"), der_stems=word_set("der_stems"),
            der_endings=table("der_endings"), strong_endings=table("strong_endings"),
            weak_endings=table("weak_endings"), invariant_capitalised_ending=invariant,
            prepositions=_prepositions(section(data, "prepositions", path, dict, required=True),
                                       path),
            contractions=_contractions(section(data, "contractions", path, dict), path),
            passive_auxiliaries=word_set("passive_auxiliaries"),
            past_passive_auxiliaries=word_set("past_passive_auxiliaries"),
            agent_prepositions=word_set("agent_prepositions"))

    def determiner(self, form: str) -> tuple[Cells, bool] | None:
        """A determiner's readings and whether it has an ending (then adjectives are weak)."""
        form = form.lower()
        if form in self.articles:
            return self.articles[form], True
        for stem, ending in _splits(form):
            if stem in self.ein_stems and ending in self.ein_endings:
                cells = self.ein_endings[ending]
                if stem in self.singular_stems:
                    cells = frozenset(cell for cell in cells if cell[2] == "Sing")
                return cells, ending != ""
            if stem in self.der_stems and ending in self.der_endings:
                return self.der_endings[ending], True
        return None

    def pronoun(self, form: str) -> Cells | None:
        form = form.lower()
        if form in self.pronouns:
            return self.pronouns[form]
        found = self.determiner(form)
        return None if found is None or form in self.articles else found[0]

    def adjective(self, form: str, weak: bool) -> Cells | None:
        """An attributive adjective's readings from its ending; None if it shows none."""
        if form[:1].isupper() and form.endswith(self.invariant_capitalised_ending):
            return None
        endings = self.weak_endings if weak else self.strong_endings
        lower = form.lower()
        ending = max((e for e in endings if lower.endswith(e) and len(lower) > len(e) + 2),
                     key=len, default=None)
        return None if ending is None else endings[ending]

    def governed(self, preposition: str) -> frozenset[str] | None:
        """The cases a preposition (or preposition + article: "im", "ins") governs."""
        form = preposition.lower()
        if form in self.contractions:
            return frozenset({self.contractions[form]})
        return self.prepositions.get(form)


def _splits(form: str) -> Iterable[tuple[str, str]]:
    """A form as stem + ending, longest ending first (two letters at most)."""
    return ((form[:len(form) - n], form[len(form) - n:]) for n in (2, 1, 0) if len(form) > n)


def _cells(readings: Any, path: Path, entry: str) -> Cells:
    """The readings of one form: "Nom.Masc.Sing" or, with parts left out, all they cover."""
    if not isinstance(readings, list) or not readings:
        raise data_error(path, entry, "is not a list of readings",
                         "write the readings as a list, e.g. [Nom.Masc.Sing, Gen.Plur]")
    cells: set[Cell] = set()
    for reading in readings:
        parts = str(reading).split(".")
        case = [p for p in parts if p in CASES]
        gender = [p for p in parts if p in GENDERS] or list(GENDERS)
        number = [p for p in parts if p in NUMBERS] or list(NUMBERS)
        if len(case) != 1 or len(parts) != 1 + (len(gender) == 1) + (len(number) == 1):
            raise data_error(path, entry, f"'{reading}' is not a reading", _FIX)
        cells.update(product(case, gender, number))
    return frozenset(cells)


def _prepositions(data: Mapping[str, Any], path: Path) -> dict[str, frozenset[str]]:
    """Preposition -> cases, from lists keyed by the cases they govern ("Dat Acc")."""
    governed: dict[str, frozenset[str]] = {}
    for key, forms in data.items():
        cases = frozenset(str(key).split())
        entry = f"prepositions: {key}"
        if not cases or not cases <= set(CASES):
            raise data_error(path, entry, f"'{key}' is not a list of cases",
                             "key the prepositions by the cases they govern, e.g. 'Dat Acc:'")
        if not isinstance(forms, list):
            raise data_error(path, entry, "is not a list", "list the prepositions as [mit, von]")
        governed.update(dict.fromkeys(words(forms, path, entry), cases))
    return governed


def _contractions(data: Mapping[str, Any], path: Path) -> dict[str, str]:
    for form, case in data.items():
        if case not in CASES:
            raise data_error(path, f"contractions: {form}", f"'{case}' is not a case",
                             "give one of Nom, Acc, Dat, Gen")
    return {str(form): str(case) for form, case in data.items()}


@cache
def paradigms() -> Paradigms:
    """The shipped paradigms, loaded once per process."""
    return Paradigms.load()


@dataclass
class PhraseCase:
    """A noun phrase's head, the tokens that agree with it and the readings they share.

    ``informed`` is False when no word of the phrase narrowed its readings (a bare noun).
    """

    head: int
    members: tuple[int, ...]
    cells: Cells
    agreed: Cells
    informed: bool

    @property
    def cases(self) -> frozenset[str]:
        return frozenset(cell[0] for cell in self.cells)

    @property
    def agreed_cases(self) -> frozenset[str]:
        return frozenset(cell[0] for cell in self.agreed)


class CaseReader:
    """Noun phrases' readings in one parsed sentence."""

    def __init__(self, forms: list[str], parsed: list[Parsed], grammar: Paradigms) -> None:
        self.forms, self.parsed, self.grammar = forms, parsed, grammar
        self.children: list[list[int]] = [[] for _ in parsed]
        for index, token in enumerate(parsed):
            if token.head != index:
                self.children[token.head].append(index)

    def phrases(self) -> dict[int, PhraseCase]:
        """Every nominal phrase by its head."""
        return {index: self.phrase(index) for index, token in enumerate(self.parsed)
                if token.pos in NOMINAL_POS}

    def phrase(self, head: int) -> PhraseCase:
        """Determiner, then pronoun, preposition, adjectives, the noun's gender and number:
        each narrows the readings unless it would leave none (a tagging error or a gap)."""
        members, constraints, weak = [head], [], False
        parsed, forms = self.parsed, self.forms
        for kid in self.children[head]:
            if kid < head and parsed[kid].dep.startswith("det") and parsed[kid].pos in DET_POS:
                members.append(kid)
                found = self.grammar.determiner(forms[kid])
                if found is not None:
                    constraints.append(found[0])
                    weak = weak or found[1]
        if parsed[head].pos == "PRON" and (cells := self.grammar.pronoun(forms[head])):
            constraints.append(cells)
        governed = self.governed(head)
        if governed is not None:
            constraints.append(_in_cases(governed[0]))
            members.extend(governed[1])
        for kid in self.children[head]:
            if kid < head and parsed[kid].dep == "amod" and parsed[kid].pos in ATTRIBUTIVE_POS:
                cells = self.grammar.adjective(forms[kid], weak)
                if cells is not None:
                    constraints.append(cells)
                    members.append(kid)
        grammar = _narrow(ANY, constraints)
        agreed = _narrow(grammar, [_agreement(feats_dict(parsed[head].morph))])
        return PhraseCase(head, tuple(sorted(members)), grammar, agreed, bool(constraints))

    def governed(self, head: int) -> tuple[frozenset[str], list[int]] | None:
        """The cases the phrase's preposition governs, and the preposition if it is a
        contraction ("im" carries the case itself); a conjunct shares its head's."""
        for kid in self.children[head]:
            if self.parsed[kid].dep == "case" and kid < head:
                cases = self.grammar.governed(self.forms[kid])
                if cases is not None:
                    contraction = self.forms[kid].lower() in self.grammar.contractions
                    return cases, [kid] if contraction else []
        first = self.parsed[head].head
        if self.parsed[head].dep == "conj" and first != head:
            found = self.governed(first)
            return None if found is None else (found[0], [])
        return None

    def has_preposition(self, head: int) -> bool:
        return any(self.parsed[kid].dep == "case" for kid in self.children[head])


def _narrow(cells: Cells, constraints: Iterable[Cells]) -> Cells:
    """``cells`` narrowed by each constraint in turn, skipping one that would leave none."""
    for constraint in constraints:
        if cells & constraint:
            cells &= constraint
    return cells


def _agreement(feats: Mapping[str, str]) -> Cells:
    """The readings a noun's tagged gender and number allow. They only choose among what the
    grammar leaves, never rule a reading out for the argument repair: a tagged gender or
    number is wrong often enough to turn "den Präsidenten" dative."""
    return _gender_number(feats.get("Gender"), feats.get("Number"))


@cache
def _gender_number(gender: str | None, number: str | None) -> Cells:
    genders = [gender] if gender in GENDERS else GENDERS
    numbers = [number] if number in NUMBERS else NUMBERS
    return frozenset(product(CASES, genders, numbers))


@cache
def _in_cases(cases: frozenset[str]) -> Cells:
    """Every reading in one of ``cases`` (what a preposition governs)."""
    return frozenset(cell for cell in ANY if cell[0] in cases)


def with_case(token: Parsed, case: str) -> Parsed:
    """The token with its ``Case`` feature set to ``case``."""
    feats = feats_dict(token.morph)
    if feats.get("Case") == case:
        return token
    feats["Case"] = case
    return Parsed(token.pos, feats_string(feats), token.lemma, token.head, token.dep)


# The case a core relation implies in UD German GSD, whose dative objects are ``obl:arg``.
LABEL_CASES = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "obl:arg": "Dat",
               "iobj": "Dat", "nmod": "Gen"}
# Relations whose dependent stands in its head noun's case. Not "appos": GSD's appositions
# are nominative in 132 of 346 training cases where their noun is not.
SHARED_CASE = ("conj", "compound", "flat", "flat:name")


class CaseChooser:
    """The case of each phrase: the grammar's if it leaves one; with ``relations``, else the
    case of the noun it is coordinated with or the one its relation implies, among those the
    grammar allows; else the one the noun's tagged gender and number leave; else the tagger's
    if the grammar allows it (None: the token keeps the tagger's)."""

    def __init__(self, reader: CaseReader, relations: bool = True) -> None:
        self.reader, self.relations = reader, relations
        self.phrases = reader.phrases()
        self.chosen: dict[int, str | None] = {}

    def choose(self, index: int) -> str | None:
        if index not in self.chosen:
            self.chosen[index] = None
            self.chosen[index] = self._choose(index)
        return self.chosen[index]

    def _choose(self, index: int) -> str | None:
        phrase, token = self.phrases[index], self.reader.parsed[index]
        cases = phrase.cases
        if len(cases) == 1:
            return next(iter(cases))
        if self.relations:
            related = self.related(index)
            if related in cases:
                return related
        if len(phrase.agreed_cases) == 1:
            return next(iter(phrase.agreed_cases))
        tagged = feats_dict(token.morph).get("Case")
        return tagged if tagged in cases else None

    def related(self, index: int) -> str | None:
        """The case of the noun a conjunct or name part goes with, else of its relation."""
        token = self.reader.parsed[index]
        if token.dep in SHARED_CASE and token.head in self.phrases:
            return self.choose(token.head)
        if token.dep == "nmod" and self.reader.has_preposition(index):
            return None
        return LABEL_CASES.get(token.dep)


def apply_cases(parsed: list[Parsed], chooser: CaseChooser) -> list[Parsed]:
    """The sentence with each phrase's chosen case on its tokens."""
    out = list(parsed)
    for head, phrase in chooser.phrases.items():
        case = chooser.choose(head)
        if case is None:
            continue
        for index in phrase.members:
            out[index] = with_case(out[index], case)
    return out
