"""Linking on the real dev documents: one act across reports and languages, never two acts
merged, the same links whatever the order, series, plans and canonical actors.

The dev documents are extracted once per session (``dev_documents`` in ``conftest.py``;
the extractor is deterministic) and stored, with
linking, into one store per back-end (SQLite and PostgreSQL) that the tests read.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from communique import open_store
from communique.document import Document
from communique.evaluate.scorer import GoldDocument
from communique.link import (
    LinkedEvent,
    canonical_actor,
    iter_linked_events,
    linked_event,
    relink,
    series,
)
from communique.store import Store
from communique.tools.measure_links import gold_acts, measure
from conftest import TEST_DATA

ASEAN_SERIES = "ser-asean-rus-dialogue-cyber"


@pytest.fixture(scope="module")
def golds(gold_documents: list[GoldDocument]) -> list[GoldDocument]:
    return gold_documents


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def dev_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
              dev_documents: list[Document]) -> Iterator[Store]:
    """The dev documents stored with linking, once per back-end; tests only read it."""
    server, name = None, f"communique_link_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("dev") / "dev.db")
    else:
        server = request.getfixturevalue("postgres_server")
        _admin(server, f'CREATE DATABASE "{name}"')
        url = urlsplit(server)._replace(path=f"/{name}").geturl()
    with open_store(url) as store:
        for doc in dev_documents:
            assert store.write(doc).status == "stored"
        yield store
    if server is not None:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(statement)


def _linked(store: Store) -> list[LinkedEvent]:
    return list(iter_linked_events(store))


def _docs(linked: LinkedEvent) -> list[str]:
    return [m.doc_id for m in linked.mentions]


def _containing(store: Store, doc_id: str, event_type: str, status: str = "occurred"
                ) -> list[LinkedEvent]:
    return [le for le in _linked(store) if doc_id in _docs(le)
            and le.event.event_type == event_type and le.event.status == status]


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return sorted((le.id, tuple(sorted((m.doc_id, m.event_id) for m in le.mentions)),
                   le.series_id, le.session, le.fulfils, le.event.to_dict()["date"])
                  for le in _linked(store))


def test_link_one_meeting_in_three_languages_is_one_linked_event(dev_store: Store) -> None:
    [meeting] = _containing(dev_store, "ru-001", "CONSULT")
    assert _docs(meeting) == ["ru-001", "en-001", "seed-russia-asean-de"]  # publication order
    assert meeting.languages == ["de", "en", "ru"]
    event = meeting.event
    assert (event.date.start, event.date.precision) == ("2021-09-23", "day")  # from ru-001
    assert event.location is not None and event.location.virtual
    assert {"ASEAN", "RUS"} <= event.participant_codes()
    assert "Oleg Syromolotov" in event.persons()
    assert (meeting.series_id, meeting.session) == (ASEAN_SERIES, 1)
    assert all(m.evidence for m in meeting.mentions) and event.evidence == []


def test_link_two_calls_on_one_day_stay_apart(dev_store: Store) -> None:
    calls = [le for le in _containing(dev_store, "de-027", "CONSULT")
             if le.event.date.start == "2017-02-07"]
    assert len(calls) == 2
    assert all(sorted(_docs(call)) == ["de-027", "de-044"] for call in calls)
    persons = sorted(sorted(call.event.persons()) for call in calls)
    assert persons == [["Angela Merkel", "Vladimir Putin"], ["Sergey Lavrov", "Sigmar Gabriel"]]


def test_link_dev_pairs_precision_and_recall(dev_store: Store,
                                             golds: list[GoldDocument]) -> None:
    extra = yaml.safe_load((TEST_DATA / "link" / "acts.yaml").read_text(encoding="utf-8"))
    score = measure(dev_store, golds, gold_acts(golds, extra))
    assert score.wrong == []                             # no two different acts merged
    assert (score.correct, score.scored) == (13, 13)
    assert (score.found, score.gold_pairs) == (13, 13)
    assert score.missed == []       # de-045, with no date at all, meets de-034 by its person
    assert (score.main_found, score.main_pairs) == (7, 7)


def test_link_order_and_repeats_do_not_change_links(store_url: str, tmp_path: Path,
                                                    dev_documents: list[Document]) -> None:
    with open_store(str(tmp_path / "forward.db")) as forward:
        for doc in dev_documents:
            forward.write(doc)
        expected = _snapshot(forward)
    with open_store(store_url) as backward:
        for doc in reversed(dev_documents):
            backward.write(doc)
        assert _snapshot(backward) == expected
        for doc in dev_documents:
            assert backward.write(doc).status == "duplicate"
        assert _snapshot(backward) == expected
        relink(backward)
        assert _snapshot(backward) == expected
    assert sum(len(key[1]) > 1 for key in expected) == 11


def test_link_invitation_is_fulfilled_by_the_later_visit(dev_store: Store) -> None:
    [invitation] = [le for le in _containing(dev_store, "de-027", "AGREE", "planned")
                    if "Sergey Lavrov" in le.event.persons()]
    assert sorted(_docs(invitation)) == ["de-027", "de-044"]
    [visit] = _containing(dev_store, "de-026", "CONSULT")
    assert (visit.event.date.start, visit.fulfils) == ("2017-03-09", invitation.id)


def test_link_series_lists_sessions_and_plans(dev_store: Store) -> None:
    [dialogue] = [s for s in series(dev_store) if s.id == ASEAN_SERIES]
    [meeting] = _containing(dev_store, "ru-001", "CONSULT")
    [plan] = _containing(dev_store, "en-001", "AGREE", "planned")
    assert dialogue.name == "ASEAN–Russia dialogue (cyber)"
    assert dialogue.sessions == [(1, meeting.id, "2021-09-23")]
    assert dialogue.plans == [plan.id]
    assert (plan.series_id, plan.session) == (ASEAN_SERIES, 2)
    assert sorted(_docs(plan)) == ["en-001", "seed-russia-asean-de"]


def test_link_linked_event_is_found_by_its_id_or_a_report(dev_store: Store) -> None:
    [meeting] = _containing(dev_store, "en-012", "CONSULT")
    assert _docs(meeting) == ["en-012", "en-013"]
    assert (meeting.series_id, meeting.session) == ("ser-gbr-ind-dialogue-cyber", 6)
    for mention in meeting.mentions:
        assert linked_event(dev_store, mention.event_id) == meeting
    assert linked_event(dev_store, meeting.id) == meeting
    assert linked_event(dev_store, "lev-0000000000000000") is None


def test_link_filters_select_linked_events(dev_store: Store) -> None:
    lavrov = list(iter_linked_events(dev_store, person="Сергей Лавров"))
    assert lavrov and all("Sergey Lavrov" in le.event.persons() for le in lavrov)
    multi = list(iter_linked_events(dev_store, code="asean", min_mentions=2))
    assert len(multi) == 4 and all("ASEAN" in le.event.participant_codes() for le in multi)
    russian = list(iter_linked_events(dev_store, language="ru", event_type="consult",
                                      since="2025-02", until="2025-02"))
    assert [(le.event.date.start, _docs(le)) for le in russian] == [
        ("2025-02-15", ["ru-027", "ru-028"]), ("2025-02-21", ["ru-035"])]
    planned = list(iter_linked_events(dev_store, status="planned", series=ASEAN_SERIES))
    assert [le.session for le in planned] == [2]


def test_link_canonical_actor_gathers_spellings_and_roles(dev_store: Store) -> None:
    shukla = canonical_actor(dev_store, "person:IND:amit a. shukla")
    assert shukla is not None
    assert shukla.keys == ["person:IND:amit a. shukla", "person:IND:amit shukla"]
    assert {"Amit Shukla", "Amit A. Shukla"} <= {n.name for n in shukla.names}
    assert shukla.roles and shukla.roles[0].first_seen == "2024-07-04"
    assert canonical_actor(dev_store, "Амит Шукла") == shukla
    russia = canonical_actor(dev_store, "state:RUS")
    assert russia is not None and russia.wikidata == "Q159"
    assert {("Россия", "Cyrl", "ru")} <= {(n.name, n.script, n.language) for n in russia.names}
