"""Mentions that are not acts, seventh round (issue 12, branch precise7; probe
tests/data/probe/precise7.jsonl):

- the aim of a fund, a programme or a strategy ("Mit dem Fonds soll … unterstützt werden",
  "Through the fund, Ghana seeks to …", «фонд призван поддерживать») is what it is for, no
  act (gate ``purpose``);
- a case supposed before an act's noun ("im Falle eines Angriffs", "in the event of an
  attack", «в случае нападения»; a sentence opened by "Bei einem Abzug …" in Konjunktiv II)
  is no act (gates ``conditional`` and ``speculative``);
- a SUPPORT of a principle with no party before its noun ("supports a rules-based order")
  is a stance (gate ``policy``);
- readiness to work "with all partners" is a general course (gate ``generic``);
- a domestic body's meeting (a cabinet, a committee, «правительство провело заседание»)
  that names no partner abroad is no CONSULT (gate ``domestic``);
- aid an NGO delivers is no state's (``private`` for the giver of AID);
- background "in the past" / "in der Vergangenheit" / «в прошлом», denied reports,
  «якобы», friendlies, a bill, parties by name, parliaments' committees and critics.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from codekit import HELD_DE, HELD_EN, HELD_RU, LEAD_DE, LEAD_EN, LEAD_RU
from communique.events.gates import mention_words, precise_words

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # an instrument's aim is what it is for; a pledge is an act
    (LEAD_DE + "Mit dem neuen Küstenfonds soll Togo beim Ausbau des Hafens unterstützt werden.",
     HELD_DE),
    (LEAD_DE + "Ghana sagte Togo Unterstützung beim Ausbau des Hafens zu.",
     [*HELD_DE, ("AGREE", "GHA", "TGO")]),
    (LEAD_EN + "Through the new coastal fund, Ghana seeks to support Togo's port.", HELD_EN),
    (LEAD_EN + "Ghana pledged to support Togo's port.", [*HELD_EN, ("AGREE", "GHA", "TGO")]),
    (LEAD_EN + "The new coastal facility will support small fishing firms in the region.",
     HELD_EN),
    (LEAD_EN + "Ghana will support Togo's bid for the chairmanship.",
     [*HELD_EN, ("AGREE", "GHA", "TGO")]),
    (LEAD_RU + "Новый фонд призван поддерживать Грузию в восстановлении дорог.", HELD_RU),
    # a case supposed is no act; the act told is one
    (LEAD_DE + "Am Dienstag zog Ghana seine Truppen aus Togo ab.",
     [*HELD_DE, ("RETREAT", "GHA", "TGO")]),
    # a principle endorsed is a stance; a party's bid endorsed is an act
    (LEAD_DE + "Ghana unterstützt eine regelbasierte Ordnung in Westafrika.", HELD_DE),
    (LEAD_DE + "Ghana unterstützt die Bewerbung Togos um den Vorsitz.",
     [*HELD_DE, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_EN + "Ghana supports a rules-based order in West Africa.", HELD_EN),
    (LEAD_EN + "Japan supports a free and open Indo-Pacific.", HELD_EN),
    (LEAD_EN + "Ghana supports Togo's bid for the chairmanship.",
     [*HELD_EN, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_RU + "Армения поддерживает многополярный миропорядок.", HELD_RU),
    (LEAD_RU + "Армения поддерживает заявку Грузии на председательство.",
     [*HELD_RU, ("SUPPORT", "ARM", "GEO")]),
    # readiness to work with partners at large is a course; with one state, an offer
    (LEAD_DE + "Ghana sei bereit, mit allen Partnern in der Region zusammenzuarbeiten.", HELD_DE),
    (LEAD_EN + "Ghana stands ready to work with all partners in the region.", HELD_EN),
    (LEAD_EN + "Ghana stands ready to work with Togo on border security.",
     [*HELD_EN, ("AGREE", "GHA+TGO", "")]),
    (LEAD_RU + "Армения готова к сотрудничеству со всеми заинтересованными странами.", HELD_RU),
    (LEAD_RU + "Армения готова к сотрудничеству с Грузией в энергетике.",
     [*HELD_RU, ("AGREE", "ARM+GEO", "")]),
    # a domestic body meets at home; an IGO's body, or a meeting with a partner, stays
    (LEAD_DE + "Das ghanaische Kabinett beriet am Dienstag über die Grenzfrage.", HELD_DE),
    (LEAD_DE + "Der Koalitionsausschuss tagte am Dienstag in Berlin.", HELD_DE),
    (LEAD_DE + "Die Innenminister der Länder wollen im Mai in Dresden zusammenkommen.", HELD_DE),
    (LEAD_EN + "On Tuesday, the Ghanaian cabinet met to discuss the border.", HELD_EN),
    (LEAD_RU + "Во вторник правительство Армении провело заседание по вопросам границы.",
     HELD_RU),
    (LEAD_RU + "Во вторник Совет безопасности РФ провел заседание по Кавказу.", HELD_RU),
    (LEAD_RU + "Во вторник Совет Безопасности ООН провел заседание по Кавказу.",
     [*HELD_RU, ("CONSULT", "UN", "")]),
    (LEAD_DE + "Am Rande der Kabinettssitzung telefonierte Merz mit Macron.",
     [("CONSULT", "DEU+FRA", ""), ("CONSULT", "GHA+TGO", "")]),
    # aid an NGO delivers is its own; a state's is an act
    (LEAD_DE + "Die Welthungerhilfe hat am Dienstag Lebensmittel nach Togo geliefert.", HELD_DE),
    (LEAD_DE + "Ghana hat am Dienstag Lebensmittel nach Togo geliefert.",
     [*HELD_DE, ("AID", "GHA", "TGO")]),
    # background "in the past" has no date; an act with one stays
    (LEAD_EN + "Ghana has mediated between Togo and Benin in the past.", HELD_EN),
    (LEAD_DE + "Ghana hatte in der Vergangenheit zwischen Togo und Benin vermittelt.", HELD_DE),
    (LEAD_RU + "Армения в прошлом выступала посредником между Грузией и Азербайджаном.",
     HELD_RU),
    # a denied report tells no act
    (LEAD_EN + "Ghana denied reports that its envoy had met Togo's president.", HELD_EN),
    (LEAD_DE + "Ghana dementierte, dass sein Gesandter Togos Präsidenten getroffen habe.",
     HELD_DE),
    (LEAD_RU + "Армения опровергла сообщения о том, что якобы договорилась с Грузией о встрече.",
     HELD_RU),
    # a friendly, a bill, a party, a parliament's committee and critics are no diplomacy
    (LEAD_DE + "Im Juni trifft Ghana in einem Testspiel auf Togo.", HELD_DE),
    (LEAD_RU + "Депутаты поддержали законопроект во втором чтении.", HELD_RU),
    (LEAD_DE + "Die Linke kritisierte Ghana für seine Haltung.", HELD_DE),
    (LEAD_DE + "Ghana kritisierte Togo für seine Haltung.", [*HELD_DE, ("ACCUSE", "GHA", "TGO")]),
    (LEAD_EN + "The House Foreign Affairs Committee met on Tuesday to review aid to Togo.",
     HELD_EN),
    (LEAD_DE + "Kritiker warfen Ghana Nachgiebigkeit vor.", HELD_DE),
]


# a case supposed before an act's noun, and a sentence opened by a nominal case in
# Konjunktiv II: the words that gate them, read where the gates read them (the phrase before
# the noun; the sentence up to the clause's end), and their controls
SUPPOSED = [
    ("de", "Im Falle eines Angriffs", True), ("de", "Nach einem Angriff", False),
    ("en", "In the event of a withdrawal", True), ("en", "After the withdrawal", False),
    ("ru", "В случае нападения", True), ("ru", "После нападения", False),
]
KONJUNKTIV = [
    ("Bei einem Abzug der Truppen fiele der Schutz der Grenze weg.", True),
    ("Bei einem Treffen in Accra würde Ghana mehr Hilfe zusagen müssen.", True),
    ("Bei einem Treffen in Accra vereinbarten Ghana und Togo eine Grenzkommission.", False),
]


@pytest.mark.parametrize(("language", "before", "supposed"), SUPPOSED)
def test_supposed_case_before_noun(language: str, before: str, supposed: bool) -> None:
    condition = precise_words(language).condition
    assert condition is not None
    text = before + " "
    assert (condition.search(text, 0, len(text)) is not None) is supposed


@pytest.mark.parametrize(("sentence", "supposed"), KONJUNKTIV)
def test_nominal_case_in_konjunktiv(sentence: str, supposed: bool) -> None:
    assert (mention_words("de").speculative.search(sentence) is not None) is supposed


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_precise7(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == sorted(expected)
