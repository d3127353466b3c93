"""English acts on real wire sentences, eighth round (issue 12, branch enpetr8; blind set
tests/data/probe/en_wire8.jsonl, PETRARCH2's validation sentences, tuning half):

- British forms the lemmatiser cuts short ("cancelled" → "cancell", "labelled" → "labell")
  carry the frames of "cancel" and "label";
- a verdict on another's step ("called the decision unjustified", "described the sanctions as
  a provocation") is ACCUSE wherever a date's "on" stands; "called on" stays a request and a
  verdict on accusations a denial;
- weapons named by kind and delivered or handed over (an air defence system, armoured
  vehicles, drones, jets, patrol boats) are military aid (PLOVER AID; promised, AGREE), not
  the content of an agreement or a denial; teams of doctors and rescuers sent are aid too;
- a protest "to" a state may have an adverb before "to"; criticism or condemnation a step
  "drew" or "prompted" from a state is that state's (cue ``state_head``), aimed at the step's
  owner;
- "called" beside a threat to respond cancels nothing; "failing to meet" a duty is no meeting;
  strikes launched against targets are an attack, not a labour strike; a call to lift
  restrictions is no concession; a meeting "cancelled" on a date is still cancelled, and a
  meeting named "a planned visit" makes no act around it future;
- the participle "exiled" before a noun names people's condition, no expulsion.

Hand-written sentences, none from the blind set, PETRARCH's sentences or an evaluation set,
each with the exact events (type, actor codes, recipient codes; conftest fixture ``sided``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]


CASES = [
    # British doubled-l forms: the lemma "cancell", "labell"; a date's "on" cancels nothing
    ("Poland cancelled a visit by the Hungarian foreign minister on Monday.",
     [("SANCTION", "POL", "HUN")]),
    ("Moscow labelled the Latvian decision unacceptable on Tuesday.",
     [("ACCUSE", "RUS", "LVA")]),
    # verdicts on a step: ACCUSE; "called on" a request; a verdict on accusations a denial
    ("Hungary called the European Commission's decision unjustified on Friday.",
     [("ACCUSE", "HUN", "EU")]),
    ("Tehran described the British sanctions as a provocation.", [("ACCUSE", "IRN", "GBR")]),
    ("Moscow called on Riga to reverse its illegal decision.", [("REQUEST", "RUS", "LVA")]),
    ("Beijing called the accusations groundless.", []),
    ("China on Tuesday labelled the U.S. sanctions as bullying.", [("ACCUSE", "CHN", "USA")]),
    # a protest to a state with an adverb before "to"
    ("Japan protested strongly to Beijing over the buoy.", [("ACCUSE", "JPN", "CHN")]),
    # criticism a step drew from a state: the critic acts, the step's owner is criticised
    ("Hungary's decision drew sharp criticism from Poland and Lithuania on Monday.",
     [("ACCUSE", "LTU+POL", "HUN")]),
    # the verdict's "called" does not cancel the threat beside it
    ("Belarus called the Lithuanian ban unjustified and said it would respond.",
     [("ACCUSE", "BLR", "LTU"), ("THREATEN", "BLR", "LTU")]),
    # a duty not met is no meeting
    ("France accused Mali of failing to meet its commitments on elections.",
     [("ACCUSE", "FRA", "MLI")]),
    # strikes launched against targets: an attack, no labour strike
    ("The United States launched strikes against Houthi targets in Yemen.",
     [("ASSAULT", "USA", "YEM")]),
    # weapons delivered: military aid; an agreement to supply them is the agreement's content
    ("Canada has delivered eight armoured vehicles to the Ukrainian army.",
     [("AID", "CAN", "UKR")]),
    ("Turkey supplied armed drones to Azerbaijan last year.", [("AID", "TUR", "AZE")]),
    ("Seoul and Warsaw signed a contract on Friday to supply Poland with 180 tanks.",
     [("SUPPORT", "KOR+POL", "")]),
    # jets handed over are aid, no extradition's hand-over; promised in the future tense: AGREE;
    # a supply denied is none
    ("Norway handed over six F-16 jets to Ukraine on Friday.", [("AID", "NOR", "UKR")]),
    ("Germany said it would deliver more Leopard tanks to Kyiv.", [("AGREE", "DEU", "UKR")]),
    ("Iran denied supplying drones to Russia.", []),
    # patrol boats handed over are no patrol
    ("Australia donated three patrol boats to Timor-Leste on Monday.",
     [("AID", "AUS", "TLS")]),
    # rescuers and doctors sent: aid; promised in the future tense: AGREE
    ("Turkey sent rescue teams to Morocco after the earthquake.", [("AID", "TUR", "MAR")]),
    ("Indonesia will send a medical team to Gaza next week.", [("AGREE", "IDN", "PSE")]),
    # "exiled" before a noun: no expulsion
    ("Spain granted asylum to two exiled Nicaraguan journalists.", [("AID", "ESP", "NIC")]),
    # restrictions asked to be lifted: the request's content, no concession
    ("Iran rejected a call by the European Union to lift restrictions on foreign journalists.",
     [("REJECT", "IRN", "EU")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_wire_acts(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == expected


def test_planned_meeting_cancelled_is_no_threat(sided: Callable[[str], list[Sided]]) -> None:
    """"a planned visit" names the meeting cancelled: the cancellation happened (SANCTION),
    it is no announced step (THREATEN)."""
    assert ("SANCTION", "SRB", "HRV") in sided(
        "Serbia cancelled a planned visit by the Croatian foreign minister.")
