"""German general news (10kGNAD, DER STANDARD): mentions that are not acts between states,
and sides from German grammar.

Each rule is tested on hand-built sentences (not the gold set's) through the whole
extractor, with a control sentence that differs by the rule's word and keeps its act:
criminal charges against persons are no accusation between states (``justice`` in
``lang/de/mentions.yaml``); "any country at all" is no state; the Austrian
``Bundeskanzleramt`` names no state; a government word with capitals in the genitive
("Die Außenminister Roms und Madrids") makes the capitals' states the subject; a state
in a compound of a thing about it ("Syrien-Krise", "EU-Jemen-Fonds") is its topic; the
names in a phrase of time that opens the clause around a nominalised act ("Während des
Besuchs von …", "Nach dem Treffen mit …") are that act's, not the main verb's
(``events/act_phrase.py``, cue ``act_opener``); a headline's participle with a "von"
agent and no auxiliary is passive ("Deutschland von EU-Kommission verklagt"); a name in an
extended attribute ("ein in Belgien gesuchter Algerier") is no side; an act with a named
passive agent that is no state ("von der Kirche … eingeladen") takes no side from the report.
What a guest says in an interview, a calendar line of history ("1972 – …"), a frequent
guest and acts "immer wieder" are no acts; a non-state body after the finite auxiliary is
the subject as much as one that opens the clause (``events/gates.py``).
"""

from __future__ import annotations

import pytest

from communique.document import RawDocument
from communique.events.candidates import find_candidates
from communique.events.gates import not_an_act
from communique.events.lexicon import load_lexicon
from communique.extractor import Extractor

Coded = tuple[str, tuple[str, ...], tuple[str, ...]]


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """(type, actor codes, recipient codes) of every event of a one-sentence document."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="gnad", language="de")])))
    return sorted((event.event_type,
                   tuple(sorted({a.code or a.name for a in event.actors})),
                   tuple(sorted({a.code or a.name for a in event.recipients})))
                  for event in doc.events)


CASES = [
    # justice: a charge against persons names their states, but no state accuses them
    ("Den drei Männern aus Polen und Litauen wird Geldwäsche vorgeworfen, teilte die "
     "Staatsanwaltschaft mit.", []),
    ("Den beiden Männern aus Polen und Litauen werden gewerbsmäßiger Betrug und Geldwäsche "
     "vorgeworfen.", []),
    # … a state's complaint about an arrest names no procedure of its own
    ("Russland warf der Ukraine am Montag die Festnahme russischer Journalisten vor.",
     [("ACCUSE", ("RUS",), ("UKR",))]),
    # … nor does the verb "verdächtigen", unlike the noun of a suspect
    ("Litauen und Lettland verdächtigen Russland, die Ermittlungen zu behindern.",
     [("ACCUSE", ("LTU", "LVA"), ("RUS",))]),
    # generic: every country that negotiates is no state that negotiates
    ("Montenegro muss wie jedes andere Land, das über einen EU-Beitritt verhandelt, die "
     "Pressefreiheit achten, sagte ein Sprecher der EU-Kommission in Brüssel.", []),
    ("Die EU verhandelt seit 2014 mit Serbien über einen Beitritt.",
     [("CONSULT", ("EU", "SRB"), ())]),
    # Austria's chancellery has Germany's name; the Foreign Office is Germany's alone
    ("Das Bundeskanzleramt kritisierte Ungarn am Montag scharf.", []),
    ("Das Auswärtige Amt kritisierte Ungarn am Montag scharf.",
     [("ACCUSE", ("DEU",), ("HUN",))]),
    # genitive capitals after a government word are the subject; a mayor is the city's
    ("Die Außenminister Roms und Madrids haben am Dienstag eine engere Zusammenarbeit "
     "vereinbart.", [("AGREE", ("ESP", "ITA"), ())]),
    ("Die Regierung Warschaus hat am Montag zwei russische Diplomaten ausgewiesen.",
     [("SANCTION", ("POL",), ("RUS",))]),
    ("Der Bürgermeister Warschaus hat am Montag zwei russische Diplomaten empfangen.", []),
    # a compound's topic is no side; an abbreviation that opens it owns the thing, and a
    # summit's compound names its parties
    ("Die EU warf Russland am Montag eine Mitschuld an der Syrien-Krise vor.",
     [("ACCUSE", ("EU",), ("RUS",))]),
    ("Japan sagte dem UN-Jemen-Fonds am Montag zehn Millionen Dollar zu.",
     [("AGREE", ("JPN",), ("UN",))]),
    # (the summit "beim" which they agreed took place: a CONSULT too, cue reached_at)
    ("Die EU und Japan vereinbarten beim EU-Japan-Gipfel ein Freihandelsabkommen.",
     [("AGREE", ("EU", "JPN"), ()), ("CONSULT", ("EU", "JPN"), ())]),
    # a phrase of time around an act opens the clause: its names are the act's (a visit's
    # place its host); the arrest after it is no act between the visit's states
    ("Während des Besuchs von Papst Franziskus in Kuba sind mindestens 50 Dissidenten "
     "festgenommen worden.", [("CONSULT", ("VAT",), ("CUB",))]),
    # … the main verb's subject follows it (verb second) and did the meeting with the one
    # side the phrase names; the main verb's object is no side of the meeting
    ("Nach dem Treffen mit Wladimir Putin kritisierte Merkel die Türkei scharf.",
     [("ACCUSE", ("DEU",), ("TUR",)), ("CONSULT", ("DEU", "RUS"), ())]),
    ("Bei dem Treffen mit Lawrow forderte Steinmeier einen Waffenstillstand.",
     [("CONSULT", ("DEU", "RUS"), ()), ("REQUEST", ("DEU",), ("RUS",))]),
    ("Nach seinem Besuch in Peking kritisierte der französische Präsident Japan.",
     [("ACCUSE", ("FRA",), ("JPN",)), ("CONSULT", ("FRA",), ("CHN",))]),
    # … unless the act's noun names its own doer (a genitive or "von"): the subject is not
    # the visitor, and its protest takes no side of the visit
    ("Während des Besuchs des chinesischen Präsidenten in Paris protestierte Japan gegen "
     "die Waffenlieferungen.", [("CONSULT", ("CHN",), ("FRA",))]),
    # … the phrase ends at the finite auxiliary; a summit in a capital is no meeting of
    # the clause's subject and object
    ("Nach dem Gipfeltreffen in Brüssel hat Polen Russland scharf kritisiert.",
     [("ACCUSE", ("POL",), ("RUS",))]),
    ("Nach der Konferenz in Genf verurteilte Frankreich den Angriff Russlands auf die "
     "Ukraine.", [("ACCUSE", ("FRA",), ("RUS",))]),
    # a headline's passive leaves its auxiliary out: the agent after "von" acts on the
    # subject; an active verb in second place keeps its subject
    ("Deutschland deswegen von EU-Kommission verklagt.", [("ACCUSE", ("EU",), ("DEU",))]),
    ("Russischer Diplomat von Polen ausgewiesen.", [("SANCTION", ("POL",), ("RUS",))]),
    ("Die Türkei von Russland mit Sanktionen belegt.", [("SANCTION", ("RUS",), ("TUR",))]),
    ("Die EU verklagt Deutschland.", [("ACCUSE", ("EU",), ("DEU",))]),
    # a name in an extended attribute ("ein in Belgien gesuchter") qualifies the noun after
    # its participle: no side nor place of the arrest
    ("In Italien wurde indes ein in Belgien gesuchter Algerier festgenommen.", []),
    ("Die Polizei in Italien hat einen in Belgien gesuchten Russen festgenommen.",
     [("COERCE", ("ITA",), ("RUS",))]),
    # control: a phrase of time that names no one speaks of the report's meeting (a visit
    # to Warsaw), whose sides sign
    ("Die Außenminister Polens und Litauens trafen sich am Montag in Warschau. Nach den "
     "Konsultationen unterzeichneten die Delegationen ein Protokoll über die Zusammenarbeit.",
     [("CONSULT", ("LTU",), ("POL",)), ("SUPPORT", ("LTU", "POL"), ())]),
    # an act whose passive agent is named, no state, takes no side from the report's meeting;
    # the same invitation with no agent is the meeting's sides
    ("Die Außenminister Polens und Litauens trafen sich am Montag in Warschau. Zwei "
     "Journalisten waren von der Kirche zu einer Begegnung mit den Ministern eingeladen.",
     [("CONSULT", ("LTU",), ("POL",))]),
    ("Die Außenminister Polens und Litauens trafen sich am Montag in Warschau. Zwei "
     "Journalisten waren zu einer Begegnung mit den Ministern eingeladen.",
     [("AGREE", ("LTU", "POL"), ()), ("CONSULT", ("LTU",), ("POL",))]),
    # control: a phrase about a dispute, no act, still says what the act is on
    ("Im Streit mit Russland hat die EU neue Sanktionen verhängt.",
     [("SANCTION", ("EU",), ("RUS",))]),
    # an interview: after the interviewer's first turn the guest gives opinions
    ("Ein Gespräch über Europa. STANDARD: Wie sehen Sie die Lage? Müller: Russland verhängt "
     "Sanktionen gegen die Türkei. STANDARD: Und die EU? Müller: Die EU kritisiert die "
     "Türkei zu wenig.", []),
    # a calendar line tells history in the present tense; a dateline is no year
    ("1972 – US-Präsident Richard Nixon besucht China.", []),
    ("Peking – US-Präsident Barack Obama trifft in Peking den chinesischen Präsidenten.",
     [("CONSULT", ("USA",), ("CHN",))]),
    # a frequent guest and acts again and again are habits; "wiederholt" reports the latest
    ("Der serbische Premier ist in Moskau seit Jahren häufiger Gast.", []),
    ("Russland und China haben immer wieder gemeinsame Manöver abgehalten.", []),
    ("Russland hat der Ukraine immer wieder Provokationen vorgeworfen.", []),
    ("Russland hat der Ukraine wiederholt Provokationen vorgeworfen.",
     [("ACCUSE", ("RUS",), ("UKR",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_gnad_german_rule(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


def gates(extractor: Extractor, text: str) -> list[tuple[str, str, str | None]]:
    """(trigger, type, gate failed or None) of every candidate of a German document."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="gnad", language="de")])))
    return [(doc.text[c.start:c.end], c.event_type, not_an_act(doc, c, "de"))
            for c in find_candidates(doc, load_lexicon("de"))]


GATE_CASES = [
    # a non-state body after the finite auxiliary is the subject (verb second), and the names
    # after it are the verb's objects; a party between the auxiliary and the body is the
    # subject instead, and a state in the prefield makes the body no subject
    ("Am Montag haben mehrere Senatoren die Türkei scharf kritisiert.",
     [("kritisiert", "ACCUSE", "nonstate")]),
    ("Am Montag hat Russland den Verband scharf kritisiert.", [("kritisiert", "ACCUSE", None)]),
    ("In den vergangenen Wochen hatte Polen Russland scharf kritisiert.",
     [("kritisiert", "ACCUSE", None)]),
    # armed groups that are no state accuse for themselves
    ("Die Milizen warfen der Regierung in Kairo Verrat vor.", [("warfen", "ACCUSE", "nonstate")]),
    ("Die ägyptische Regierung warf den Milizen Verrat vor.", [("warf", "ACCUSE", None)]),
    # a crowd counted in thousands protests for itself, not as its state
    ("Nach dem Referendum am Sonntag haben Tausende Ukrainer Russland scharf kritisiert.",
     [("kritisiert", "ACCUSE", "nonstate")]),
    # a speaker's label that opens one sentence only is a headline's, not an interview
    ("Tusk: EU verlängert Sanktionen gegen Russland.", [("verlängert", "SANCTION", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GATE_CASES,
                         ids=[text[:40] for text, _ in GATE_CASES])
def test_gnad_german_gate(extractor: Extractor, text: str,
                          expected: list[tuple[str, str, str | None]]) -> None:
    assert gates(extractor, text) == expected
