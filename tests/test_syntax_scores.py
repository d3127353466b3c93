"""The held-out scorer of tools/train_syntax.py on a sentence whose errors are known."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.nlp.syntax.parsed import Parsed
from communique.tools.train_syntax import harmonise_verb_forms, main, score_parsed


def _gold() -> Doc:
    return Doc(Vocab(), words=["Er", "traf", "sie", "."], spaces=[True, True, False, False],
               pos=["PRON", "VERB", "PRON", "PUNCT"],
               morphs=["Case=Nom", "Tense=Past", "Case=Acc", ""],
               lemmas=["er", "treffen", "sie", "."], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "obj", "punct"])


def test_scores_count_heads_labels_tags_and_cases() -> None:
    predicted = [Parsed("PRON", "Case=Nom", "er", 1, "nsubj"),
                 Parsed("VERB", "Tense=Past", "treffen", 1, "root"),
                 Parsed("PRON", "Case=Nom", "sie", 1, "nsubj"),      # the object as a subject
                 Parsed("PUNCT", "", ".", 0, "punct")]               # punctuation: not scored
    scores = score_parsed([_gold()], [predicted])
    assert (scores["las"], scores["uas"], scores["pos"], scores["morph"], scores["case"]) == (
        2 / 3, 1.0, 1.0, 0.75, 0.5)
    assert (scores["f_nsubj"], scores["f_obj"]) == (pytest.approx(2 / 3), 0.0)


def test_pud_verbs_get_gsd_verb_forms() -> None:
    doc = Doc(Vocab(), words=["hat", "gesagt", "sagen"], pos=["AUX", "VERB", "VERB"],
              morphs=["Mood=Ind|Tense=Pres", "Tense=Past", ""])
    harmonise_verb_forms(doc)
    assert [str(t.morph) for t in doc] == [
        "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Part", "VerbForm=Inf"]


def test_training_tool_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "--lang" in capsys.readouterr().out
