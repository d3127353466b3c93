"""The benchmarks still run (their figures are not checked here: speed is measured, not
asserted in tests): a tiny linking run, and the data-bound ones skip cleanly without data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=BENCH,
                          timeout=600, check=False)


def test_bench_link_runs_on_a_small_store() -> None:
    done = _run("bench_link.py", "--sizes", "200", "--docs", "2")
    assert done.returncode == 0, done.stderr
    assert "sqlite" in done.stdout and "200" in done.stdout


@pytest.mark.parametrize(("script", "extra"), [
    ("bench_pipeline.py", ()), ("bench_nlp.py", ()), ("bench_long.py", ()),
    ("bench_serve.py", ("--store", "absent.db"))])
def test_bench_without_data_says_so(script: str, extra: tuple[str, ...], tmp_path: Path) -> None:
    extra = tuple(str(tmp_path / e) if e.endswith(".db") else e for e in extra)
    done = _run(script, "--data", str(tmp_path / "absent.csv"), *extra)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("skipped:"), done.stdout
