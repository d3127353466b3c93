"""The German parser the pipeline uses: spaCy's parse, then the grammar's corrections.

The corrections are measured step by step on the held-out treebank
(``python -m communique.tools.train_syntax --lang de --score``, docs/nlp.md):
``arguments`` relabels subjects, objects, passive subjects and agents by case,
voice and agreement (``german_arguments``); ``case`` puts the case the grammar
leaves on each noun phrase's tokens (``german_case``); ``relations`` lets a
phrase's relation choose among the cases its words allow, which is why the
labels are repaired first.
"""

from __future__ import annotations

from pathlib import Path

from communique.nlp.syntax.german_arguments import ArgumentRepair, off_auxiliaries
from communique.nlp.syntax.german_case import CaseChooser, CaseReader, apply_cases, paradigms
from communique.nlp.syntax.parsed import Parsed
from communique.nlp.syntax.spacy_parser import SpacyParser

STEPS = ("arguments", "case", "relations")


class GermanParser:
    """spaCy's German pipeline (without its lemmatiser) followed by ``STEPS``."""

    def __init__(self, steps: tuple[str, ...] = STEPS, path: Path | None = None) -> None:
        self.spacy = SpacyParser("de", path, lemmas=False)
        self.grammar = paradigms()
        self.steps = steps

    def parse(self, sentences: list[list[str]]) -> list[list[Parsed]]:
        return [self.repair(forms, parsed)
                for forms, parsed in zip(sentences, self.spacy.parse(sentences), strict=True)]

    def repair(self, forms: list[str], parsed: list[Parsed],
               steps: tuple[str, ...] | None = None) -> list[Parsed]:
        """The corrections in ``steps`` (default: the parser's) applied to one sentence."""
        steps = self.steps if steps is None else steps
        if "arguments" in steps:
            parsed = off_auxiliaries(parsed)
            phrases = CaseReader(forms, parsed, self.grammar).phrases()
            parsed = ArgumentRepair(forms, parsed, phrases, self.grammar).repaired()
        if "case" in steps:
            chooser = CaseChooser(CaseReader(forms, parsed, self.grammar),
                                  relations="relations" in steps)
            parsed = apply_cases(parsed, chooser)
        return parsed
