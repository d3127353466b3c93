"""Russian NER: natasha's slovnet tagger, with nominative normal forms of each span.

natasha (MIT) ships its navec embeddings and slovnet models inside the wheel,
so nothing is downloaded. Normalisation needs morphology (and, for ORG
spans, syntax to find the head); both run only on the sentences that hold a
span, which keeps the cost close to that of the tagger alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from natasha import Doc, MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
from natasha.doc import DocSent, DocSpan, inject_morph, inject_syntax, offset_syntax

from communique.document import Mention
from communique.nlp.ner.text import chunks, make_mention
from communique.nlp.syntax.russian import BATCH_SIZE, natasha_models, one_blas_thread

ORG = "ORG"


@dataclass
class _Piece:
    """One chunk of one input text, with the natasha Doc built over it."""

    index: int
    offset: int
    doc: Doc


class RussianRecognizer:
    """PER/LOC/ORG spans with ``normal`` in the nominative ("Андреем" -> "Андрей")."""

    language = "ru"

    def __init__(self) -> None:
        embedding, self.morph, self.syntax = natasha_models()   # shared with the syntax stage
        self.segmenter = Segmenter()
        self.tagger = NewsNERTagger(embedding)
        self.vocab = MorphVocab()
        self.tagger.batch_size = BATCH_SIZE
        self.tagger.infer.encoder.batch_size = BATCH_SIZE

    def recognize(self, texts: list[str]) -> list[list[Mention]]:
        pieces = [_Piece(index, offset, Doc(chunk)) for index, text in enumerate(texts)
                  for offset, chunk in chunks(text)]
        with one_blas_thread():
            self._tag(pieces)
            self._normalize([piece.doc for piece in pieces if piece.doc.spans])
        found: list[list[Mention]] = [[] for _ in texts]
        for piece in pieces:
            for span in piece.doc.spans:
                found[piece.index].append(make_mention(
                    texts[piece.index], piece.offset + span.start, piece.offset + span.stop,
                    span.type, span.normal or None))
        return found

    def _tag(self, pieces: list[_Piece]) -> None:
        """Run the tagger over all chunks, shortest first so that batches pad little."""
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i].doc.text))
        markups = self.tagger.map([pieces[i].doc.text for i in order])
        for i, markup in zip(order, markups, strict=True):
            doc = pieces[i].doc
            doc.spans = [DocSpan(s.start, s.stop, s.type, doc.text[s.start:s.stop])
                         for s in markup.spans]

    def _normalize(self, docs: list[Doc]) -> None:
        """Fill ``span.normal`` from morphology (and syntax for ORG heads)."""
        for doc in docs:
            doc.segment(self.segmenter)
            doc.envelop_span_tokens()
            doc.envelop_sent_spans()
        with_spans = [sent for doc in docs for sent in doc.sents if sent.spans]
        _tag_sentences(self.morph, with_spans, inject_morph)
        with_orgs = [s for s in with_spans if any(span.type == ORG for span in s.spans)]
        _tag_sentences(self.syntax, with_orgs, inject_syntax)
        for sent_id, sent in enumerate(with_orgs, 1):
            offset_syntax(sent_id, sent.tokens)
        for doc in docs:
            for span in doc.spans:
                if span.tokens:
                    span.normalize(self.vocab)


def _tag_sentences(tagger: NewsMorphTagger | NewsSyntaxParser, sents: list[DocSent],
                   inject: Callable[[list[Any], list[Any]], None]) -> None:
    """Tag sentences shortest first (less padding per batch) and inject the result."""
    ordered = sorted(sents, key=lambda sent: len(sent.tokens))
    words = [[token.text for token in sent.tokens] for sent in ordered]
    for sent, markup in zip(ordered, tagger.map(words), strict=True):
        inject(sent.tokens, markup.tokens)
