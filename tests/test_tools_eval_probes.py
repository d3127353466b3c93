"""The one-table figures tool: which sets it reads and how a row reads."""

from __future__ import annotations

from pathlib import Path

from communique.tools.eval_probes import PROBES, row, sets


def test_sets_are_every_probe_then_gnad_and_leave_out_absent_eval_files(tmp_path: Path) -> None:
    names = [name for name, _ in sets(tmp_path)]
    assert names == [*sorted(p.stem for p in PROBES.glob("*.jsonl")), "gnad"]


def test_sets_read_dev_with_its_seeds_and_check(tmp_path: Path) -> None:
    for folder, files in (("dev", ("dev.jsonl", "seeds.jsonl")), ("check", ("check.jsonl",))):
        (tmp_path / folder).mkdir()
        for name in files:
            (tmp_path / folder / name).write_text("", encoding="utf-8")
    named = dict(sets(tmp_path))
    assert named["dev"] == [tmp_path / "dev" / "dev.jsonl", tmp_path / "dev" / "seeds.jsonl"]
    assert named["check"] == [tmp_path / "check" / "check.jsonl"]
    assert list(named)[-2:] == ["dev", "check"]


def test_row_reads_counts_and_scores() -> None:
    scores = {"tp": 55, "fp": 19, "fn": 33, "precision": 0.7432, "recall": 0.625,
              "f1": 0.679, "strict_f1": 0.5312}
    assert row("check", scores) == (
        "check                  55   19   33   0.743   0.625   0.679   0.531")
