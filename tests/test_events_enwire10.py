"""English acts beyond diplomacy, tenth round (issue 12, branch enwire10): people released
after being "held for" a time (no longer cancelled by "for") and gendarmes, guards, officers
and diplomats released; armies and brigades withdrawn; a ceasefire agreed is AGREE (no
longer CONCEDE), declared it stays CONCEDE; permission, consent or approval withheld is a
refusal (REJECT); "aided", money lent, help with goods and police sent to a security mission
(AID); troops ordered to a border (MOBILIZE); prisoners, hostages and commanders killed,
people beaten, vessels rammed, regions and positions seized or annexed, two states' forces
clashing at their border (ASSAULT), with a state's agents acting for it (``state_head``) and
its scientists as its people (``people_head``); a trial opened against a state's citizen
(COERCE); relations broken off (SANCTION).

The blind set ``tests/data/probe/en_wire10.jsonl`` (26 English wire reports) was written
before the coder was run on it; every sentence below is hand-written, none taken from it or
from PETRARCH's validation sentences. docs/events.md, "Seventh round: conflict, crime and
politics on wire sentences".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2025-10-14"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # a release whose people had been held "for" a time; a release called or appealed for is
    # the request's content
    ("Uganda has released three Kenyan police officers held for more than a month.",
     [("RETREAT", "release", "UGA", "KEN", "occurred")]),
    ("Tanzania has released three Kenyan nationals held for two weeks.",
     [("RETREAT", "release", "TZA", "KEN", "occurred")]),
    ("The president appealed for the release of the French hostages held in Mali.", []),
    # an army or a brigade withdrawn
    ("The Ethiopian army withdrew from the Somali town of Baidoa.",
     [("RETREAT", "withdraw", "ETH", "SOM", "occurred")]),
    # a ceasefire agreed is an agreement; declared, a concession as before
    ("Armenia and Azerbaijan agreed to a ceasefire.",
     [("AGREE", None, "ARM+AZE", "", "occurred")]),
    # permission withheld is a refusal; given, no act of this frame
    ("Turkey said it would not give permission to Sweden to use its airspace.",
     [("REJECT", None, "TUR", "SWE", "occurred")]),
    ("Egypt gave permission to Turkish ships to dock in Alexandria.", []),
    # aid: the past "aided", money lent, help with goods, police sent to a mission
    ("The United States aided Jordan.",
     [("AID", None, "USA", "JOR", "occurred")]),
    ("Russia lent money to Belarus.",
     [("AID", None, "RUS", "BLR", "occurred")]),
    ("India helped Sri Lanka with fuel.",
     [("AID", None, "IND", "LKA", "occurred")]),
    ("Japan sent 300 police officers to Haiti to reinforce the security mission.",
     [("AID", None, "JPN", "HTI", "occurred")]),
    ("Police officers were sent to the stadium.", []),
    # assaults: prisoners killed, people beaten (a team beaten is none), vessels rammed,
    # regions annexed, positions seized, a border clash of two states
    ("Russian forces executed two Ukrainian prisoners.",
     [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("Colombian troops killed a rebel commander in Ecuador.",
     [("ASSAULT", None, "COL", "ECU", "occurred")]),
    ("Israeli police beat Palestinian worshippers.",
     [("ASSAULT", None, "ISR", "PSE", "occurred")]),
    ("India beat Pakistan in the final.", []),
    ("Chinese ships rammed a Philippine vessel.",
     [("ASSAULT", None, "CHN", "PHL", "occurred")]),
    ("Russia annexed four Ukrainian regions.",
     [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("Azerbaijani troops seized two Armenian military positions on the border.",
     [("ASSAULT", None, "AZE", "ARM", "occurred")]),
    ("India and China clashed along the disputed border.",
     [("ASSAULT", None, "CHN+IND", "", "occurred")]),
    # a state's agents act for it, its scientists are its people; a trial opened is a legal
    # action against the accused's state (a trial stood is none)
    ("Russian agents assassinated a Ukrainian nuclear scientist.",
     [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("An Egyptian court put a Sudanese citizen on trial for smuggling.",
     [("COERCE", "arrest", "EGY", "SDN", "occurred")]),
    ("The Canadian stood trial in Beijing.", []),
    # troops ordered to a state's border are a deployment; ordered to withdraw, no act here
    ("Venezuela ordered troops to the Colombian border.",
     [("MOBILIZE", None, "VEN", "COL", "occurred")]),
    ("The president ordered troops to fire on protesters.", []),
    ("Venezuela ordered its troops to withdraw from the border.", []),
    # relations broken off
    ("Venezuela broke off diplomatic relations with Argentina.",
     [("SANCTION", "break relations", "VEN", "ARG", "occurred")]),
])
def test_enwire10(extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]
                  ) -> None:
    assert coded(extractor, text) == expected
