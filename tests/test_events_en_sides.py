"""English sides of acts in general news and wire style (issue 12, branch `ensides`).

Sentences written for this branch (none taken from an evaluation set) in the wording of
wire agencies: actors named by a state adjective before the noun that acts or is acted on
("Israeli forces", "Ukrainian pilots"), by capitals, officials with titles, forces, troops
and police, in the active and the passive. Each asserts the exact (event_type, actors,
recipients) of every event the whole extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-08"
# Known gaps, outside the sides rules of this branch (strict: a fix must remove the mark)
PLACES = "Gaza and the West Bank as a place of an attack: no side from a region yet"
LEXICON = "no trigger of the type for the verb (agreed or eased under pressure)"
COMPLEMENT = "a state in the requested act ('to press Russia') joins the recipients"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, "en", PUBLISHED)


def gap(text: str, expected: list[tuple[str, str, str]], reason: str) -> object:
    """A case the extractor still gets wrong, for a reason outside this branch's rules."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # a state adjective before the noun that acts: forces, troops, police, jets are the state
    gap("Israeli forces shelled Gaza on Tuesday.", [("ASSAULT", "ISR", "PSE")], PLACES),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", [("ASSAULT", "RUS", "UKR")]),
    ("Turkish jets bombed Kurdish targets in northern Iraq.", [("ASSAULT", "TUR", "IRQ")]),
    ("Russia launched missiles at targets in Ukraine.", [("ASSAULT", "RUS", "UKR")]),
    ("Ukrainian pilots struck a Russian airbase in Crimea.", [("ASSAULT", "UKR", "RUS")]),
    ("Iranian police arrested two British nationals in Tehran.", [("COERCE", "IRN", "GBR")]),
    ("Chinese coast guard vessels fired water cannon at Philippine boats.",
     [("ASSAULT", "CHN", "PHL")]),
    ("Pakistani troops fired on Indian positions along the border.",
     [("ASSAULT", "PAK", "IND")]),
    # a meeting in one side's capital is that side's reception of the other (a visit)
    ("Russian diplomats met Chinese officials in Beijing on Monday.",
     [("CONSULT", "RUS", "CHN")]),
    # a state adjective before the noun acted on
    ("Russia shelled Ukrainian positions overnight.", [("ASSAULT", "RUS", "UKR")]),
    ("The United States imposed sanctions on Iranian officials.", [("SANCTION", "USA", "IRN")]),
    ("Moscow expelled three Estonian diplomats on Friday.", [("SANCTION", "RUS", "EST")]),
    # commanders killed (enwire10): the attack's place after its verb is its target
    ("Israel killed two Hamas commanders in Gaza.", [("ASSAULT", "ISR", "PSE")]),
    # the passive with "by" and a state adjective
    gap("Three Palestinians were killed by Israeli forces in the West Bank.",
        [("ASSAULT", "ISR", "PSE")], PLACES),
    ("Two Ukrainian soldiers were captured by Russian troops.",
     [("COERCE", "RUS", "UKR")]),
    ("A Japanese fishing boat was seized by Russian border guards.",
     [("COERCE", "RUS", "JPN")]),
    ("The Iranian ambassador was summoned by the German Foreign Office.",
     [("ACCUSE", "DEU", "IRN")]),
    # a conflict act in a place: the place's state is the target
    ("An air strike in Aleppo killed 12 people, the Syrian Observatory said.", []),
    ("Russian warplanes carried out air strikes in Idlib on Sunday.", [("ASSAULT", "RUS", "SYR")]),
    ("Israeli aircraft struck targets in southern Lebanon.", [("ASSAULT", "ISR", "LBN")]),
    ("Turkish drones attacked positions in northern Syria.", [("ASSAULT", "TUR", "SYR")]),
    ("Russian missiles hit Kyiv overnight.", [("ASSAULT", "RUS", "UKR")]),
    ("Russia launched a massive drone attack on Odesa.", [("ASSAULT", "RUS", "UKR")]),
    # a meeting in a place: the place is no side
    ("Russian and Ukrainian negotiators met in Istanbul on Tuesday.",
     [("CONSULT", "RUS+UKR", "")]),
    ("Iran and the United States held indirect talks in Muscat.",
     [("CONSULT", "IRN+USA", "")]),
    ("Armenian and Azerbaijani foreign ministers met in Geneva.",
     [("CONSULT", "ARM+AZE", "")]),
    # capitals and officials with titles
    ("Washington accused Beijing of cyber espionage.", [("ACCUSE", "USA", "CHN")]),
    ("Tokyo protested to Moscow over the military drills.", [("ACCUSE", "JPN", "RUS")]),
    ("Kyiv urged Berlin to deliver more air defence systems.", [("REQUEST", "UKR", "DEU")]),
    gap("German Chancellor Olaf Scholz called on China to press Russia to end the war.",
        [("REQUEST", "DEU", "CHN")], COMPLEMENT),
    ("French President Emmanuel Macron condemned the Russian strikes.",
     [("ACCUSE", "FRA", "RUS")]),
    ("Indian Prime Minister Narendra Modi congratulated the Sri Lankan president.",
     [("SUPPORT", "IND", "LKA")]),
    ("The Kremlin rejected the Ukrainian peace plan.", [("REJECT", "RUS", "UKR")]),
    # aid, demands, sanctions with state adjectives
    ("The European Union sent humanitarian aid to Sudanese refugees in Chad.",
     [("AID", "EU", "SDN")]),
    ("Japan delivered emergency supplies to Turkish earthquake victims.",
     [("AID", "JPN", "TUR")]),
    ("Britain imposed sanctions on Russian banks.", [("SANCTION", "GBR", "RUS")]),
    # after a verb of movement the object is what is moved: its adjective is no side
    ("Bulgaria extradited a Turkish businessman to the United States.",
     [("COOPERATE", "BGR", "USA")]),
    ("The EU demanded the release of Belarusian political prisoners from Minsk.",
     [("REQUEST", "EU", "BLR")]),
    ("Beijing accused Philippine vessels of intruding into its waters.",
     [("ACCUSE", "CHN", "PHL")]),
    # a quantity before the adjective ("over 150", "about 20") opens no topic
    ("Russia said it would release about 20 Ukrainian prisoners of war.",
     [("AGREE", "RUS", "UKR")]),
    ("Iran has detained over 30 British nationals.", [("COERCE", "IRN", "GBR")]),
    # concessions to pressure
    ("Serbia lifted the ban on Kosovo goods under pressure from the European Union.",
     [("CONCEDE", "SRB", "EU+XKX")]),     # Kosovo, whose goods were banned, gains too
    gap("Under pressure from Washington, Israel agreed to allow aid into Gaza.",
        [("CONCEDE", "ISR", "USA")], LEXICON),
    # objections eased (enwire10: "ease", "soften" join the frame of objections given up)
    ("Turkey eased its objections after pressure from NATO allies.",
     [("CONCEDE", "TUR", "NATO")]),
    # people and non-state actors: no interstate act
    ("Syrian rebels clashed with Kurdish fighters near Manbij.", []),
    ("Russian tourists met German officials in Berlin.", []),
    ("Hamas fighters fired rockets at Israel.", []),
    # "Foreign Office Consultations" names the mechanism, not the UK's Foreign Office
    ("Nepal and Bangladesh held the sixth round of Foreign Office Consultations in "
     "Kathmandu.", [("CONSULT", "BGD", "NPL")]),
    ("The Foreign Office summoned the Iranian ambassador.", [("ACCUSE", "GBR", "IRN")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_sides(extractor: Extractor, text: str,
                       expected: list[tuple[str, str, str]]) -> None:
    assert coded(extractor, text) == sorted(expected)
