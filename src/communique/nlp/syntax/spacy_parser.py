"""German and English syntax: the narrow spaCy pipelines trained by the project.

The models live in ``communique/lang/<xx>/syntax/model/`` (see their model cards and
``tools/train_syntax.py``). Sentences come in already split and tokenised by
the rule-based analyser, whose sentence boundaries are much better than the
parser's own (issue 11: F 0.67-0.73), so spaCy's tokenizer never runs.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from communique.nlp.syntax.parsed import Parsed

LANG_DIR = Path(__file__).resolve().parents[2] / "lang"
#: Sentences per spaCy batch; larger batches gained nothing on 10kGNAD articles.
BATCH_SIZE = 64
#: The name of the trained lemmatiser in the shipped pipelines (tools/train_syntax.py).
LEMMATIZER = "trainable_lemmatizer"


def model_path(language: str) -> Path:
    """Where the package ships a language's syntax model."""
    return LANG_DIR / language / "syntax" / "model"


class SpacyParser:
    """Parses pre-tokenised sentences with a shipped spaCy pipeline."""

    def __init__(self, language: str, path: Path | None = None, lemmas: bool = True) -> None:
        """``lemmas=False`` leaves the lemmatiser out (14 % of the German parse time,
        docs/nlp.md) where the caller keeps the lookup lemmas."""
        self.nlp = spacy.load(path or model_path(language),
                              exclude=[] if lemmas else [LEMMATIZER])

    def parse(self, sentences: list[list[str]]) -> list[list[Parsed]]:
        docs = (Doc(self.nlp.vocab, words=words) for words in sentences)
        return [[Parsed(t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_.lower())
                 for t in doc] for doc in self.nlp.pipe(docs, batch_size=BATCH_SIZE)]
