"""The ``communique`` command: argument parsing, and one function per subcommand.

The work is done in the packages (``ingest``, ``extractor``, ``store``,
``export``); this module only wires them to arguments, streams and exit codes:
0 when every input was read and processed, 1 when some failed (or nothing was
found), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from communique import __version__
from communique import open_store as open_linked_store
from communique.document import Document
from communique.errors import CommuniqueError, SettingsError
from communique.export import BINARY_FORMATS, FORMATS, export, export_to_path, record_line
from communique.export.formats import documents_lines, stats_lines
from communique.extractor import Extractor
from communique.ingest import TableOptions, read_inputs
from communique.ingest.count import count_documents
from communique.pipeline import StageFailure
from communique.settings import Settings, load_settings
from communique.store import IngestSummary, Store, load, open_store
from communique.store.store import Skipped, failure_dict, failure_line

Command = Callable[[argparse.Namespace, Settings], int]

DESCRIPTION = """\
Turn diplomatic news reports and communiqués (German, English, Russian) into
evidence-linked PLOVER event records, and keep them in a knowledge base.
"""

EPILOG = """\
examples:
  communique extract report.html                 one spec record per article, to stdout
  communique ingest news/ feed.xml --db kb.db    extract and store, skipping duplicates
  communique stats --db kb.db                    what the knowledge base holds
  communique export --db kb.db --format csv -o events.csv
  communique serve --db kb.db                    search, read and review in a web browser

Settings (default store, batch size) come from communique.toml or COMMUNIQUE_*
environment variables; see docs/cli.md.
"""

EXTRACT_EPILOG = """\
examples:
  communique extract article.html
  communique extract corpus.jsonl pages/*.html -o records.jsonl
  curl -s https://example.org/news/1 | communique extract -

Each line of the output is one document's record (shared/spec/EVENTS.md §1).
Unreadable inputs are reported on stderr, one line each (a JSON object each with
--json-errors); the others are still extracted. Exit code 0 when every input gave
records, 1 when some failed or none was found, 2 for usage errors.
"""

INGEST_EPILOG = """\
examples:
  communique ingest examples/dev-corpus.jsonl --db demo.db
  communique ingest crawl/ --db postgresql://kb@dbhost/communique --json

Each document is stored in its own transaction; a document whose cleaned text is
already stored is skipped as a duplicate before it is extracted, so re-running an
interrupted or repeated ingest is safe and fast. The summary (stdout) counts
documents read, stored, skipped as duplicate and failed, with one line per
failure. Exit code as for extract.
"""

EXPORT_EPILOG = """\
examples:
  communique export --db kb.db --format jsonl -o records.jsonl
  communique export --db kb.db --format csv -o events.csv
  communique export --db kb.db --format parquet -o events.parquet
  communique export --db kb.db --format plover -o events.plover.jsonl

jsonl: one spec record per document (what extract prints).
csv, parquet: one row per event: document, type, mode, date, place, status, forum,
actor and recipient codes and names, persons, contexts, confidence, evidence text
and source. Lists are joined with "; " in CSV and stay lists in Parquet.
plover: one PLOVER JSON event record per line (the PLOVER manual's field names).
events-jsonl: one linked event per line (one act across its reports), with its
mentions, series and session (docs/linking.md).
Every format carries the events as analysts reviewed them (communique serve).
"""

EVAL_EPILOG = """\
examples:
  communique eval tests/data/gold/dev.jsonl tests/data/gold/seeds.jsonl
  communique eval gold.jsonl --json > report.json
  communique eval gold.jsonl --min-f1 0.8          exit 1 when event F1 falls below 0.8

Scores the extractor against gold documents (shared/spec/EVENTS.md §4): event
precision, recall and F1 per language and event type, strict F1 (right date too),
field accuracies on matched pairs, and per document the missed, spurious and
mismatched events. A gold document's `published` is fed only where it has
`published_given: true`, as a feed would give it.
"""

SERVE_EPILOG = """\
examples:
  communique serve --db kb.db                    the workbench on http://127.0.0.1:8000
  communique serve --db kb.db --review-token-file token.txt --host 0.0.0.0 --port 8080
  COMMUNIQUE_REVIEW_TOKEN=… communique serve --db postgresql://kb@dbhost/communique

Serves the web UI and its JSON API (/api, OpenAPI at /api/openapi.json) until
Ctrl-C. Reading needs nothing; reviewing events needs the token given at start-up
(a file holding it, or the environment variable); without one, review is disabled.
"""

STATS_EPILOG = """\
examples:
  communique stats --db kb.db
  communique stats --db kb.db --documents      also list each document with its events
  communique stats --db kb.db --json
"""

EVENTS_EPILOG = """\
examples:
  communique events --db kb.db                         every linked event with its reports
  communique events --db kb.db --code ASEAN --min-mentions 2
  communique events --db kb.db --person "Сергей Лавров" --since 2017 --json

One line per act (linked event: id, type, sides, date, place, series, the plan it
fulfils), then one line per report of it (document, language, publication, source).
--json prints one JSON object per linked event (as the events-jsonl export).
See docs/linking.md for how reports are linked.
"""

RELINK_EPILOG = """\
examples:
  communique relink --db kb.db
  communique relink --db postgresql://kb@dbhost/communique --vectors

Rebuilds every cross-document link from the stored events: for a store written
before linking existed, or after the linking rules changed. Each document is linked
in its own transaction; an interrupted run is completed by running it again.
"""

ANALYZE_EPILOG = """\
examples:
  communique analyze "Der russische Botschafter wurde ins Auswärtige Amt einbestellt."
  communique analyze report.txt --lang en --json

Prints each sentence's tokens (index, text, lemma, part of speech, head, relation,
morphology) and the clauses found: predicate, subject, object, passive agent,
obliques, voice, tense, mood, negation. See docs/nlp.md (syntax).
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="communique: %(message)s")
    try:
        settings = load_settings(args.config)
        command: Command = args.command
        return command(args, settings)
    except CommuniqueError as exc:
        print(f"communique: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:      # the reader of stdout went away (| head)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())   # no second error when Python flushes stdout
        return 1
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: ./communique.toml if present)")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    extract = _command(commands, "extract", run_extract, EXTRACT_EPILOG,
                       "extract spec records (JSON Lines) from files, folders or stdin")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="file, folder or glob; - for standard input")
    extract.add_argument("-o", "--output", type=Path, metavar="FILE",
                         help="write the records to FILE instead of stdout")
    extract.add_argument("--json-errors", action="store_true",
                         help="report each failure on stderr as a JSON object")
    _add_table(extract)

    ingest = _command(commands, "ingest", run_ingest, INGEST_EPILOG,
                      "extract and store documents in a knowledge base")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="file, folder or glob; - for standard input")
    _add_db(ingest)
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ingest.add_argument("--ray", action="store_true",
                        help="read and extract on a Ray runtime (local, or RAY_ADDRESS)")
    ingest.add_argument("--workers", type=int, metavar="N",
                        help="with --ray: extraction workers (default: all CPUs)")
    _add_table(ingest)

    exporter = _command(commands, "export", run_export, EXPORT_EPILOG,
                        "write a knowledge base as JSON Lines, CSV, Parquet or PLOVER JSON")
    _add_db(exporter)
    exporter.add_argument("-f", "--format", required=True, choices=list(FORMATS),
                          help="jsonl: records per document; csv, parquet: rows per event; "
                               "plover: PLOVER JSON per event; events-jsonl: linked "
                               "events with their mentions")
    exporter.add_argument("-o", "--output", type=Path, metavar="FILE",
                          help="write to FILE (written whole or not at all) instead of stdout")

    evaluate = _command(commands, "eval", run_eval, EVAL_EPILOG,
                        "score the extractor against gold documents (spec section 4)")
    evaluate.add_argument("gold", nargs="+", type=Path, metavar="GOLD",
                          help="gold JSON Lines file(s)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--no-errors", action="store_true",
                          help="leave out the per-document error listing")
    evaluate.add_argument("--min-f1", type=float, metavar="F",
                          help="exit with 1 when the overall event F1 is below F")

    stats = _command(commands, "stats", run_stats, STATS_EPILOG,
                     "count documents, events by type, languages and top actors")
    _add_db(stats)
    stats.add_argument("--documents", action="store_true",
                       help="also list every document with its events (as reviewed)")
    stats.add_argument("--top", type=int, metavar="N",
                       help="how many actors to list (default: setting stats.top_actors)")
    stats.add_argument("--json", action="store_true", help="print the statistics as JSON")

    events = _command(commands, "events", run_events, EVENTS_EPILOG,
                      "list linked events (one act across reports) with their sources")
    _add_db(events)
    events.add_argument("--json", action="store_true", help="one JSON object per linked event")
    events.add_argument("--type", dest="event_type", metavar="TYPE", help="PLOVER event type")
    events.add_argument("--code", metavar="CODE", help="a participant's state or IGO code")
    events.add_argument("--person", metavar="NAME", help="a person named in any script")
    events.add_argument("--since", metavar="DATE", help="on or after YYYY[-MM[-DD]]")
    events.add_argument("--until", metavar="DATE", help="on or before YYYY[-MM[-DD]]")
    events.add_argument("--language", metavar="LANG", help="reported in this language")
    events.add_argument("--status", choices=["occurred", "planned"])
    events.add_argument("--series", metavar="ID", help="a series id (ser-…)")
    events.add_argument("--forum", metavar="ID", help="a forum id (ASEAN+RUS:dialogue:cyber)")
    events.add_argument("--min-mentions", type=int, metavar="N",
                        help="reported at least N times")

    relinker = _command(commands, "relink", run_relink, RELINK_EPILOG,
                        "rebuild the cross-document links of a knowledge base")
    _add_db(relinker)
    relinker.add_argument("--vectors", action="store_true",
                          help="also recompute the evidence vectors")

    serve = _command(commands, "serve", run_serve, SERVE_EPILOG,
                     "serve the web UI and the HTTP API over a knowledge base")
    _add_db(serve)
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--review-token-file", type=Path, metavar="FILE",
                       help="file holding the token analysts review with (default: the "
                            "environment variable COMMUNIQUE_REVIEW_TOKEN; none: review off)")

    analyzer = _command(commands, "analyze", run_analyze, ANALYZE_EPILOG,
                        "show a text's parse (lemma, POS, morphology, tree) and its clauses")
    analyzer.add_argument("text", metavar="TEXT|FILE", help="the text, or a file holding it")
    analyzer.add_argument("--lang", choices=["de", "en", "ru"],
                          help="the text's language (default: identified)")
    analyzer.add_argument("--json", action="store_true", help="print the analysis as JSON")
    return parser


def _command(commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
             run: Command, epilog: str, summary: str) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=summary, description=summary[0].upper()
                                 + summary[1:] + ".", epilog=epilog,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.set_defaults(command=run)
    return parser


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE|URL",
                        help="SQLite file or postgresql:// URL (default: setting store.url)")


def _add_table(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "CSV input", "how .csv files are read: one document per row; a COLUMN is a number "
                     "from 1 or a header name")
    group.add_argument("--text-column", metavar="COLUMN",
                       help="the text (default: the column headed text, content, html or body)")
    group.add_argument("--id-column", metavar="COLUMN", help="the document id")
    group.add_argument("--date-column", metavar="COLUMN", help="the publication date")
    group.add_argument("--url-column", metavar="COLUMN", help="the URL")
    group.add_argument("--delimiter", default=",", type=_one_character,
                       help="the field separator (default: ,); \\t for a tab")
    group.add_argument("--quotechar", default='"', type=_one_character,
                       help="the quote character (default: \")")
    group.add_argument("--no-header", dest="header", action="store_false",
                       help="the first row is a document, not column names")


def _one_character(value: str) -> str:
    value = "\t" if value == "\\t" else value
    if len(value) != 1:
        raise argparse.ArgumentTypeError(f"one character, not {value!r}")
    return value


def _table(args: argparse.Namespace) -> TableOptions:
    return TableOptions(args.text_column, args.id_column, args.date_column, args.url_column,
                        args.delimiter, args.quotechar, args.header)


def _report_failure(failure: StageFailure, as_json: bool) -> None:
    if as_json:
        print(json.dumps(failure_dict(failure), ensure_ascii=False), file=sys.stderr)
    else:
        print(f"communique: {failure_line(failure)}", file=sys.stderr)


def run_extract(args: argparse.Namespace, settings: Settings) -> int:
    failures: list[StageFailure] = []

    def on_failure(failure: StageFailure) -> None:
        failures.append(failure)
        _report_failure(failure, args.json_errors)

    extractor = Extractor(on_failure=on_failure, budget=settings.ingest)
    documents = extractor.run(read_inputs(args.paths, table=_table(args)),
                              batch_size=settings.ingest.batch_size)
    out: IO[str] = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    written = 0
    try:
        for doc in documents:
            out.write(record_line(doc.record().to_dict()) + "\n")
            written += 1
    finally:
        if args.output:
            out.close()
    if written == 0 and not failures:
        print("communique: no documents found in " + " ".join(args.paths), file=sys.stderr)
    return 0 if written and not failures else 1


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    summary = IngestSummary()
    with open_linked_store(args.db or settings.store.url) as store:
        show = not args.quiet and sys.stderr.isatty()
        total = count_documents(args.paths, _table(args)) if show else None
        bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, total=total, disable=not show)

        def tick(current: IngestSummary) -> None:
            bar.set_postfix(stored=len(current.stored), skipped=len(current.skipped),
                            failed=len(current.failed), refresh=False)
            bar.update(1)

        def on_failure(failure: StageFailure) -> None:
            summary.failed.append(failure)
            tick(summary)

        def not_stored(doc: Document) -> bool:
            stored_as = _stored_copy(store, doc)
            if stored_as is None:
                return True
            summary.skipped.append(Skipped(doc.doc_id, doc.origin, stored_as))
            tick(summary)
            return False

        documents = _documents(args, settings, on_failure, not_stored)
        try:
            load(store, documents, summary, on_document=tick)
        except KeyboardInterrupt:
            bar.close()
            _print_summary(summary, args.json)
            print("communique: interrupted; the documents counted as stored are in the store, "
                  "run the same command again to add the rest", file=sys.stderr)
            return 130
        bar.close()
    _print_summary(summary, args.json)
    return 0 if summary.ok else 1


def _stored_copy(store: Store, doc: Document) -> str | None:
    """The id under which ``doc``'s cleaned text is stored already, if it is."""
    rows = store.query("find_stored", {"text_sha256": doc.text_sha256, "doc_id": doc.doc_id})
    return next((row["doc_id"] for row in rows if row["text_sha256"] == doc.text_sha256), None)


def _documents(args: argparse.Namespace, settings: Settings,
               on_failure: Callable[[StageFailure], None],
               keep: Callable[[Document], bool]) -> Iterator[Document]:
    """The extracted documents of the inputs, locally or on Ray; failures go to ``on_failure``.

    A document ``keep`` refuses (stored already) is cleaned but not extracted, locally
    and on Ray.
    """
    if not args.ray:
        extractor = Extractor(on_failure=on_failure, budget=settings.ingest)
        yield from extractor.run(read_inputs(args.paths, table=_table(args)),
                                 batch_size=settings.ingest.batch_size, keep=keep)
        return
    from communique.scale import run_on_ray

    for item in run_on_ray(args.paths, workers=args.workers,
                           batch_size=settings.ingest.batch_size, keep=keep):
        if isinstance(item, StageFailure):
            on_failure(item)
        else:
            yield item


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    from communique.evaluate import evaluate, load_gold

    missing = [str(path) for path in args.gold if not path.is_file()]
    if missing:
        print(f"communique: error: no gold file {', '.join(missing)}", file=sys.stderr)
        return 2
    report = evaluate(load_gold(args.gold))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format_text(errors=not args.no_errors))
    f1 = report.overall.to_dict()["f1"]
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"communique: event F1 {f1:.3f} is below the floor {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def _print_summary(summary: IngestSummary, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary.lines()))


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    if args.format in BINARY_FORMATS and not args.output and sys.stdout.isatty():
        print(f"communique export: error: {args.format} is binary; give -o FILE or redirect "
              "stdout to a file", file=sys.stderr)
        return 2
    with open_store(args.db or settings.store.url, create=False) as store:
        if args.output:
            count = export_to_path(store, args.format, args.output)
            unit = {"jsonl": "records", "csv": "events", "parquet": "events"}.get(args.format,
                                                                                  "acts")
            print(f"communique: wrote {count} {unit} to {args.output}", file=sys.stderr)
        else:
            sys.stdout.flush()
            export(store, args.format, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    return 0


def run_stats(args: argparse.Namespace, settings: Settings) -> int:
    top = settings.stats.top_actors if args.top is None else args.top
    with open_store(args.db or settings.store.url, create=False) as store:
        stats = store.stats(top=top)
        if args.json:
            print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
            return 0
        lines = stats_lines(stats, str(store))
        if args.documents:
            lines += documents_lines(store)
    print("\n".join(lines))
    return 0


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from communique.serve import create_app

    token = _review_token(args.review_token_file)
    host = f"[{args.host}]" if ":" in args.host else args.host
    try:
        listening = _listen(args.host, args.port)
    except OSError as exc:
        reason = ("the port is in use (another server runs there); stop it or choose "
                  "another port with --port" if exc.errno == errno.EADDRINUSE
                  else f"{exc.strerror or exc}; check --host and --port")
        print(f"communique: cannot serve on http://{host}:{args.port}/: {reason}",
              file=sys.stderr)
        return 1
    with listening, open_store(args.db or settings.store.url, create=False) as store:
        app = create_app(store, token, host=args.host, settings=settings.serve)
        print(f"communique: serving {store} on http://{host}:{args.port}/ "
              f"(review {'enabled' if token else 'disabled'}; Ctrl-C stops)", file=sys.stderr)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        server.run(sockets=[listening])
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port``, made here so that a busy port is one clear line
    (uvicorn would print a traceback and exit 3)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
    except OSError:
        listening.close()
        raise
    return listening


def _review_token(path: Path | None) -> str | None:
    """The review token from ``path``, else from COMMUNIQUE_REVIEW_TOKEN; None disables review."""
    if path is None:
        return os.environ.get("COMMUNIQUE_REVIEW_TOKEN", "").strip() or None
    try:
        token = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SettingsError(f"cannot read the review token file {path}: {exc.strerror}; "
                            "give a readable file holding the token") from exc
    if not token:
        raise SettingsError(f"the review token file {path} is empty; put a long random "
                            "token in it (e.g. from `openssl rand -hex 32`)")
    return token


def run_events(args: argparse.Namespace, settings: Settings) -> int:
    from communique.export.linked_text import linked_lines
    from communique.link import iter_linked_events, unlinked_documents

    filters = {name: getattr(args, name) for name in
               ("event_type", "code", "person", "since", "until", "language", "status",
                "series", "forum", "min_mentions") if getattr(args, name) is not None}
    with open_store(args.db or settings.store.url, create=False) as store:
        pending = unlinked_documents(store)
        for linked in iter_linked_events(store, **filters):
            if args.json:
                print(record_line(linked.to_dict()))
            else:
                print("\n".join(linked_lines(linked)))
    if pending:
        print(f"communique: {pending} stored documents are not linked yet; run "
              "`communique relink` on this store", file=sys.stderr)
    return 0


def run_relink(args: argparse.Namespace, settings: Settings) -> int:
    from communique.export.linked_text import stats_line
    from communique.link import link_stats, relink

    with open_store(args.db or settings.store.url, create=False) as store:
        relink(store, fresh_vectors=args.vectors)
        print(stats_line(link_stats(store)))
    return 0

def run_analyze(args: argparse.Namespace, settings: Settings) -> int:
    from communique.nlp.syntax.analyze import analyze, format_sentences

    text = args.text
    if "\n" not in text and len(text) < 256 and Path(text).is_file():   # 255: longest file name
        text = Path(text).read_text(encoding="utf-8")
    sentences = analyze(text, args.lang)
    if args.json:
        print(json.dumps(sentences, ensure_ascii=False, indent=1))
    else:
        print(format_sentences(sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main())

