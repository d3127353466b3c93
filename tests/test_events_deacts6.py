"""German wordings of the non-meeting acts (issue 12, branch deacts6): quantities before a
verb ("bis zu 150"), the adverbs of contrast that open a clause, an opening phrase of topic
("Im Streit um …") that ends at the finite verb, warnings and reproaches addressed to a
capital, measures in kind announced, journalists expelled, aid and arms by their kind, aid
told from its receiver ("erhielt von …", "soll … erhalten"), funds released, "verwehren",
and a minister's "ich".

The blind set ``tests/data/probe/de_acts6.jsonl`` (30 German agency, broadcaster and ministry
reports) was written before the coder was run on it; every sentence below is hand-written,
none taken from it. Each case is a rule of the language, shown on one wording;
docs/events.md, "German wordings of the non-meeting acts".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor
from communique.document import RawDocument
from communique.events.frames import load_frames

PUBLISHED = "2025-06-11"


def coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # "bis zu" before a quantity is a preposition, not the marker of "zu liefern"
    ("Norwegen will der Ukraine bis zu 20 Hubschrauber liefern.",
     [("AGREE", None, "NOR", "UKR", "planned")]),
    ("Japan stellt den Philippinen bis zu 500 Millionen Dollar zur Verfügung.",
     [("AID", None, "JPN", "PHL", "occurred")]),
    # an adverb of contrast or of a time so far fills the prefield: the subject follows the verb
    ("Vielmehr sicherte Tokio den Philippinen weitere Küstenwachschiffe zu.",
     [("AGREE", None, "JPN", "PHL", "occurred")]),
    ("Stattdessen forderte Paris Algier auf, die Abschiebungen wieder zuzulassen.",
     [("REQUEST", None, "FRA", "DZA", "occurred")]),
    # a topic opened in the phrase before the finite verb ends there
    ("Im Streit um die Fischereirechte hat Frankreich den britischen Botschafter einbestellt.",
     [("ACCUSE", None, "FRA", "GBR", "occurred")]),
    # a warning addressed to a capital ("an Pjöngjang") has it as its recipient
    ("Die Regierung in Seoul sprach eine deutliche Warnung an Pjöngjang aus.",
     [("THREATEN", None, "KOR", "PRK", "occurred")]),
    # measures in kind announced are a threat
    ("Das Außenministerium in Moskau kündigte reziproke Schritte gegen Estland an.",
     [("THREATEN", None, "RUS", "EST", "occurred")]),
    # a journalist sent out of the country is coerced; a diplomat so sent is a sanction
    ("Lettland hat einen russischen Korrespondenten des Landes verwiesen.",
     [("COERCE", None, "LVA", "RUS", "occurred")]),
    ("Lettland hat einen russischen Diplomaten des Landes verwiesen.",
     [("SANCTION", "expel", "LVA", "RUS", "occurred")]),
    # arms by their kind or a maker's name
    ("Japan übergab Vietnam zwei Patrouillenboote.",
     [("AID", None, "JPN", "VNM", "occurred")]),
    ("Die Niederlande haben der Ukraine weitere F-16-Kampfjets geliefert.",
     [("AID", None, "NLD", "UKR", "occurred")]),
    # losses lamented accuse no one
    ("Russland hat die Einfuhr italienischer Weine verboten. Italienische Exporteure beklagten "
     "Einbußen im Handel mit Russland.",
     [("SANCTION", None, "RUS", "ITA", "occurred")]),
    # aid told from its receiver: the giver after "von" acts; "soll … erhalten" is one to come
    ("Georgien erhielt von Frankreich zwei Radaranlagen und weitere Luftabwehrsysteme.",
     [("AID", None, "FRA", "GEO", "occurred")]),
    ("Jordanien soll von Japan einen Kredit über 300 Millionen Dollar bekommen.",
     [("AGREE", None, "JPN", "JOR", "planned")]),
    ("Chisinau erhielt von Rumänien die Zusage weiterer Gaslieferungen.",
     [("AGREE", None, "ROU", "MDA", "occurred")]),
    # funds released to a party
    ("Kanada gab weitere Militärhilfe für die Ukraine frei.",
     [("AID", None, "CAN", "UKR", "occurred")]),
    # reproaches addressed to a capital
    ("Die Regierung in Ankara richtete scharfe Vorwürfe an Athen.",
     [("ACCUSE", None, "TUR", "GRC", "occurred")]),
    # "verwehren": entry barred is a sanction, consent withheld a refusal
    ("Estland verwehrte drei belarussischen Beamten die Einreise.",
     [("SANCTION", None, "EST", "BLR", "occurred")]),
    ("Die Slowakei verwehrte Moldau die Zustimmung zu dem Hilfspaket.",
     [("REJECT", None, "SVK", "MDA", "occurred")]),
    # a minister's "ich" after a heading line that names the minister
    ("Außenministerin Beate Meinl-Reisinger erklärte dazu:\n„Ich fordere Belarus auf, den "
     "Journalisten sofort freizulassen.“",
     [("REQUEST", None, "AUT", "BLR", "occurred")]),
])
def test_german_act_wordings(extractor: Extractor, text: str,
                             expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "visit"), [
    # goods, flights and convoys that arrive are no visitors; a minister who arrives is one
    ("Ein Flug mit 60 Tonnen Zelten und Material ist am Montag in Bengasi eingetroffen.", False),
    ("Ein Hilfskonvoi ist am Montag in Bengasi eingetroffen.", False),
    ("Der Außenminister ist am Montag in Bengasi eingetroffen.", True),
])
def test_arrivals_of_goods_are_no_visits(extractor: Extractor, text: str, visit: bool) -> None:
    documents = list(extractor.run(
        [RawDocument(text, doc_id="case", published=PUBLISHED, language="de")]))
    frames = load_frames("de")
    assert any(frame.event_type == "CONSULT" for doc in documents for sentence in doc.sentences
               for frame, _, _ in frames.hits(sentence)) is visit
