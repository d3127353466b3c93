"""The same pipeline on Ray: read and extract on workers, store on the driver.

Everything Ray-specific lives in this module. Workers run the very stages of
the local path (``Extractor``: readers, cleaning, NLP, gazetteer, events) as a
Ray Data ``map_batches`` actor, so a model loads once per worker; documents
travel back pickled and the driver writes them through the one store writer,
so the store's per-document transactions and duplicate checks hold as in a
local run.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from communique.document import Document, RawDocument, ReadFailure
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
    """Ray flat_map: one input file to one row per raw document or read failure."""
    return [{"item": pickle.dumps(item)} for item in read_inputs([row["path"]])]


class ExtractBatch:
    """Ray map_batches actor: the local pipeline, loaded once per worker."""

    def __init__(self) -> None:
        from communique.extractor import Extractor

        self.failures: list[StageFailure] = []
        self.extractor = Extractor(on_failure=self.failures.append)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        items: list[RawDocument | ReadFailure] = [pickle.loads(b) for b in batch["item"]]
        self.failures.clear()
        docs = list(self.extractor.run(items, batch_size=len(items) or 1))
        out = [pickle.dumps(("doc", doc)) for doc in docs]
        out.extend(pickle.dumps(("failure", asdict(f))) for f in self.failures)
        return {"result": out}


def run_on_ray(paths: Sequence[str], *, workers: int | None = None,
               batch_size: int = 16) -> Iterator[Document | StageFailure]:
    """Extract the inputs on a local or connected Ray runtime; yield documents and failures.

    ``workers`` sets the number of extraction actors (default: the CPUs Ray
    sees). A running cluster is used when ``RAY_ADDRESS`` is set; otherwise a
    local runtime starts and stops with the run.
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
        actors = workers or max(1, int(ray.available_resources().get("CPU", 2)) - 1)
        dataset = (ray.data.from_items([{"path": f} for f in files])
                   .flat_map(read_file, num_cpus=READER_CPUS)
                   .map_batches(ExtractBatch, batch_size=batch_size, num_cpus=1,
                                compute=ray.data.ActorPoolStrategy(size=actors)))
        for row in dataset.iter_rows():
            kind, payload = pickle.loads(row["result"])
            yield payload if kind == "doc" else StageFailure(**payload)
    finally:
        if started:
            ray.shutdown()
