"""The workbench over the linked sample corpus: one act per page with all its reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique import open_store
from communique.serve import create_app
from servekit import KRUTSKIKH, TOKEN, dev_store_copy


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = dev_store_copy(tmp_path_factory.mktemp("corpus"))
    with open_store(str(path), create=False) as store, \
            TestClient(create_app(store, TOKEN)) as test_client:
        yield test_client


def _all_acts(client: TestClient) -> list[dict]:
    page = client.get("/api/events?limit=100&facets=false").json()
    assert page["total"] <= 100
    return list(page["items"])


def test_serve_corpus_lists_each_act_once_with_all_its_reports(client: TestClient) -> None:
    acts = _all_acts(client)
    assert len({a["id"] for a in acts}) == len(acts)
    told_often = [a for a in acts if a["reports"] > 1]
    assert told_often, "linking found no act told by two reports in the sample corpus"
    for act in told_often:
        detail = client.get(f"/api/events/{act['id']}").json()
        assert detail["id"] == act["id"]
        assert len(detail["reports"]) == act["reports"]
        assert len({(r["doc_id"], r["event_id"]) for r in detail["reports"]}) == act["reports"]
        for report in detail["reports"]:
            again = client.get(f"/api/events/{report['event_id']}").json()
            assert again["id"] == act["id"]          # a report's own id names its act
            assert all(report["text"][s["start"]:s["end"]] == s["text"]
                       for s in report["evidence"])


def test_serve_corpus_report_pages_redirect_to_their_act(client: TestClient) -> None:
    act = next(a for a in _all_acts(client) if a["reports"] > 1)
    report = client.get(f"/api/events/{act['id']}").json()["reports"][-1]
    response = client.get(f"/events/{report['event_id']}", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (307,
                                                                    f"/events/{act['id']}")


def test_serve_corpus_series_filter_gives_the_series_sessions(client: TestClient) -> None:
    series = client.get("/api/series").json()
    assert series, "linking found no series in the sample corpus"
    for one in series:
        acts = client.get(f"/api/events?series={one['id']}&limit=100&facets=false").json()
        expected = {s["event_id"] for s in one["sessions"]} | set(one["plans"])
        assert {a["id"] for a in acts["items"]} == expected


def test_serve_corpus_person_is_found_in_any_script(client: TestClient) -> None:
    by_key = client.get(f"/api/events?actor={KRUTSKIKH}&facets=false").json()
    assert by_key["total"] >= 1
    for name in ("Andrei Krutskikh", "Andrej Krutskich", "Крутских"):
        found = client.get(f"/api/events?person={name}&facets=false").json()
        assert [a["id"] for a in found["items"]] == [a["id"] for a in by_key["items"]], name
    actor = client.get(f"/api/actors/{KRUTSKIKH}").json()
    assert {"Andrej Krutskich", "Andrei Krutskikh"} <= {v["name"] for v in actor["variants"]}
    assert any(v["script"] == "Cyrl" for v in actor["variants"])
