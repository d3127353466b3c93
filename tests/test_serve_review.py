"""Analyst review: token checks, corrections kept beside the extraction, the log, exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from communique import open_store
from communique.export import export
from communique.export.formats import documents_lines
from communique.export.reviewed import reviewed_linked_events
from communique.serve import create_app
from communique.serve.security import REVIEW_DISABLED
from communique.store import Store
from conftest import asean_ru_document, belta_document
from servekit import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CORRECTION = {"action": "correct", "reviewer": "Ana Analyst", "note": "a phone call",
              "event_type": "CONSULT", "mode": "phone", "date": "2021-11-22",
              "actors": ["person:BLR:sergei aleinik"], "recipients": ["RUS", "UN"]}


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        opened.write(belta_document())
        opened.write(asean_ru_document())
        yield opened


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store, TOKEN)) as test_client:
        yield test_client


def _csv_rows(store: Store) -> list[dict[str, str]]:
    out = io.BytesIO()
    export(store, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))


def test_serve_review_needs_the_token(store: Store, client: TestClient) -> None:
    url = "/api/events/evt-belta-consult/review"
    body = {"action": "confirm", "reviewer": "Ana"}
    assert client.post(url, json=body).status_code == 401
    wrong = client.post(url, json=body, headers={"Authorization": "Bearer guess"})
    assert (wrong.status_code, wrong.json()) == (403, {"detail": "the review token is wrong"})
    with TestClient(create_app(store, None)) as disabled:
        refused = disabled.post(url, json=body, headers=AUTH)
        assert (refused.status_code, refused.json()) == (403, {"detail": REVIEW_DISABLED})
        assert "Review is disabled on this server" in disabled.get(
            "/events/evt-belta-support", follow_redirects=True).text
    assert client.get("/api/reviews").json() == []


def test_serve_review_correction_keeps_extraction_and_logs(client: TestClient) -> None:
    response = client.post("/api/events/evt-belta-consult/review", json=CORRECTION,
                           headers=AUTH)
    assert response.status_code == 200, response.text
    detail = response.json()
    event = detail["event"]
    assert (event["event_type"], event["mode"], event["date"]) == (
        "CONSULT", "phone", {"start": "2021-11-22", "end": "2021-11-22", "precision": "day",
                             "text": None})
    assert [a["name"] for a in event["actors"]] == ["Sergei Aleinik"]
    assert event["actors"][0]["text"] == "Sergej Alejnik"      # as the report named him
    assert [(a["name"], a["kind"], a["igo"] or a["country"]) for a in event["recipients"]] == [
        ("Russia", "state", "RUS"), ("United Nations", "igo", "UN")]
    assert (detail["review"]["verdict"], detail["review"]["reviewer"]) == ("corrected",
                                                                          "Ana Analyst")
    [report] = detail["reports"]
    assert report["extracted"] == {**belta_document().events[0].to_dict()}
    [entry] = report["history"]
    assert (entry["action"], entry["reviewer"], entry["note"]) == ("correct", "Ana Analyst",
                                                                  "a phone call")
    assert entry["before"] == {"verdict": None, "event": belta_document().events[0].to_dict()}
    assert entry["after"]["event"]["mode"] == "phone"
    assert [(e["action"], e["event_id"], e["doc_id"]) for e in client.get(
        "/api/reviews").json()] == [("correct", "evt-belta-consult", "belta-de-1")]


def test_serve_review_shows_in_lists_filters_and_exports(store: Store,
                                                         client: TestClient) -> None:
    client.post("/api/events/evt-belta-consult/review", json=CORRECTION, headers=AUTH)
    phone = client.get("/api/events?mode=phone").json()["items"]
    assert sorted(i["doc_id"] for i in phone) == ["belta-de-1", "ru-asean"]
    assert client.get("/api/events?mode=visit").json()["total"] == 0
    assert client.get("/api/events?code=UN").json()["items"][0]["verdict"] == "corrected"
    assert client.get("/api/events?person=Andrei+Krutskikh").json()["total"] == 0
    row = next(r for r in _csv_rows(store) if r["event_id"] == "evt-belta-consult")
    assert (row["mode"], row["date_start"], row["actor_names"], row["recipient_codes"]) == (
        "phone", "2021-11-22", "Sergei Aleinik", "RUS; UN")
    assert documents_lines(store)[2] == "      CONSULT/phone  BLR → RUS+UN  2021-11-22  Minsk"
    out = io.BytesIO()
    export(store, "jsonl", out)
    record = json.loads(out.getvalue().decode("utf-8").splitlines()[0])
    assert record["events"][0]["mode"] == "phone"
    filtered = client.get("/api/export?format=csv&mode=phone").text.splitlines()
    assert len(filtered) == 3 and "evt-belta-consult" in filtered[1] + filtered[2]


def test_serve_review_delete_hides_and_revert_restores(store: Store,
                                                       client: TestClient) -> None:
    url = "/api/events/evt-belta-support/review"
    deleted = client.post(url, json={"action": "delete", "reviewer": "Ana"}, headers=AUTH)
    assert deleted.json()["review"]["verdict"] == "deleted"
    assert [i["event"]["event_type"] for i in client.get(
        "/api/events?q=Informationssicherheit").json()["items"]] == ["CONSULT"]
    assert [r["event_id"] for r in _csv_rows(store)] == ["evt-belta-consult",
                                                          "evt-asean-consult"]
    reverted = client.post(url, json={"action": "revert", "reviewer": "Ben"}, headers=AUTH)
    assert reverted.json()["review"] is None
    assert [e["action"] for e in reverted.json()["reports"][0]["history"]] == ["revert",
                                                                               "delete"]
    assert len(_csv_rows(store)) == 3


def test_serve_review_confirm_keeps_the_event(store: Store, client: TestClient) -> None:
    before = _csv_rows(store)
    confirmed = client.post("/api/events/evt-asean-consult/review",
                            json={"action": "confirm", "reviewer": "Ana"}, headers=AUTH)
    assert confirmed.json()["review"]["verdict"] == "confirmed"
    after = _csv_rows(store)
    assert [row.pop("review_status") for row in after] == ["unreviewed", "unreviewed",
                                                           "confirmed"]
    assert after == [{k: v for k, v in row.items() if k != "review_status"} for row in before]


@pytest.mark.parametrize(("change", "message"), [
    ({"event_type": "MEET"}, "event_type: 'MEET' is not a PLOVER type"),
    ({"date": "2021-02-30"}, "date: '2021-02-30' has no day 30"),
    ({"mode": "<b>visit</b>"}, "mode: String should match pattern"),
    ({"actors": ["person:XXX:nobody", "ZZZ"]},
     "actors: no actor is known as person:XXX:nobody, ZZZ; pick one from the list"),
    ({"mode": "teleport"}, "mode: 'teleport' is not a mode of CONSULT; use one of "
                           "multilateral, phone, third-party, visit, or none"),
    ({"event_type": "AGREE", "mode": "phone"}, "mode: 'phone' is not a mode of AGREE; use "
                                               "none (it has no modes)"),
    ({"actors": []}, "actors: an event needs at least one actor"),
])
def test_serve_review_refuses_bad_corrections(client: TestClient, change: dict[str, object],
                                              message: str) -> None:
    body = {"action": "correct", "reviewer": "Ana", **change}
    response = client.post("/api/events/evt-belta-consult/review", json=body, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(message)
    assert client.get("/api/reviews").json() == []


def test_serve_review_form_needs_a_signed_in_analyst(client: TestClient) -> None:
    act = client.get("/api/events/evt-belta-consult").json()["id"]
    form = {"action": "correct", "event_type": "CONSULT", "mode": "phone"}
    assert client.post(f"/events/{act}/review", data=form).status_code == 401
    failed = client.post("/review/sign-in", data={"name": "Ana", "token": "guess"})
    assert failed.status_code == 403 and "The token is wrong" in failed.text
    signed = client.post("/review/sign-in", data={"name": "Ana", "token": TOKEN,
                                                  "next": f"/events/{act}"},
                         follow_redirects=False)
    assert (signed.status_code, signed.headers["location"]) == (303, f"/events/{act}")
    assert TOKEN not in signed.headers["set-cookie"]
    assert "httponly" in signed.headers["set-cookie"].lower()
    foreign = client.post(f"/events/{act}/review", data=form,
                          headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403
    saved = client.post(f"/events/{act}/review", data=form, follow_redirects=False)
    assert (saved.status_code, saved.headers["location"]) == (
        303, f"/events/{act}?reviewed=correct#review")
    detail = client.get(f"/api/events/{act}").json()
    assert (detail["event"]["mode"], detail["review"]["reviewer"]) == ("phone", "Ana")
    assert detail["reports"][0]["history"][0]["after"]["event"]["actors"] == \
        detail["reports"][0]["history"][0]["before"]["event"]["actors"]


def test_serve_review_shows_in_linked_events(store: Store, client: TestClient) -> None:
    client.post("/api/events/evt-belta-consult/review", json=CORRECTION, headers=AUTH)
    client.post("/api/events/evt-belta-support/review",
                json={"action": "delete", "reviewer": "Ana"}, headers=AUTH)
    acts = {linked.mentions[0].event_id: linked for linked in reviewed_linked_events(store)}
    assert sorted(acts) == ["evt-asean-consult", "evt-belta-consult"]
    consult = acts["evt-belta-consult"]
    assert (consult.event.mode, consult.event.id, consult.event.evidence) == (
        "phone", client.get("/api/events/evt-belta-consult").json()["id"], [])


def _signed_in(client: TestClient) -> str:
    """Sign the client in as Ana; returns the seed consultation's act id."""
    client.post("/review/sign-in", data={"name": "Ana", "token": TOKEN})
    return str(client.get("/api/events/evt-belta-consult").json()["id"])


def test_serve_review_form_error_keeps_the_form(client: TestClient) -> None:
    act = _signed_in(client)
    form = {"action": "correct", "event_type": "CONSULT", "mode": "phone", "sides": "true",
            "actors": ["person:BLR:sergei aleinik", "Nobody Known"], "note": "keep me"}
    response = client.post(f"/events/{act}/review", data=form)
    assert response.status_code == 422
    assert 'class="form-error" role="alert">actors: no actor is known as Nobody Known' \
        in response.text
    assert 'value="Nobody Known" checked' in response.text       # the form as entered
    assert 'value="keep me"' in response.text and "<h1>" in response.text
    assert client.get("/api/reviews").json() == []


def test_serve_review_form_adds_an_actor_by_name_and_logs_it(client: TestClient) -> None:
    act = _signed_in(client)
    page = client.get(f"/events/{act}").text
    assert '<option value="Sergei Aleinik">person · BLR</option>' in page   # the picker
    form = {"action": "correct", "event_type": "CONSULT", "mode": "visit", "sides": "true",
            "actors": ["person:RUS:andrei krutskikh", "Беларусь"],
            "recipients": ["person:BLR:sergei aleinik"]}
    saved = client.post(f"/events/{act}/review", data=form, follow_redirects=False)
    assert saved.status_code == 303
    page = client.get(f"/events/{act}").text
    assert "actor added: Belarus" in page
    assert "actor added: Belarus" in client.get("/reviews").text     # the log, too
    [entry] = client.get("/api/reviews").json()
    assert [a["name"] for a in entry["after"]["event"]["actors"]] == [
        "Andrei Krutskikh", "Belarus"]
    assert [a["name"] for a in entry["before"]["event"]["actors"]] == ["Andrei Krutskikh"]


def test_serve_review_form_asks_before_deleting(client: TestClient) -> None:
    act = _signed_in(client)
    asked = client.post(f"/events/{act}/review", data={"action": "delete"})
    assert asked.status_code == 200 and "Delete this event?" in asked.text
    assert client.get("/api/reviews").json() == []
    done = client.post(f"/events/{act}/review", data={"action": "delete", "confirmed": "true"},
                       follow_redirects=False)
    assert done.status_code == 303
    assert client.get(f"/api/events/{act}").json()["review"]["verdict"] == "deleted"
