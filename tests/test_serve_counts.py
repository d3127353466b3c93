"""One set of numbers: every surface counts events as acts, with the same queries.

On the sample corpus, for every actor, its page, its line in ``/actors``, its facet,
``communique stats``, the network and the CSV export agree, and the actor page's
counterparts are the network's edges. The totals of ``stats``, the web and
``communique events`` agree.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from communique.cli import main
from communique.serve import create_app
from communique.store import open_store
from servekit import dev_store_copy

PAGE = 100       # the API's largest page


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dev_store_copy(tmp_path_factory.mktemp("counts"))


@pytest.fixture(scope="module")
def client(kb: Path) -> Iterator[TestClient]:
    with open_store(str(kb), create=False) as store:
        yield TestClient(create_app(store))


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _all_actors(client: TestClient) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while True:
        page = client.get(f"/api/actors?limit={PAGE}&offset={len(found)}").json()
        found += page["items"]
        if len(found) >= page["total"]:
            return found


def _edges_of(network: dict[str, Any], key: str) -> dict[str, int]:
    return {e["target"] if e["source"] == key else e["source"]: e["weight"]
            for e in network["edges"] if key in (e["source"], e["target"])}


def _csv_acts(capsys: pytest.CaptureFixture[str], kb: Path) -> dict[str, set[str]]:
    """The acts each state or IGO code takes part in, from the per-report CSV export."""
    acts: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(_cli_json(capsys, "export", "--db", str(kb),
                                                    "-f", "csv"))):
        for code in f"{row['actor_codes']}; {row['recipient_codes']}".split("; "):
            if code:
                acts.setdefault(code, set()).add(row["act_id"])
    return acts


def test_counts_of_every_actor_agree_on_every_surface(
        client: TestClient, kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actors = _all_actors(client)
    in_csv = _csv_acts(capsys, kb)
    stats = json.loads(_cli_json(capsys, "stats", "--db", str(kb), "--json", "--top", "1000"))
    in_stats = {a["key"]: a["events"] for a in stats["top_actors"]}
    network = client.get("/api/network?limit=500").json()
    weights = {node["id"]: node["weight"] for node in network["nodes"]}
    checked = {"facet": 0, "network": 0}
    for listed in actors:
        key = listed["key"]
        detail = client.get("/api/actors/" + quote(key, safe=":")).json()
        events = client.get("/api/events?limit=1&actor=" + quote(key)).json()
        assert detail["actor"]["events"] == listed["events"] == in_stats[key] \
            == events["total"], key
        code = listed["igo"] or listed["country"]
        facet = {"person": "person"}.get(listed["kind"]) or ("code" if key in weights else None)
        if facet is not None:
            value = key if facet == "person" else code
            counts = {f["value"]: f["count"] for f in events["facets"][facet]}
            assert counts[value] == listed["events"], key
            checked["facet"] += 1
        counterparts = {c["actor"]["key"]: c["events"] for c in detail["counterparts"]}
        assert counterparts == _edges_of(detail["network"], key), key
        if key in weights:        # a state or IGO: the actor page is its node of /network
            assert weights[key] == listed["events"] == len(in_csv[code]), key
            assert counterparts == _edges_of(network, key), key
            checked["network"] += 1
    assert len(actors) == len(in_stats) > 50
    assert checked["network"] > 20 and checked["facet"] > 40


def test_totals_of_stats_web_and_events_command_agree(
        client: TestClient, kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts = json.loads(_cli_json(capsys, "stats", "--db", str(kb), "--json"))["counts"]
    acts = _cli_json(capsys, "events", "--db", str(kb), "--json").splitlines()
    web = client.get(f"/api/events?limit={PAGE}").json()
    items = web["items"] + client.get(f"/api/events?limit={PAGE}&offset={PAGE}").json()["items"]
    assert counts["events"] == web["total"] == len(acts) == len(items)
    assert counts["reports"] == sum(item["reports"] for item in items) \
        == sum(len(json.loads(line)["mentions"]) for line in acts)
    assert counts["reports"] > counts["events"]
    page = client.get("/events").text
    assert f"{counts['events']} events" in page and f"{counts['reports']} reports" in page
