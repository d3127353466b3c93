"""The workbench in a real browser: Debian's chromium driven by Playwright.

The analyst's path through the sample corpus: search, open the seed event and see
its evidence highlighted, open an actor, review with the token and find the change
in the export, and be refused without the token. A hostile report runs no script.
Screenshots of the main pages go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyarrow.parquet as pq
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from communique import open_store
from communique.cli import main
from communique.export import BINARY_FORMATS, FORMATS, export
from communique.link import iter_linked_events
from communique.store.search import fold
from conftest import ROOT
from servekit import KRUTSKIKH, TOKEN, LiveServer, dev_store_copy, hostile_document

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "artifacts" / "screenshots"
SEED_HEADLINE = "Andrei Krutskikh (RUS) → Sergei Aleinik (BLR)"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("browser tests need Debian's chromium: apt-get install chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = dev_store_copy(tmp_path_factory.mktemp("browser"))
    with open_store(str(path), create=False) as store, LiveServer(store, TOKEN) as live:
        yield live


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _open_seed_event(page: Page, server: LiveServer, shoot: bool = False) -> str:
    """Search for the seed report's word and open its consultation; returns the event URL."""
    page.goto(f"{server.url}/events")
    page.fill("input[name=q]", "Informationssicherheit")
    page.click("form.search button")
    expect(page.locator("h1")).to_contain_text("event")
    if shoot:
        _shot(page, "events")
    page.get_by_role("link", name=SEED_HEADLINE).first.click()
    expect(page.locator("h1")).to_have_text(SEED_HEADLINE)
    return page.url


def test_browser_search_opens_the_seed_event_with_evidence_highlighted(
        page: Page, server: LiveServer) -> None:
    url = _open_seed_event(page, server, shoot=True)
    facts = page.locator("dl.facts").inner_text()
    assert "23 Nov 2021" in facts and "Minsk, BLR" in facts
    act = url.rsplit("/", 1)[1]
    detail = page.request.get(f"{server.url}/api/events/{act}").json()
    [report] = [r for r in detail["reports"] if r["doc_id"] == "seed-belta-de"]
    marks = page.locator("article.report mark").all_inner_texts()
    assert marks == _merged_evidence(report["text"], report["evidence"])
    assert any(m.startswith("Am 23. November traf Sergej Alejnik") for m in marks)
    assert page.locator("article.report h3").first.inner_text().startswith(
        "Belarus und Russland berieten")
    _shot(page, "event")


def _merged_evidence(text: str, evidence: list[dict[str, int]]) -> list[str]:
    """The texts the page must mark: the evidence spans, touching ones merged."""
    merged: list[list[int]] = []
    for span in sorted(evidence, key=lambda s: s["start"]):
        if merged and span["start"] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span["end"])
        else:
            merged.append([span["start"], span["end"]])
    return [text[start:end] for start, end in merged]


def test_browser_actor_page_shows_names_and_counterpart_network(
        page: Page, server: LiveServer) -> None:
    errors: list[str] = []     # a script the CSP blocked, or one that failed, logs an error
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    _open_seed_event(page, server)
    page.locator("table.grid").get_by_role("link", name="Andrei Krutskikh").click()
    expect(page.locator("h1")).to_have_text("Andrei Krutskikh")
    assert page.url.endswith("/actors/" + quote(KRUTSKIKH, safe=":"))
    names = page.locator("table.grid").nth(1).inner_text()
    assert "Andrej Krutskich" in names and "Крутских" in names
    expect(page.locator("svg#network g.node")).to_have_count(
        1 + page.locator("table.grid").first.locator("tbody tr").count())
    assert "Sergei Aleinik" in page.locator("svg#network").text_content()
    _shot(page, "actor")
    page.goto(f"{server.url}/network?q=Informationssicherheit")
    expect(page.locator("svg#network g.node").first).to_be_visible()
    _shot(page, "network")
    assert errors == []


def test_browser_review_with_the_token_changes_the_export(page: Page,
                                                          server: LiveServer) -> None:
    event_url = _open_seed_event(page, server)
    assert "Sign in to review" in page.locator("#review").inner_text()
    page.locator("#review").get_by_role("link", name="Sign in to review").click()
    page.fill("input[name=name]", "Ana Analyst")
    page.fill("input[name=token]", TOKEN)
    page.get_by_role("button", name="Sign in").click()
    assert page.url == event_url
    page.select_option("form.correct select[name=mode]", "phone")
    page.fill("form.correct input[name=note]", "it was a call")
    page.get_by_role("button", name="Save correction").click()
    expect(page.locator(".flash")).to_have_text("Review saved (correct).")
    assert "correct by Ana Analyst" in page.locator("ol.history").inner_text()
    _shot(page, "event-reviewed")
    export = page.request.get(f"{server.url}/api/export?format=csv&q=Informationssicherheit"
                              "&person=Andrei+Krutskikh")
    rows = list(csv.DictReader(io.StringIO(export.text())))
    seed = [r for r in rows if r["doc_id"] == "seed-belta-de" and r["event_type"] == "CONSULT"]
    assert [r["mode"] for r in seed] == ["phone"]


def test_browser_review_fails_without_the_token(browser: Browser, server: LiveServer) -> None:
    context = browser.new_context()
    page = context.new_page()
    event_url = _open_seed_event(page, server)
    assert page.locator("form.correct").count() == 0
    refused = page.request.post(f"{event_url}/review", form={"action": "delete"})
    assert refused.status == 401
    act = event_url.rsplit("/", 1)[1]
    api = f"{server.url}/api/events/{act}/review"
    body = {"action": "delete", "reviewer": "Mallory"}
    assert page.request.post(api, data=body).status == 401
    assert page.request.post(api, data=body,
                             headers={"Authorization": "Bearer wrong-token"}).status == 403
    review = page.request.get(f"{server.url}/api/events/{act}").json()["review"] or {}
    assert review.get("verdict") != "deleted"       # none of the refused deletes happened
    context.close()


def test_browser_hostile_report_runs_no_script(browser: Browser,
                                               tmp_path: Path) -> None:
    with open_store(str(tmp_path / "kb.db")) as store:
        store.write(hostile_document())
        with LiveServer(store, None) as live:
            context = browser.new_context()
            page = context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message),
                                              dialog.dismiss()))
            act = page.request.get(f"{live.url}/api/events/evt-hostile").json()["id"]
            for path in (f"/events/{act}", "/events?q=Strelsau", "/documents/hostile-1",
                         "/actors"):
                page.goto(live.url + path)
                for mark in page.locator("mark, td, .row-title").all()[:20]:
                    mark.hover()
                assert page.evaluate("window.__pwned === undefined"), path
                assert page.locator("script:not([src])").count() == 0, path
            page.goto(f"{live.url}/events/{act}")
            assert "<script>window.__pwned = 1;" in page.locator("mark").first.inner_text()
            assert page.locator("a[href^='javascript:']").count() == 0
            assert dialogs == []
            _shot(page, "hostile")
            context.close()


def _found(page: Page, server: LiveServer, query: str) -> set[str]:
    """The acts the search box finds for ``query``; each card shows its matching sentence."""
    page.goto(f"{server.url}/events")
    page.fill("input[name=q]", query)
    page.click("form.search button")
    expect(page.locator("h1")).to_contain_text("event")
    assert page.locator("li.event-row").count() == page.locator("li.event-row p.match").count()
    return {href.rsplit("/", 1)[1] for href in
            page.locator("a.row-title").evaluate_all("links => links.map(a => a.href)")}


def test_browser_search_finds_a_name_in_every_script_and_spelling(
        page: Page, server: LiveServer) -> None:
    found = {query: _found(page, server, query) for query in ("Lavrov", "Лавров", "Lawrow")}
    assert found["Lavrov"] == found["Лавров"] == found["Lawrow"]
    languages = {report["source"]["language"] for act in found["Lavrov"]
                 for report in page.request.get(f"{server.url}/api/events/{act}").json()[
                     "reports"]}
    assert languages == {"de", "en", "ru"}
    marks = page.locator("p.match mark").all_inner_texts()     # the last search's: Lawrow
    assert marks and all(fold(m).startswith(("lavrov", "lawrow")) for m in marks)


def test_browser_search_folds_sharp_s(page: Page, server: LiveServer) -> None:
    sharp = _found(page, server, "Außenminister")
    assert _found(page, server, "Aussenminister") == sharp and len(sharp) > 5
    assert all(m.lower().startswith(("außenminister", "aussenminister"))
               for m in page.locator("p.match mark").all_inner_texts())


def test_browser_actor_search_box_finds_a_person_by_any_spelling(
        page: Page, server: LiveServer) -> None:
    for spelling in ("Lawrow", "лавров"):
        page.goto(f"{server.url}/actors")
        page.fill("#actor-q", spelling)
        page.get_by_role("button", name="Find").click()
        expect(page.locator("table.grid tbody tr")).to_have_count(1)
        expect(page.locator("table.grid tbody td.text")).to_have_text("Sergey Lavrov")


def _act_lines(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, Any]]:
    """``communique events --json`` by act id."""
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--json"]) == 0
    return {act["id"]: act for act in map(json.loads, capsys.readouterr().out.splitlines())}


def _stats_events(capsys: pytest.CaptureFixture[str], db: Path) -> int:
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    return int(json.loads(capsys.readouterr().out)["counts"]["events"])


def test_browser_review_holds_in_pages_commands_and_python(
        page: Page, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = dev_store_copy(tmp_path)
    acts, total = _act_lines(capsys, db), _stats_events(capsys, db)
    with open_store(str(db), create=False) as store, LiveServer(store, TOKEN) as live:
        page.goto(f"{live.url}/review/sign-in?next=/events")
        page.fill("input[name=name]", "Ana Analyst")
        page.fill("input[name=token]", TOKEN)
        page.get_by_role("button", name="Sign in").click()
        seed_url = _open_seed_event(page, live)
        seed = seed_url.rsplit("/", 1)[1]
        assert acts[seed]["mode"] == "visit"
        page.select_option("form.correct select[name=mode]", "phone")
        page.fill("form.correct input[name=actors][list]", "Lawrow")
        page.get_by_role("button", name="Save correction").click()
        expect(page.locator(".flash")).to_have_text("Review saved (correct).")
        history = page.locator("ol.history").inner_text()
        assert "mode visit → phone" in history and "actor added: Sergey Lavrov" in history
        doomed = next(act for act, line in acts.items()
                      if act != seed and line["event_type"] == "SANCTION")
        page.goto(f"{live.url}/events/{doomed}")
        page.get_by_role("button", name="Delete…").click()
        expect(page.locator("#confirm-delete")).to_contain_text("Delete this event?")
        page.get_by_role("button", name="Yes, delete").click()
        expect(page.locator(".banner.deleted")).to_be_visible()
        assert "delete by Ana Analyst" in page.locator("ol.history").inner_text()
        web = page.request.get(f"{live.url}/api/events?limit=1").json()["total"]
        reviews = page.request.get(f"{live.url}/api/reviews").json()
        page.goto(seed_url)
        expect(page.locator("header.event-head .mode")).to_have_text("phone")
        after, stats = _act_lines(capsys, db), _stats_events(capsys, db)
        linked = {act.id: act for act in iter_linked_events(store)}
        exported = _exported_modes(store)
    assert web == stats == len(after) == len(linked) == total - 1
    for fmt, modes in exported.items():     # every export format shows the reviewed state
        assert modes.get(seed) == "phone" and doomed not in modes, fmt
    assert doomed not in after and doomed not in linked
    for act in (after[seed], linked[seed].to_dict()):
        assert act["mode"] == "phone"
        assert "Sergey Lavrov" in [a["name"] for a in act["actors"]]
    assert {(e["action"], e["before"]["verdict"], e["after"]["verdict"]) for e in reviews} == {
        ("correct", None, "corrected"), ("delete", None, "deleted")}
    assert all(e["before"]["event"] and e["after"]["event"] for e in reviews)


def _exported_modes(store: Any) -> dict[str, dict[str, str | None]]:
    """For each export format, the mode of each act it holds (deleted acts left out)."""
    out: dict[str, dict[str, str | None]] = {}
    for fmt in FORMATS:
        buffer = io.BytesIO()
        export(store, fmt, buffer)
        buffer.seek(0)
        if fmt in BINARY_FORMATS:
            rows = pq.read_table(buffer).to_pylist()
        elif fmt.endswith("csv"):
            rows = list(csv.DictReader(io.StringIO(buffer.getvalue().decode("utf-8"))))
        else:
            rows = [json.loads(line) for line in buffer.getvalue().decode("utf-8").splitlines()]
        if fmt == "jsonl":          # records per document: the act of each event
            acts = {e["id"]: a for a, ids in _act_events(store).items() for e in ids}
            rows = [{"act_id": acts.get(e["id"]), "mode": e["mode"]}
                    for record in rows for e in record["events"]]
        out[fmt] = {str(r.get("act_id") or r.get("id")): r.get("mode") or None for r in rows
                    if r.get("review_status") != "deleted"}
    return out


def _act_events(store: Any) -> dict[str, list[dict[str, str]]]:
    return {act.id: [{"id": m.event_id} for m in act.mentions]
            for act in iter_linked_events(store)}


MAIN_PAGES = (("events", "/events?q=Lavrov"), ("event", None), ("actor", "/actors/state:RUS"),
              ("actors", "/actors"), ("network", "/network"), ("forums", "/forums"))


@pytest.mark.parametrize("width", [1440, 390])
def test_browser_main_pages_fit_the_screen(browser: Browser, server: LiveServer,
                                           width: int) -> None:
    """Nothing is wider than a phone's screen (390 px) or a desktop's; each page is shot
    (docs/web.md shows these, copied to docs/img/)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in MAIN_PAGES:
        if path is None:
            _open_seed_event(page, server)
        else:
            page.goto(server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, (name, overflow)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"))
    page.goto(f"{server.url}/events")
    search = page.locator("form.search")
    box = search.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    context.close()
