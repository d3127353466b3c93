"""German wordings of acts that real news uses and the lexicon lacked (issue 12, branch
``gnadtrig``): the reproach in "vorhalten" and "Vorwürfe machen", a reaction or a mood told
by its manner ("reagierte empört", "zeigte sich enttäuscht"), an act regarded as unlawful
("betrachtet … als illegal"), a party sent away ("ließ … abblitzen") or opposed ("stellte
sich gegen"), a pre-emptive strike not ruled out, a reply in kind announced ("nach dem
Prinzip der Gegenseitigkeit handeln"), "nicht tatenlos zusehen", a threat repeated,
sanctions agreed on among the sanctioning states (also in the zu-infinitive that a
correlative "darauf" announces), an IGO's conference named by its hyphenated compound, the
parties of an agreement in its attribute ("das zwischen … ausgehandelte Abkommen"), the
expected future in "voraussichtlich", aid announced or decided in a zu-infinitive, a
document concluded ("abgeschlossen") and good wishes to a party; and no act in what a
denial says was not done ("bestritt, … ausgewiesen zu haben").

The sentences were written for these tests from German grammar and the PLOVER definitions
(spec section 3); none is taken from the 10kGNAD gold set or any evaluation set.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2021-11-24"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, None, PUBLISHED, ("type", "actors", "recipients", "status"))


CASES = [
    # the reproach: "jemandem etwas vorhalten", "jemandem Vorwürfe machen"
    ("Die Regierung in Paris hielt Italien am Montag vor, die Seenotrettung zu behindern.",
     [("ACCUSE", "FRA", "ITA", "occurred")]),
    ("Berlin machte Warschau am Montag schwere Vorwürfe wegen der Justizreform.",
     [("ACCUSE", "DEU", "POL", "occurred")]),
    # reserves kept ready are no reproach
    ("Deutschland hält für den Winter Reserven an Erdgas vor.", []),
    # a reaction told by its manner is a complaint addressed to the other side
    ("Polen reagierte am Dienstag empört auf die Äußerungen des russischen Botschafters.",
     [("ACCUSE", "POL", "RUS", "occurred")]),
    # an act regarded as unlawful or hostile
    ("Der Kreml betrachtet die Stationierung der Raketen durch die USA als Provokation.",
     [("ACCUSE", "RUS", "USA", "occurred")]),
    # a nuclear or pre-emptive strike not ruled out is threatened
    ("Der Iran schließt einen Atomschlag gegen Israel nicht aus.",
     [("THREATEN", "IRN", "ISR", "occurred")]),
    # a reply in kind announced
    ("Russland werde gegenüber Polen nach dem Prinzip der Gegenseitigkeit handeln, sagte "
     "Peskow.",
     [("THREATEN", "RUS", "POL", "occurred")]),
    # a threat repeated
    ("Nordkorea wiederholte am Montag seine Drohung gegen Südkorea.",
     [("THREATEN", "PRK", "KOR", "occurred")]),
    # sanctions agreed on among the sanctioning states are the sanctions against the target
    ("Die EU-Staaten haben sich am Montag auf neue Sanktionen gegen Belarus geeinigt.",
     [("SANCTION", "EU", "BLR", "occurred")]),
    ("Die G7 vereinbarten am Montag neue Sanktionen gegen Russland.",
     [("SANCTION", "G7", "RUS", "occurred")]),
    # the same in the zu-infinitive a correlative "darauf" announces; a lifting agreed is none
    ("Die EU-Staaten einigten sich am Montag darauf, die Sanktionen gegen Russland um sechs "
     "Monate zu verlängern.",
     [("SANCTION", "EU", "RUS", "occurred")]),
    ("Die EU-Staaten einigten sich am Montag darauf, die Sanktionen gegen Kuba aufzuheben.",
     [("AGREE", "CUB+EU", "", "occurred")]),
    # an IGO's conference by its hyphenated compound; a press conference is none
    ("Der indische Außenminister sprach am Mittwoch auf einer UN-Konferenz in New York.",
     [("CONSULT", "IND+UN", "", "occurred")]),
    ("Die Pressekonferenz in Berlin dauerte eine Stunde.", []),
    # the parties of an agreement in the participle's attribute report it; without them
    # the participle only qualifies its noun
    ("Das im Juni zwischen Russland und der Ukraine ausgehandelte Abkommen gilt bis heute "
     "nur auf dem Papier.",
     [("AGREE", "RUS+UKR", "", "occurred")]),
    ("Die vereinbarten Regeln für Kanada und Mexiko gelten ab Mai.", []),
    # the present tense with "voraussichtlich" is the expected future: a planned visit
    ("Kanada besucht Mexiko voraussichtlich erst im nächsten Jahr.",
     [("AGREE", "CAN", "MEX", "planned")]),
    # aid decided or announced in a zu-infinitive after the verb that closes its clause
    ("Die Regierung in Madrid hat am Dienstag beschlossen, die Hilfe für Marokko "
     "aufzustocken.",
     [("AGREE", "ESP", "MAR", "occurred")]),
    ("Großbritannien kündigte am Montag an, der Ukraine weitere Panzer zu liefern.",
     [("AGREE", "GBR", "UKR", "occurred")]),
    # the infinitive's negation is what was decided: no aid pledged
    ("Die EU hat beschlossen, keine Hilfe mehr an Niger zu zahlen.", []),
    # the infinitive's own "zu" cancels no agreement
    ("Die Staats- und Regierungschefs der EU hatten sich zuvor darauf geeinigt, die Hilfe für "
     "Moldau zu erhöhen.",
     [("AGREE", "EU+MDA", "", "occurred")]),
    # disappointment or anger shown at a party is a complaint
    ("Die Türkei zeigte sich am Montag von Schweden enttäuscht.",
     [("ACCUSE", "TUR", "SWE", "occurred")]),
    # a party sent away empty-handed, an opposition declared; sanctions held out "gegen" a
    # target stay a threat
    ("Die EU ließ Serbien mit seiner Bitte um schnellere Beitrittsgespräche abblitzen.",
     [("REJECT", "EU", "SRB", "occurred")]),
    ("Ungarn stellte sich am Montag gegen den Plan der EU-Kommission.",
     [("REJECT", "HUN", "EU", "occurred")]),
    ("Die USA stellten Russland weitere Sanktionen gegen seine Banken in Aussicht.",
     [("THREATEN", "USA", "RUS", "occurred")]),
    # "nicht tatenlos zusehen": the litotes of a step announced
    ("Russland werde einer Aufrüstung Finnlands nicht tatenlos zusehen, sagte Lawrow.",
     [("THREATEN", "RUS", "FIN", "occurred")]),
    # a document concluded in the particle verb's joined form is signed; negotiations
    # concluded are talks, and the agreement they reached (AGREE; deagree10)
    ("Die Ukraine und Polen haben eine Absichtserklärung über den Getreidetransit "
     "abgeschlossen.",
     [("SUPPORT", "POL+UKR", "", "occurred")]),
    ("Die EU und Mercosur haben die Verhandlungen über ein Freihandelsabkommen abgeschlossen.",
     [("AGREE", "EU", "", "occurred"), ("CONSULT", "EU", "", "occurred")]),
    # what a denial says was not done is no act: the participle before "zu haben"
    ("Russland wies den Vorwurf der Ukraine zurück, Zivilisten angegriffen zu haben.", []),
    ("Polen bestritt, russische Diplomaten ausgewiesen zu haben.", []),
    ("Russland hat die Ukraine angegriffen.", [("ASSAULT", "RUS", "UKR", "occurred")]),
    # good wishes to a party; a wish for oneself is none
    ("Der französische Präsident wünschte dem neuen polnischen Präsidenten viel Erfolg.",
     [("SUPPORT", "FRA", "POL", "occurred")]),
    ("Die Ukraine wünscht sich mehr Unterstützung aus Deutschland.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_wording_is_coded(extractor: Extractor, text: str,
                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert coded(extractor, text) == expected
