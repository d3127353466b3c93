"""German rules found on the blind agency-page set (tests/data/probe/de_agency.jsonl): pages
of state agencies that translate into German (BelTA, Xinhua, CRI, Kazinform) and of foreign
ministries (Auswärtiges Amt, BMEIA, EDA). Each rule has sentences of the set and other
wordings of the same construction, written from German grammar for these tests, each with
its exact coded event (type, mode, status, actors, recipients, date, place).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.clean.dateline import find_dateline
from communique.document import RawDocument
from test_events_frames_de import coded

ACTS = [
    # Kazinform's dateline ("ASTANA. KAZINFORM –"): the agency is the report's source, no side
    ("ASTANA. KAZINFORM – Das Außenministerium Kasachstans hat der Botschaft der Russischen "
     "Föderation eine Protestnote übergeben.",
     [("ACCUSE", None, "occurred", "KAZ", "RUS", "2021-11", "Astana")]),
    ("ASTANA. KAZINFORM – Präsident Kassym-Schomart Tokajew hat heute in der Akorda den "
     "Außenminister Chinas, Wang Yi, empfangen.",
     [("CONSULT", "visit", "occurred", "CHN", "KAZ", "2021-11-24", "Astana")]),
    # verb second after a connecting adverb: the subject follows the verb, a capital too
    ("Zugleich appellierte Minsk an die Europäische Kommission, die Lage an der Grenze zu "
     "prüfen.", [("REQUEST", None, "occurred", "BLR", "EU", "2021-11", None)]),
    ("Ferner forderte Peking Manila auf, die Provokationen einzustellen.",
     [("REQUEST", None, "occurred", "CHN", "PHL", "2021-11", None)]),
    ("Dabei warf Moskau Warschau eine feindselige Politik vor.",
     [("ACCUSE", None, "occurred", "RUS", "POL", "2021-11", None)]),
    ("Am Dienstag empfing Astana den chinesischen Außenminister.",
     [("CONSULT", "visit", "occurred", "CHN", "KAZ", "2021-11-23", None)]),
    ("Zugleich sagte Schallenberg der Ukraine weitere humanitäre Hilfe zu.",
     [("AGREE", None, "occurred", "AUT", "UKR", "2021-11", None)]),
    # a quoted term inside the clause does not end it: the particle still closes it
    ("Deutschland hat zwei russische Diplomaten ausgewiesen. Die russische Botschaft kündigte "
     "eine „spiegelbildliche Antwort“ an.",
     [("SANCTION", "expel", "occurred", "DEU", "RUS", "2021-11", "Berlin"),
      ("THREATEN", None, "occurred", "RUS", "DEU", "2021-11", None)]),
    ("China legte bei Japan „entschiedenen Protest“ ein.",
     [("ACCUSE", None, "occurred", "CHN", "JPN", "2021-11", None)]),
    # the zu-infinitive after a particle verb is its object: its words make the frame; a threat
    # with no target answers the last hostile act against its maker
    ("Polen hat einen belarussischen Diplomaten ausgewiesen. Minsk kündigte an, auf die "
     "Ausweisung mit Gegenmaßnahmen zu antworten.",
     [("SANCTION", "expel", "occurred", "POL", "BLR", "2021-11", "Warsaw"),
      ("THREATEN", None, "occurred", "BLR", "POL", "2021-11", None)]),
    ("Lettland hat den russischen Botschafter ausgewiesen. Russland drohte mit Vergeltung.",
     [("SANCTION", "expel", "occurred", "LVA", "RUS", "2021-11", "Riga"),
      ("THREATEN", None, "occurred", "RUS", "LVA", "2021-11", None)]),
    # retaliation taken is a sanction; announced with the Konjunktiv I "werde" far before the
    # verb-final infinitive, a threat
    ("Moskau ergriff daraufhin Gegenmaßnahmen gegen Berlin.",
     [("SANCTION", None, "occurred", "RUS", "DEU", "2021-11", None)]),
    ("Die Sprecherin sagte, China werde entschlossen Gegenmaßnahmen gegen die USA ergreifen.",
     [("THREATEN", None, "occurred", "CHN", "USA", "2021-11", None)]),
    # a threat's condition names its target, a capital too
    ("Belarus drohte mit Gegenmaßnahmen, falls Vilnius an seiner Entscheidung festhalte.",
     [("THREATEN", None, "occurred", "BLR", "LTU", "2021-11", None)]),
    ("Sollte Washington an dem Geschäft festhalten, werde China alle notwendigen Maßnahmen "
     "ergreifen, drohte das chinesische Außenministerium.",
     [("THREATEN", None, "occurred", "CHN", "USA", "2021-11", None)]),
    ("Sollte Tokio die Ausweisung nicht zurücknehmen, werde Moskau entschlossen "
     "Gegenmaßnahmen ergreifen, drohte das russische Außenministerium.",
     [("THREATEN", None, "occurred", "RUS", "JPN", "2021-11", None)]),
    # a state adjective in the object names the state acted on, after the verb or, before a
    # clause-final participle, in the middle field after the finite auxiliary
    ("Außenminister Schallenberg hat den russischen Raketenangriff auf Charkiw auf das "
     "Schärfste verurteilt.", [("ACCUSE", None, "occurred", "AUT", "RUS", "2021-11", None)]),
    ("Österreich verurteilte den russischen Raketenangriff auf Charkiw.",
     [("ACCUSE", None, "occurred", "AUT", "RUS", "2021-11", None)]),
    ("Die EU hat gegen russische Banken Sanktionen verhängt.",
     [("SANCTION", None, "occurred", "EU", "RUS", "2021-11", None)]),
    # "von den Außenministern beider Länder": the sides named back in the dative plural
    ("Russland und China haben am Montag in Moskau ein Abkommen unterzeichnet. Das Dokument "
     "wurde von den stellvertretenden Außenministern beider Länder im Rahmen der fünften Runde "
     "der Konsultationen unterzeichnet.",
     [("SUPPORT", None, "occurred", "CHN+RUS", "", "2021-11-22", "Moscow"),
      ("CONSULT", None, "occurred", "CHN+RUS", "", "2021-11", None)]),
    # in the passive, the genitive of the act's own noun names who acts ("der Protest der
    # Bundesregierung"), whoever it was handed to: one summons, not a second one reversed
    ("Der russische Botschafter wurde in das Auswärtige Amt einbestellt; ihm wurde der "
     "Protest der Bundesregierung übermittelt.",
     [("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11", "Berlin")]),
    ("Dem Botschafter Litauens wurde eine Protestnote des belarussischen Außenministeriums "
     "überreicht.", [("ACCUSE", None, "occurred", "BLR", "LTU", "2021-11", "Minsk")]),
    # "Einigkeit/Übereinstimmung erzielt": an agreement reached
    ("Polen und Litauen haben Einigkeit über den Ausbau der Grenzanlagen erzielt.",
     [("AGREE", None, "occurred", "LTU+POL", "", "2021-11", None)]),
    ("Belarus und Russland erzielten Übereinstimmung über die Grundsätze der Visapolitik.",
     [("AGREE", None, "occurred", "BLR+RUS", "", "2021-11", None)]),
]

NO_ACTS = [
    # a place after an adverbial opening is no subject when no verb stands between
    "In Minsk fand am Montag ein Treffen statt.",
    # a threat that names no target and answers no act reported before it
    "Moskau kündigte an, auf die Ausweisung mit Gegenmaßnahmen zu antworten.",
    "Beide Seiten erzielten keine Übereinstimmung.",
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_events_de_agency_codes_the_act(extractor: Extractor, text: str,
                                        expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize("text", NO_ACTS)
def test_events_de_agency_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


def test_kazinform_dateline_names_the_agency() -> None:
    dateline = find_dateline("ASTANA. KAZINFORM – Präsident Tokajew hat …")
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date_text, dateline.end) == (
        "ASTANA", "Kazinform", None, 20)


def test_unknown_words_after_a_place_are_no_agency() -> None:
    dateline = find_dateline("Wien. Die Lage – so der Minister …")
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.end) == ("Wien", None, 6)


@pytest.mark.parametrize(("text", "expected"), [
    # after a fronted clause the phrase after the verb is its subject, no object
    ("Wie die Beobachtungsstelle mitteilte, bombardierten die russischen Kampfjets ein "
     "Krankenhaus in Hama.", []),
    ("Am Montag verurteilte die Bundesregierung die russischen Luftangriffe.",
     ["ACCUSE DEU -> RUS"]),
])
def test_the_subject_after_a_fronted_clause_is_no_object(extractor: Extractor, text: str,
                                                         expected: list[str]) -> None:
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2024-03-12")])))
    assert [f"{e.event_type} {'+'.join(sorted(a.code or '-' for a in e.actors))} -> "
            f"{'+'.join(sorted(a.code or '-' for a in e.recipients))}"
            for e in doc.events] == expected
