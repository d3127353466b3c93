"""Shared fixtures: paths to test data, the extractor and the extracted gold set, and a real
PostgreSQL server for store tests.

The ``Extractor`` loads every model, and extracting the gold set (seeds and dev) runs
them over 46 documents: both happen once per session, here and nowhere else
(``shared_extractor`` serves the helpers that are no fixtures, as ``servekit``).

The server is ``COMMUNIQUE_TEST_POSTGRES_DSN`` when set; otherwise a
throw-away one is started with the PostgreSQL binaries (``initdb``,
``pg_ctl``) in a temporary folder on a free port, as the ``postgres`` user
when the tests run as root (PostgreSQL refuses to run as root). Tests that
need it are skipped only when no binaries exist, and never under CI.
"""

from __future__ import annotations

import gc
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from codekit import sides_of
from communique.document import Document, Mention
from communique.evaluate import load_gold, raw_from_gold
from communique.evaluate.scorer import GoldDocument
from communique.extractor import Extractor
from communique.model import Actor, Event, EventDate, Forum, Location, Span
from communique.store import open_store

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"
_PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
_PG_SYSTEM_USER = "postgres"


_last_module: list[str] = []


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """At each new test module, collect the garbage once and freeze what is left.

    What is alive then (the loaded models, the session's fixtures, the collected tests)
    lives on, yet every automatic full collection scanned it all again: the suite's tests
    that each run the pipeline on one sentence took twice as long for it. Module-scoped
    fixtures are torn down before the next module starts, so their garbage is collected
    here rather than frozen.
    """
    module = item.nodeid.split("::", 1)[0]
    if _last_module[-1:] != [module]:
        _last_module[:] = [module]
        gc.collect()
        gc.freeze()


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return TEST_DATA / "gold"


@cache
def shared_extractor() -> Extractor:
    """The one ``Extractor`` of the test session."""
    return Extractor()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return shared_extractor()


Sided = tuple[str, str, str]


@pytest.fixture(scope="session")
def sided(extractor: Extractor) -> Callable[[str], list[Sided]]:
    """Each event a text (published 2024-05-15) is coded into, as its type, its actors'
    codes and its recipients' codes, codes sorted and joined by '+'; the events sorted."""
    def code(text: str) -> list[Sided]:
        return sides_of(extractor, text, None, "2024-05-15")
    return code


@pytest.fixture(scope="session")
def gold_documents(gold_dir: Path) -> list[GoldDocument]:
    """The gold set: seeds then dev (spec section 4)."""
    return list(load_gold([gold_dir / "seeds.jsonl", gold_dir / "dev.jsonl"]))


@pytest.fixture(scope="session")
def dev_documents(extractor: Extractor, gold_documents: list[GoldDocument]) -> list[Document]:
    """The gold set extracted as ``communique eval`` gets it (``raw_from_gold``), once."""
    return list(extractor.run([raw_from_gold(gold) for gold in gold_documents]))


def _postgres_bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries on this machine, or None."""
    candidates = sorted(Path("/").glob(_PG_BIN_GLOB.lstrip("/")),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _PG_SYSTEM_USER, "--", *command]


class _ThrowAwayServer:
    """A PostgreSQL cluster in a temporary folder, stopped and deleted at the end.

    Nothing in it must outlive the session, so nothing is synced to disk (``initdb
    --no-sync``: 0.9 s instead of 4.6 s; ``fsync=off``), and the planner never compiles a
    query (``jit=off``): the tests' tables are never analysed, so the planner's default
    estimates made it compile the workbench's facet query, 180 ms of each event list.
    """

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="communique-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            shutil.chown(self.folder, _PG_SYSTEM_USER)

    def start(self) -> str:
        self._run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "communique",
                   "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c jit=off")
        self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                   "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start"])
        return f"postgresql://communique@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                       "-w", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(_as_server_user(command), capture_output=True, text=True,
                              cwd=self.folder, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n"
                               f"{done.stdout}{done.stderr}{tail}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A postgresql:// URL of a server's maintenance database, for the whole session."""
    given = os.environ.get("COMMUNIQUE_TEST_POSTGRES_DSN")
    if given:
        yield given
        return
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        reason = ("no PostgreSQL server binaries (initdb, pg_ctl) found; install the "
                  "postgresql package or set COMMUNIQUE_TEST_POSTGRES_DSN")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = _ThrowAwayServer(bin_dir)
    try:
        yield server.start()
    finally:
        server.stop()


def _empty_database(server: str, template: str | None = None) -> Iterator[str]:
    """A fresh database on ``server``, a copy of ``template`` when given (else with no
    schema at all), dropped when the generator finishes."""
    import psycopg

    name = f"communique_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"{copy}')
    yield urlsplit(server)._replace(path=f"/{name}").geturl()
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh database on the test server with no schema, dropped after the test."""
    yield from _empty_database(postgres_server)


# A new store's schema and migration steps cost 70-90 ms on SQLite (its fsyncs) and about
# 140 ms on PostgreSQL; opening a copy of a store that has them, 3-40 ms (measured under
# load, docs/performance.md): the store fixtures copy one made once per session.

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with the newest schema and no rows, made once."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    open_store(str(path)).close()
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> Iterator[str]:
    """The name of a database on the test server with the newest schema and no rows."""
    database = _empty_database(postgres_server)
    url = next(database)
    open_store(url).close()
    yield urlsplit(url).path.lstrip("/")
    next(database, None)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def blank_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL where no store is yet, once per back-end: for the tests of creating one."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("postgres_url"))


def _store_copy(request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    """A URL of a copy of the session's empty store on ``request``'s back-end."""
    if request.param == "sqlite":
        path = folder / "store.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield str(path)
        return
    yield from _empty_database(request.getfixturevalue("postgres_server"),
                               request.getfixturevalue("postgres_template"))


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store (the newest schema, no rows), once per back-end."""
    yield from _store_copy(request, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A URL of an empty store, once per back-end and test module: for a module whose
    tests only read what its fixture wrote (building a store costs a schema and writes)."""
    yield from _store_copy(request, tmp_path_factory.mktemp("store"))


# -- sample documents with events, built by hand as the pipeline would build them ----------

_BELTA_PAGE = (
    "Alle Nachrichten\nPolitik\n24 November 2021, 10:06\n\n"
    "Belarus und Russland berieten über Intensivierung der Zusammenarbeit in "
    "Informationssicherheit\n\n"
    "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
    "Außenminister der Republik Belarus, mit Andrej Krutskich, Sonderbeauftragte des "
    "Präsidenten der Russischen Föderation für die internationale Zusammenarbeit im Bereich "
    "der Informationssicherheit, zusammen, teilte der Pressedienst des belarussischen "
    "Außenministeriums mit.\n\n"
    "Der stellvertretende Minister beglückwünschte die russische Seite zur einvernehmlichen "
    "Verabschiedung der russisch-amerikanischen Resolution durch den Ersten Ausschuss der "
    "UN-Generalversammlung.\n\n"
    "Während der interministeriellen Beratungen fand ein reger Meinungsaustausch über "
    "internationale Fragen der Informationssicherheit statt. Die Parteien erörterten, wie die "
    "Zusammenarbeit im Rahmen der Vereinten Nationen verbessert werden könnte.\n\n"
    "Abonnieren Sie uns auf\nTwitter\n"
)

_ASEAN_RU = (
    "23 сентября в формате видеоконференции состоялась первая встреча в рамках Диалога "
    "Россия-АСЕАН по вопросам, связанным с обеспечением безопасности "
    "информационно-коммуникационных технологий (ИКТ).\n\n"
    "Сопредседателями стали заместитель Министра иностранных дел Российской Федерации "
    "О.В.Сыромолотов и Государственный секретарь Министерства почты и телекоммуникаций "
    "Королевства Камбоджа Сок Путхивутха."
)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _mention(text: str, surface: str, label: str, normal: str | None = None,
             **actor: str) -> Mention:
    span = _span(text, surface)
    resolved = Actor(text=surface, start=span.start, end=span.end, **actor)
    return Mention(span.start, span.end, surface, label, actor=resolved, normal=normal,
                   source="gazetteer")


def belta_document() -> Document:
    """A German report of a visit (CONSULT) and a congratulation (SUPPORT)."""
    text = _BELTA_PAGE[_BELTA_PAGE.index("Belarus und"):_BELTA_PAGE.index("\n\nAbonnieren")]
    aleinik = dict(name="Sergei Aleinik", kind="person", country="BLR", sector="GOV",
                   role="Deputy Minister of Foreign Affairs")
    krutskikh = dict(name="Andrei Krutskikh", kind="person", country="RUS", sector="GOV",
                     role="Special Representative of the President")
    mentions = [
        _mention(text, "Sergej Alejnik", "PER", **aleinik),
        _mention(text, "Republik Belarus", "LOC", name="Belarus", kind="state", country="BLR",
                 sector="GOV"),
        _mention(text, "Andrej Krutskich", "PER", **krutskikh),
        _mention(text, "Russischen Föderation", "LOC", normal="Russische Föderation",
                 name="Russia", kind="state", country="RUS", sector="GOV"),
        _mention(text, "Vereinten Nationen", "ORG", name="United Nations", kind="igo",
                 igo="UN", sector="IGO", wikidata="Q1065"),
    ]
    consult = Event(
        id="evt-belta-consult", event_type="CONSULT", mode="visit",
        contexts=["cyber", "diplomatic"],
        actors=[Actor("Andrej Krutskich", **krutskikh)],
        recipients=[Actor("Sergej Alejnik", **aleinik)],
        date=EventDate("2021-11-23", "2021-11-23", "day", "Am 23. November"),
        location=Location("Minsk", "BLR", False), status="occurred",
        forum=Forum("Belarusian–Russian interministerial consultations on international "
                    "information security"),
        evidence=[_span(text, "Am 23. November traf Sergej Alejnik"),
                  _span(text, "Während der interministeriellen Beratungen fand ein reger "
                              "Meinungsaustausch")],
        confidence=0.91)
    support = Event(
        id="evt-belta-support", event_type="SUPPORT", contexts=["cyber", "diplomatic"],
        actors=[Actor("Der stellvertretende Minister", **aleinik)],
        recipients=[Actor("die russische Seite", "Russia", "state", country="RUS",
                          sector="GOV")],
        date=EventDate("2021-11-23", "2021-11-23", "day", None),
        location=Location("Minsk", "BLR", False),
        outcomes=["resolution adopted by the First Committee"],
        evidence=[_span(text, "Der stellvertretende Minister beglückwünschte die russische "
                              "Seite")],
        confidence=0.74)
    return Document(
        doc_id="belta-de-1", original=_BELTA_PAGE, text=text, url="https://deu.belta.by/1",
        source_name="BelTA", language="de", published=datetime(2021, 11, 24, 10, 6),
        published_has_time=True, dateline="MINSK",
        title="Belarus und Russland berieten über Intensivierung der Zusammenarbeit in "
              "Informationssicherheit",
        origin="belta.html", warnings=["dropped 3 lines of page furniture"],
        mentions=mentions, events=[consult, support])


def asean_ru_document() -> Document:
    """A Russian report of a multilateral video conference (CONSULT/phone)."""
    text = _ASEAN_RU
    russia = dict(name="Russia", kind="state", country="RUS", sector="GOV")
    asean = dict(name="ASEAN", kind="igo", igo="ASEAN", sector="IGO")
    mentions = [
        _mention(text, "Россия", "LOC", **russia),
        _mention(text, "АСЕАН", "ORG", **asean),
        _mention(text, "О.В.Сыромолотов", "PER", normal="Олег Сыромолотов",
                 name="Oleg Syromolotov", kind="person", country="RUS", sector="GOV",
                 role="Deputy Minister of Foreign Affairs"),
        _mention(text, "Сок Путхивутха", "PER", name="Sok Puthyvuth", kind="person",
                 country="KHM", sector="GOV", role="Secretary of State"),
    ]
    consult = Event(
        id="evt-asean-consult", event_type="CONSULT", mode="phone",
        contexts=["cyber", "diplomatic"],
        actors=[Actor("Россия", **russia), Actor("АСЕАН", **asean)],
        date=EventDate("2021-09-23", "2021-09-23", "day", "23 сентября"),
        location=Location(None, None, True),
        evidence=[_span(text, "23 сентября в формате видеоконференции состоялась первая "
                              "встреча")],
        confidence=0.88)
    return Document(
        doc_id="ru-asean", original=text, text=text, url="https://namib.online/?p=12292",
        source_name="namib.online", language="ru", published=datetime(2021, 9, 23),
        origin="corpus.jsonl:2", mentions=mentions, events=[consult])


def plain_document(doc_id: str, text: str, language: str = "en") -> Document:
    """A document with no event and no actor, as many real reports are."""
    return Document(doc_id=doc_id, original=text, text=text, language=language,
                    origin=f"{doc_id}.txt")
