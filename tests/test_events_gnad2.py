"""German general news (10kGNAD), second precision round: subjects that act for no state
whatever state they name, and clauses that speak of no act (``events/gates.py``, words in
``lang/de/general_news.yaml``).

Each rule is tested on sentences of my own (none from the corpus or a gold set) through
the whole extractor, with a control that differs by the rule's word and keeps its act:
a human-rights organisation after the finite verb, a party's member, a former office
holder (not a former Soviet republic), a share of people in a subordinate clause, jets
that "visit" a country, a sermon, a company's offer, an election campaign, "gefordert
sein" (to be challenged) and a denied press report.
"""

from __future__ import annotations

import pytest

from communique.document import RawDocument
from communique.events.candidates import find_candidates
from communique.events.gates import not_an_act
from communique.events.lexicon import load_lexicon
from communique.extractor import Extractor

Coded = tuple[str, tuple[str, ...], tuple[str, ...]]

CAIRO = "Kairo – Ägypten und die USA haben am Montag über die Lage der Presse verhandelt. "
TALKS = ("CONSULT", ("USA",), ("EGY",))
WARSAW = "Warschau – Die USA verlegen Truppen nach Polen und Litauen. "
TROOPS = ("MOBILIZE", ("USA",), ("LTU", "POL"))
ATHENS = "Athen – Die EU und Griechenland haben über Hilfen verhandelt. "
AID_TALKS = ("CONSULT", ("EU",), ("GRC",))


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """(type, actor codes, recipient codes) of every event of a German document."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="gnad2", language="de")])))
    return sorted((event.event_type,
                   tuple(sorted({a.code or a.name for a in event.actors})),
                   tuple(sorted({a.code or a.name for a in event.recipients})))
                  for event in doc.events)


CASES = [
    # private: a human-rights organisation after the finite verb (verb second) is the
    # subject; the report's parties do not make its demand theirs
    (CAIRO + "Am Dienstag forderte die US-Menschenrechtsorganisation Human Rights Watch "
     "Ägypten auf, die Journalisten freizulassen.", [TALKS]),
    (CAIRO + "Am Dienstag forderte die Regierung in Washington Ägypten auf, die Journalisten "
     "freizulassen.", [TALKS, ("REQUEST", ("USA",), ("EGY",))]),
    # … a party's member
    ("Washington – Die USA und der Iran haben in Wien ein Abkommen unterzeichnet. Der "
     "Republikaner warf dem Weißen Haus vor, Geheimvereinbarungen verschwiegen zu haben.",
     [("SUPPORT", ("IRN", "USA"), ())]),
    # … a former office holder, though his title names his state; a former Soviet republic
    # is a state
    ("Der frühere US-Präsident Jimmy Carter hat Nordkorea besucht.", []),
    ("US-Präsident Barack Obama hat Vietnam besucht.", [("CONSULT", ("USA",), ("VNM",))]),
    ("Kiew – Die ehemalige Sowjetrepublik Ukraine hat Russland scharf kritisiert.",
     [("ACCUSE", ("UKR",), ("RUS",))]),
    # machine: jets that "visit" a country are deployed, not received; ministers visit
    (WARSAW + "Zwei amerikanische Kampfflugzeuge besuchen Polen.", [TROOPS]),
    (WARSAW + "Zwei amerikanische Minister besuchen Polen.",
     [("CONSULT", ("USA",), ("POL",)), TROOPS]),
    # topic: a company's offer is business; an election campaign is domestic politics
    ("Ankara – Die Türkei und China haben über Raketen verhandelt. Die Türkei hat sich für "
     "das Angebot der China Aerospace Corporation ausgesprochen.",
     [("CONSULT", ("CHN",), ("TUR",))]),
    ("Washington – Die USA und China verhandeln über den Handel. Im Wahlkampf warf der "
     "Kandidat China vor, Arbeitsplätze zu stehlen.", [("CONSULT", ("CHN",), ("USA",))]),
    # idiom: "gefordert sein" is to be challenged; "aufgefordert" with "hat" is a demand
    (ATHENS + "Gefordert sei nun die griechische Regierung, sagte der Sprecher der "
     "EU-Kommission.", [AID_TALKS]),
    (ATHENS + "Die EU-Kommission hat die griechische Regierung aufgefordert, Reformen "
     "umzusetzen.", [AID_TALKS, ("REQUEST", ("EU",), ("GRC",))]),
    # media: a denied press report is no rejection of a state's proposal
    ("London/Brüssel – Die EU-Kommission hat einen britischen Pressebericht über eine "
     "EU-Armee zurückgewiesen.", []),
    ("London/Brüssel – Die EU-Kommission hat den britischen Vorschlag einer EU-Armee "
     "zurückgewiesen.", [("REJECT", ("EU",), ("GBR",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] for text, _ in CASES])
def test_gnad2_rule(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


def gates(extractor: Extractor, text: str) -> list[tuple[str, str, str | None]]:
    """(trigger, type, gate failed or None) of every candidate of a German document."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="gnad2", language="de")])))
    return [(doc.text[c.start:c.end], c.event_type, not_an_act(doc, c, "de"))
            for c in find_candidates(doc, load_lexicon("de"))]


GATE_CASES = [
    # private: a share of people opens a subordinate clause after the last comma (a poll)
    ("Er verwies auf eine Umfrage, derzufolge sich 93 Prozent der Bewohner gegen ein von Kiew "
     "angestrebtes Abkommen ausgesprochen hätten.", [("ausgesprochen", "REJECT", "private")]),
    # … a state in the prefield is the subject, and the organisation after the verb its object
    ("Russland forderte die Menschenrechtsorganisation auf, ihre Berichte zu löschen.",
     [("forderte", "REQUEST", None)]),
    # … an act in an attribute after the auxiliary is not the subject's own
    ("Der frühere Außenminister hatte für die in Wien erzielte Vereinbarung geworben.",
     [("erzielte", "AGREE", None)]),
    # topic: a sermon's appeal is the church's
    ("In seiner Predigt forderte der Papst die kubanische Regierung auf, Gefangene "
     "freizulassen.", [("forderte", "REQUEST", "topic")]),
    ("In Havanna forderte der Papst die kubanische Regierung auf, Gefangene freizulassen.",
     [("forderte", "REQUEST", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GATE_CASES,
                         ids=[text[:60] for text, _ in GATE_CASES])
def test_gnad2_gate(extractor: Extractor, text: str,
                    expected: list[tuple[str, str, str | None]]) -> None:
    assert gates(extractor, text) == expected
