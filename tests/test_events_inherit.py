"""Sides handed on from the report's main parties (issue 12, branch ``inherit``): an act
whose clause leaves a side open takes it from the report, unless its clause shows that the
act is another story's: a directed act placed in a third state or whose clause names one
(``EventCoder._elsewhere``, ``attributes.scene_states``, ``coder._clause_states``), a trip
inside the visitor's own state, a legislature's vote or a meeting of one state's own bodies
(``participants._at_home``), a crowd's protest (``participants.COLLECTIVE``); a party the
act is done without is none (``participants._left_out``).

Each rule is tested on short reports of my own (none from 10kGNAD or a gold set) through
the whole extractor, with a control that keeps the inheritance the rule must not lose.
"""

from __future__ import annotations

import pytest

from communique.document import RawDocument
from communique.extractor import Extractor

Coded = tuple[str, str, tuple[str, ...], tuple[str, ...]]

GENEVA = "Moskau – Russland und die USA haben in Genf über Abrüstung verhandelt. "
ARMS_TALKS = ("CONSULT", "occurred", ("RUS", "USA"), ())
DEBT = "Athen – Griechenland und Deutschland haben in Berlin über die Schulden verhandelt. "
DEBT_TALKS = ("CONSULT", "occurred", ("GRC",), ("DEU",))
PLEDGE = "Berlin – Deutschland hat der Türkei Hilfe für Flüchtlinge zugesagt. "
AID_PLEDGE = ("AGREE", "occurred", ("DEU",), ("TUR",))
FISH = "Reykjavik – Island und Norwegen haben über den Fischfang verhandelt. "
FISH_TALKS = ("CONSULT", "occurred", ("NOR",), ("ISL",))
MIGRATION = "Washington – Die USA und Mexiko haben über Migration verhandelt. "
MIGRATION_TALKS = ("CONSULT", "occurred", ("MEX",), ("USA",))
CHARGE = "Berlin – Deutschland hat Polen Abschottung an der Grenze vorgeworfen. "
BORDER_CHARGE = ("ACCUSE", "occurred", ("DEU",), ("POL",))


def coded(extractor: Extractor, text: str, language: str = "de") -> list[Coded]:
    """(type, status, actor codes, recipient codes) of every event of a document."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="inherit", language=language)])))
    return sorted((event.event_type, event.status,
                   tuple(sorted({a.code or a.name for a in event.actors})),
                   tuple(sorted({a.code or a.name for a in event.recipients})))
                  for event in doc.events)


CASES = [
    # a directed act placed in a third state: done there, not to the report's other party
    (GENEVA + "Die russische Luftwaffe hat am Montag in Syrien Stellungen bombardiert.",
     [ARMS_TALKS]),
    # control: placed in a state of the report, it keeps the report's other party
    (GENEVA + "Die amerikanische Polizei hat in Washington einen Diplomaten festgenommen.",
     [("COERCE", "occurred", ("USA",), ("RUS",)), ARMS_TALKS]),
    # a directed act whose clause names a third state (an adjective) is about that state
    (MIGRATION + "Außenminister Blinken kritisierte am Dienstag die kubanische "
     "Einwanderungspolitik scharf.", [MIGRATION_TALKS]),
    # control: naming no other state, it is directed at the report's other party
    (MIGRATION + "Außenminister Blinken kritisierte am Dienstag die Einwanderungspolitik "
     "scharf.", [MIGRATION_TALKS, ("ACCUSE", "occurred", ("USA",), ("MEX",))]),
    # a legislature's vote is its own state's act
    (DEBT + "Das griechische Parlament hat dem Sparpaket zugestimmt.", [DEBT_TALKS]),
    # control: the government's consent answers the other party (a proposal consented to is
    # accepted, AGREE: deagree10)
    (DEBT + "Die griechische Regierung hat dem Vorschlag zugestimmt.",
     [DEBT_TALKS, ("AGREE", "occurred", ("GRC",), ("DEU",))]),
    # two bodies of one state meeting: a meeting at home
    (PLEDGE + "Das Kanzleramt und das Auswärtige Amt kamen am Montag zusammen.",
     [AID_PLEDGE]),
    # control: one body meeting takes the report's other party
    (PLEDGE + "Das Auswärtige Amt kam am Montag zu Gesprächen zusammen.",
     [AID_PLEDGE, ("CONSULT", "occurred", ("TUR",), ("DEU",))]),
    # a crowd's protest takes no state of the report as its acting side
    (FISH + "Am Abend gingen Tausende Menschen gegen den Regierungschef Islands auf die "
     "Straße.", [FISH_TALKS]),
    # control: a crowd its clause names as a state's people protests as that state
    (FISH + "Am Abend gingen norwegische Fischer gegen die isländische Regierung auf die "
     "Straße.", [FISH_TALKS, ("PROTEST", "occurred", ("NOR",), ("ISL",))]),
    # a trip inside the visitor's own state has no host from the report
    (CHARGE + "Der deutsche Innenminister sagte bei einem Besuch in München, man sei "
     "enttäuscht.", [BORDER_CHARGE]),
    # control: a visit to the other party's capital is theirs
    (CHARGE + "Der deutsche Innenminister sagte bei einem Besuch in Warschau, man sei "
     "enttäuscht.", [BORDER_CHARGE, ("CONSULT", "occurred", ("DEU",), ("POL",))]),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_inherited_sides(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == sorted(expected)


LOANS = "BERLIN - Germany promised Greece new loans. "
LOAN_PLEDGE = ("AGREE", "occurred", ("DEU",), ("GRC",))

# the outcome sentence after a meeting that names its sides back keeps the meeting's
# parties; a party the act is done without ("without the Greek finance minister") is no side,
# named or handed on (cue ``without``, ``participants._left_out``)
OUTCOMES = [
    ("en", LOANS + "In the evening the other finance ministers met without the Greek finance "
     "minister.", [LOAN_PLEDGE]),
    ("en", LOANS + "In the evening the finance ministers met with the Greek finance minister.",
     [LOAN_PLEDGE, ("CONSULT", "occurred", ("DEU", "GRC"), ())]),
    ("de", "Berlin – Außenministerin Baerbock traf am Montag in Berlin ihren polnischen "
     "Amtskollegen Sikorski. Die Seiten vereinbarten eine engere Zusammenarbeit in der "
     "Energiepolitik.",
     [("AGREE", "occurred", ("DEU", "POL"), ()), ("CONSULT", "occurred", ("POL",), ("DEU",))]),
    ("en", "MOSCOW - Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang "
     "Yi in Moscow on Monday. The sides signed a plan of consultations for 2025.",
     [("CONSULT", "occurred", ("CHN",), ("RUS",)),
      ("SUPPORT", "occurred", ("CHN", "RUS"), ())]),
    ("ru", "МОСКВА. Министр иностранных дел России Сергей Лавров провел переговоры с "
     "министром иностранных дел Китая Ван И. Стороны подписали план консультаций на 2025 год.",
     [("CONSULT", "occurred", ("CHN", "RUS"), ()), ("SUPPORT", "occurred", ("CHN", "RUS"), ())]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OUTCOMES)
def test_outcome_and_absent_sides(extractor: Extractor, language: str, text: str,
                                     expected: list[Coded]) -> None:
    assert coded(extractor, text, language) == sorted(expected)
