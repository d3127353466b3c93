"""Word vectors from the USE multilingual v3 piece embeddings (German NER's static vectors)."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.strings import StringStore

from communique.nlp.ner import subword_vectors
from communique.nlp.ner.german import MODEL_DIR
from communique.nlp.ner.subword_vectors import WIDTH, PieceTable, SubwordVectors


@pytest.fixture(scope="module")
def pieces() -> PieceTable:
    return PieceTable()


def piece_row(pieces: PieceTable, piece: str) -> np.ndarray:
    """The dequantised embedding of one piece, looked up by its text."""
    index = pieces.tokenizer._pieces.index(piece)
    chunk = index % subword_vectors.CHUNKS
    return pieces.table[index].astype(np.float32) * pieces.scale[chunk] + pieces.lo[chunk]


def test_subword_vectors_word_is_the_mean_of_its_pieces(pieces):
    vectors = SubwordVectors(StringStore(), pieces)
    assert pieces.tokenizer.encode("Bundeskanzlerin", out_type=str, add_bos=False,
                                   add_eos=False) == ["▁Bundeskanzler", "in"]
    expected = (piece_row(pieces, "▁Bundeskanzler") + piece_row(pieces, "in")) / 2
    np.testing.assert_allclose(vectors["Bundeskanzlerin"], expected, rtol=2e-3, atol=2e-3)


def test_subword_vectors_every_word_gets_a_distinct_row(pieces):
    strings = StringStore()
    vectors = SubwordVectors(strings, pieces)
    words = ["Lawrow", "Außenministerin", "Krutskich", "traf", "Lawrow"]
    rows = vectors.get_batch(np.array([strings.add(w) for w in words], dtype=np.uint64))
    assert rows.shape == (5, WIDTH) and rows.dtype == np.float32
    assert np.all(np.abs(rows).sum(axis=1) > 0)
    np.testing.assert_array_equal(rows[0], rows[4])
    assert not np.allclose(rows[0], rows[2])
    assert len(vectors) == 4                      # one cached row per distinct word


def test_subword_vectors_cache_overflow_keeps_the_batch_whole(pieces, monkeypatch):
    monkeypatch.setattr(subword_vectors, "CACHE_LIMIT", 3)
    strings = StringStore()
    vectors = SubwordVectors(strings, pieces)
    first = vectors.get_batch([strings.add(w) for w in ("Minsk", "Moskau")])
    batch = vectors.get_batch([strings.add(w) for w in ("Minsk", "Berlin", "Paris", "Rom")])
    np.testing.assert_array_equal(batch[0], first[0])
    assert len(vectors) == 4


def test_subword_vectors_are_what_the_shipped_model_reads():
    config = (MODEL_DIR / "config.cfg").read_text(encoding="utf-8")
    assert '"@vectors":"communique.SubwordVectors.v1"' in config
    assert "include_static_vectors = true" in config
