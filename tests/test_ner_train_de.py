"""The shipped training config trains, saves and reloads (one tiny run on GermEval sentences)."""

from __future__ import annotations

import spacy

from communique.tools.germeval import Entity, Split, TaggedSentence, score_spans
from communique.tools.train_de_ner import CONFIG_PATH, model_card, train


def sentence(tokens: str, entities: list[Entity]) -> TaggedSentence:
    return TaggedSentence(tokens.split(" "), entities)


# Sentences of GermEval 2014 (CC BY 4.0, Benikova et al. 2014), outer level.
SENTENCES = [
    sentence("Haide Beckmann ist wenige Tage nach dem Erdbeben in Kaschmir eingetroffen .",
             [Entity(0, 2, "PER"), Entity(9, 10, "LOC")]),
    sentence("Dabei waren am Morgen zunächst Knock-out-Calls auf den DAX gesucht .",
             [Entity(8, 9, "OTH")]),
    sentence("1980 kam der Crown als Versuch von Toyota , sich zu etablieren .",
             [Entity(3, 4, "OTH"), Entity(7, 8, "ORG")]),
    sentence("30:29 lautet der Tipp von Tim Dittrich , der im pakistanischen Team spielt .",
             [Entity(5, 7, "PER"), Entity(10, 11, "LOCderiv")]),
]


def test_train_de_config_is_versioned_in_the_package():
    config = spacy.util.load_config(CONFIG_PATH)
    assert config["nlp"]["lang"] == "de"
    assert config["nlp"]["pipeline"] == ["ner"]
    assert config["system"]["seed"] == 2014
    assert config["components"]["ner"]["model"]["tok2vec"]["embed"]["include_static_vectors"] \
        is True
    assert config["nlp"]["vectors"]["@vectors"] == "communique.SubwordVectors.v1"


def test_train_de_tiny_run_saves_a_loadable_model(tmp_path):
    split = Split(train=SENTENCES, validation=SENTENCES[:2], held_out=SENTENCES[2:])
    out = tmp_path / "de_ner"
    train(split, out, overrides={"training.max_steps": 2, "training.eval_frequency": 1},
          copies=1)
    loaded = spacy.load(out)
    assert loaded.pipe_names == ["ner"]
    assert loaded.config["paths"]["train"] is None
    assert sorted(loaded.get_pipe("ner").labels) == ["LOC", "ORG", "OTH", "PER"]
    assert isinstance(loaded("Sergej Alejnik traf Andrej Krutskich in Minsk.").ents, tuple)


def test_train_de_model_card_carries_attribution_and_command():
    scores = {view: score_spans([set()], [set()]) for view in ("base", "base_with_cues", "folded")}
    card = model_card(scores, Split(SENTENCES, SENTENCES[:1], SENTENCES[:2]))
    assert "CC BY 4.0" in card and "Benikova" in card
    assert "python -m communique.tools.train_de_ner --data" in card
