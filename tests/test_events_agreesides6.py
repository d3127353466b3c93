"""AGREE and its sides in German, English and Russian, sixth round (issue 12, branch
agreesides6; probe tests/data/probe/agree6.jsonl):

- an agreement on an action ("agreed to share data", "vereinbarten, … einzurichten",
  "verständigten sich auf den Ausbau", «договорились ускорить», «об увеличении») is an act
  of its own beside a document signed in its sentence or the next (cue ``agreed_act``);
  one only a headline tells sums up the signing; a readiness towards the other side
  («готов предоставить Кыргызстану кредит») is directed and an act of its own too;
- a German "zu" that is a preposition ("ein Abkommen zu Fragen der …") cancels no signing,
  the infinitive marker still does ("bereit, einen Vertrag zu unterzeichnen");
- a Russian sentence after a sum («на 5 млрд.») opens with a follow-up («Следующее …»);
- an agreement that names nobody right after a joint act (a signing) is of its sides;
- a meeting a statement came after ("said after talks between …") was held;
- a meeting verb an invitation or a promise governs ("invited Brazil to attend …") is that
  AGREE's content, no meeting of its own.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # an agreement on an action beside a signing: two acts
    ("Chile and Peru signed a fisheries agreement in Lima on Thursday. The two ministers also "
     "agreed to share satellite data on illegal fishing.",
     [("AGREE", "CHL+PER", ""), ("SUPPORT", "CHL+PER", "")]),
    ("Chile and Peru signed a fisheries agreement in Lima on Thursday. The two ministers also "
     "agreed that their coast guards would patrol jointly.",
     [("AGREE", "CHL+PER", ""), ("SUPPORT", "CHL+PER", "")]),
    ("Uruguay und Paraguay haben am Montag ein Abkommen über den Flussverkehr unterzeichnet. "
     "Beide Seiten vereinbarten zudem, eine gemeinsame Kommission einzurichten.",
     [("AGREE", "PRY+URY", ""), ("SUPPORT", "PRY+URY", "")]),
    ("Österreich und Slowenien unterzeichneten am Freitag eine Absichtserklärung. Beide Seiten "
     "verständigten sich zudem auf den Ausbau der Bahnverbindung.",
     [("AGREE", "AUT+SVN", ""), ("SUPPORT", "AUT+SVN", "")]),
    ("Сербия и Венгрия подписали соглашение о сотрудничестве в энергетике. Стороны также "
     "договорились ускорить строительство нефтепровода.",
     [("AGREE", "HUN+SRB", ""), ("SUPPORT", "HUN+SRB", "")]),
    ("Армения и Грузия подписали меморандум о транзите грузов. Стороны договорились об "
     "увеличении числа авиарейсов.",
     [("AGREE", "ARM+GEO", ""), ("SUPPORT", "ARM+GEO", "")]),
    # a headline's agreement sums up the signing the body tells: one act
    ("Mongolia and South Korea agree to expand mining ties\nMongolia and South Korea signed an "
     "agreement on mining cooperation in Seoul on Tuesday.",
     [("SUPPORT", "KOR+MNG", "")]),
    # a readiness to grant is directed, an act of its own beside the signing
    ("Казахстан и Кыргызстан подписали соглашение о строительстве дороги. Казахстан готов "
     "предоставить Кыргызстану кредит на строительство.",
     [("AGREE", "KAZ", "KGZ"), ("SUPPORT", "KAZ+KGZ", "")]),
    # "zu" as a preposition cancels no signing; the infinitive marker does
    ("Polen und Tschechien haben ein Abkommen zu Fragen der Energiesicherheit unterzeichnet.",
     [("SUPPORT", "CZE+POL", "")]),
    ("Die Niederlande und Belgien haben einen Vertrag zu gemeinsamen Grenzkontrollen "
     "unterzeichnet.", [("SUPPORT", "BEL+NLD", "")]),
    ("Die Niederlande und Belgien sind bereit, einen Vertrag zu unterzeichnen.",
     [("AGREE", "BEL+NLD", "")]),
    # a follow-up after a sum opens its own sentence; told with no side right after a
    # signing, it is the signers'; after a one-sided proposal, nobody's
    ("Турция и Азербайджан подписали соглашение о торговле на 5 млрд. Следующее заседание "
     "комиссии решено провести в Баку в 2025 году.",
     [("AGREE", "AZE+TUR", ""), ("SUPPORT", "AZE+TUR", "")]),
    ("Армения и Грузия подписали меморандум о транзите грузов. Достигнута договоренность об "
     "увеличении числа авиарейсов.",
     [("AGREE", "ARM+GEO", ""), ("SUPPORT", "ARM+GEO", "")]),
    ("Венгрия предложила Сербии построить новый мост. Следующее заседание комиссии решено "
     "провести в Белграде в 2025 году.",
     [("AGREE", "HUN", "SRB")]),
    # the talks a statement came after were held
    ("Colombia and Ecuador agreed on Monday to reopen their border, the two governments said "
     "after talks between their foreign ministers in Quito.",
     [("AGREE", "COL+ECU", ""), ("CONSULT", "COL", "ECU")]),
    ("Thailand and Cambodia pledged to cooperate on demining, officials said after a meeting "
     "between the two defence ministers in Bangkok.",
     [("AGREE", "KHM+THA", ""), ("CONSULT", "KHM", "THA")]),
    # what an invitation or a promise is to is its content, no meeting of its own
    ("Portugal invited Brazil to attend a conference on ocean protection in Lisbon in June.",
     [("AGREE", "PRT", "BRA")]),
    ("The Philippine president promised to visit Vietnam later this year.",
     [("AGREE", "PHL", "VNM")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agree_sides(sided: Callable[[str], list[Sided]], text: str,
                     expected: list[Sided]) -> None:
    assert sided(text) == expected
