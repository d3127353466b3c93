"""German conflict acts in agency and ministry style (issue 12, branch deconflict10): a
decision or step not accepted ("akzeptiert … nicht", "nimmt … nicht hin": REJECT; announced
with "werde" it is a stance, no act; "nicht folgenlos hinnehmen" stays a threat), a charge
named with "sprach von" ("Piraterie", "Diebstahl"), a threat whose condition follows it ("hat
… gedroht, falls …": the condition states the threat's terms, it hedges nothing, and its
subject is no side where the threat's own clause names both), ties broken "zum"/"zur" a
state (the partner, no topic), the Swiss and Austrian foreign ministries by name, a share in
a deed denied ("wies jede Verantwortung zurück": no REJECT), and a conviction for a crime
("wegen Spionage verurteilt") no condemnation, and a charge brought by prosecutors ("erhob
Anklage gegen einen russischen Staatsbürger", "Bundesanwaltschaft … angeklagt": COERCE).

The blind set ``tests/data/probe/de_conflict10.jsonl`` (25 German wire, ministry and
newspaper reports) was written before the coder was run on it; every sentence below is
hand-written, none taken from it. docs/events.md, "German conflict acts in agency and
ministry style".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2026-05-12"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # a decision not accepted is a refusal; accepted it stays an agreement, to be accepted
    # or announced not to be it is no act, and the litotes with "folgenlos" a threat
    ("Belgrad akzeptierte die Entscheidung Washingtons nicht.",
     [("REJECT", None, "SRB", "USA", "occurred")]),
    ("Peking nahm die Entscheidung Vilnius' nicht hin.",
     [("REJECT", None, "CHN", "LTU", "occurred")]),
    ("Budapest nimmt die Kürzung der Mittel durch die EU nicht hin.",
     [("REJECT", None, "HUN", "EU", "occurred")]),
    ("Serbien akzeptierte den Vorschlag der EU.",
     [("AGREE", None, "SRB", "EU", "occurred")]),
    ("Die Slowakei müsse die Entscheidung der EU akzeptieren, sagte der Kommissar.", []),
    ("Die Regierung werde die Entscheidung Londons nicht hinnehmen, sagte der Minister in "
     "Dublin.", []),
    ("Russland werde die Ausweisung durch Lettland nicht folgenlos hinnehmen.",
     [("THREATEN", None, "RUS", "LVA", "occurred")]),
    # a charge named with "sprach von"
    ("Teheran sprach nach der Beschlagnahme des Tankers durch Großbritannien von Piraterie.",
     [("ACCUSE", None, "IRN", "GBR", "occurred")]),
    # a condition after a threat in the perfect states its terms: no hedge, and its subject
    # is no side when the threat's clause names both; a hedged threat stays none
    ("Iran hat Israel mit Vergeltung gedroht, falls Jerusalem seine Angriffe fortsetzt.",
     [("THREATEN", None, "IRN", "ISR", "occurred")]),
    ("Indien hat Pakistan mit Konsequenzen gedroht, sollte Islamabad die Angriffe nicht "
     "stoppen.",
     [("THREATEN", None, "IND", "PAK", "occurred")]),
    ("Russland könnte Estland mit Gegenmaßnahmen drohen, falls Tallinn weitere Diplomaten "
     "ausweist.", []),
    # ties broken "zum" or "zur" a state: the partner, no topic
    ("Bahrain brach die Beziehungen zum Libanon ab.",
     [("SANCTION", "break relations", "BHR", "LBN", "occurred")]),
    ("Saudi-Arabien hat die diplomatischen Beziehungen zur Türkei abgebrochen.",
     [("SANCTION", "break relations", "SAU", "TUR", "occurred")]),
    # the Swiss and Austrian foreign ministries summon for their states
    ("Der iranische Botschafter wurde ins EDA einbestellt.",
     [("ACCUSE", None, "CHE", "IRN", "occurred")]),
    ("Das Bundesministerium für europäische und internationale Angelegenheiten bestellte den "
     "russischen Botschafter ein.",
     [("ACCUSE", None, "AUT", "RUS", "occurred")]),
    # a share in a deed denied is no refusal (the charge it answers stays); a demand
    # refused stays one
    ("Die Regierung in Minsk wies jede Verantwortung für die Ballonflüge zurück, die Litauen "
     "ihr vorwarf.",
     [("ACCUSE", None, "BLR", "LTU", "occurred")]),
    ("Minsk wies die Forderung Litauens zurück.",
     [("REJECT", None, "BLR", "LTU", "occurred")]),
    # a conviction for a crime is a court's, no condemnation; a state condemned "wegen" an
    # act stays one
    ("Polen hat einen wegen Spionage verurteilten Belarussen nach Minsk abgeschoben.",
     [("COERCE", "deport", "POL", "BLR", "occurred")]),
    ("Polen verurteilte Russland wegen des Angriffs auf Kiew.",
     [("ACCUSE", None, "POL", "RUS", "occurred")]),
    # a charge brought by a state's prosecutors against another state's citizens is COERCE;
    # against men of no named state, or a state's case before a court of nations, none
    ("Die Staatsanwaltschaft in Riga erhob Anklage gegen einen russischen Staatsbürger.",
     [("COERCE", "arrest", "LVA", "RUS", "occurred")]),
    ("Die Bundesanwaltschaft hat zwei mutmaßliche iranische Agenten angeklagt.",
     [("COERCE", "arrest", "DEU", "IRN", "occurred")]),
    ("Die Bundesanwaltschaft hat Anklage gegen drei Männer erhoben, die im Auftrag eines "
     "russischen Geheimdienstes gehandelt haben sollen.", []),
    ("Die Ukraine erhob vor dem Internationalen Gerichtshof Anklage gegen Russland.", []),
])
def test_german_conflict_acts(extractor: Extractor, text: str,
                              expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
