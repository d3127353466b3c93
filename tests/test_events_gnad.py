"""German general news (10kGNAD, DER STANDARD): mentions that are not acts between states,
and sides from German grammar.

Each rule is tested on hand-built sentences (not the gold set's) through the whole
extractor, with a control sentence that differs by the rule's word and keeps its act:
criminal charges against persons are no accusation between states (``justice`` in
``lang/de/mentions.yaml``); "any country at all" is no state; the Austrian
``Bundeskanzleramt`` names no state; a government word with capitals in the genitive
("Die Außenminister Roms und Madrids") makes the capitals' states the subject; a state
in a compound of a thing about it ("Syrien-Krise", "EU-Jemen-Fonds") is its topic.
"""

from __future__ import annotations

import pytest

from communique.document import RawDocument
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
    ("Die EU und Japan vereinbarten beim EU-Japan-Gipfel ein Freihandelsabkommen.",
     [("AGREE", ("EU", "JPN"), ())]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_gnad_german_rule(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
