"""The workbench's parts: the timeline layout, the query files, `communique serve` options."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.cli import main
from communique.serve.charts import timeline
from communique.serve.schemas import MonthCount
from conftest import ROOT

SRC = ROOT / "src" / "communique"
SERVE_SQL = SRC / "serve" / "queries.sql"


def test_serve_timeline_stacks_types_over_continuous_months() -> None:
    chart = timeline([MonthCount(month="2021-03", event_type="CONSULT", count=2),
                      MonthCount(month="2021-03", event_type="AGREE", count=1),
                      MonthCount(month="2021-09", event_type="CONSULT", count=3)])
    assert [b.period for b in chart.bars] == ["2021-03", "2021-03", "2021-09"]
    assert [b.event_type for b in chart.bars] == ["AGREE", "CONSULT", "CONSULT"]
    assert (chart.peak, chart.types, chart.by_year) == (3, ["AGREE", "CONSULT"], False)
    march_agree, march_consult, september = chart.bars
    assert march_consult.y + march_consult.height == pytest.approx(march_agree.y)
    assert september.height == pytest.approx(march_agree.height + march_consult.height)
    assert len({round(b.width, 3) for b in chart.bars}) == 1     # twelve equal slots
    assert [t.label for t in chart.ticks] == [f"2021-{m:02d}" for m in range(1, 13)]


def test_serve_timeline_counts_years_over_a_long_run() -> None:
    chart = timeline([MonthCount(month="2004-05", event_type="SUPPORT", count=1),
                      MonthCount(month="2025-02", event_type="CONSULT", count=4),
                      MonthCount(month="2025-11", event_type="CONSULT", count=1)])
    assert chart.by_year
    assert [(b.period, b.count) for b in chart.bars] == [("2004", 1), ("2025", 5)]
    assert timeline([]).empty


def test_serve_query_names_are_not_shared_with_other_query_files() -> None:
    def names(path: Path) -> set[str]:
        return set(re.findall(r"^-- name: (\w+)", path.read_text(encoding="utf-8"), re.M))

    mine = names(SERVE_SQL)
    for other in [*sorted((SRC / "store").glob("queries*.sql")), SRC / "link" / "queries.sql"]:
        assert mine & names(other) == set(), other.name


def test_serve_command_refuses_an_empty_token_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    token = tmp_path / "token.txt"
    token.write_text("  \n", encoding="utf-8")
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--review-token-file",
                 str(token)]) == 1
    assert "the review token file" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--review-token-file",
                 str(tmp_path / "none.txt")]) == 1
    assert "cannot read the review token file" in capsys.readouterr().err


def test_serve_command_refuses_a_missing_store(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 1
    assert "there is no store at" in capsys.readouterr().err
