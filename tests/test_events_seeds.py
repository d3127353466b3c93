"""The two seed pages, end to end: the events issue 4 names, exactly."""

from __future__ import annotations

import json
from pathlib import Path

from communique import Extractor
from communique.document import RawDocument
from communique.model import Event

GOLD = Path(__file__).parent / "data" / "gold" / "seeds.jsonl"


def _seed(doc_id: str) -> dict:
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["doc_id"] == doc_id:
            return data
    raise KeyError(doc_id)


def _events(extractor: Extractor, doc_id: str) -> list[Event]:
    seed = _seed(doc_id)
    raw = RawDocument(seed["text"], doc_id=doc_id, url=seed["url"])
    docs = list(extractor.run([raw]))
    assert len(docs) == 1
    return docs[0].events


def _summary(event: Event) -> tuple:
    return (event.event_type, event.mode, event.status,
            tuple(sorted({a.code for a in event.actors if a.code})),
            tuple(sorted({a.code for a in event.recipients if a.code})),
            event.date.gold_form(),
            None if event.location is None else
            ("virtual" if event.location.virtual else event.location.name))


def test_events_seed_belta_gives_the_visit_and_the_congratulation(extractor: Extractor) -> None:
    events = _events(extractor, "seed-belta-de")
    assert [_summary(e) for e in events] == [
        ("CONSULT", "visit", "occurred", ("RUS",), ("BLR",), "2021-11-23", "Minsk"),
        ("SUPPORT", None, "occurred", ("BLR",), ("RUS",), "2021-11-23", "Minsk"),
    ]
    consult, support = events
    assert [(a.name, a.role) for a in consult.actors] == [(
        "Andrei Krutskikh",
        "Special Representative of the President of Russia for international cooperation in "
        "information security and Director of the MFA Department of International Information "
        "Security")]
    assert [(a.name, a.role) for a in consult.recipients] == [
        ("Sergei Aleinik", "Deputy Minister of Foreign Affairs")]
    assert "cyber" in consult.contexts and "diplomatic" in consult.contexts
    assert any(span.text.startswith("Am 23. November traf Sergej Alejnik")
               for span in consult.evidence)
    assert consult.forum is not None and consult.forum.id == "BLR+RUS:consultations:cyber"
    assert [a.name for a in support.actors] == ["Sergei Aleinik"]


def test_events_seed_belta_codes_nothing_from_the_page_widgets(extractor: Extractor) -> None:
    events = _events(extractor, "seed-belta-de")
    evidence = " ".join(span.text for e in events for span in e.evidence)
    assert "Letzte Nachrichten" not in evidence and "Abonnieren" not in evidence


def test_events_seed_asean_gives_the_video_dialogue_and_its_outcomes(
        extractor: Extractor) -> None:
    events = _events(extractor, "seed-russia-asean-de")
    summaries = [_summary(e) for e in events]
    assert summaries[0] == ("CONSULT", "phone", "occurred", ("ASEAN", "RUS"), (), None,
                            "virtual")
    assert ("AGREE", None, "occurred", ("RUS",), ("ASEAN",), None, "virtual") in summaries
    assert any(s[0] == "SUPPORT" and s[2] == "occurred" and s[6] == "virtual"
               for s in summaries)
    planned = [e for e in events if e.status == "planned"]
    assert [(e.event_type, e.date.start, e.date.precision, e.date.text) for e in planned] == [
        ("AGREE", None, "unknown", "im nächsten Jahr")]
    assert all(e.date.start is None for e in events), "no date may be invented"
    consult = events[0]
    assert consult.forum is not None and consult.forum.session == 1
    assert {a.name for a in consult.actors if a.kind == "person"} == {
        "Oleg Syromolotov", "Sok Puthivutha"}
    assert "agreed to meet again (im nächsten Jahr)" in consult.outcomes
