"""German acts found but given no sides (issues 12 and 13), and the tool that shows why.

``tools.explain_sides`` lists each candidate that passed the gates with its parties, its
sides and its fate; the rule fixed here: a reaction to a decision named back ("begrüßte
die Entscheidung", "hat diesen Schritt kritisiert") is directed at who took it, the acting
side of the last act reported before. Hand-written wordings, none from an evaluation set
(``docs/events.md``, "Reactions to a decision named back").
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.tools.explain_sides import main

PUBLISHED = "2024-03-14"


def events(extractor: Extractor, text: str) -> list[str]:
    """Each event as ``TYPE ACTORS -> RECIPIENTS`` (codes sorted, joined by "+")."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    return [f"{e.event_type} {'+'.join(sorted({a.code for a in e.actors if a.code}))} -> "
            f"{'+'.join(sorted({a.code for a in e.recipients if a.code}))}" for e in doc.events]


DECISIONS = [
    ("Die EU hat neue Sanktionen gegen Russland verhängt. Das Auswärtige Amt begrüßte die "
     "Entscheidung.",
     ["SANCTION EU -> RUS", "SUPPORT DEU -> EU"]),
    # a second reaction is directed at the decision's author, not at the first reaction
    ("Die EU hat neue Sanktionen gegen Russland verhängt. Der schwedische Ministerpräsident Ulf "
     "Kristersson begrüßte den Beschluss. Das Auswärtige Amt begrüßte die Entscheidung ebenfalls.",
     ["SANCTION EU -> RUS", "SUPPORT SWE -> EU", "SUPPORT DEU -> EU"]),
    # verb last, another decision noun, an IGO deciding
    ("Die USA haben neue Sanktionen gegen Iran verhängt. Großbritannien hat den Schritt "
     "ausdrücklich begrüßt.",
     ["SANCTION USA -> IRN", "SUPPORT GBR -> USA"]),
    ("Die Afrikanische Union hat die Mitgliedschaft Nigers ausgesetzt. Frankreich unterstützte "
     "die Entscheidung.",
     ["SANCTION AU -> NER", "SUPPORT FRA -> AU"]),
    # controls: no act before; the decision is named with its author; the author reacts
    ("Der schwedische Ministerpräsident begrüßte den Beschluss.", []),
    ("Die EU hat neue Sanktionen gegen Russland verhängt. Das Auswärtige Amt begrüßte die "
     "Entscheidung des Rates zur Waffenruhe.",
     ["SANCTION EU -> RUS"]),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_a_reaction_to_a_decision_named_back_is_directed_at_its_author(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


def test_explain_sides_shows_each_candidate_its_sides_and_its_fate(
        extractor: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lost", "--text", "Das Ministerium bestellte am Donnerstag den russischen "
                 "Botschafter ein. Die EU hat Sanktionen gegen Belarus verhängt."]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "== text",
        "  ACCUSE    'bestellte' (directed, occurred) sentence 0: not codable: fewer than two "
        "sides",
        "      in: 'Das Ministerium bestellte am Donnerstag den russischen Botschafter ein.'",
        "      parties: Russia [RUS]",
        "      actors: -  recipients: Russia [RUS]",
    ]


# "die Verteidigungsminister beider Länder": the sides named back through a genitive, as
# "die Seiten" (cue ``sides``); a sentence that names one side still takes the other
BOTH = [
    ("Spanien und Marokko haben am Montag ein gemeinsames Marinemanöver im Mittelmeer "
     "abgehalten. Die Verteidigungsminister beider Länder hatten das Manöver im März vereinbart.",
     ["COOPERATE ESP+MAR -> ", "AGREE ESP+MAR -> "]),
    ("Der spanische Außenminister José Manuel Albares hat am Montag in Rabat seinen "
     "marokkanischen Amtskollegen Nasser Bourita getroffen. Die Innenminister beider Staaten "
     "hatten zuvor ein Abkommen über Migration vereinbart.",
     ["CONSULT ESP -> MAR", "AGREE ESP+MAR -> "]),
]


@pytest.mark.parametrize(("text", "expected"), BOTH)
def test_ministers_of_both_states_are_the_sides_named_back(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected
