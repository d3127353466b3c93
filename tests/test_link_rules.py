"""The linking rules on hand-built reports: windows, blocking keys, conflicts, scores,
clustering, series keys, plans and the evidence text that is embedded."""

from __future__ import annotations

from datetime import date

import numpy as np

from communique.link.cluster import cluster, linked_id
from communique.link.embed import as_array, embed, evidence_text, previous_sentence, similarity
from communique.link.reports import EventReport, conflict, linked_score, score
from communique.link.series import Linked, fulfils, linked_window, series_id, series_key
from communique.model import Actor, Event, EventDate, Forum, Location, Span

RUS = Actor("Russia", "Russia", "state", country="RUS")
DEU = Actor("Germany", "Germany", "state", country="DEU")
LAVROV = Actor("Lawrow", "Sergey Lavrov", "person", country="RUS")
GABRIEL = Actor("Gabriel", "Sigmar Gabriel", "person", country="DEU")
PUTIN = Actor("Putin", "Vladimir Putin", "person", country="RUS")
MERKEL = Actor("Merkel", "Angela Merkel", "person", country="DEU")
UNIT = np.eye(4, dtype=np.float32)


def _event(event_id: str, *actors: Actor, day: str | None = "2017-02-07",
           precision: str = "day", status: str = "occurred", forum: Forum | None = None,
           event_type: str = "CONSULT") -> Event:
    when = EventDate(day, day, precision) if day else EventDate()
    return Event(event_id, event_type, actors=list(actors), date=when, status=status,
                 forum=forum)


def _report(pk: int, doc: str, event: Event, published: str | None = "2017-02-08",
            vector: np.ndarray = UNIT[0]) -> EventReport:
    return EventReport(pk, pk * 10 if doc != "same" else 1, doc, event, published=published,
                  vector=vector)


def test_link_windows_follow_date_precision_and_publication() -> None:
    day = _report(1, "a", _event("e1", RUS, DEU))
    assert day.window == (date(2017, 2, 7), date(2017, 2, 7))
    month = _report(2, "b", _event("e2", RUS, DEU, day="2017-02-01", precision="month"))
    assert month.window == (date(2017, 2, 1), date(2017, 2, 28))
    undated = _report(3, "c", _event("e3", RUS, DEU, day=None), published="2017-02-08T10:00")
    assert undated.window == (date(2017, 2, 1), date(2017, 2, 8))       # the week before
    plan = _report(4, "d", _event("e4", RUS, DEU, day=None, status="planned",
                                  event_type="AGREE"))
    assert plan.window == (date(2017, 2, 1), date(2017, 2, 15))
    assert _report(5, "e", _event("e5", RUS, day=None), published=None).window is None


def test_link_blocking_keys_file_codes_by_month_and_numbered_forums() -> None:
    forum = Forum("dialogue", "ASEAN+RUS:dialogue:cyber", 1)
    report = _report(1, "a", _event("e1", RUS, Actor("ASEAN", "ASEAN", "igo", igo="ASEAN"),
                                    day="2021-09-30", forum=forum))
    assert report.blocking_keys() == [
        "CONSULT|occurred|ASEAN|2021-09", "CONSULT|occurred|ASEAN|2021-10",
        "CONSULT|occurred|RUS|2021-09", "CONSULT|occurred|RUS|2021-10",
        "CONSULT|occurred|forum|ASEAN+RUS:dialogue:cyber#1"]


def test_link_person_keys_let_a_windowless_report_find_dated_ones_in_either_order() -> None:
    kostjukow = Actor("Kostjukow", "Igor Kostjukow", "person", country="RUS")
    kostyukov = Actor("Kostyukov", "Igor Kostyukov", "person", country="RUS")
    eu = Actor("EU", "European Union", "igo", igo="EU")
    dated = _report(1, "a", _event("e1", eu, RUS, kostyukov, day="2020-10-22",
                                   event_type="SANCTION"))
    windowless = _report(2, "b", _event("e2", eu, RUS, kostjukow, day=None,
                                        event_type="SANCTION"), published=None)
    assert windowless.window is None
    assert [k for k in dated.blocking_keys() if "|person|" in k or "|windowless|" in k] == [
        "SANCTION|occurred|person|kostiukov"]
    assert dated.lookup_keys()[-1] == "SANCTION|occurred|windowless|kostiukov"
    assert windowless.blocking_keys() == ["SANCTION|occurred|person|kostiukov",
                                          "SANCTION|occurred|windowless|kostiukov"]
    assert windowless.lookup_keys() == ["SANCTION|occurred|windowless|kostiukov",
                                        "SANCTION|occurred|person|kostiukov"]
    # each finds the other: what one files, the other looks up
    assert set(dated.lookup_keys()) & set(windowless.blocking_keys())
    assert set(windowless.lookup_keys()) & set(dated.blocking_keys())
    # a dated report never looks up another dated report's persons
    assert "SANCTION|occurred|person|kostiukov" not in dated.lookup_keys()


def test_link_conflict_says_why_two_reports_are_two_acts() -> None:
    ministers = _report(1, "a", _event("e1", RUS, DEU, LAVROV, GABRIEL))
    leaders = _report(2, "b", _event("e2", RUS, DEU, PUTIN, MERKEL))
    assert conflict(ministers, leaders) == "persons"
    two_days_on = _report(3, "c", _event("e3", RUS, DEU, day="2017-02-09"))
    assert conflict(ministers, two_days_on) == "dates"
    next_day = _report(11, "j", _event("e11", RUS, DEU, day="2017-02-08"))
    assert conflict(ministers, next_day) is None and conflict(next_day, ministers) is None
    assert conflict(ministers, _report(4, "same", _event("e4", RUS, DEU))) is None
    assert conflict(_report(5, "same", _event("e5", RUS, DEU)),
                    _report(6, "same", _event("e6", RUS, DEU))) == "same document"
    first = Forum(None, "DEU+RUS:consultations", 1)
    second = Forum(None, "DEU+RUS:consultations", 2)
    assert conflict(_report(7, "f", _event("e7", RUS, DEU, forum=first)),
                    _report(8, "g", _event("e8", RUS, DEU, forum=second))) == "session"
    usa, fra = (Actor(c, c, "state", country=c) for c in ("USA", "FRA"))
    assert conflict(ministers, _report(9, "h", _event("e9", RUS, usa, fra))) == "participants"
    assert conflict(ministers, _report(10, "i", _event("e10", RUS, DEU, LAVROV))) is None


def test_link_score_adds_agreement_and_takes_off_for_no_date() -> None:
    a = _report(1, "a", _event("e1", RUS, DEU, LAVROV))
    b = _report(2, "b", _event("e2", RUS, DEU, LAVROV))
    assert score(a, b) == 1.3                          # same text, a person, the same day
    undated = _report(3, "c", _event("e3", RUS, DEU, day=None), vector=UNIT[1])
    assert score(a, undated) == -0.2                    # unrelated text, no date
    assert linked_score(a, undated) is None
    assert linked_score(a, b) == 1.3


def test_link_cluster_never_joins_across_a_conflict() -> None:
    ministers = _report(1, "a", _event("e1", RUS, DEU, LAVROV, GABRIEL))
    vague = _report(2, "b", _event("e2", RUS, DEU))
    leaders = _report(3, "c", _event("e3", RUS, DEU, PUTIN, MERKEL))
    reports = {r.event_pk: r for r in (ministers, vague, leaders)}
    groups = cluster(reports, [(1, 2, 0.9), (2, 3, 0.8), (3, 2, 0.8)])
    assert [[r.doc_id for r in group] for group in groups] == [["a", "b"], ["c"]]
    assert linked_id(groups[0][0]) == linked_id(ministers)       # the first report's
    assert linked_id(ministers).startswith("lev-") and len(linked_id(ministers)) == 20


def test_link_series_key_joins_the_names_of_one_mechanism() -> None:
    assert series_key(Forum(None, "DEU+IND:consultations:cyber")) == "DEU+IND:dialogue:cyber"
    assert series_key(Forum(None, "RUS+USA:talks")) is None
    assert series_key(Forum(None, "RUS+USA:talks", 2)) == "RUS+USA:dialogue"
    assert series_key(Forum(None, "DEU+RUS:meeting")) is None
    assert series_key(Forum(None, "SCO:expert group:cyber")) == "SCO:group:cyber"
    assert series_id("SCO:group:cyber") == "ser-sco-group-cyber"


def _linked(linked_id_: str, event: Event, published: str | None,
            series: str | None = None, session: int | None = None) -> Linked:
    return Linked(linked_id_, event, frozenset(event.participant_codes()),
                  linked_window(event, published), published, series, session,
                  tuple(a.name for a in event.actors if a.kind == "person"))


def test_link_plan_is_fulfilled_by_the_numbered_session_or_a_person_inside_its_window(
        ) -> None:
    plan = _linked("lev-plan", _event("p", RUS, DEU, day=None, status="planned",
                                      event_type="AGREE"), "2021-09-24", "ser-x", 2)
    second = _linked("lev-2", _event("m2", RUS, DEU, day="2022-06-01"), "2022-06-02",
                     "ser-x", 2)
    third = _linked("lev-3", _event("m3", RUS, DEU, day="2022-07-01"), "2022-07-02",
                    "ser-x", 3)
    assert fulfils(plan, second) and not fulfils(plan, third)
    invitation = _linked("lev-inv", Event("i", "AGREE", actors=[RUS, DEU, LAVROV],
                                          status="planned",
                                          location=Location("Russia", "RUS")), "2017-02-07")
    visit = _linked("lev-v", Event("v", "CONSULT", actors=[DEU, RUS, GABRIEL],
                                   date=EventDate("2017-03-09", "2017-03-09", "day"),
                                   location=Location("Moscow", "RUS")), "2017-03-09")
    before = _linked("lev-b", _event("b", RUS, DEU, LAVROV, day="2017-02-01"), "2017-02-01")
    assert fulfils(invitation, visit)              # held in the country the plan names
    assert not fulfils(invitation, before)         # held before the plan was reported
    vague = _linked("lev-vague", _event("x", RUS, DEU, day="2017-01-01", precision="year",
                                        status="planned", event_type="AGREE"), "2017-01-10")
    assert not fulfils(vague, visit)               # no series, person or place to go by


def test_link_short_evidence_is_embedded_with_the_sentence_before_it() -> None:
    text = ("Russia presented a draft working plan on cooperation with ASEAN. "
            "The partners welcomed this initiative. Later they met again.")
    start = text.index("The partners")
    welcome = Span(start, start + 38, text[start:start + 38])
    event = Event("e", "SUPPORT", evidence=[welcome])
    assert previous_sentence(text, start) == ("Russia presented a draft working plan on "
                                              "cooperation with ASEAN.")
    assert evidence_text(event, text) == text[:start + 38]
    long_span = Span(0, 65, text[:65])
    assert evidence_text(Event("f", "AGREE", evidence=[long_span]), text) == text[:64]


def test_link_embeddings_bring_translations_together() -> None:
    english = as_array(embed("Lavrov and Gabriel spoke by phone about Ukraine."))
    russian = as_array(embed("Лавров и Габриэль провели телефонный разговор об Украине."))
    other = as_array(embed("The central bank raised interest rates by half a point."))
    assert similarity(english, russian) > 0.7 > similarity(english, other)
    assert similarity(english, as_array(embed(""))) == 0.0
