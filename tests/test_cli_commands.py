"""The ``communique`` subcommands on real documents of the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique import open_store
from communique.cli import main
from communique.document import Document
from communique.store import Store, WriteResult
from conftest import ROOT

CORPUS = ROOT / "examples" / "dev-corpus.jsonl"


def _corpus_lines(*doc_ids: str) -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    by_id = {json.loads(line)["doc_id"]: line for line in lines}
    return [by_id[doc_id] for doc_id in doc_ids]


@pytest.fixture
def three_docs(tmp_path: Path) -> Path:
    """A German, an English and a Russian report, as one JSON Lines input."""
    path = tmp_path / "three.jsonl"
    path.write_text("\n".join(_corpus_lines("de-007", "en-001", "ru-001")) + "\n",
                    encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_help_lists_commands_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    for command in ("extract", "ingest", "export", "stats"):
        assert f"\n    {command} " in out
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    out = capsys.readouterr().out
    assert "communique ingest examples/dev-corpus.jsonl --db demo.db" in out
    assert "skipped as a duplicate" in out


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["export", "--db", "kb.db"],
                                  ["export", "--format", "xlsx"], ["extract"],
                                  ["stats", "--top", "many"]])
def test_cli_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: communique" in capsys.readouterr().err


def test_cli_extract_writes_one_record_per_document(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "records.jsonl"
    code, out, err = _run(capsys, "extract", str(three_docs), "-o", str(out_file))
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert (code, out, err) == (0, "", "")
    assert [r["doc_id"] for r in records] == ["de-007", "en-001", "ru-001"]
    assert list(records[0]) == ["doc_id", "source", "title", "text_sha256", "events",
                                "entities"]
    assert records[1]["source"]["url"] == "https://tass.com/politics/1342009"
    assert records[0]["source"]["name"] == "Auswärtiges Amt"


def test_cli_extract_reports_unreadable_inputs_and_goes_on(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.html"
    code, out, err = _run(capsys, "extract", str(missing), str(three_docs))
    assert code == 1
    assert len(out.splitlines()) == 3
    assert err == f"communique: {missing}: no such file or folder\n"
    code, out, err = _run(capsys, "extract", "--json-errors", str(missing), str(three_docs))
    assert code == 1
    assert [json.loads(line) for line in err.splitlines()] == [
        {"origin": str(missing), "doc_id": "", "stage": "read",
         "reason": "no such file or folder"}]


def test_cli_ingest_prints_a_summary_and_is_idempotent(
        three_docs: Path, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_url
    code, out, _ = _run(capsys, "ingest", str(three_docs), "--db", db)
    assert code == 0
    assert out.splitlines() == ["read:                 3", "stored:               3",
                                "skipped as duplicate: 0", "failed:               0"]
    with open_store(db) as store:
        first = store.stats().to_dict()
    code, out, _ = _run(capsys, "ingest", str(three_docs), "--db", db, "--json")
    summary = json.loads(out)
    assert code == 0
    assert {k: summary[k] for k in ("read", "stored", "skipped_as_duplicate", "failed")} == {
        "read": 3, "stored": 0, "skipped_as_duplicate": 3, "failed": 0}
    assert [(d["doc_id"], d["stored_doc_id"]) for d in summary["duplicates"]] == [
        ("de-007", "de-007"), ("en-001", "en-001"), ("ru-001", "ru-001")]
    with open_store(db) as store:
        assert store.stats().to_dict() == first


def test_cli_export_jsonl_gives_what_extract_gave(
        three_docs: Path, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_url
    _, extracted, _ = _run(capsys, "extract", str(three_docs))
    _run(capsys, "ingest", str(three_docs), "--db", db, "--quiet")
    code, exported, _ = _run(capsys, "export", "--db", db, "--format", "jsonl")
    assert code == 0
    assert exported == extracted


def test_cli_export_writes_files_and_says_how_many(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "kb.db")
    _run(capsys, "ingest", str(three_docs), "--db", db)
    with open_store(db) as store:
        events = store.stats().counts["reports"]      # the CSV has a row per report
    target = tmp_path / "events.csv"
    code, _, err = _run(capsys, "export", "--db", db, "-f", "csv", "-o", str(target))
    assert code == 0
    assert err == f"communique: wrote {events} events to {target}\n"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1 + events


def test_cli_export_refuses_binary_output_to_a_terminal(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "kb.db")
    _run(capsys, "ingest", str(three_docs), "--db", db)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, _, err = _run(capsys, "export", "--db", db, "--format", "parquet")
    assert code == 2
    assert "parquet is binary; give -o FILE" in err


def test_cli_stats_reports_the_store(three_docs: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "kb.db")
    _run(capsys, "ingest", str(three_docs), "--db", db)
    code, out, _ = _run(capsys, "stats", "--db", db)
    assert code == 0
    assert out.splitlines()[0] == f"Store: SQLite database {db}"
    assert out.splitlines()[1].startswith("Documents: 3   Events: ")
    code, out, _ = _run(capsys, "stats", "--db", db, "--json", "--top", "2")
    stats = json.loads(out)
    assert stats["counts"]["documents"] == 3
    assert len(stats["top_actors"]) <= 2
    code, out, _ = _run(capsys, "stats", "--db", db, "--documents")
    listed = out[out.index("Documents:\n"):].splitlines()
    assert [line.split()[0] for line in listed[1:] if line.startswith("  ") and
            not line.startswith("      ")] == ["de-007", "en-001", "ru-001"]


def test_cli_stats_on_a_missing_store_says_how_to_fill_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.db"
    code, out, err = _run(capsys, "stats", "--db", str(missing))
    assert (code, out) == (1, "")
    assert err == (f"communique: error: [E005] there is no store at {missing}; fill one with "
                   f"`communique ingest PATH… --db {missing}`\n")
    assert not missing.exists()


def test_cli_uses_the_store_of_the_settings(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COMMUNIQUE_STORE_URL", raising=False)
    monkeypatch.delenv("COMMUNIQUE_CONFIG", raising=False)
    (tmp_path / "communique.toml").write_text('[store]\nurl = "team.db"\n')
    assert _run(capsys, "ingest", str(three_docs), "-q")[0] == 0
    assert (tmp_path / "team.db").exists()
    monkeypatch.setenv("COMMUNIQUE_STORE_URL", str(tmp_path / "env.db"))
    assert _run(capsys, "ingest", str(three_docs), "-q")[0] == 0
    with open_store(str(tmp_path / "env.db")) as store:
        assert store.stats().counts["documents"] == 3
    (tmp_path / "communique.toml").write_text('[store]\npath = "team.db"\n')
    code, _, err = _run(capsys, "stats")
    assert code == 1
    assert err == ("communique: error: [E007] unknown setting store.path in communique.toml; "
                   "settings of [store]: url\n")


def test_cli_ingest_interrupted_prints_what_was_stored(
        three_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "kb.db")
    write = Store.write
    calls: list[str] = []

    def interrupted_at_the_second(store: Store, doc: Document) -> WriteResult:
        calls.append(doc.doc_id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return write(store, doc)

    monkeypatch.setattr(Store, "write", interrupted_at_the_second)
    code, out, err = _run(capsys, "ingest", str(three_docs), "--db", db)
    assert code == 130
    assert out.splitlines()[:2] == ["read:                 1", "stored:               1"]
    assert "run the same command again to add the rest" in err
    monkeypatch.undo()
    code, out, _ = _run(capsys, "ingest", str(three_docs), "--db", db)
    assert code == 0
    assert out.splitlines()[1:3] == ["stored:               2", "skipped as duplicate: 1"]
