"""Event type boundaries (issue 12; docs/events.md "Type boundaries"), from the definitions.

Each case is a hand-built one-sentence document coded by the coder alone (as in
``test_events_coder_units``) with the exact (type, actors, recipients) expected:

- AGREE vs SUPPORT: a promise, pledge, readiness or agreement to back something is AGREE
  (spec section 3: aid pledged is AGREE); the infinitive it governs («готова поддержать»)
  is its content, no second SUPPORT act. Verbal backing expressed now is SUPPORT.
- COERCE vs SUPPORT: a backing participle that qualifies a noun, even with its agent
  ("die von Russland unterstützten Hacker", «поддерживаемой НАТО»), names a group's patron;
  the sentence's act is the seizure or attack.
- REJECT vs PROTEST: a state boycotting a meeting or vote refuses to take part (REJECT);
  a state's protest to a state is ACCUSE; PROTEST is collective action only.
- THREATEN vs AGREE: a promise of retaliation is a threat; a sanction agreed or decided on is
  the SANCTION (no AGREE with its target), one only threatened in a threat is no SANCTION.
- ACCUSE: condemning and protesting are ACCUSE whoever the target.
- THREATEN vs SANCTION: measures against a state taken are a SANCTION; the same measures that
  a state is ready, prepared or resolved to take, or whose right it reserves, are announced
  (cue ``readiness``): a THREATEN.
"""

from __future__ import annotations

import pytest

from communique.events.coder import EventCoder
from test_events_coder_units import body, coded, state

RUS_DE, UKR_DE = state("Russland", "RUS"), state("Ukraine", "UKR")


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


CASES = [
    # --- German ---------------------------------------------------------------------
    ("de", "Russland und die Ukraine vereinbarten, die Zusammenarbeit zu stärken.",
     [RUS_DE, UKR_DE], [("AGREE", "RUS+UKR", "")]),
    ("de", "Russland sicherte der Ukraine Unterstützung zu.", [RUS_DE, UKR_DE],
     [("AGREE", "RUS", "UKR")]),
    ("de", "Russland versprach der Ukraine Unterstützung.", [RUS_DE, UKR_DE],
     [("AGREE", "RUS", "UKR")]),
    ("de", "Russland ist bereit, die Initiative der Ukraine zu unterstützen.",
     [RUS_DE, UKR_DE], [("AGREE", "RUS+UKR", "")]),
    ("de", "Russland hat die Ukraine mit von Russland unterstützten Hackern angegriffen.",
     [RUS_DE, UKR_DE, RUS_DE], [("ASSAULT", "RUS", "UKR")]),
    ("de", "Russland setzte einen Tanker der Ukraine fest.", [RUS_DE, UKR_DE],
     [("COERCE", "RUS", "UKR")]),
    ("de", "Russland boykottierte den Gipfel mit der Ukraine.", [RUS_DE, UKR_DE],
     [("REJECT", "RUS", "UKR")]),
    ("de", "Russland protestierte gegen die Entscheidung der Ukraine.", [RUS_DE, UKR_DE],
     [("ACCUSE", "RUS", "UKR")]),
    ("de", "Russland verurteilte die Ausweisung seiner Diplomaten durch Estland.",
     [RUS_DE, state("Estland", "EST")], [("ACCUSE", "RUS", "EST")]),
    ("de", "Russland versprach eine Antwort auf die Sanktionen der EU.",
     [RUS_DE, body("EU", "EU")], [("THREATEN", "RUS", "EU")]),
    ("de", "Russland ergriff Maßnahmen gegen die Ukraine.", [RUS_DE, UKR_DE],
     [("SANCTION", "RUS", "UKR")]),
    ("de", "Russland übte Vergeltung gegen die Ukraine.", [RUS_DE, UKR_DE],
     [("SANCTION", "RUS", "UKR")]),
    ("de", "Russland ist entschlossen und wird Maßnahmen gegen die Ukraine ergreifen.",
     [RUS_DE, UKR_DE], [("THREATEN", "RUS", "UKR")]),
    # --- English --------------------------------------------------------------------
    ("en", "The EU agreed to impose new sanctions on Russia.",
     [body("EU", "EU"), state("Russia", "RUS")], [("SANCTION", "EU", "RUS")]),
    ("en", "Poland and Lithuania agreed to impose sanctions on Belarus.",
     [state("Poland", "POL"), state("Lithuania", "LTU"), state("Belarus", "BLR")],
     [("SANCTION", "LTU+POL", "BLR")]),
    ("en", "The EU decided to extend sanctions against Russia.",
     [body("EU", "EU"), state("Russia", "RUS")], [("SANCTION", "EU", "RUS")]),
    ("en", "Russia and China agreed to strengthen cooperation.",
     [state("Russia", "RUS"), state("China", "CHN")], [("AGREE", "CHN+RUS", "")]),
    ("en", "Russia pledged support to Syria.", [state("Russia", "RUS"), state("Syria", "SYR")],
     [("AGREE", "RUS", "SYR")]),
    ("en", "Russia expressed support for Syria.",
     [state("Russia", "RUS"), state("Syria", "SYR")], [("SUPPORT", "RUS", "SYR")]),
    ("en", "Russia agreed to support Syria's bid.",
     [state("Russia", "RUS"), state("Syria", "SYR")], [("AGREE", "RUS+SYR", "")]),
    ("en", "Russia is ready to support Syria.", [state("Russia", "RUS"), state("Syria", "SYR")],
     [("AGREE", "RUS+SYR", "")]),
    ("en", "Russia boycotted the summit with Estonia.",
     [state("Russia", "RUS"), state("Estonia", "EST")], [("REJECT", "RUS", "EST")]),
    ("en", "Russia warned Estonia that it would respond to the expulsion.",
     [state("Russia", "RUS"), state("Estonia", "EST")], [("THREATEN", "RUS", "EST")]),
    ("en", "Russia pledged aid to Syria.", [state("Russia", "RUS"), state("Syria", "SYR")],
     [("AGREE", "RUS", "SYR")]),
    ("en", "Russia did not go to the summit in Latvia.",
     [state("Russia", "RUS"), state("Latvia", "LVA")], []),
    ("en", "Russia took mirror measures against Latvia.",
     [state("Russia", "RUS"), state("Latvia", "LVA")], [("SANCTION", "RUS", "LVA")]),
    ("en", "Russia is ready to take countermeasures against Latvia.",
     [state("Russia", "RUS"), state("Latvia", "LVA")], [("THREATEN", "RUS", "LVA")]),
    ("en", "Russia is prepared to retaliate against Latvia.",
     [state("Russia", "RUS"), state("Latvia", "LVA")], [("THREATEN", "RUS", "LVA")]),
    ("en", "Russia reserves the right to take reciprocal measures against Latvia.",
     [state("Russia", "RUS"), state("Latvia", "LVA")], [("THREATEN", "RUS", "LVA")]),
    # --- Russian --------------------------------------------------------------------
    ("ru", "Россия готова поддержать инициативу Китая.",
     [state("Россия", "RUS"), state("Китая", "CHN")], [("AGREE", "CHN+RUS", "")]),
    ("ru", "Россия пообещала поддержать инициативу Китая.",
     [state("Россия", "RUS"), state("Китая", "CHN")], [("AGREE", "RUS", "CHN")]),
    ("ru", "Россия согласилась поддержать инициативу Китая.",
     [state("Россия", "RUS"), state("Китая", "CHN")], [("AGREE", "CHN+RUS", "")]),
    ("ru", "Россия и Китай договорились поддерживать друг друга.",
     [state("Россия", "RUS"), state("Китай", "CHN")], [("AGREE", "CHN+RUS", "")]),
    ("ru", "Россия выразила поддержку Сирии.", [state("Россия", "RUS"), state("Сирии", "SYR")],
     [("SUPPORT", "RUS", "SYR")]),
    ("ru", "Россия пообещала Сирии поддержку.", [state("Россия", "RUS"), state("Сирии", "SYR")],
     [("AGREE", "RUS", "SYR")]),
    ("ru", "Россия задержала судно Эстонии, поддерживаемой НАТО.",
     [state("Россия", "RUS"), state("Эстонии", "EST")], [("COERCE", "RUS", "EST")]),
    ("ru", "Россия бойкотировала саммит с участием Эстонии.",
     [state("Россия", "RUS"), state("Эстонии", "EST")], [("REJECT", "RUS", "EST")]),
    ("ru", "Россия предупредила Эстонию, что ответит на высылку дипломатов.",
     [state("Россия", "RUS"), state("Эстонию", "EST")], [("THREATEN", "RUS", "EST")]),
    ("ru", "Россия пообещала принять ответные меры против ЕС.",
     [state("Россия", "RUS"), body("ЕС", "EU")], [("THREATEN", "RUS", "EU")]),
    ("ru", "Россия заявила о готовности принять ответные меры против ЕС.",
     [state("Россия", "RUS"), body("ЕС", "EU")], [("THREATEN", "RUS", "EU")]),
    ("ru", "Россия выразила намерение ответить на действия ЕС.",
     [state("Россия", "RUS"), body("ЕС", "EU")], [("THREATEN", "RUS", "EU")]),
    ("ru", "Россия обещала ЕС, что ответ последует.",
     [state("Россия", "RUS"), body("ЕС", "EU")], [("THREATEN", "RUS", "EU")]),
    # an agreement on sanctions is no cooperative act with their target
    ("ru", "ЕС согласовал продление санкций против России.",
     [body("ЕС", "EU"), state("России", "RUS")], []),
    ("ru", "Ответ России на действия Латвии не заставит себя ждать.",
     [state("России", "RUS"), state("Латвии", "LVA")], [("THREATEN", "RUS", "LVA")]),
    ("ru", "Россия готова принять зеркальные меры в отношении Латвии.",
     [state("Россия", "RUS"), state("Латвии", "LVA")], [("THREATEN", "RUS", "LVA")]),
    ("ru", "Россия приняла зеркальные меры в отношении Латвии.",
     [state("Россия", "RUS"), state("Латвии", "LVA")], [("SANCTION", "RUS", "LVA")]),
    ("ru", "Россия оставляет за собой право на ответные меры против Латвии.",
     [state("Россия", "RUS"), state("Латвии", "LVA")], [("THREATEN", "RUS", "LVA")]),
    ("ru", "Москва не оставит без ответа действия Эстонии.",
     [state("Москва", "RUS"), state("Эстонии", "EST")], [("THREATEN", "RUS", "EST")]),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), CASES)
def test_type_boundaries(coder: EventCoder, language: str, text: str,
                         named: list[tuple[str, str, str, str | None, str | None]],
                         expected: list[tuple[str, str, str]]) -> None:
    assert coded(coder, language, text, named) == expected
