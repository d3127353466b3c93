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

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2024-05-08"

Coded = list[tuple[str | None, ...]]


def coded(extractor: Extractor, text: str, language: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, language, PUBLISHED)


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
    ("de", "Russland hat einem Korrespondenten des lettischen Staatsfernsehens die "
           "Akkreditierung entzogen.",
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


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an organisation declared undesirable or a foreign agent is banned (COERCE ban);
    # a person or a diplomat declared so is expelled (SANCTION expel)
    ("de", "Russland hat die Stiftung der deutschen Regierung zur unerwünschten Organisation "
           "erklärt.",
     [("COERCE", "ban", "RUS", "DEU", "occurred")]),
    ("de", "Russland erklärte einen deutschen Diplomaten zur unerwünschten Person.",
     [("SANCTION", "expel", "RUS", "DEU", "occurred")]),
    ("en", "Russia declared Germany's state development agency an undesirable organisation.",
     [("COERCE", "ban", "RUS", "DEU", "occurred")]),
    ("en", "Russia declared two German diplomats persona non grata.",
     [("SANCTION", "expel", "RUS", "DEU", "occurred")]),
    ("ru", "Генпрокуратура России признала нежелательной деятельность Национального фонда "
           "демократии США.",
     [("COERCE", "ban", "RUS", "USA", "occurred")]),
    ("ru", "Россия объявила персоной нон грата сотрудника посольства Латвии.",
     [("SANCTION", "expel", "RUS", "LVA", "occurred")]),
])
def test_declared_undesirable(extractor: Extractor, language: str, text: str,
                              expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # journalists expelled are individuals (COERCE), diplomats reduce relations (SANCTION)
    ("ru", "Латвия выслала корреспондента российского государственного информагентства.",
     [("COERCE", None, "LVA", "RUS", "occurred")]),
    ("ru", "Латвия выслала российского дипломата.",
     [("SANCTION", "expel", "LVA", "RUS", "occurred")]),
    # a media office closed is COERCE, an embassy or consulate closed a SANCTION
    ("ru", "Латвия закрыла офис российского государственного информагентства.",
     [("COERCE", None, "LVA", "RUS", "occurred")]),
    # property seized
    ("ru", "Россия изъяла имущество посольства Финляндии.",
     [("COERCE", None, "RUS", "FIN", "occurred")]),
])
def test_press_and_property(extractor: Extractor, language: str, text: str,
                            expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # arrests worded with a light verb or a particle verb
    ("de", "Iran hat einen deutschen Staatsbürger festgesetzt.",
     [("COERCE", "arrest", "IRN", "DEU", "occurred")]),
    ("en", "Belarus took a Polish citizen into custody.",
     [("COERCE", "arrest", "BLR", "POL", "occurred")]),
    ("en", "China placed a Japanese national under house arrest.",
     [("COERCE", "arrest", "CHN", "JPN", "occurred")]),
    ("ru", "Белорусские власти взяли под стражу гражданина Польши.",
     [("COERCE", "arrest", "BLR", "POL", "occurred")]),
    ("ru", "Суд Белоруссии заключил под стражу гражданина Латвии.",
     [("COERCE", "arrest", "BLR", "LVA", "occurred")]),
    # «заключить» with an agreement stays no arrest
    ("ru", "Стороны заключили соглашение о сотрудничестве.", []),
])
def test_custody(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # entry refused to a state's officials reduces relations (CAMEO 160), as in Russian
    ("de", "Ungarn hat einem ukrainischen Minister die Einreise verweigert.",
     [("SANCTION", None, "HUN", "UKR", "occurred")]),
    ("en", "Hungary denied entry to a Ukrainian minister.",
     [("SANCTION", None, "HUN", "UKR", "occurred")]),
    ("ru", "Эстония отказала во въезде российскому депутату.",
     [("SANCTION", None, "EST", "RUS", "occurred")]),
])
def test_entry_denied(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a state threatening "mit der Ausweisung" threatens; a person facing expulsion is no act
    ("de", "Russland drohte Polen mit der Ausweisung von Diplomaten.",
     [("THREATEN", None, "RUS", "POL", "occurred")]),
    ("de", "Dem Journalisten droht die Ausweisung aus Russland.", []),
    # retaliation held out is a threat, not a promise of cooperation (AGREE)
    ("de", "Iran stellte Israel einen Vergeltungsschlag in Aussicht.",
     [("THREATEN", None, "IRN", "ISR", "occurred")]),
    # the litotes with the threatener as subject; negation elsewhere still negates
    ("de", "Russland werde die Ausweisung seiner Diplomaten durch Polen nicht unbeantwortet "
           "lassen.",
     [("THREATEN", None, "RUS", "POL", "occurred")]),
    ("de", "Russland hat die Diplomaten nicht ausgewiesen.", []),
    ("de", "Die Regierung ließ die Frage der Journalisten unbeantwortet.", []),
    # an answer intended or forced, a rebuff readied: announced retaliation
    ("ru", "Россия намерена ответить на высылку своих дипломатов из Польши.",
     [("THREATEN", None, "RUS", "POL", "occurred")]),
    ("ru", "Россия будет вынуждена ответить Эстонии на этот шаг.",
     [("THREATEN", None, "RUS", "EST", "occurred")]),
    ("ru", "Россия готова дать жесткий отпор Польше.",
     [("THREATEN", None, "RUS", "POL", "occurred")]),
    ("ru", "Посол России в Польше готов ответить на вопросы журналистов.", []),
])
def test_threats(extractor: Extractor, language: str, text: str, expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a mission's closure ordered is a SANCTION; schools closed by a governor are none
    ("en", "Poland ordered the closure of the Russian consulate in Poznan.",
     [("SANCTION", None, "POL", "RUS", "occurred")]),
    ("en", "The governor ordered the closure of schools in the region.", []),
    # a state's central bank is the state (as "Zentralbank" in German)
    ("en", "Britain froze the assets of the Russian central bank.",
     [("SANCTION", None, "GBR", "RUS", "occurred")]),
    # a broadcaster's licence suspended: censorship
    ("en", "Russia suspended the broadcasting license of Latvia's state broadcaster.",
     [("COERCE", None, "RUS", "LVA", "occurred")]),
    # "within a week" is the envoys' deadline, not a future date of the expulsion
    ("en", "Moscow ordered two Estonian diplomats to leave the country within a week.",
     [("SANCTION", "expel", "RUS", "EST", "occurred")]),
])
def test_missions_and_deadlines(extractor: Extractor, language: str, text: str,
                                expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a compound of "Behörde" is the state's organ as "Behörden" is ("Sicherheitsbehörden")
    ("de", "Russische Sicherheitsbehörden haben in Kaliningrad einen deutschen Staatsbürger "
           "festgenommen.",
     [("COERCE", "arrest", "RUS", "DEU", "occurred")]),
])
def test_authorities_compound(extractor: Extractor, language: str, text: str,
                              expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an expulsion or closure ordered or made known by a separable verb is that act
    ("de", "Die Bundesregierung ordnete die Ausweisung von vier russischen Diplomaten an.",
     [("SANCTION", "expel", "DEU", "RUS", "occurred")]),
    ("de", "Das Auswärtige Amt gab am Mittwoch die Ausweisung von zwei russischen Diplomaten "
           "bekannt.",
     [("SANCTION", "expel", "DEU", "RUS", "occurred")]),
    ("de", "Litauen ordnete die Schließung des russischen Konsulats in Klaipėda an.",
     [("SANCTION", None, "LTU", "RUS", "occurred")]),
    ("de", "Die Bundesregierung gab die Ergebnisse der Gespräche mit Russland bekannt.", []),
    ("en", "Germany announced the expulsion of four Russian diplomats.",
     [("SANCTION", "expel", "DEU", "RUS", "occurred")]),
])
def test_expulsion_ordered(extractor: Extractor, language: str, text: str,
                           expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # troops moved to the border with a state threaten that state (PLOVER MOBILIZE target);
    # "an die Grenze zur Ukraine" names a neighbour, not a topic as "zur Lage" does
    ("de", "Belarus verlegte Panzer an die Grenze zu Litauen.",
     [("MOBILIZE", None, "BLR", "LTU", "occurred")]),
    ("de", "Aserbaidschan hat Truppen an die Grenze zum Iran verlegt.",
     [("MOBILIZE", None, "AZE", "IRN", "occurred")]),
    ("en", "Belarus moved tanks to the border with Lithuania.",
     [("MOBILIZE", None, "BLR", "LTU", "occurred")]),
    ("ru", "Белоруссия перебросила танки к границе с Литвой.",
     [("MOBILIZE", None, "BLR", "LTU", "occurred")]),
    ("de", "Belarus stationierte Panzer an der Grenze zu Polen.",
     [("MOBILIZE", None, "BLR", "POL", "occurred")]),
])
def test_troops_to_a_border(extractor: Extractor, language: str, text: str,
                            expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a state named as the backer of the act ("mit Unterstützung", "with the support of",
    # «при поддержке») acts with the actor; it is not the target
    ("de", "Frankreich verhängte mit Unterstützung der USA Sanktionen gegen Mali.",
     [("SANCTION", None, "FRA+USA", "MLI", "occurred")]),
    ("en", "The United States struck targets in Yemen with the support of Britain.",
     [("ASSAULT", None, "GBR+USA", "YEM", "occurred")]),
    ("ru", "США при поддержке Великобритании нанесли удары по Йемену.",
     [("ASSAULT", None, "GBR+USA", "YEM", "occurred")]),
])
def test_backers_act_with_the_actor(extractor: Extractor, language: str, text: str,
                                    expected: Coded) -> None:
    assert coded(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the attack noun right after an attack's verb is the deed itself: its target is a side
    ("de", "Die USA flogen neue Luftangriffe gegen Syrien.",
     [("ASSAULT", None, "USA", "SYR", "occurred")]),
    ("ru", "США нанесли авиаудары по Сирии.",
     [("ASSAULT", None, "USA", "SYR", "occurred")]),
    # … the attack condemned is what the condemnation is about: its victim is no side
    ("en", "Russia condemned the airstrikes on Syria.", []),
    ("ru", "Россия осудила авиаудары по Сирии.", []),
    ("de", "Russland verurteilte die Luftangriffe gegen Syrien.", []),
])
def test_deeds_and_deeds_told_of(extractor: Extractor, language: str, text: str,
                                 expected: Coded) -> None:
    assert coded(extractor, text, language) == expected
