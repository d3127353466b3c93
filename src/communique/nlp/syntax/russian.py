"""Russian syntax: natasha's morphology tagger and parser, lemmas from pymorphy3.

natasha (MIT, trained on SynTagRus news) ships its models in the wheel and
measured better on the PUD held-out sentences than a model trained here could
on the few Russian treebank sentences available (see docs/nlp.md). The lemma is
the pymorphy3 reading that agrees best with the tagger's part of speech and
features, which resolves "стали" (noun or verb) the way the sentence reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from natasha import NewsEmbedding, NewsMorphTagger, NewsSyntaxParser
from threadpoolctl import ThreadpoolController

from communique.nlp.lemmas import morph_analyzer
from communique.nlp.syntax.parsed import Parsed, feats_string

#: Sentences per forward pass (as in ``nlp.ner.russian``): slovnet's default of 8 leaves
#: numpy overhead dominant.
BATCH_SIZE = 32
# pymorphy3's part-of-speech tags and the UD tag each one reads as (natasha's table).
_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB",
        "INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM",
        "ADVB": "ADV", "NPRO": "PRON", "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ",
        "PRCL": "PART", "INTJ": "INTJ"}
# UD parts of speech that pymorphy3 does not distinguish from another one.
_SAME_POS = {"PROPN": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ", "DET": "ADJ"}
# pymorphy3 grammemes and the UD (feature, value) each one stands for, for the features
# that tell readings apart.
_GRAMMEMES = {"nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "datv": ("Case", "Dat"),
              "accs": ("Case", "Acc"), "ablt": ("Case", "Ins"), "loct": ("Case", "Loc"),
              "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
              "masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
              "past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
              "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp")}


@lru_cache(maxsize=1)
def natasha_models() -> tuple[Any, Any, Any]:
    """natasha's embedding, morphology tagger and parser, loaded once per process.

    The NER stage (``nlp.ner.russian``) uses the same ones, so a pipeline with both
    stages holds them once.
    """
    embedding = NewsEmbedding()
    morph, syntax = NewsMorphTagger(embedding), NewsSyntaxParser(embedding)
    for model in (morph, syntax):
        model.batch_size = BATCH_SIZE
        model.infer.encoder.batch_size = BATCH_SIZE
    return embedding, morph, syntax


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run natasha's models with one BLAS thread.

    slovnet's layers are numpy matrix products over a few sentences at a time, too small
    for OpenBLAS's threads, whose start and wait cost far more than the product: on the
    2-core machine the NER tagger took 17-24 ms of CPU per short sentence with two threads
    and 0.8 ms with one, and 272 one-sentence documents of tests/test_events_frames_ru.py
    took 13.0 s to extract one by one instead of 1.5 s (docs/architecture.md). The limit
    is the process's while the block runs, as OpenBLAS's thread count is.
    """
    with _blas().limit(limits=1, user_api="blas"):
        yield


class RussianParser:
    """Parses pre-tokenised Russian sentences."""

    def __init__(self) -> None:
        _, self.morph, self.syntax = natasha_models()
        self.analyzer = morph_analyzer()
        self._lemmas: dict[tuple[str, str, str], str] = {}

    def parse(self, sentences: list[list[str]]) -> list[list[Parsed]]:
        if not sentences:
            return []
        with one_blas_thread():
            tags = list(self.morph.map(sentences))
            trees = list(self.syntax.map(sentences))
        return [self._sentence(tag.tokens, tree.tokens) for tag, tree in
                zip(tags, trees, strict=True)]

    def _sentence(self, tags: list[Any], tree: list[Any]) -> list[Parsed]:
        out = []
        for index, (tag, node) in enumerate(zip(tags, tree, strict=True)):
            head = int(node.head_id) - 1
            feats = feats_string(tag.feats)
            out.append(Parsed(tag.pos, feats, self.lemma(tag.text, tag.pos, feats),
                              index if head < 0 else head, node.rel))
        return out

    def lemma(self, word: str, pos: str, feats: str) -> str:
        """The normal form of the pymorphy3 reading closest to the tagger's POS and features."""
        key = (word, pos, feats)
        cached = self._lemmas.get(key)
        if cached is None:
            cached = self._lemmas[key] = self._best_reading(word, pos, feats)
        return cached

    def _best_reading(self, word: str, pos: str, feats: str) -> str:
        if not any("а" <= c.lower() <= "я" or c in "ёЁ" for c in word):
            return word                     # Latin names, numbers, punctuation: as written
        if pos == "ADP":
            return word.lower()             # the treebanks keep "со", "во", "об"
        wanted = set(feats.split("|")) if feats else set()
        want_pos = _SAME_POS.get(pos, pos)
        best, best_score = None, -1
        for reading in self.analyzer.parse(word):
            score = 2 * (_POS.get(str(reading.tag.POS), "X") == want_pos)
            score += sum(f"{k}={v}" in wanted for g, (k, v) in _GRAMMEMES.items()
                         if g in reading.tag)
            if score > best_score:
                best, best_score = reading, score
        if best is None or (pos == "PROPN" and best.tag.POS != "NOUN"):
            return word                     # a name pymorphy3 reads as a verb: "Сигал"
        lemma: str = best.normal_form
        if "ё" not in word.lower():
            lemma = lemma.replace("ё", "е")  # the treebanks write "е" where the text does
        if pos == "PROPN" and word[:1].isupper():      # the treebanks keep a name's case
            return lemma.upper() if word.isupper() else lemma.capitalize()
        return lemma
