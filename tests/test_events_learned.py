"""The learned event scorer: the shipped model, its verdict on clear sentences, and the
recall net that codes a sentence no lexicon entry covers."""

from __future__ import annotations

import numpy as np
import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.events import EventCoder
from communique.events.candidates import find_candidates
from communique.events.learned import CLASSES, e5_encoder, load_scorer
from communique.events.learned_net import FLAG, RecallNet
from communique.events.lexicon import load_lexicon


def test_the_shipped_model_loads_offline() -> None:
    scorer = load_scorer()
    assert scorer.classes == CLASSES
    assert scorer.weights.shape == (384, len(CLASSES))
    assert scorer.bias.shape == (len(CLASSES),)
    assert 0.5 <= scorer.threshold < 1.0


@pytest.mark.parametrize(("text", "event_type"), [
    ("Thousands of protesters marched through Madrid against the government.", "PROTEST"),
    ("Canada expelled two Russian diplomats.", "SANCTION"),
    ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", "SANCTION"),
    ("Министр иностранных дел России провел переговоры со своим китайским коллегой.",
     "CONSULT"),
])
def test_top_type_of_clear_sentences(text: str, event_type: str) -> None:
    assert load_scorer().score(e5_encoder().encode([text]))[0].event_type == event_type


def test_a_sentence_of_sport_is_no_event() -> None:
    text = "Der FC Bayern gewann am Samstag mit 3:1 gegen Borussia Dortmund."
    assert load_scorer().score(e5_encoder().encode([text]))[0].event < 0.5


def test_encoder_vectors_are_unit_length() -> None:
    vectors = e5_encoder().encode(["Russia and China signed an agreement.", "Hallo"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_recall_net_codes_a_sentence_no_lexicon_entry_covers(extractor: Extractor) -> None:
    """No trigger of the English lexicon reads "slapped a ban on"; the scorer does."""
    [doc] = extractor.run([RawDocument("Estonia slapped a ban on Russia.", doc_id="recall",
                                       language="en")])
    assert find_candidates(doc, load_lexicon("en")) == []
    [candidate] = RecallNet().extend(doc, load_lexicon("en"), [])
    assert (candidate.event_type, doc.text[candidate.start:candidate.end]) == ("SANCTION",
                                                                            "slapped")
    assert FLAG in candidate.flags
    coded = [(e.event_type, [a.code for a in e.actors], [a.code for a in e.recipients])
             for e in EventCoder(learned=True).code(doc)]
    assert coded == [("SANCTION", ["EST"], ["RUS"])]
    assert EventCoder(learned=False).code(doc) == []
