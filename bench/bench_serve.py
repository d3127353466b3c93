"""Latency of the workbench: event search and event page, p50 / p95, over real HTTP.

Builds (once, then reuses) a SQLite store of the 1,028 10kGNAD articles plus the
sample corpus, each fed through the real ``communique ingest``; serves it with
uvicorn on a free local port; then times, one request at a time, the event
search (JSON and page, with facets; text queries, type, code and date filters)
and the event page (JSON and page) of events drawn at random.

    python bench/bench_serve.py [--store PATH] [--rounds N] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from corpus import TENK_DEFAULT, missing, tenk_articles

from communique.cli import main as communique
from communique.serve import create_app
from communique.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT / "examples" / "dev-corpus.jsonl"
DEFAULT_STORE = ROOT / ".cache" / "bench_serve.db"
SEARCHES = [
    "", "q=Regierung", "q=Informationssicherheit", "q=Wien+Bundeskanzler", "q=Merkel",
    "type=CONSULT", "type=AGREE&status=planned", "code=DEU", "code=RUS&type=CONSULT",
    "code=AUT", "since=2016&until=2016-06", "language=de&type=SUPPORT", "context=cyber",
    "q=Flüchtlinge&code=DEU", "person=Sergey+Lavrov", "mode=visit",
]


def build(store: Path, data: Path) -> None:
    """Ingest the 10kGNAD articles and the sample corpus into ``store`` with the CLI."""
    store.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "10kgnad.jsonl"
        with articles.open("w", encoding="utf-8") as out:
            for i, text in enumerate(tenk_articles(data)):
                out.write(json.dumps({"doc_id": f"10kgnad-{i:04d}", "text": text,
                                      "language": "de", "source_name": "DER STANDARD"},
                                     ensure_ascii=False) + "\n")
        started = time.perf_counter()
        communique(["ingest", str(articles), str(DEV_CORPUS), "--db", str(store), "-q"])
        print(f"ingested in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def timed(client: httpx.Client, paths: list[str], rounds: int) -> list[float]:
    """Milliseconds per request of ``rounds`` passes over ``paths`` (after one warm-up)."""
    for path in paths:
        client.get(path).raise_for_status()
    times = []
    for _ in range(rounds):
        for path in paths:
            started = time.perf_counter()
            client.get(path).raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    return times


def figures(times: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(times, n=100)
    return {"requests": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(cuts[94], 1), "max_ms": round(max(times), 1)}


def measure(store_path: Path, rounds: int, events: int) -> dict[str, dict[str, float]]:
    with open_store(str(store_path), create=False) as store:
        counts = store.stats(top=1).counts
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store, None), host="127.0.0.1",
                                               port=port, log_level="warning",
                                               lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                acts = _sample_acts(client, events)
                results = {
                    "search (API)": figures(timed(client, [f"/api/events?{q}"
                                                          for q in SEARCHES], rounds)),
                    "search (page)": figures(timed(client, [f"/events?{q}" for q in SEARCHES],
                                                   rounds)),
                    "event (API)": figures(timed(client, [f"/api/events/{a}" for a in acts],
                                                 rounds)),
                    "event (page)": figures(timed(client, [f"/events/{a}" for a in acts],
                                                  rounds)),
                }
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    results["store"] = {"documents": counts["documents"], "events": counts["events"]}
    return results


def _sample_acts(client: httpx.Client, count: int) -> list[str]:
    """``count`` act ids drawn at random (seeded) from every page of the event list."""
    total = client.get("/api/events?limit=1&facets=false").json()["total"]
    rng = random.Random(6)
    offsets = sorted(rng.sample(range(total), min(count, total)))
    return [client.get(f"/api/events?limit=1&facets=false&offset={o}").json()["items"][0]["id"]
            for o in offsets]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TENK_DEFAULT)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE,
                        help="the store to serve; built from --data and the sample corpus "
                             "when missing")
    parser.add_argument("--rounds", type=int, default=10, help="passes over the requests")
    parser.add_argument("--events", type=int, default=40, help="event pages to open")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.store.exists():
        if missing(args.data):
            return 0
        build(args.store, args.data)
    results = measure(args.store, args.rounds, args.events)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    store = results.pop("store")
    print(f"store: {store['documents']} documents, {store['events']} events")
    print("| request | requests | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for name, row in results.items():
        print(f"| {name} | {row['requests']} | {row['p50_ms']} | {row['p95_ms']} | "
              f"{row['max_ms']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
