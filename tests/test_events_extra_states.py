"""States wrongly added as participants (issue 13, branch ``extrastates``; blind set
tests/data/probe/extra_states.jsonl).

Hand-written reports in English, German and Russian, none from the blind set or an evaluation
set, each asserting the exact actor and recipient codes of every coded event of a type: states
named in an aside or a relative clause, a deed's victim inside a topic, the partners of a topic
relation, a conflict's other party, a backdrop, or another meeting of the same sentence take no
part in the act.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-10-15"
Coded = tuple[str, str]


def sides_of(extractor: Extractor, text: str, event_type: str, language: str) -> list[Coded]:
    """Actor and recipient codes of the report's events of the type, in text order."""
    raw = RawDocument(text, doc_id="case", published=PUBLISHED, language=language)
    doc = next(iter(extractor.run([raw])))
    return [("+".join(sorted({a.code for a in e.actors if a.code})),
             "+".join(sorted({a.code for a in e.recipients if a.code})))
            for e in doc.events if e.event_type == event_type]


# An apposition on a former post (", formerly …", ", Russia's former …", ", zuvor …") or a
# possessive relative clause (", whose …", ", deren …", «, чья …») names no side of the act
# outside it; an act told inside it keeps its own sides.
ASIDES = [
    ("en", "Kenyan Foreign Minister Musalia Mudavadi, formerly Kenya's envoy to Egypt, met "
     "Tanzanian Foreign Minister January Makamba in Nairobi on Monday.",
     "CONSULT", [("TZA", "KEN")]),       # a visit: the host is the state of the venue
    ("en", "Igor Morgulov, Russia's former envoy to China, met Mongolian Foreign Minister "
     "Batmunkh Battsetseg in Ulaanbaatar.",
     "CONSULT", [("RUS", "MNG")]),
    ("en", "Slovak Foreign Minister Juraj Blanar, whose country belongs to NATO and the EU, met "
     "Serbian Foreign Minister Marko Djuric in Belgrade.",
     "CONSULT", [("SVK", "SRB")]),
    ("de", "Der slowakische Außenminister Juraj Blanár, dessen Land der Nato und der EU "
     "angehört, traf in Belgrad den serbischen Außenminister Marko Đurić.",
     "CONSULT", [("SVK", "SRB")]),
    ("ru", "Министр иностранных дел Словакии Юрай Бланар, чья страна входит в НАТО и ЕС, "
     "провел в Белграде переговоры с министром иностранных дел Сербии Марко Джуричем.",
     "CONSULT", [("SVK", "SRB")]),
]

# A relative clause between the subject and its verb is background; its list of states too.
RELATIVES = [
    ("en", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who brokered the prisoner "
     "swap between the United States and Iran, praised Egypt.",
     "SUPPORT", [("QAT", "EGY")]),
    # the relative clause the trigger stands in is its own clause, not a topic before it
    ("en", "The treaty, which Chile and Peru signed in Lima on Monday, covers fisheries.",
     "SUPPORT", [("CHL+PER", "")]),
    ("ru", "Договор, который Чили и Перу подписали в понедельник в Лиме, касается рыболовства.",
     "SUPPORT", [("CHL+PER", "")]),
]

# A target word ("against", «против») inside a topic begun before it names the deed's victim.
TARGET_IN_TOPIC = [
    # "on" after a noun of support, stance or talks opens a topic, not a target
    ("en", "Serbia thanked Hungary for its support on Kosovo.", "SUPPORT", [("SRB", "HUN")]),
    ("en", "The EU imposed new sanctions on Belarus.", "SANCTION", [("EU", "BLR")]),
    ("de", "Serbien dankte Ungarn für seine Haltung zu Kosovo.", "SUPPORT", [("SRB", "HUN")]),
    ("de", "China lobte Pakistans Position gegenüber Indien.", "SUPPORT", [("CHN", "PAK")]),
    ("en", "Norway condemned Sweden over its decision to deport asylum seekers, including "
     "measures against Afghan refugees.",
     "ACCUSE", [("NOR", "SWE")]),
]

# Two states named before the topic word: a 'with'/'between' phrase in the topic is the
# topic's relation; one state before it: the phrase names the partner.
TOPIC_PARTNERS = [
    ("en", "Wang Yi and Hakan Fidan discussed relations between Armenia and Azerbaijan.",
     "CONSULT", [("CHN+TUR", "")]),
    ("de", "Wang Yi sprach mit Hakan Fidan über die Beziehungen zwischen Armenien und "
     "Aserbaidschan.",
     "CONSULT", [("CHN+TUR", "")]),
    ("en", "Wang Yi discussed trade with Hakan Fidan.",
     "CONSULT", [("CHN+TUR", "")]),
    # an infinitive of purpose "to discuss" opens a topic as "discussed" does
    ("en", "Wang Yi met Hakan Fidan in Beijing to discuss Syria.",
     "CONSULT", [("TUR", "CHN")]),
    # a Russian discussing verb in the active voice opens its object as the topic, as
    # English "discussed" does; a partner after «с» is none of it
    ("ru", "Ван И и Хакан Фидан обсудили отношения между Арменией и Азербайджаном.",
     "CONSULT", [("CHN+TUR", "")]),
    ("ru", "Ван И обсудил с Хаканом Фиданом торговлю.",
     "CONSULT", [("CHN+TUR", "")]),
]

# A situation "on"/«на»/«обстановка» is a topic; the 'with' of a conflict noun ("the war with
# Russia", «войны с Россией») continues the topic (not a border's: "moved troops to the
# border with Belarus" is aimed at Belarus).
SITUATIONS = [
    ("ru", "Министры иностранных дел Китая и Турции обсудили обстановку на Ближнем Востоке.",
     "CONSULT", [("CHN+TUR", "")]),
    ("en", "Foreign ministers of China and Turkey discussed the situation on the Korean "
     "Peninsula.",
     "CONSULT", [("CHN+TUR", "")]),
    ("en", "Polish Foreign Minister Radoslaw Sikorski met Finnish Foreign Minister Elina "
     "Valtonen in Helsinki to discuss the war with Russia.",
     "CONSULT", [("POL", "FIN")]),
    ("ru", "Министры иностранных дел Польши и Финляндии обсудили в Хельсинки ход войны с "
     "Россией.",
     "CONSULT", [("POL", "FIN")]),
]

# A conflict between states, up to the second state's name, is a topic (cue ``relation``).
RELATIONS = [
    ("en", "At the EU foreign ministers' meeting, the conflict between Armenia and Azerbaijan "
     "dominated the agenda.", "CONSULT", [("EU", "")]),
    ("de", "Beim Treffen der EU-Außenminister dominierten die Spannungen zwischen Serbien und "
     "Kosovo die Tagesordnung.", "CONSULT", [("EU", "")]),
    ("ru", "На встрече министров иностранных дел ЕС обсуждался конфликт между Арменией и "
     "Азербайджаном.", "CONSULT", [("EU", "")]),
]

# A backdrop ("against the backdrop of", "vor dem Hintergrund") runs through its between-words.
BACKDROPS = [
    ("en", "The foreign ministers of China and Turkey met in Beijing against the backdrop of "
     "tensions between Israel and Iran.",
     "CONSULT", [("TUR", "CHN")]),
    ("de", "Die Außenminister Chinas und der Türkei trafen sich in Peking vor dem Hintergrund "
     "der Spannungen zwischen Israel und Iran.",
     "CONSULT", [("TUR", "CHN")]),
]

# A sentence that tells a meeting of its own with a state the report's meeting lacks takes its
# open side from that meeting, not from the report.
# who an act is done without takes no part in it ("without", "ohne", «без»); a meeting
# another act's verb takes as its object, naming its two sides, is theirs alone
WITHOUT = [
    ("en", "Turkey welcomed the talks between Serbia and Kosovo held in Brussels on Monday.",
     "CONSULT", [("SRB+XKX", "")]),
    ("ru", "Турция приветствовала переговоры между Сербией и Косово, которые прошли в Брюсселе "
     "в понедельник.", "CONSULT", [("SRB+XKX", "")]),
    ("de", "Die Türkei begrüßte die Gespräche zwischen Serbien und Kosovo, die am Montag in "
     "Brüssel stattfanden.", "CONSULT", [("SRB+XKX", "")]),
    ("en", "The foreign ministers of Spain and Italy met in Rome without their Maltese "
     "counterpart.", "CONSULT", [("ESP", "ITA")]),
    ("ru", "Министры иностранных дел Испании и Италии провели встречу без представителей "
     "Мальты.", "CONSULT", [("ESP+ITA", "")]),
]

OWN_MEETINGS = [
    # a visit whose visitor is named takes its host from the place visited, not the report's
    # other party
    ("en", "Russia and Iran discussed Syria. The Russian foreign minister travelled to Berlin "
     "on Monday.",
     "CONSULT", [("IRN+RUS", ""), ("RUS", "DEU")]),
    ("ru", "Министр иностранных дел Армении Арарат Мирзоян провел в Ереване переговоры с "
     "министром иностранных дел Греции Георгиосом Герапетритисом. 3 октября Мирзоян посетил "
     "Париж, где встретился с министром иностранных дел Франции Жан-Ноэлем Барро.",
     "CONSULT", [("GRC", "ARM"), ("ARM", "FRA")]),
]

# A state after the preposition of a deed noun whose owner stands right before it (compound,
# possessive, adjective) is the deed's partner: the owner is judged. With no owner the
# complement is the act's own recipient.
DEED_COMPLEMENTS = [
    ("de", "Der japanische Außenminister lobte Australiens Hilfe für Tonga.",
     "SUPPORT", [("JPN", "AUS")]),
    ("de", "Peking kritisierte scharf die US-Rüstungsexporte nach Manila.",
     "ACCUSE", [("CHN", "USA")]),
    ("en", "Brazil's foreign minister praised Norway's support for Colombia.",
     "SUPPORT", [("BRA", "NOR")]),
    ("ru", "МИД Китая осудил японские поставки оружия на Филиппины.",
     "ACCUSE", [("CHN", "JPN")]),
    # the owner in the genitive after the deed noun
    ("de", "Die Slowakei legte ein Veto gegen das Sanktionspaket der EU gegen Belarus ein.",
     "REJECT", [("SVK", "EU")]),
    ("en", "Serbia rejected the sanctions of the European Union against Belarus.",
     "REJECT", [("SRB", "EU")]),
    # no owner before the deed noun: the complement is the recipient
    ("de", "Schweden und Finnland verhängten Sanktionen gegen Belarus.",
     "SANCTION", [("FIN+SWE", "BLR")]),
]

CASES = DEED_COMPLEMENTS + ASIDES + RELATIVES + TARGET_IN_TOPIC + TOPIC_PARTNERS + SITUATIONS \
    + BACKDROPS + WITHOUT + RELATIONS + OWN_MEETINGS


@pytest.mark.parametrize(("language", "text", "event_type", "expected"), CASES)
def test_no_extra_states(extractor: Extractor, language: str, text: str, event_type: str,
                         expected: list[Coded]) -> None:
    assert sides_of(extractor, text, event_type, language) == expected
