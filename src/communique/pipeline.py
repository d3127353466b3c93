"""The pipeline: a list of stages run over batches of documents.

Every stage has one shape (a spaCy component's, and what Ray Data's
``map_batches`` expects): resources are loaded once in ``__init__``, a batch
is processed in ``__call__``. Stages declare the document attributes they
``requires`` and ``assigns``; ``Pipeline`` checks the order once at build time
and runs each document under an error handler so that one bad document never
stops a batch.
"""

from __future__ import annotations

import gc
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from communique.document import Document
from communique.errors import PipelineOrderError

log = logging.getLogger(__name__)


# What ``clean.prepare`` fills before the first stage runs.
PREPARED = ("doc_id", "original", "text", "offsets", "url", "source_name", "language",
            "mixed_languages", "published", "published_has_time", "published_precision",
            "dateline", "dateline_date", "dateline_span",
            "title", "origin")


class Stage(Protocol):
    """A pipeline stage: processes documents in place and returns them."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, docs: list[Document]) -> list[Document]: ...


@dataclass
class StageFailure:
    """A document a stage could not process, with the reason for the report."""

    doc_id: str
    origin: str
    stage: str
    reason: str


ErrorHandler = Callable[[StageFailure], None]

# A document this long (5 times the longest of 1,028 10kGNAD news articles) is processed
# in a batch of its own, so that its time budget is its own.
LONG_DOCUMENT = 160_000


class OverBudget(BaseException):
    """A batch ran past its time budget. A BaseException, so that no stage's error
    handling (``except Exception``) can swallow it."""


@dataclass
class Deadline:
    """Whether the time budget of a block has run out. The alarm raises ``OverBudget``
    where the block happens to be; Python drops an exception raised inside a garbage
    collector callback or a finaliser ("Exception ignored in …"), so the flag stays to
    be checked between stages."""

    expired: bool = False

    def check(self) -> None:
        if self.expired:
            raise OverBudget


@contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Raise ``OverBudget`` in the block after ``seconds`` (0: never). Only the main
    thread receives signals; elsewhere the block runs without a deadline."""
    timer = Deadline()
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield timer
        return

    def expire(signum: int, frame: object) -> None:
        timer.expired = True
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield timer
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def freeze_loaded() -> None:
    """Collect the garbage, then move every object alive (the models, lexicons and gazetteers
    a pipeline has just loaded: some 250,000 objects) into the collector's permanent
    generation. They live as long as the process, yet each automatic full collection
    scanned them all again: 0.36 CPU-s of collection during the stages on 200 10kGNAD
    articles, 0.15 frozen (docs/performance.md). What the stages make per document is
    collected as before."""
    gc.collect()
    gc.freeze()


def _log_failure(failure: StageFailure) -> None:
    log.warning("%s: %s failed: %s", failure.origin, failure.stage, failure.reason)


class Pipeline:
    """Runs stages in order; failed documents are reported and dropped.

    A batch has ``max_seconds`` per document (0: no limit); the documents of a batch
    that runs longer fail with that reason, and the next batch goes on.
    """

    def __init__(self, stages: Sequence[Stage], on_error: ErrorHandler = _log_failure,
                 max_seconds: float = 0) -> None:
        self.stages = list(stages)
        self.on_error = on_error
        self.max_seconds = max_seconds
        self._check_order()

    def _check_order(self) -> None:
        available: set[str] = set(PREPARED)
        for stage in self.stages:
            missing = [attr for attr in stage.requires if attr not in available]
            if missing:
                raise PipelineOrderError(stage.name, missing)
            available.update(stage.assigns)

    def __call__(self, docs: list[Document]) -> list[Document]:
        try:
            with deadline(self.max_seconds * len(docs)) as timer:
                for stage in self.stages:
                    docs = self._run_stage(stage, docs)
                    timer.check()
        except OverBudget:
            for doc in docs:
                self.on_error(StageFailure(
                    doc.doc_id, doc.origin, "budget",
                    f"not processed within {self.max_seconds:g} s ({len(doc.text):,} "
                    "characters; setting ingest.max_document_seconds)"))
            return []
        return docs

    def _run_stage(self, stage: Stage, docs: list[Document]) -> list[Document]:
        try:
            return stage(docs)
        except Exception as exc:
            if len(docs) == 1:
                self._report(stage.name, docs[0], exc)
                return []
        survivors: list[Document] = []
        for doc in docs:
            try:
                survivors.extend(stage([doc]))
            except Exception as exc:
                self._report(stage.name, doc, exc)
        return survivors

    def _report(self, stage_name: str, doc: Document, exc: Exception) -> None:
        self.on_error(StageFailure(doc.doc_id, doc.origin, stage_name,
                                   f"{type(exc).__name__}: {exc}"))

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        """Process a stream of documents in batches, yielding them in order; a long
        document is a batch of its own."""
        batch: list[Document] = []
        for doc in docs:
            alone = len(doc.text) >= LONG_DOCUMENT
            if alone and batch:
                yield from self(batch)
                batch = []
            batch.append(doc)
            if alone or len(batch) >= batch_size:
                yield from self(batch)
                batch = []
        if batch:
            yield from self(batch)
