"""Shared by the workbench tests: the sample corpus stored once per run, and a live server.

Extracting ``examples/dev-corpus.jsonl`` loads every model, so it happens once per
test process; each test works on its own copy of the resulting SQLite file, so a
review in one test never shows in another.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from datetime import datetime
from functools import cache
from pathlib import Path

import uvicorn

from communique import open_store
from communique.document import Document, Mention
from communique.ingest import read_inputs
from communique.model import Actor, Event, EventDate, Location, Span
from communique.serve import create_app
from communique.store import IngestSummary, Store, load
from conftest import ROOT, shared_extractor

DEV_CORPUS = ROOT / "examples" / "dev-corpus.jsonl"
TOKEN = "review-token-for-tests-7f3a91c2"
SEED_CONSULT = "evt-a075b00e8ffb9ce4"   # seed-belta-de: Krutskikh visits Aleinik, 2021-11-23
KRUTSKIKH = "person:RUS:andrei krutskikh"


@cache
def dev_store_file() -> Path:
    """A SQLite store of the sample corpus, extracted and ingested once per process."""
    folder = Path(tempfile.mkdtemp(prefix="communique-serve-tests-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "dev.db"
    with open_store(str(path)) as store:
        documents = shared_extractor().run(read_inputs([str(DEV_CORPUS)]))
        summary = load(store, documents, IngestSummary())
    assert summary.ok, summary.lines()
    return path


def dev_store_copy(folder: Path) -> Path:
    """A private copy of the sample-corpus store in ``folder``."""
    path = folder / "kb.db"
    shutil.copyfile(dev_store_file(), path)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """The workbench served by uvicorn in a thread, on a free port of 127.0.0.1."""

    def __init__(self, store: Store, token: str | None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(store, token), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


# -- a hostile document: HTML, script and javascript: URLs in every field a page shows ------

HOSTILE_TEXT = (
    "Am 3. März trafen sich <script>window.__pwned = 1; alert('x')</script> Vertreter "
    "von <img src=x onerror=\"window.__pwned = 2\">Ruritania und Graustark in Strelsau. "
    "Sie sprachen über <a href=\"javascript:window.__pwned=3\">Zusammenarbeit</a>."
)


def hostile_document(url: str = "javascript:window.__pwned=4") -> Document:
    """A report whose text, title, URL, names and roles all carry markup and script."""
    text = HOSTILE_TEXT
    start = text.index("Am 3. März")
    end = text.index("Strelsau.") + len("Strelsau.")
    evil_name = "<b onmouseover=\"window.__pwned=5\">Rudolf</b>"
    person = Actor(text=evil_name, name=evil_name, kind="person", country="DEU",
                   role="<i>Minister</i><script>window.__pwned=6</script>")
    state = Actor(text="Ruritania", name="Russia", kind="state", country="RUS")
    event = Event(
        id="evt-hostile", event_type="CONSULT", mode="visit", contexts=["diplomatic"],
        actors=[person], recipients=[state],
        date=EventDate("2021-03-03", "2021-03-03", "day", "<u>3. März</u>"),
        location=Location("<svg onload=window.__pwned=7>", "RUS", False),
        outcomes=["<iframe src=javascript:window.__pwned=8>"],
        evidence=[Span(start, end, text[start:end])], confidence=0.8)
    mention = Mention(start, start + 2, "Am", "PER", actor=person, source="gazetteer")
    return Document(
        doc_id="hostile-1", original=text, text=text, url=url,
        source_name="<script>window.__pwned=9</script>Evil Agency", language="de",
        published=datetime(2021, 3, 4), title="<script>window.__pwned=10</script>Treffen",
        origin="hostile.txt", mentions=[mention], events=[event])
