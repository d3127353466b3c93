"""The benchmarks still run (their figures are not checked here: speed is measured, not
asserted in tests): a tiny linking run, and the data-bound ones skip cleanly without data.

Each script runs as ``python script.py`` runs it, from the bench folder, in a child process
forked from the test's (``childkit``): its imports and models are loaded already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from childkit import run_script

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_bench_link_runs_on_a_small_store(tmp_path: Path) -> None:
    code, out, err = run_script(BENCH / "bench_link.py", "--sizes", "200", "--docs", "2",
                                folder=tmp_path)
    assert code == 0, err
    assert "sqlite" in out and "200" in out


@pytest.mark.parametrize(("script", "extra"), [
    ("bench_pipeline.py", ()), ("bench_nlp.py", ()), ("bench_long.py", ()),
    ("bench_serve.py", ("--store", "absent.db"))])
def test_bench_without_data_says_so(script: str, extra: tuple[str, ...], tmp_path: Path) -> None:
    extra = tuple(str(tmp_path / e) if e.endswith(".db") else e for e in extra)
    code, out, err = run_script(BENCH / script, "--data", str(tmp_path / "absent.csv"), *extra,
                                folder=tmp_path)
    assert code == 0, err
    assert out.startswith("skipped:"), out
