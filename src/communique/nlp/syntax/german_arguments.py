"""German core arguments repaired by case, voice and agreement after the parse.

The parser trained on 1,799 sentences reads the first noun phrase as the subject,
so it swaps subject and object in object-first clauses ("Den Vertrag
unterzeichnete der Präsident"). German marks the roles by case: the subject is
nominative, the object accusative, the dative object dative (UD German GSD labels
it ``obl:arg``). Where the grammar (``german_case``) rules out the parser's
reading and another core dependent of the same verb fits, the labels are
exchanged; the finite verb's number does the same where case cannot. "werden"
with a participle makes the subject ``nsubj:pass`` and a "von" phrase the agent.
First, arguments hung on an auxiliary move to its verb, where UD has them.
"""

from __future__ import annotations

from dataclasses import replace

from communique.nlp.syntax.german_case import CASES, NUMBERS, Paradigms, PhraseCase
from communique.nlp.syntax.parsed import Parsed, feats_dict

SUBJECTS = ("nsubj", "nsubj:pass")
# Dependents that can hold the nominative, accusative or dative of a verb.
CORE = (*SUBJECTS, "obj", "iobj", "obl:arg")
# Dependents that belong to the verb, not to an auxiliary or copula they hang on.
MOVABLE = (*CORE, "obl", "expl", "obl:agent")
FUNCTION_LABELS = ("aux", "aux:pass", "cop")
# The label each case gives a non-subject core argument (GSD: dative objects are obl:arg).
CASE_LABELS = {"Acc": "obj", "Dat": "obl:arg", "Gen": "obj"}


def off_auxiliaries(parsed: list[Parsed]) -> list[Parsed]:
    """Arguments the parser hung on an auxiliary or copula, moved to its verb: in UD an
    auxiliary has no dependents ("Der Minister hat … entlassen": the subject is
    "entlassen"'s)."""
    out = list(parsed)
    for index, token in enumerate(parsed):
        head = parsed[token.head]
        if token.dep in MOVABLE and head.dep in FUNCTION_LABELS and head.head != token.head:
            out[index] = replace(token, head=head.head)
    return out


class ArgumentRepair:
    """Relabels the core arguments of each verb of one parsed sentence."""

    def __init__(self, forms: list[str], parsed: list[Parsed], phrases: dict[int, PhraseCase],
                 grammar: Paradigms) -> None:
        self.forms, self.out, self.phrases, self.grammar = forms, list(parsed), phrases, grammar
        self.children: list[list[int]] = [[] for _ in parsed]
        for index, token in enumerate(parsed):
            if token.head != index:
                self.children[token.head].append(index)

    def repaired(self) -> list[Parsed]:
        for verb, token in enumerate(self.out):
            if token.pos == "VERB":
                passive = self.passive(verb)
                if passive:
                    self.passive_labels(verb)
                self.by_case(verb, passive)
                self.by_number(verb)
        return self.out

    def label(self, index: int, dep: str) -> None:
        self.out[index] = replace(self.out[index], dep=dep)

    def core(self, verb: int) -> list[int]:
        """The verb's nominal core dependents without a preposition."""
        return [kid for kid in self.children[verb]
                if self.out[kid].dep in CORE and kid in self.phrases
                and not any(self.out[k].dep == "case" for k in self.children[kid])]

    def cases(self, index: int) -> frozenset[str]:
        """What the grammar allows the phrase; anything when nothing in it shows case."""
        phrase = self.phrases[index]
        return phrase.cases if phrase.informed else frozenset(CASES)

    def passive(self, verb: int) -> bool:
        """A past form of "werden" among the verb's auxiliaries, or another form and the
        verb not an infinitive ("wird reisen" is a future)."""
        werden = [self.forms[k].lower() for k in self.children[verb]
                  if self.out[k].dep.startswith("aux")]
        if any(form in self.grammar.past_passive_auxiliaries for form in werden):
            return True
        infinitive = feats_dict(self.out[verb].morph).get("VerbForm") == "Inf"
        return not infinitive and any(form in self.grammar.passive_auxiliaries
                                      for form in werden)

    def passive_labels(self, verb: int) -> None:
        """In a passive clause the subject is ``nsubj:pass``, a "von" phrase the agent."""
        for kid in self.children[verb]:
            dep = self.out[kid].dep
            if dep == "nsubj":
                self.label(kid, "nsubj:pass")
            elif dep == "obl" and any(
                    self.out[k].dep == "case"
                    and self.forms[k].lower() in self.grammar.agent_prepositions
                    for k in self.children[kid]):
                self.label(kid, "obl:agent")

    def by_case(self, verb: int, passive: bool) -> None:
        """Core arguments relabelled where the grammar contradicts the parser; a dative
        "object" is a dative object (``obl:arg``), an accusative "dative object" an object."""
        subject_label = "nsubj:pass" if passive else "nsubj"
        self.one_subject(verb)
        core = self.core(verb)
        subjects = [k for k in core if self.out[k].dep in SUBJECTS]
        others = [k for k in core if self.out[k].dep not in SUBJECTS]
        if subjects:
            self.exchange(subjects[0], others, subject_label)
        else:
            self.promote(others, passive, subject_label)
        for kid in self.core(verb):
            dep, cases = self.out[kid].dep, self.cases(kid)
            if dep == "obj" and cases == {"Dat"}:
                self.label(kid, "obl:arg")
            elif dep == "obl:arg" and "Dat" not in cases and "Acc" in cases:
                self.label(kid, "obj")

    def one_subject(self, verb: int) -> None:
        """Of two subjects the parser gave a verb, the one that cannot be accusative stays
        ("Der Botschafter soll das Land verlassen haben"); the others become objects."""
        subjects = [k for k in self.core(verb) if self.out[k].dep in SUBJECTS]
        keep = next((k for k in subjects
                     if "Nom" in self.cases(k) and "Acc" not in self.cases(k)), None)
        for kid in subjects:
            if keep is not None and kid != keep and "Acc" in self.cases(kid):
                self.label(kid, "obj")

    def exchange(self, subject: int, others: list[int], subject_label: str) -> None:
        """A subject the grammar says is not nominative gives way to the one core dependent
        that can be; an object that can only be nominative takes the subject's place."""
        if "Nom" not in self.cases(subject):
            nominative = [k for k in others if "Nom" in self.cases(k)]
            self.demote(subject)
            if len(nominative) == 1:
                self.label(nominative[0], subject_label)
            return
        fixed = [k for k in others if self.cases(k) == {"Nom"}]
        if len(fixed) == 1 and self.cases(subject) - {"Nom"}:
            self.demote(subject)
            self.label(fixed[0], subject_label)

    def promote(self, others: list[int], passive: bool, subject_label: str) -> None:
        """Without a subject, the one core dependent that can only be nominative is it; in a
        passive clause, an "object" that can be nominative (there is no accusative object)."""
        candidates = [k for k in others if self.cases(k) == {"Nom"}
                      or (passive and self.out[k].dep == "obj" and "Nom" in self.cases(k))]
        if len(candidates) == 1:
            self.label(candidates[0], subject_label)

    def demote(self, index: int) -> None:
        """A core argument that is not the subject: labelled by its most likely case."""
        cases = self.cases(index)
        self.label(index, next((CASE_LABELS[c] for c in ("Acc", "Dat", "Gen") if c in cases),
                               "obj"))

    def by_number(self, verb: int) -> None:
        """A subject whose number the finite verb rules out exchanges with an object whose
        nominative fits it: "Die Sanktionen verhängte die EU"."""
        number = self.finite_number(verb)
        if number is None:
            return
        core = self.core(verb)
        subjects = [k for k in core if self.out[k].dep in SUBJECTS]
        if len(subjects) != 1 or number in self.numbers(subjects[0]):
            return
        objects = [k for k in core if self.out[k].dep == "obj"
                   and number in self.numbers(k) and "Acc" in self.cases(subjects[0])]
        if len(objects) == 1:
            subject_label = self.out[subjects[0]].dep
            self.label(subjects[0], "obj")
            self.label(objects[0], subject_label)

    def numbers(self, index: int) -> frozenset[str]:
        """The numbers a phrase can have as a nominative by the grammar (the tagger's noun
        number is too often wrong), none if it cannot be one; coordinated, either (the
        parser's coordinations are too often wrong to make them plural)."""
        phrase = self.phrases[index]
        coordinated = any(self.out[k].dep == "conj" for k in self.children[index])
        if coordinated or not phrase.informed:
            return frozenset(NUMBERS)
        return frozenset(n for c, _, n in phrase.cells if c == "Nom")

    def finite_number(self, verb: int) -> str | None:
        """The number of the clause's finite verb where it agrees with a noun: any plural
        (first and third person plural are one form), a third-person singular."""
        for index in (verb, *self.children[verb]):
            token = self.out[index]
            if index != verb and not token.dep.startswith("aux"):
                continue
            feats = feats_dict(token.morph)
            if feats.get("VerbForm") == "Fin" and (
                    feats.get("Number") == "Plur" or feats.get("Person") == "3"):
                return feats.get("Number")
        return None
