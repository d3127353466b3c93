"""The scale path: the same pipeline on a real local Ray runtime gives the local result.

Both Ray runs of the test share one local runtime, started as ``run_on_ray`` starts one
for ``--workers 1`` (the extraction actor's CPU and one for the readers) and stopped at the
end: starting and stopping a runtime takes seconds, and the runner uses a running one as it
would a cluster's (``RAY_ADDRESS``), through the same dataset, actors and store writes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import open_store
from communique.cli import main
from conftest import ROOT

INPUTS = ROOT / "tests" / "data" / "ingest"
WORKERS = 1


@pytest.fixture
def ray_runtime() -> Iterator[None]:
    """A local Ray runtime for the test, sized as ``run_on_ray`` sizes its own."""
    import ray

    ray.init(num_cpus=WORKERS + 1, include_dashboard=False, log_to_driver=False,
             configure_logging=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two seed pages, one JSON Lines file of three reports, and a file that is not text."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("seed_belta_de.txt", "seed_russia_asean_de.txt"):
        shutil.copy(INPUTS / name, inbox / name)
    corpus = (ROOT / "examples" / "dev-corpus.jsonl").read_text(encoding="utf-8").splitlines()
    wanted = {"de-007", "en-001", "ru-002"}
    (inbox / "three.jsonl").write_text(
        "\n".join(line for line in corpus if json.loads(line)["doc_id"] in wanted) + "\n",
        encoding="utf-8")
    (inbox / "scan.bin").write_bytes(b"\x00\x01PK\x03\x04" + bytes(range(256)) * 4)
    return inbox


def _ingest(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main(["ingest", *argv, "--json", "-q"])
    summary = json.loads(capsys.readouterr().out)
    summary["exit_code"] = code
    return summary


def _events(db: Path) -> dict[str, list[str]]:
    with open_store(str(db)) as store:
        return {record.doc_id: sorted(event.id for event in record.events)
                for record in store.iter_records()}


@pytest.mark.ray
@pytest.mark.usefixtures("ray_runtime")
def test_scale_ray_ingest_equals_local_ingest(folder: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    local = _ingest(capsys, str(folder), "--db", str(tmp_path / "local.db"))
    distributed = _ingest(capsys, str(folder), "--db", str(tmp_path / "ray.db"), "--ray",
                          "--workers", str(WORKERS))
    assert (distributed["read"], distributed["stored"], distributed["failed"]) == (6, 5, 1)
    assert distributed["exit_code"] == local["exit_code"] == 1
    assert [f["reason"] for f in distributed["failures"]] == [
        f["reason"] for f in local["failures"]]
    assert distributed["failures"][0]["origin"].endswith("scan.bin")
    assert _events(tmp_path / "ray.db") == _events(tmp_path / "local.db")
    assert sum(map(len, _events(tmp_path / "ray.db").values())) > 10
    rerun = _ingest(capsys, str(folder), "--db", str(tmp_path / "ray.db"), "--ray",
                    "--workers", str(WORKERS))
    assert (rerun["stored"], rerun["skipped_as_duplicate"]) == (0, 5)
