"""Word vectors from the USE multilingual v3 piece embeddings (German NER's static vectors)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from spacy.strings import StringStore

from communique.errors import ModelMissingError
from communique.nlp.ner import subword_vectors
from communique.nlp.ner.german import MODEL_DIR, GermanRecognizer
from communique.nlp.ner.stage import _german as german_backend
from communique.nlp.ner.subword_vectors import PIECE_WIDTH, PieceTable, SubwordVectors


@pytest.fixture(scope="module")
def pieces() -> PieceTable:
    """The piece table of the NER stage's German model, loaded once per session: the
    tests only read it, and a second copy took seconds to load."""
    model = german_backend()
    assert isinstance(model, GermanRecognizer)
    vectors = model.nlp.vocab.vectors
    assert isinstance(vectors, SubwordVectors)
    return vectors.pieces


def piece_row(pieces: PieceTable, piece: str) -> np.ndarray:
    """The dequantised embedding of one piece, looked up by its text."""
    index = pieces.tokenizer._pieces.index(piece)
    chunk = index % subword_vectors.CHUNKS
    return pieces.table[index].astype(np.float32) * pieces.scale[chunk] + pieces.lo[chunk]


@pytest.fixture(scope="module")
def projection(pieces) -> np.ndarray:
    return pieces.fit_projection(16)


def vectors_of(pieces: PieceTable, projection: np.ndarray) -> SubwordVectors:
    vectors = SubwordVectors(StringStore(), 16, pieces)
    vectors.projection = projection
    return vectors


def test_subword_vectors_word_is_the_projected_mean_of_its_pieces(pieces, projection):
    assert pieces.tokenizer.encode("Bundeskanzlerin", out_type=str, add_bos=False,
                                   add_eos=False) == ["▁Bundeskanzler", "in"]
    mean = (piece_row(pieces, "▁Bundeskanzler") + piece_row(pieces, "in")) / 2
    np.testing.assert_allclose(pieces.word_means(["Bundeskanzlerin"])[0], mean, rtol=1e-5)
    expected = (mean - projection[0]) @ projection[1:].T
    vectors = vectors_of(pieces, projection)
    np.testing.assert_allclose(vectors["Bundeskanzlerin"], expected, rtol=1e-4, atol=1e-5)


def test_subword_vectors_projection_axes_are_orthonormal_and_signed(pieces, projection):
    axes = projection[1:]
    assert projection.shape == (17, PIECE_WIDTH)
    np.testing.assert_allclose(axes @ axes.T, np.eye(16), atol=1e-5)
    assert np.all(axes[np.arange(16), np.abs(axes).argmax(axis=1)] > 0)


def test_subword_vectors_every_word_gets_a_distinct_row(pieces, projection):
    vectors = vectors_of(pieces, projection)
    words = ["Lawrow", "Außenministerin", "Krutskich", "traf", "Lawrow"]
    keys = np.array([vectors.strings.add(w) for w in words], dtype=np.uint64)
    rows = vectors.get_batch(keys)
    assert rows.shape == (5, 16) and rows.dtype == np.float32
    assert np.all(np.abs(rows).sum(axis=1) > 0)
    np.testing.assert_array_equal(rows[0], rows[4])
    assert not np.allclose(rows[0], rows[2])
    assert len(vectors) == 4                      # one cached row per distinct word


def test_subword_vectors_cache_overflow_keeps_the_batch_whole(pieces, projection, monkeypatch):
    monkeypatch.setattr(subword_vectors, "CACHE_LIMIT", 3)
    vectors = vectors_of(pieces, projection)
    strings = vectors.strings
    first = vectors.get_batch([strings.add(w) for w in ("Minsk", "Moskau")])
    batch = vectors.get_batch([strings.add(w) for w in ("Minsk", "Berlin", "Paris", "Rom")])
    # the same row, computed in a batch of another size: BLAS may round the last bit
    # differently with the batch's shape (seen: 3e-7 on one machine), so equal to 1e-6
    np.testing.assert_allclose(batch[0], first[0], rtol=0, atol=1e-6)
    assert not np.allclose(batch[0], batch[1])
    assert len(vectors) == 4


def test_subword_vectors_projection_survives_disk_and_bytes(pieces, projection, tmp_path):
    vectors = vectors_of(pieces, projection)
    vectors.to_disk(tmp_path)
    from_disk = SubwordVectors(StringStore(), 16, pieces).from_disk(tmp_path)
    from_bytes = SubwordVectors(StringStore(), 16, pieces).from_bytes(vectors.to_bytes())
    for loaded in (from_disk, from_bytes):
        np.testing.assert_array_equal(loaded["Minsk"], vectors["Minsk"])


def test_subword_vectors_refuse_a_projection_of_another_width(pieces, projection, tmp_path):
    vectors_of(pieces, projection).to_disk(tmp_path)
    with pytest.raises(ModelMissingError, match="expected \\(33, 512\\)"):
        SubwordVectors(StringStore(), 32, pieces).from_disk(tmp_path)


def test_subword_vectors_refuse_pickling_with_a_clear_error(pieces, projection):
    with pytest.raises(TypeError, match="load it in each process"):
        pickle.dumps(vectors_of(pieces, projection))


def test_subword_vectors_are_what_the_shipped_model_reads():
    config = (MODEL_DIR / "config.cfg").read_text(encoding="utf-8")
    assert '@vectors = "communique.SubwordVectors.v1"' in config
    assert "include_static_vectors = true" in config
    assert (MODEL_DIR / "vocab" / subword_vectors.PROJECTION_FILE).is_file()
