"""The same pipeline on Ray: read and extract on workers, store on the driver.

Everything Ray-specific lives in this module. Workers run the very stages of
the local path (``Extractor``): readers and cleaning as light Ray Data tasks, then
NLP, gazetteer and events as a ``map_batches`` actor, so a model loads once per
worker. In between the driver sees each cleaned document, so one already stored
is skipped before it is extracted, as in a local run; documents travel back
pickled and the driver writes them through the one store writer, so the store's
per-document transactions and duplicate checks hold as in a local run.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from communique.document import Document, ReadFailure
from communique.errors import CommuniqueError
from communique.ingest import read_inputs
from communique.pipeline import StageFailure

log = logging.getLogger(__name__)
READER_CPUS = 0.25      # reading a file is light; it must not wait for an extractor's CPU


class RayUnavailableError(CommuniqueError):
    code = "E010"


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailableError(
            "Ray is not installed; install the scale extra: pip install 'communique[scale]'"
        ) from exc
    return ray


def input_files(paths: Sequence[str]) -> tuple[list[str], list[ReadFailure]]:
    """The files the arguments name (folders and globs expanded), read later on workers,
    and the arguments that name none."""
    from communique.ingest.paths import arguments, expand

    files: list[str] = []
    failures: list[ReadFailure] = []
    for argument in arguments(paths):
        if argument == "-":
            raise RayUnavailableError("standard input cannot be distributed; "
                                      "save it to a file and pass the file")
        for item in expand(argument):
            if isinstance(item, Path):
                files.append(str(item))
            else:
                failures.append(item)
    return files, failures


def read_file(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Ray flat_map: one input file to one row per cleaned document or failure (reading and
    cleaning are light; the driver sees each cleaned document before it is extracted)."""
    from communique.extractor import Extractor

    failures: list[StageFailure] = []
    docs = list(Extractor(on_failure=failures.append).prepare(read_inputs([row["path"]])))
    return ([{"item": pickle.dumps(("doc", doc))} for doc in docs]
            + [{"item": pickle.dumps(("failure", asdict(f)))} for f in failures])


class ExtractBatch:
    """Ray map_batches actor: the local pipeline, loaded once per worker."""

    def __init__(self) -> None:
        from communique.extractor import Extractor

        self.failures: list[StageFailure] = []
        self.extractor = Extractor(on_failure=self.failures.append)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        # the ("doc", Document) rows of read_file that the driver kept
        docs: list[Document] = [pickle.loads(b)[1] for b in batch["item"]]
        self.failures.clear()
        done = list(self.extractor.process(docs, batch_size=len(docs) or 1))
        out = [pickle.dumps(("doc", doc)) for doc in done]
        out.extend(pickle.dumps(("failure", asdict(f))) for f in self.failures)
        return {"result": out}


def run_on_ray(paths: Sequence[str], *, workers: int | None = None, batch_size: int = 16,
               keep: Callable[[Document], bool] | None = None,
               ) -> Iterator[Document | StageFailure]:
    """Extract the inputs on a local or connected Ray runtime; yield documents and failures.

    ``workers`` sets the number of extraction actors (default: the CPUs Ray
    sees). A running cluster is used when ``RAY_ADDRESS`` is set; otherwise a
    local runtime starts and stops with the run. ``keep`` sees each cleaned
    document on the driver, as ``Extractor.run``'s does: one it refuses (stored
    already) is not extracted, and when it refuses all no actor loads the models.
    """
    ray = _ray()
    files, unreadable = input_files(paths)
    for failure in unreadable:
        yield StageFailure("", failure.origin, "read", failure.reason)
    if not files:
        return
    started = not ray.is_initialized()
    if started:     # one logical CPU more than the extractors, for the light readers
        ray.init(num_cpus=(workers or os.cpu_count() or 1) + 1, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    try:
        cleaned = (ray.data.from_items([{"path": f} for f in files])
                   .flat_map(read_file, num_cpus=READER_CPUS))
        kept: list[dict[str, bytes]] = []
        for row in cleaned.iter_rows():
            kind, payload = pickle.loads(row["item"])
            if kind == "failure":
                yield StageFailure(**payload)
            elif keep is None or keep(payload):
                kept.append({"item": row["item"]})
        if kept:
            yield from _extract(ray, kept, workers, batch_size)
    finally:
        if started:
            ray.shutdown()


def _extract(ray: Any, rows: list[dict[str, bytes]], workers: int | None,
             batch_size: int) -> Iterator[Document | StageFailure]:
    """The cleaned documents' rows through the extraction actors, in a dataset of their own."""
    actors = workers or max(1, int(ray.available_resources().get("CPU", 2)) - 1)
    dataset = ray.data.from_items(rows).map_batches(
        ExtractBatch, batch_size=batch_size, num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=actors))
    for row in dataset.iter_rows():
        kind, payload = pickle.loads(row["result"])
        yield payload if kind == "doc" else StageFailure(**payload)
