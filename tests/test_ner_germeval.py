"""GermEval 2014 reading, scoring and augmentation (training-side code of the German model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.tools.germeval import Entity, TaggedSentence, augment, read_tsv, score_spans

# Two sentences of GermEval 2014 (CC BY 4.0, Benikova et al. 2014), outer and inner columns.
SAMPLE = """#\thttp://de.wikipedia.org/wiki/Toyota_Crown\t[2009-08-13]
1\t1980\tO\tO
2\tkam\tO\tO
3\tder\tO\tO
4\tCrown\tB-OTH\tO
5\tvon\tO\tO
6\tToyota\tB-ORG\tO
7\t.\tO\tO

#\tn-tv.de\t[2009-10-19]
1\tHaide\tB-PER\tO
2\tBeckmann\tI-PER\tO
3\tleitet\tO\tO
4\tdas\tO\tO
5\tTeam\tO\tO
6\tdes\tO\tO
7\tDeutschen\tB-ORG\tB-LOCderiv
8\tRoten\tI-ORG\tO
9\tKreuzes\tI-ORG\tO
10\tim\tO\tO
11\tpakistanischen\tB-LOCderiv\tO
12\tMuzaffarabad\tB-LOC\tO
"""


@pytest.fixture
def sample(tmp_path: Path) -> list[TaggedSentence]:
    path = tmp_path / "NER-de-sample.tsv"
    path.write_text(SAMPLE, encoding="utf-8")
    return read_tsv(path)


def test_germeval_reads_outer_entities_with_subtypes(sample):
    assert [s.words[:2] for s in sample] == [["1980", "kam"], ["Haide", "Beckmann"]]
    assert sample[1].entities == [Entity(0, 2, "PER"), Entity(6, 9, "ORG"),
                                  Entity(10, 11, "LOCderiv"), Entity(11, 12, "LOC")]


def test_germeval_spans_drop_or_fold_subtypes(sample):
    assert sample[1].spans() == {(0, 2, "PER"), (6, 9, "ORG"), (11, 12, "LOC")}
    assert (10, 11, "LOC") in sample[1].spans(fold_subtypes=True)


def test_germeval_score_counts_exact_spans_per_class():
    gold = [{(0, 2, "PER"), (6, 9, "ORG")}, {(1, 2, "LOC")}]
    predicted = [{(0, 2, "PER"), (6, 8, "ORG")}, {(1, 2, "LOC"), (4, 5, "OTH")}]
    scores = score_spans(gold, predicted)
    assert (scores["ALL"].tp, scores["ALL"].fp, scores["ALL"].fn) == (2, 2, 1)
    assert (scores["ORG"].precision, scores["ORG"].recall) == (0.0, 0.0)
    assert scores["PER"].f1 == 1.0
    assert round(scores["ALL"].f1, 3) == 0.571


def test_germeval_augment_swaps_names_of_the_same_class(sample):
    copies = augment(sample, copies=2, seed=7)
    assert len(copies) == 4
    for copy in copies:
        for entity in copy.entities:
            surface = copy.words[entity.start:entity.end]
            if entity.label == "PER":
                assert surface == ["Haide", "Beckmann"]
            elif entity.label == "LOCderiv":
                assert surface == ["pakistanischen"]
    assert augment(sample, copies=2, seed=7) == copies


def test_germeval_missing_file_says_what_to_pass(tmp_path):
    with pytest.raises(DataFileError, match="pass --data"):
        read_tsv(tmp_path / "NER-de-dev.tsv")
