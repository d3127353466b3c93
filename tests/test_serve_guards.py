"""The server's guards: parameters with control characters, review token guessing, foreign
Host headers and review corrections outside PLOVER, each refused with an exact answer."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest
import yaml
from fastapi.testclient import TestClient

from communique.export.plover import modes
from communique.serve import create_app
from communique.settings import ServeSettings
from communique.store import Store, open_store
from conftest import ROOT, belta_document
from servekit import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
LOCAL = "http://127.0.0.1:8000"
CONSULT = "evt-belta-consult"          # CONSULT/visit in belta_document


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        opened.write(belta_document())
        yield opened


@pytest.fixture(scope="module")
def read_store(module_store_url: str) -> Iterator[Store]:
    """The same store, once per back-end for the module's tests that only read it (each
    request refused or a GET): nothing they send can change it."""
    with open_store(module_store_url) as opened:
        opened.write(belta_document())
        yield opened


def _client(store: Store, host: str | None = "127.0.0.1", failures: int = 10,
            window: int = 300, allowed: str = "", base_url: str = LOCAL) -> TestClient:
    settings = ServeSettings(login_failures=failures, login_window_seconds=window,
                             allowed_hosts=allowed)
    app = create_app(store, TOKEN, host=host, settings=settings)
    return TestClient(app, base_url=base_url, raise_server_exceptions=False)


# -- control characters: 422 on both back-ends, never a server error ----------------------

@pytest.mark.parametrize(("path", "detail"), [
    ("/api/events?type=CONSULT%00", "type: the control character U+0000 is not allowed"),
    ("/api/events?q=Minsk%00", "q: the control character U+0000 is not allowed"),
    ("/api/events?person=Lavrov%1B", "person: the control character U+001B is not allowed"),
    ("/api/export?format=csv&actor=state%3ABLR%00",
     "actor: the control character U+0000 is not allowed"),
    ("/api/events/evt-belta%00", "path: the control character U+0000 is not allowed"),
    ("/api/actors/state:BLR%7F", "path: the control character U+007F is not allowed"),
    ("/api/documents/belta-de-1%C2%85", "path: the control character U+0085 is not allowed"),
    ("/api/actors?code=BLR%0A", "code: the control character U+000A is not allowed"),
    ("/api/events?x%00=1", "'x\\x00' (parameter name): the control character U+0000 is "
                           "not allowed"),
])
def test_serve_refuses_control_characters_in_parameters(read_store: Store, path: str,
                                                        detail: str) -> None:
    response = _client(read_store).get(path)
    assert (response.status_code, response.json()) == (422, {"detail": detail})


def test_serve_refuses_control_characters_on_pages_and_in_bodies(store: Store) -> None:
    client = _client(store)
    page = client.get("/events?forum=Minsk%00")
    assert page.status_code == 422
    assert "forum: the control character U+0000 is not allowed" in page.text
    signed_in = client.post("/review/sign-in", data={"name": "Ana\x00", "token": TOKEN})
    assert signed_in.status_code == 422
    assert "name: the control character U+0000 is not allowed" in signed_in.text
    body = {"action": "confirm", "reviewer": "Ana", "note": "seen\x00"}
    review = client.post(f"/api/events/{CONSULT}/review", json=body, headers=AUTH)
    assert (review.status_code, review.json()) == (
        422, {"detail": "note: control characters are not allowed"})
    lines = {"action": "confirm", "reviewer": "Ana", "note": "seen\r\n\tin two reports"}
    assert client.post(f"/api/events/{CONSULT}/review", json=lines,
                       headers=AUTH).status_code == 200


# -- review tokens: failures logged, a guessing client throttled --------------------------

# The window of the throttle test, which waits it out: the shortest whole number of seconds
# (the setting is one) that its five requests, a few milliseconds each, fit in with room.
WINDOW = 2


def test_serve_throttles_wrong_review_tokens(store: Store,
                                             caplog: pytest.LogCaptureFixture) -> None:
    client = _client(store, failures=3, window=WINDOW)
    body = {"action": "confirm", "reviewer": "Ana"}
    url = f"/api/events/{CONSULT}/review"
    wrong = {"Authorization": "Bearer guess"}
    with caplog.at_level(logging.WARNING, logger="communique.serve.security"):
        assert [client.post(url, json=body, headers=wrong).status_code
                for _ in range(3)] == [403, 403, 403]
    assert [r.getMessage() for r in caplog.records] == [
        f"wrong review token from testclient ({n} within {WINDOW} s, limit 3)" for n in (1, 2, 3)]
    refused = client.post(url, json=body, headers=AUTH)       # even the right token waits
    wait = refused.headers["retry-after"]                 # the window, less on a slow machine
    assert (refused.status_code, 1 <= int(wait) <= WINDOW, refused.json()) == (
        429, True, {"detail": f"too many wrong review tokens from testclient: 3 within {WINDOW} s; "
                              f"try again in {wait} s"})
    form = client.post("/review/sign-in", data={"name": "Ana", "token": TOKEN},
                       follow_redirects=False)
    assert (form.status_code, "too many wrong review tokens from testclient" in form.text) == (
        429, True)
    time.sleep(int(wait) + 0.1)
    assert client.post(url, json=body, headers=AUTH).status_code == 200


def test_serve_counts_wrong_sign_ins_per_window(store: Store) -> None:
    client = _client(store, failures=2, window=300)
    wrong = {"name": "Ana", "token": "guess"}
    assert [client.post("/review/sign-in", data=wrong).status_code
            for _ in range(3)] == [403, 403, 429]


# -- the Host header names this server ----------------------------------------------------

@pytest.mark.parametrize(("served_on", "allowed", "base_url", "status"), [
    ("127.0.0.1", "", "http://127.0.0.1:8000", 200),
    ("127.0.0.1", "", "http://localhost:8000", 200),
    ("127.0.0.1", "", "http://[::1]:8000", 200),
    ("127.0.0.1", "", "http://rebind.attacker.example:8000", 400),
    ("127.0.0.1", "", "http://192.168.1.5:8000", 400),
    ("kb.example.org", "", "http://KB.example.org", 200),
    ("0.0.0.0", "", "http://192.168.1.5:8080", 200),
    ("0.0.0.0", "", "http://rebind.attacker.example", 400),
    ("0.0.0.0", "kb.example.org, kb", "http://kb:8080", 200),
    (None, "", "http://rebind.attacker.example", 200),        # no host given: no check
])
def test_serve_checks_the_host_header(read_store: Store, served_on: str | None,
                                      allowed: str, base_url: str, status: int) -> None:
    client = _client(read_store, host=served_on, allowed=allowed, base_url=base_url)
    assert client.get("/api/stats").status_code == status


def test_serve_host_refusal_says_which_names(read_store: Store) -> None:
    client = _client(read_store, allowed="kb.example.org", base_url="http://evil.example:8000")
    api, page = client.get("/api/events"), client.get("/events")
    assert (api.status_code, api.json()) == (400, {"detail": (
        "Host 'evil.example:8000' is not a name of this server; use one of 127.0.0.1, ::1, "
        "kb.example.org, localhost (the [serve] setting allowed_hosts adds names)")})
    assert (page.status_code, page.text) == (400, api.json()["detail"])


# -- review corrections within PLOVER -----------------------------------------------------

@pytest.mark.parametrize(("change", "detail"), [
    ({"event_type": "MEET"}, "event_type: 'MEET' is not a PLOVER type; use one of AGREE, "
     "CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, "
     "PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT"),
    ({"mode": "teleport"}, "mode: 'teleport' is not a mode of CONSULT; use one of "
     "multilateral, phone, third-party, visit, or none"),
    ({"event_type": "CONSULT", "mode": "expel"}, "mode: 'expel' is not a mode of CONSULT; "
     "use one of multilateral, phone, third-party, visit, or none"),
    ({"event_type": "AGREE", "mode": "visit"}, "mode: 'visit' is not a mode of AGREE; use "
     "none (it has no modes)"),
])
def test_serve_review_keeps_to_plover(store: Store, change: dict[str, str],
                                      detail: str) -> None:
    body = {"action": "correct", "reviewer": "Ana", **change}
    response = _client(store).post(f"/api/events/{CONSULT}/review", json=body, headers=AUTH)
    assert (response.status_code, response.json()) == (422, {"detail": detail})


def test_serve_review_new_type_drops_a_mode_it_lacks(store: Store) -> None:
    client = _client(store)
    body = {"action": "correct", "reviewer": "Ana", "event_type": "SANCTION"}
    response = client.post(f"/api/events/{CONSULT}/review", json=body, headers=AUTH)
    event = response.json()["event"]
    assert (response.status_code, event["event_type"], event["mode"]) == (200, "SANCTION", None)
    expel = {"action": "correct", "reviewer": "Ana", "mode": "expel"}
    response = client.post(f"/api/events/{CONSULT}/review", json=expel, headers=AUTH)
    assert (response.status_code, response.json()["event"]["mode"]) == (200, "expel")


def test_serve_review_schema_lists_the_plover_types(read_store: Store) -> None:
    schema = _client(read_store).get("/api/openapi.json").json()
    field = schema["components"]["schemas"]["ReviewRequest"]["properties"]["event_type"]
    assert field["anyOf"][0]["enum"] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                                         "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                                         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                                         "COERCE", "ASSAULT"]


def test_review_modes_cover_every_mode_the_extractor_codes() -> None:
    lang = ROOT / "src" / "communique" / "lang"
    entries = [entry for path in sorted(lang.glob("*/event_triggers.yaml"))
               for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["triggers"]]
    entries += [entry for path in sorted(lang.glob("*/events.yaml"))
                for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["frames"]]
    coded = {(entry["type"], entry["mode"]) for entry in entries if entry.get("mode")}
    coded |= {("CONSULT", mode) for mode in ("visit", "multilateral")}   # events/coder.py
    assert {("COERCE", "arrest"), ("CONSULT", "phone"), ("SANCTION", "expel")} <= coded
    assert [(t, m) for t, m in sorted(coded) if m not in modes(t)] == []
