"""The workbench's JSON API on hand-built reports, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from communique import open_store
from communique.serve import create_app
from communique.serve.catalog import forum_label
from communique.serve.security import CSP
from conftest import asean_ru_document, belta_document, plain_document
from servekit import TOKEN


@pytest.fixture(scope="module")
def client(module_store_url: str) -> Iterator[TestClient]:
    """One store per back-end for the module: every test here only reads (GET)."""
    with open_store(module_store_url) as store:
        for doc in (belta_document(), asean_ru_document(), plain_document("note", "No events.")):
            store.write(doc)
        with TestClient(create_app(store, TOKEN)) as test_client:
            yield test_client


BELTA_CONSULT, BELTA_SUPPORT, ASEAN_CONSULT = (("belta-de-1", "CONSULT"), ("belta-de-1", "SUPPORT"),
                                              ("ru-asean", "CONSULT"))


def _acts(client: TestClient, query: str) -> list[tuple[str, str]]:
    """The listed acts as (document, type): each is reported once here."""
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    return [(item["doc_id"], item["event"]["event_type"]) for item in response.json()["items"]]


def _act_id(client: TestClient, event_id: str) -> str:
    return str(client.get(f"/api/events/{event_id}").json()["id"])


def test_serve_events_lists_newest_first_with_total_and_facets(client: TestClient) -> None:
    page = client.get("/api/events").json()
    assert [i["id"] for i in page["items"]] == [
        _act_id(client, e) for e in ("evt-belta-support", "evt-belta-consult",
                                     "evt-asean-consult")]
    assert page["total"] == 3
    assert {f["value"]: f["count"] for f in page["facets"]["type"]} == {"CONSULT": 2,
                                                                       "SUPPORT": 1}
    assert {f["value"]: f["count"] for f in page["facets"]["code"]} == {
        "RUS": 3, "BLR": 2, "ASEAN": 1}
    assert page["facets"]["person"][0] == {"value": "person:BLR:sergei aleinik",
                                           "label": "Sergei Aleinik", "count": 2}
    consult = page["items"][1]
    extracted = belta_document().events[0].to_dict()
    assert {k: v for k, v in consult["event"].items() if k not in ("id", "evidence")} == \
        {k: v for k, v in extracted.items() if k not in ("id", "evidence")}
    assert (consult["doc_id"], consult["source"]["name"], consult["reports"]) == (
        "belta-de-1", "BelTA", 1)


@pytest.mark.parametrize(("query", "expected"), [
    ("q=Informationssicherheit", [BELTA_SUPPORT, BELTA_CONSULT]),
    ("q=erörterten+VEREINTEN", [BELTA_SUPPORT, BELTA_CONSULT]),
    ("q=videoconference+nowhere", []),
    ("type=CONSULT", [BELTA_CONSULT, ASEAN_CONSULT]),
    ("type=CONSULT&mode=phone", [ASEAN_CONSULT]),
    ("code=ASEAN", [ASEAN_CONSULT]),
    ("code=BLR&type=SUPPORT", [BELTA_SUPPORT]),
    # A state's events are those of everyone acting for it (Krutskikh's visit is Russia's).
    ("actor=state:RUS", [BELTA_SUPPORT, BELTA_CONSULT, ASEAN_CONSULT]),
    ("actor=person:RUS:andrei+krutskikh", [BELTA_CONSULT]),
    ("person=Andrei+Krutskikh", [BELTA_CONSULT]),
    ("person=Андрей+Крутских", [BELTA_CONSULT]),
    ("person=person:BLR:sergei+aleinik", [BELTA_SUPPORT, BELTA_CONSULT]),
    ("context=cyber", [BELTA_SUPPORT, BELTA_CONSULT, ASEAN_CONSULT]),
    ("forum=Belarusian–Russian+interministerial+consultations+on+international+information"
     "+security", [BELTA_CONSULT]),
    ("language=ru", [ASEAN_CONSULT]),
    ("status=planned", []),
    ("since=2021-10", [BELTA_SUPPORT, BELTA_CONSULT]),
    ("until=2021-09-23", [ASEAN_CONSULT]),
    ("since=2021&until=2021-09", [ASEAN_CONSULT]),
])
def test_serve_events_filters(client: TestClient, query: str,
                              expected: list[tuple[str, str]]) -> None:
    assert _acts(client, query) == expected


def test_serve_events_paginates(client: TestClient) -> None:
    page = client.get("/api/events?limit=2&offset=2&facets=false").json()
    assert ([i["doc_id"] for i in page["items"]], page["total"], page["facets"]) == (
        ["ru-asean"], 3, {})


def test_serve_events_refuse_bad_dates_and_limits(client: TestClient) -> None:
    response = client.get("/api/events?since=2021-13")
    assert response.status_code == 422
    assert response.json() == {
        "detail": "since: '2021-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"}
    assert client.get("/api/events?limit=500").status_code == 422


def test_serve_event_gives_every_report_with_text_and_evidence(client: TestClient) -> None:
    detail = client.get("/api/events/evt-belta-consult").json()
    assert detail["id"].startswith("lev-")
    assert client.get(f"/api/events/{detail['id']}").json() == detail
    assert detail["event"]["event_type"] == "CONSULT"
    [report] = detail["reports"]
    assert (report["doc_id"], report["title"], report["review"]) == (
        "belta-de-1", belta_document().title, None)
    assert [report["text"][s["start"]:s["end"]] for s in report["evidence"]] == [
        "Am 23. November traf Sergej Alejnik",
        "Während der interministeriellen Beratungen fand ein reger Meinungsaustausch"]
    missing = client.get("/api/events/evt-nothing")
    assert (missing.status_code, missing.json()) == (404, {"detail": "no event evt-nothing"})


def test_serve_actor_gives_names_roles_events_and_counterparts(client: TestClient) -> None:
    actor = client.get("/api/actors/person:BLR:sergei aleinik").json()
    assert actor["actor"] == {"key": "person:BLR:sergei aleinik", "name": "Sergei Aleinik",
                              "kind": "person", "country": "BLR", "igo": None, "events": 2}
    assert {(v["name"], v["script"], v["language"]) for v in actor["variants"]} == {
        ("Sergei Aleinik", "Latn", "und"), ("Sergej Alejnik", "Latn", "de")}
    assert actor["roles"] == [{"role": "Deputy Minister of Foreign Affairs",
                               "first_seen": "2021-11-24", "last_seen": "2021-11-24",
                               "mentions": 1}]
    assert [(e["doc_id"], e["event"]["event_type"]) for e in actor["events"]] == [
        BELTA_SUPPORT, BELTA_CONSULT]
    assert [(c["actor"]["key"], c["events"]) for c in actor["counterparts"]] == [
        ("person:RUS:andrei krutskikh", 1), ("state:RUS", 1)]
    assert client.get("/api/actors/person:XXX:nobody").status_code == 404


def test_serve_actors_list_most_active_first(client: TestClient) -> None:
    page = client.get("/api/actors?kind=person").json()
    assert [(a["name"], a["events"]) for a in page["items"]] == [
        ("Sergei Aleinik", 2), ("Andrei Krutskikh", 1)]
    assert client.get("/api/actors?code=ASEAN").json()["total"] == 1


def test_serve_stats_count_months_and_pairs(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["per_month"] == [
        {"month": "2021-09", "event_type": "CONSULT", "count": 1},
        {"month": "2021-11", "event_type": "CONSULT", "count": 1},
        {"month": "2021-11", "event_type": "SUPPORT", "count": 1}]
    assert stats["top_pairs"] == [
        {"source": "BLR", "target": "RUS", "source_name": "Belarus", "target_name": "Russia",
         "count": 2},
        {"source": "ASEAN", "target": "RUS",
         "source_name": "Association of Southeast Asian Nations", "target_name": "Russia",
         "count": 1}]


def test_serve_network_ties_states_and_igos(client: TestClient) -> None:
    network = client.get("/api/network?type=CONSULT").json()
    # A code some actor stands for is that actor (state:RUS); ASEAN has no actor of its own.
    assert [(n["id"], n["kind"], n["weight"]) for n in network["nodes"]] == [
        ("ASEAN", "igo", 1), ("state:BLR", "state", 1), ("state:RUS", "state", 2)]
    assert network["nodes"][2]["href"] == "/events?type=CONSULT&code=RUS"
    assert client.get("/api/network").json()["nodes"][2]["href"] == "/actors/state:RUS"
    assert network["edges"] == [{"source": "ASEAN", "target": "state:RUS", "weight": 1},
                                {"source": "state:BLR", "target": "state:RUS", "weight": 1}]


def test_serve_documents_list_and_detail(client: TestClient) -> None:
    page = client.get("/api/documents").json()
    assert [(d["doc_id"], d["events"]) for d in page["items"]] == [
        ("belta-de-1", 2), ("ru-asean", 1), ("note", 0)]
    detail = client.get("/api/documents/belta-de-1").json()
    assert (detail["text"], [e["event"]["event_type"] for e in detail["events"]]) == (
        belta_document().text, ["CONSULT", "SUPPORT"])
    assert client.get("/api/documents/nothing").status_code == 404


def test_serve_forums_list_named_forums(client: TestClient) -> None:
    assert client.get("/api/forums").json() == [{
        "forum": "Belarusian–Russian interministerial consultations on international "
                 "information security",
        "name": "Belarusian–Russian interministerial consultations on international "
                "information security", "events": 1, "first": "2021-11-23",
        "last": "2021-11-23"}]


def test_serve_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/api/events", "/events", "/static/app.css", "/api/events/nothing"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_serve_api_page_shows_code_not_backticks(client: TestClient) -> None:
    page = client.get("/api/docs").text
    assert "`" not in page
    assert "<code>person:RUS:andrei krutskikh</code>" in page


def test_serve_forum_names_are_canonical_not_a_report_s_words() -> None:
    assert forum_label("RUS+USA:talks", "Второй раунд также") == \
        "Russia–United States talks"
    assert forum_label(None, "Rat") == "Rat"
