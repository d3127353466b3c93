"""Breadth of the conflict categories (issue 12; blind set tests/data/probe/conflict_acts.jsonl).

Each group is one lemma frame of ``lang/<xx>/events.yaml`` (or a head word of the cue
``state_head``) for COERCE, SANCTION or THREATEN as diplomatic and security news word them in
German, English and Russian. The sentences are written for the tests, not taken from the
blind set. Each asserts the exact (event_type, mode, actors, recipients, status) that the
whole extractor codes, with a neighbouring wording that is no such act where one exists.

The boundaries are those of the dev gold and PLOVER: diplomats expelled or declared persona
non grata, consulates closed, entry bans on officials are SANCTION (reduced relations);
journalists expelled or stripped of accreditation, media blocked or banned, nationals
arrested, property seized are COERCE (repression, censorship).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-05-08"

Coded = list[tuple[str | None, ...]]


def coded(extractor: Extractor, text: str, language: str) -> Coded:
    raw = RawDocument(text, doc_id="case", language=language, published=PUBLISHED)
    return sorted((e.event_type, e.mode, "+".join(sorted({a.code for a in e.actors if a.code})),
                   "+".join(sorted({a.code for a in e.recipients if a.code})), e.status)
                  for doc in extractor.run([raw]) for e in doc.events)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # export controls tightened or extended are a SANCTION like sanctions (CAMEO 163)
    ("de", "Die USA verschärften die Exportkontrollen gegen China.",
     [("SANCTION", None, "USA", "CHN", "occurred")]),
    ("en", "The United States tightened export controls on China.",
     [("SANCTION", None, "USA", "CHN", "occurred")]),
    ("ru", "США ужесточили экспортный контроль в отношении Китая.",
     [("SANCTION", None, "USA", "CHN", "occurred")]),
])
def test_export_controls(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # accreditation taken from the press is COERCE; from a diplomat it stays a SANCTION
    ("de", "Russland hat einem Korrespondenten des lettischen Staatsfernsehens die Akkreditierung entzogen.",
     [("COERCE", None, "RUS", "LVA", "occurred")]),
    ("de", "Moskau hat einem russischen Diplomaten aus Deutschland die Akkreditierung entzogen.",
     [("SANCTION", None, "RUS", "DEU", "occurred")]),
    ("en", "Russia revoked the accreditation of a correspondent of Latvia's state broadcaster.",
     [("COERCE", None, "RUS", "LVA", "occurred")]),
    ("ru", "Россия лишила аккредитации корреспондента латвийского государственного телевидения.",
     [("COERCE", None, "RUS", "LVA", "occurred")]),
    ("ru", "Россия лишила аккредитации двух латвийских дипломатов.",
     [("SANCTION", None, "RUS", "LVA", "occurred")]),
])
def test_accreditation_of_the_press(extractor: Extractor, language: str, text: str,
                                    expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # websites and broadcasters blocked, broadcasting suspended: censorship (COERCE ban)
    ("de", "Russland hat die Internetseiten des lettischen Staatsfernsehens gesperrt.",
     [("COERCE", "ban", "RUS", "LVA", "occurred")]),
    ("en", "Russia blocked access to the websites of Latvia's state broadcaster.",
     [("COERCE", "ban", "RUS", "LVA", "occurred")]),
    ("ru", "ЕС приостановил вещание российских государственных телеканалов.",
     [("COERCE", "ban", "EU", "RUS", "occurred")]),
    # an account blocked by a bank, a bill that would block sites: no act between states
    ("de", "Die Bank sperrte das Konto des Kunden.", []),
    ("en", "The bill would block access to adult websites, lawmakers said.", []),
])
def test_media_blocked(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a consul is the state's envoy: declared persona non grata, his state is the recipient
    ("de", "Polen erklärte den russischen Konsul zur unerwünschten Person.",
     [("SANCTION", "expel", "POL", "RUS", "occurred")]),
    ("en", "Poland declared the Russian consul persona non grata.",
     [("SANCTION", "expel", "POL", "RUS", "occurred")]),
    ("ru", "Польша объявила российского консула персоной нон грата.",
     [("SANCTION", "expel", "POL", "RUS", "occurred")]),
])
def test_consul_expelled(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected
