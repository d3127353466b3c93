"""The extractor: raw input in, spec records out, for the CLI, the store and Python users."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import cached_property

from communique.clean import prepare
from communique.clean.language import identifier
from communique.document import Document, RawDocument, ReadFailure
from communique.errors import ReadError
from communique.events import EventCoder
from communique.gazetteer import ActorResolver
from communique.nlp import Analyzer, EntityRecognizer
from communique.pipeline import ErrorHandler, Pipeline, StageFailure, freeze_loaded
from communique.settings import IngestSettings, load_settings


class Extractor:
    """Builds the pipeline once and runs it.

    The models and gazetteers load when the first document needs them (some
    15 s), not before: a re-run whose documents are all stored loads none.
    Failures never raise out of ``run``: unreadable inputs and documents a
    stage could not process are passed to ``on_failure`` and the batch goes on.
    """

    def __init__(self, on_failure: ErrorHandler | None = None,
                 budget: IngestSettings | None = None) -> None:
        self.failures: list[StageFailure] = []
        self._on_failure = on_failure or self.failures.append
        self.budget = budget or load_settings().ingest    # a document's characters and time

    @cached_property
    def pipeline(self) -> Pipeline:
        pipeline = Pipeline([Analyzer(), EntityRecognizer(), ActorResolver(), EventCoder()],
                            on_error=self._on_failure,
                            max_seconds=self.budget.max_document_seconds)
        identifier()        # the cleaning's model too, so that it is frozen with the rest
        freeze_loaded()     # the models just loaded stay out of every later collection
        return pipeline

    def prepare(self, raws: Iterable[RawDocument | ReadFailure]) -> Iterator[Document]:
        """Decode, clean and split inputs into documents, reporting the unreadable."""
        for raw in raws:
            if isinstance(raw, ReadFailure):
                self._on_failure(StageFailure("", raw.origin, "read", raw.reason))
                continue
            try:
                yield from prepare(raw, self.budget.max_document_chars)
            except ReadError as exc:
                self._on_failure(StageFailure(raw.doc_id or "", raw.origin, "clean", str(exc)))

    def run(self, raws: Iterable[RawDocument | ReadFailure], batch_size: int = 16,
            keep: Callable[[Document], bool] | None = None) -> Iterator[Document]:
        """Documents with sentences, entities and events, in input order.

        ``keep`` sees each cleaned document before the (costly) stages run; one it
        refuses is not processed: how an ingest skips what its store already holds.
        """
        prepared = self.prepare(raws)
        if keep is not None:
            prepared = (doc for doc in prepared if keep(doc))
        return self.process(prepared, batch_size)

    def process(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Document]:
        """Run the costly stages on documents ``prepare`` made, building the pipeline only
        once a document needs it (a scale worker gets them cleaned by the readers)."""
        pending = iter(docs)
        first = next(pending, None)
        if first is not None:
            yield from self.pipeline.pipe(itertools.chain([first], pending),
                                          batch_size=batch_size)


_DEFAULT: Extractor | None = None


def _default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract(text: str, published: str | date | datetime | None = None, *,
            url: str | None = None, language: str | None = None,
            source_name: str | None = None, doc_id: str | None = None,
            html: bool = False) -> dict:
    """Extract one document's spec record (``EVENTS.md`` section 1) from text.

    >>> record = extract("MINSK, 23. November (BelTA) - ...", published="2021-11-24")

    A page that holds several articles gives the first article's record; use
    ``extract_all`` to get every article. Raises ``ReadError`` for input that
    holds no readable text.
    """
    records = extract_all(text, published, url=url, language=language,
                          source_name=source_name, doc_id=doc_id, html=html)
    return records[0]


def extract_all(text: str, published: str | date | datetime | None = None, *,
                url: str | None = None, language: str | None = None,
                source_name: str | None = None, doc_id: str | None = None,
                html: bool = False) -> list[dict]:
    """Like ``extract``, but one record per article found in the input."""
    if isinstance(published, date):
        published = published.isoformat()
    raw = RawDocument(text, "html" if html else "text", doc_id, url, published, language,
                      source_name, origin="<extract>")
    extractor = _default_extractor()
    docs = prepare(raw, extractor.budget.max_document_chars)
    out = [doc.record().to_dict() for doc in extractor.pipeline(docs)]
    if not out:
        reason = extractor.failures[-1].reason if extractor.failures else "no document"
        raise ReadError(f"could not extract: {reason}")
    return out
