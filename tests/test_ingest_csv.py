"""CSV input, refused formats, the progress bar's count, a busy port: the CLI's input edges."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from communique.cli import main
from communique.document import ReadFailure
from communique.ingest import TableOptions, read_inputs
from communique.ingest.count import count_documents

DATA = Path(__file__).parent / "data" / "ingest"


def _read(path: Path, table: TableOptions) -> list[tuple[str, str | None, str | None, str]]:
    out = []
    for item in read_inputs([str(path)], table=table):
        if isinstance(item, ReadFailure):
            out.append((Path(item.origin).name, None, None, item.reason))
        else:
            out.append((Path(item.origin).name, item.doc_id, item.published, item.content))
    return out


def test_csv_with_a_header_maps_named_columns() -> None:
    found = _read(DATA / "articles.csv", TableOptions(id_column="id", date_column="published"))
    assert found == [
        ("articles.csv:2", "csv-1", "2021-11-24",
         "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
         "Außenminister der Republik Belarus, mit Andrej Krutskich zusammen, teilte der "
         "Pressedienst mit."),
        ("articles.csv:3", "csv-2", "2021-09-24",
         "MOSCOW, September 24. Russian and ASEAN delegations discussed cybersecurity "
         "cooperation, \"the first such dialogue\", the Russian Foreign Ministry said.\n"
         "A second paragraph."),
        ("articles.csv:5", None, None, "empty: the \"text\" field is blank"),
        ("articles.csv:6", None, None, "CSV row of 2 columns has no column 4"),
    ]


def test_csv_without_a_header_takes_the_text_column_by_number() -> None:
    table = TableOptions(text_column="2", delimiter=";", quotechar="'", header=False)
    found = _read(DATA / "tenk_sample.csv", table)
    assert [(origin, content) for origin, _, _, content in found] == [
        ("tenk_sample.csv:1", "Die Regierung in Wien beschloss am Montag ein Gesetz; die "
                              "Opposition war dagegen."),
        ("tenk_sample.csv:2", "Die Außenminister trafen sich in Berlin.")]


def test_csv_names_a_missing_column_once() -> None:
    assert _read(DATA / "articles.csv", TableOptions(text_column="body")) == [
        ("articles.csv", None, None,
         "CSV: no column 'body' (header names: id, published, title_ignored, text)")]
    assert _read(DATA / "tenk_sample.csv", TableOptions(delimiter=";", header=False)) == [
        ("tenk_sample.csv", None, None, "CSV: which column holds the text? give "
                                        "--text-column (a number from 1, or a header name)")]


def test_cli_reads_csv_options_and_refuses_unsupported_formats(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "export.xlsx"
    sheet.write_text("id,text\n1,not really a workbook\n", encoding="utf-8")
    code = main(["extract", str(DATA / "tenk_sample.csv"), str(sheet), "--delimiter", ";",
                 "--quotechar", "'", "--no-header", "--text-column", "2", "-o",
                 str(tmp_path / "out.jsonl")])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        f"communique: {sheet}: unsupported format (.xlsx: an Excel workbook); convert it to "
        "text, HTML, CSV, JSON Lines, WARC or RSS first"]
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_the_documents_of_inputs_are_counted_for_the_progress_bar() -> None:
    tenk = TableOptions(text_column="2", delimiter=";", quotechar="'", header=False)
    assert count_documents([str(DATA / "tenk_sample.csv")], tenk) == 2
    assert count_documents([str(DATA / "articles.csv"), str(DATA / "belta_page.html"),
                            str(DATA / "dev_texts.jsonl")], TableOptions()) == 4 + 1 + 46
    assert count_documents([str(DATA / "mfa_news.rss")], TableOptions()) is None
    assert count_documents(["-"], TableOptions()) is None


def test_serve_on_a_busy_port_says_so_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--db", str(tmp_path / "kb.db"), "--port", str(port)])
    assert code == 1
    assert capsys.readouterr().err == (
        f"communique: cannot serve on http://127.0.0.1:{port}/: the port is in use (another "
        "server runs there); stop it or choose another port with --port\n")
