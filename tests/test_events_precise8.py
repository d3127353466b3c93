"""Mentions that are not acts, eighth round (issue 12, branch precise8; probe
tests/data/probe/precise8.jsonl):

- a non-state body after a finite trigger in German verb-second order ("Am Rande
  unterzeichnete der Stahlkonzern …"), a party's politician named by a compound
  ("Der SPD-Verteidigungspolitiker …"), makers ("Fahrzeughersteller", "carmaker"), a
  consortium, an institute and a body in guillemets («Армтранс») act for themselves (gate
  ``nonstate``); a state in the head's genitive attribute says whose the body is ("Der
  Verband der ghanaischen Exporteure", "A consortium of Ghanaian banks"), and an English
  possessive opens a subject ("Ghana's parliamentary … committee");
- a legislature or a cabinet acting in a clause that names no party passes laws at home
  («Совет Республики одобрил ряд законов», "Am Mittwoch billigte das Kabinett …"; gate
  ``domestic``); a ratification names its partner and stays;
- what analysts, experts or observers say is an opinion (gate ``opinion``);
- repetition placed before the report's days ("zuvor bereits mehrfach", "previously
  repeatedly", «ранее … неоднократно») is background (gate ``generic``);
- more papers' names label an interviewer's turns ("Tagesspiegel:");
- a headline's agreement ("agree to resume shuttle diplomacy") over the body's agreement to
  hold meetings, coded planned, is one act (``drafts.fold_headline_echoes``).

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from codekit import HELD_DE, HELD_EN, HELD_RU, LEAD_DE, LEAD_EN, LEAD_RU
from communique.events.gates import mention_words

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # a non-state subject after the finite trigger (German verb second); the states stay
    (LEAD_DE + "Am Rande des Treffens unterzeichnete der Stahlkonzern eine Absichtserklärung mit "
     "einem Hafenbetreiber.", HELD_DE),
    (LEAD_DE + "Am Rande des Treffens unterzeichneten beide Länder ein Abkommen über den Hafen.",
     [*HELD_DE, ("SUPPORT", "GHA+TGO", "")]),
    # makers, a consortium, a party's politician, an institute, a body in guillemets
    (LEAD_DE + "Ein Fahrzeughersteller vereinbarte zugleich eine Zusammenarbeit mit einem "
     "Zulieferer.", HELD_DE),
    (LEAD_DE + "Der SPD-Verteidigungspolitiker Karl Berg forderte die Ausweisung togoischer "
     "Diplomaten.", HELD_DE),
    (LEAD_EN + "Ghanaian carmaker Kantanka signed a deal with a dealer on the same day.", HELD_EN),
    (LEAD_RU + "Институт Кавказа призвал обе стороны открыть границу.", HELD_RU),
    (LEAD_RU + "Накануне «Армтранс» и «Батумпорт» подписали соглашение о перевозках.", HELD_RU),
    # a state in the head's genitive attribute says whose the body is
    (LEAD_DE + "Der Verband der ghanaischen Exporteure begrüßte das Treffen.", HELD_DE),
    (LEAD_EN + "The Association of Ghanaian Exporters welcomed the meeting.", HELD_EN),
    (LEAD_EN + "A consortium of Ghanaian banks signed a loan agreement on the same day.", HELD_EN),
    # an English possessive before a parliament's committee
    (LEAD_EN + "Ghana's parliamentary foreign affairs committee called for an emergency session of "
     "the UN Security Council.", HELD_EN),
    # a legislature or a cabinet in a clause that names no party; a ratification stays
    (LEAD_DE + "Am Mittwoch billigte das Kabinett den Entwurf des Haushalts.", HELD_DE),
    (LEAD_RU + "Совет Республики одобрил ряд законов о торговле.", HELD_RU),
    (LEAD_RU + "Парламент Армении ратифицировал соглашение с Грузией.",
     [*HELD_RU, ("SUPPORT", "ARM+GEO", "")]),
    # what analysts or observers say
    (LEAD_DE + "Beobachter sagen, das Treffen könne den Weg für einen Gipfel im kommenden Jahr "
     "ebnen.", HELD_DE),
    (LEAD_EN + "Analysts say the meeting could pave the way for a summit next year.", HELD_EN),
    (LEAD_EN + "The meeting could pave the way for a summit next year.",
     [*HELD_EN, ("AGREE", "GHA+TGO", "")]),
    ("Лавров в понедельник провел переговоры с Ван И в Пекине. По мнению политолога Алексея "
     "Маслова, переговоры откроют путь к визиту Си Цзиньпина в Москву в следующем году.",
     [("CONSULT", "RUS", "CHN")]),
    # repetition before the report's days
    (LEAD_DE + "Ghana hatte Togo zuvor bereits mehrfach Hilfe geschickt.", HELD_DE),
    (LEAD_EN + "Ghana had previously repeatedly sent aid to Togo.", HELD_EN),
    (LEAD_RU + "Ранее Армения неоднократно направляла гуманитарную помощь Грузии.", HELD_RU),
    # a headline's agreement over the body's agreement to hold meetings is that one act
    ("Ghana, Togo agree to resume shuttle diplomacy\n\nThe foreign ministers of Ghana and Togo "
     "met in Accra on Monday and agreed to resume regular visits between their presidents.",
     [*HELD_EN, ("AGREE", "GHA+TGO", "")]),
    ("Ghana und Togo vereinbaren Pendeldiplomatie\n\nDie Außenminister Ghanas und Togos trafen "
     "sich am Montag in Accra und vereinbarten, regelmäßige Besuche ihrer Präsidenten wieder "
     "aufzunehmen.", [*HELD_DE, ("AGREE", "GHA+TGO", "")]),
]

INTERVIEWER = [
    ("Tagesspiegel: Wird Ghana Truppen schicken?", True),
    ("Handelsblatt: Wie geht es weiter?", True),
    ("Ghana: Regierung begrüßt das Abkommen", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_precise8(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == sorted(expected)


@pytest.mark.parametrize(("sentence", "label"), INTERVIEWER)
def test_interviewer_labels(sentence: str, label: bool) -> None:
    interviewer = mention_words("de").interviewer
    assert interviewer is not None
    assert (interviewer.match(sentence) is not None) is label
