"""English acts beyond diplomacy (issue 12, branch petr; blind set
tests/data/probe/en_wire.jsonl, PETRARCH2's English validation sentences).

Hand-written wire sentences, none from the blind set, PETRARCH's sentences or an
evaluation set; each with the exact events it is coded into (type, actor codes,
recipient codes; conftest fixture ``sided``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique import Extractor
from communique.document import RawDocument

Sided = tuple[str, str, str]

CASES = [
    # captives handed over or returned to their state: RETREAT release (CAMEO 0841), not
    # the extradition of a suspect; "handed over" is a particle, no topic of the recipient
    ("Russia on Friday handed over 40 Ukrainian prisoners of war to Kyiv.",
     [("RETREAT", "RUS", "UKR")]),
    ("Azerbaijan on Tuesday handed over five soldiers to Armenia.",
     [("RETREAT", "AZE", "ARM")]),
    ("Colombia on Monday handed over a drug trafficking suspect to the United States.",
     [("COOPERATE", "COL", "USA")]),
    # aid told from the receiving end: the giver after 'from' acts
    ("Moldova received a shipment of humanitarian aid from Romania on Thursday.",
     [("AID", "ROU", "MDA")]),
    ("Ukraine will receive more weapons from Germany, the minister said.", []),
    # a present participle after a comma has the clause's subject, whoever the clause
    # named before the comma
    ("Azerbaijan on Monday expelled a French diplomat and a Belgian diplomat, accusing them "
     "of espionage.", [("ACCUSE", "AZE", "BEL+FRA"), ("SANCTION", "AZE", "BEL+FRA")]),
    ("Burkina Faso on Monday expelled three French diplomats, accusing them of subversion.",
     [("ACCUSE", "BFA", "FRA"), ("SANCTION", "BFA", "FRA")]),
    ("Kenya expelled two Somali diplomats on Friday, accusing Mogadishu of meddling.",
     [("ACCUSE", "KEN", "SOM"), ("SANCTION", "KEN", "SOM")]),
    # an "-ed" form after a preposition qualifies the noun: no act
    ("Niger arrested three Beninese nationals over alleged arms smuggling on Sunday.",
     [("COERCE", "NER", "BEN")]),
    # a verb's form right after a preposition is a noun: "a demand for guarantees"
    ("Georgia rejected a Russian plan on Friday, citing its need for guarantees.",
     [("REJECT", "GEO", "RUS")]),
    # a bare form after a determiner and a name is a noun ("an EU demand"), no act of its own
    ("Hungary on Monday rejected an EU demand that it join the ammunition initiative.",
     [("REJECT", "HUN", "EU")]),
    # the speaker of a content clause that names the act's subject does not act
    ("Lithuania said on Monday that Belarus had expelled two Polish diplomats.",
     [("SANCTION", "BLR", "POL")]),
    # workers, students and tourists freed are released persons; a king acts for his state
    ("Iran freed a French tourist on Wednesday.", [("RETREAT", "IRN", "FRA")]),
    ("Egypt's president conferred with the Jordanian king on Sunday.",
     [("CONSULT", "EGY+JOR", "")]),
    # a sentence served is a state, not a sentencing
    ("Iran freed two Austrian citizens who were serving prison sentences on spying charges, "
     "Vienna said.",
     [("RETREAT", "IRN", "AUT")]),
    # a region the act leaves stands for its state
    ("Turkish troops pulled out of northern Syria's Idlib province on Sunday.",
     [("RETREAT", "TUR", "SYR")]),
    ("Israeli troops pulled out of the West Bank on Sunday.", [("RETREAT", "ISR", "PSE")]),
    # the coast guards and gendarmes of a state act for it
    ("Greek coast guards detained 30 Turkish fishermen off Lesbos on Saturday.",
     [("COERCE", "GRC", "TUR")]),
    # what a state asked for is its own act: the refusal answers it
    ("Slovakia turned down a request from Ukraine to reopen a border crossing.",
     [("REJECT", "SVK", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_acts(sided: Callable[[str], list[Sided]], text: str,
                      expected: list[Sided]) -> None:
    assert sided(text) == expected


def test_promise_made_after_talks_is_no_plan(extractor: Extractor) -> None:
    """A meeting noun right after "after" is where an agreement was reached (cue
    ``reached_at``), not a meeting agreed on: the pledge has occurred."""
    raw = RawDocument("Canada pledged new aid to Haiti, its foreign minister said after talks "
                      "with the Haitian prime minister.", doc_id="case", language="en",
                      published="2024-05-15")
    assert [(e.event_type, e.status) for doc in extractor.run([raw]) for e in doc.events] == [
        ("AGREE", "occurred")]
