"""German case from the grammar and argument repair, on hand-built parses and the shipped files.

The parses are written out as the model gets them wrong (object-first clauses
read subject-first), so the tests pin down what the rules do independently of
the model; ``test_syntax_clauses.py`` has the same sentences through the model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.nlp.syntax.german_arguments import ArgumentRepair, off_auxiliaries
from communique.nlp.syntax.german_case import (
    CaseChooser,
    CaseReader,
    Paradigms,
    apply_cases,
    paradigms,
)
from communique.nlp.syntax.parsed import Parsed, feats_dict

NOUN_MASC = "Gender=Masc|Number=Sing"


def _sentence(rows: list[tuple[str, str, str, int, str]]) -> tuple[list[str], list[Parsed]]:
    """Words and parses from (word, pos, morph, head, dep) rows."""
    return ([row[0] for row in rows],
            [Parsed(pos, morph, word, head, dep) for word, pos, morph, head, dep in rows])


def _repair(forms: list[str], parsed: list[Parsed]) -> list[Parsed]:
    grammar = paradigms()
    phrases = CaseReader(forms, parsed, grammar).phrases()
    return ArgumentRepair(forms, parsed, phrases, grammar).repaired()


def _cases(forms: list[str], parsed: list[Parsed]) -> list[str | None]:
    chooser = CaseChooser(CaseReader(forms, parsed, paradigms()))
    return [feats_dict(token.morph).get("Case") for token in apply_cases(parsed, chooser)]


def test_paradigms_read_determiners_pronouns_adjectives_and_prepositions() -> None:
    grammar = paradigms()
    assert grammar.determiner("den") == (
        {("Acc", "Masc", "Sing"), ("Dat", "Masc", "Plur"), ("Dat", "Fem", "Plur"),
         ("Dat", "Neut", "Plur")}, True)
    assert grammar.determiner("Ein") == (
        {("Nom", "Masc", "Sing"), ("Nom", "Neut", "Sing"), ("Acc", "Neut", "Sing")}, False)
    assert grammar.determiner("einen") == ({("Acc", "Masc", "Sing")}, True)
    assert {c for c, _, _ in grammar.determiner("unserem")[0]} == {"Dat"}  # type: ignore[index]
    assert {c for c, _, _ in grammar.pronoun("ihn") or ()} == {"Acc"}
    assert grammar.adjective("Berliner", weak=False) is None
    assert {c for c, _, _ in grammar.adjective("neuen", weak=True) or ()} == {
        "Nom", "Acc", "Dat", "Gen"}
    assert grammar.governed("mit") == {"Dat"}
    assert grammar.governed("ins") == {"Acc"}
    assert grammar.governed("in") == {"Dat", "Acc"}


def test_object_first_clause_exchanges_subject_and_object() -> None:
    forms, parsed = _sentence([
        ("Den", "DET", "Case=Acc", 1, "det"),
        ("Vertrag", "NOUN", f"Case=Nom|{NOUN_MASC}", 2, "nsubj"),
        ("unterzeichnete", "VERB", "Number=Sing|Person=3|VerbForm=Fin", 2, "root"),
        ("der", "DET", "Case=Nom", 4, "det"),
        ("Präsident", "NOUN", f"Case=Acc|{NOUN_MASC}", 2, "obj"),
        (".", "PUNCT", "", 2, "punct")])
    repaired = _repair(forms, parsed)
    assert [token.dep for token in repaired] == ["det", "obj", "root", "det", "nsubj", "punct"]
    assert _cases(forms, repaired) == ["Acc", "Acc", None, "Nom", "Nom", None]


def test_dative_is_never_the_passive_subject() -> None:
    forms, parsed = _sentence([
        ("Dem", "DET", "Case=Dat", 1, "det"),
        ("Botschafter", "NOUN", f"Case=Nom|{NOUN_MASC}", 5, "nsubj:pass"),
        ("wurde", "AUX", "Number=Sing|Person=3|VerbForm=Fin", 5, "aux:pass"),
        ("eine", "DET", "Case=Nom", 4, "det"),
        ("Protestnote", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 5, "obj"),
        ("übergeben", "VERB", "VerbForm=Part", 5, "root"),
        (".", "PUNCT", "", 5, "punct")])
    repaired = _repair(forms, parsed)
    assert [token.dep for token in repaired] == [
        "det", "obl:arg", "aux:pass", "det", "nsubj:pass", "root", "punct"]
    assert _cases(forms, repaired) == ["Dat", "Dat", None, "Nom", "Nom", None, None]


def test_finite_verb_number_decides_between_two_nominative_accusatives() -> None:
    forms, parsed = _sentence([
        ("Das", "DET", "", 1, "det"),
        ("Abkommen", "NOUN", "Gender=Neut|Number=Sing", 2, "nsubj"),
        ("unterzeichneten", "VERB", "Number=Plur|Person=3|VerbForm=Fin", 2, "root"),
        ("die", "DET", "", 4, "det"),
        ("Minister", "NOUN", "Gender=Masc|Number=Plur", 2, "obj")])
    assert [token.dep for token in _repair(forms, parsed)] == [
        "det", "obj", "root", "det", "nsubj"]


def test_passive_agent_and_preposition_case() -> None:
    forms, parsed = _sentence([
        ("Die", "DET", "", 1, "det"),
        ("Sanktionen", "NOUN", "Gender=Fem|Number=Plur", 6, "nsubj"),
        ("wurden", "AUX", "Number=Plur|Person=3|VerbForm=Fin", 6, "aux"),
        ("von", "ADP", "", 5, "case"),
        ("der", "DET", "Case=Nom", 5, "det"),
        ("Union", "PROPN", "Case=Gen|Gender=Fem|Number=Sing", 6, "obl"),
        ("verlängert", "VERB", "VerbForm=Part", 6, "root")])
    repaired = _repair(forms, parsed)
    assert [token.dep for token in repaired] == [
        "det", "nsubj:pass", "aux", "case", "det", "obl:agent", "root"]
    assert _cases(forms, repaired) == ["Nom", "Nom", None, None, "Dat", "Dat", None]


def test_broken_paradigm_file_names_file_entry_and_fix(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[1] / "src/communique/lang/de/syntax/case.yaml"
    broken = tmp_path / "case.yaml"
    broken.write_text(shipped.read_text(encoding="utf-8").replace(
        "dem: [Dat.Masc.Sing, Dat.Neut.Sing]", "dem: [Dat.Masc.Sng, Dat.Neut.Sing]", 1),
        encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        Paradigms.load(broken)
    assert str(error.value) == (
        f"[E003] {broken}, entry 'articles: dem': 'Dat.Masc.Sng' is not a reading; fix: write "
        "it as Case.Gender.Number with Case one of Nom, Acc, Dat, Gen, Gender one of Masc, "
        "Fem, Neut and Number Sing or Plur (Gender and Number may be left out)")


def test_preposition_keyed_by_a_non_case_is_refused(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[1] / "src/communique/lang/de/syntax/case.yaml"
    broken = tmp_path / "case.yaml"
    broken.write_text(shipped.read_text(encoding="utf-8").replace("  Dat Acc: [in,",
                                                                 "  Dativ: [in,", 1),
                      encoding="utf-8")
    with pytest.raises(DataFileError, match=r"entry 'prepositions: Dativ': 'Dativ' is not a "
                       r"list of cases; fix: key the prepositions by the cases they govern"):
        Paradigms.load(broken)


def test_arguments_hung_on_an_auxiliary_move_to_its_verb() -> None:
    _, parsed = _sentence([
        ("Der", "DET", "", 1, "det"),
        ("Minister", "NOUN", NOUN_MASC, 2, "nsubj"),
        ("hat", "AUX", "Number=Sing|Person=3|VerbForm=Fin", 5, "aux"),
        ("den", "DET", "", 4, "det"),
        ("Botschafter", "NOUN", NOUN_MASC, 5, "obj"),
        ("empfangen", "VERB", "VerbForm=Part", 5, "root")])
    assert [token.head for token in off_auxiliaries(parsed)] == [1, 5, 5, 4, 5, 5]
