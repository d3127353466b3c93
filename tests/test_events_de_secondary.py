"""German secondary acts of multi-act reports (issue 12): the demands, rejections, threats,
accusations and restrictions a German report states beside its main act.

Each case is one frame of the lexicon (src/communique/lang/de/events.yaml) in wordings that
were written from German grammar, not taken from an evaluation set; the report cases are
shortened pages of the probe set tests/data/probe/de_multi.jsonl.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2024-06-05"      # a Wednesday


def sides(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, None, PUBLISHED, ("type", "mode", "actors", "recipients"))


ACTS = [
    # THREATEN: a reserved right to respond ("behält sich das Recht vor") is the threatened step
    ("Russland behält sich das Recht vor, gegenüber Polen angemessen zu reagieren.",
     ("THREATEN", None, "RUS", "POL")),
    ("Die Sprecherin des russischen Außenministeriums hat der Bundesregierung am Montag "
     "vorgeworfen, eine Konfrontation vorzubereiten. Russland behalte sich das Recht vor, "
     "auf jede Lieferung von Marschflugkörpern angemessen zu reagieren.",
     ("ACCUSE", None, "RUS", "DEU"), ("THREATEN", None, "RUS", "DEU")),
    # COERCE restrict: where foreign diplomats may go (PLOVER COERCE, mode restrict)
    ("Russland schränkte am Montag die Bewegungsfreiheit amerikanischer Diplomaten ein.",
     ("COERCE", "restrict", "RUS", "USA")),
    ("Die USA haben die Bewegungsfreiheit russischer Diplomaten in New York eingeschränkt.",
     ("COERCE", "restrict", "USA", "RUS")),
    ("Belarus beschränkte am Montag die Reisefreiheit litauischer Diplomaten auf die Hauptstadt.",
     ("COERCE", "restrict", "BLR", "LTU")),
    # verb-second after an adverbial, the acting side named after the verb: the capital after
    # it is the state acted on (events/metonymy.py, _inverted_party)
    ("Am Montag forderte das russische Außenministerium Berlin auf, Stellung zu nehmen.",
     ("REQUEST", None, "RUS", "DEU")),
    ("Am Montag kritisierte das russische Außenministerium Berlin scharf.",
     ("ACCUSE", None, "RUS", "DEU")),
    ("Zugleich warf die chinesische Regierung Washington Einmischung vor.",
     ("ACCUSE", None, "CHN", "USA")),
    ("Zugleich wies das russische Außenministerium die Forderungen Berlins zurück.",
     ("REJECT", None, "RUS", "DEU")),
    # REQUEST: a call without "auf" ("rief … zur Zurückhaltung")
    ("China rief Japan am Montag zur Zurückhaltung.",
     ("REQUEST", None, "CHN", "JPN")),
    ("Die Europäische Union rief Serbien am Montag zur Mäßigung.",
     ("REQUEST", None, "EU", "SRB")),
    # what a demand asks, a particle verb's zu-infinitive ("einzustellen", "abzuziehen"), is
    # no act of its own (events.yaml word_class: fused_infinitive)
    ("Am Montag forderte Russland Deutschland auf, die Lieferungen einzustellen.",
     ("REQUEST", None, "RUS", "DEU")),
    ("Die USA forderten China am Montag auf, die Exporte nach Russland einzustellen.",
     ("REQUEST", None, "USA", "CHN")),
]

NO_ACTS = [
    # a restriction with no foreign party, a reserved right of no state
    "Die Corona-Regeln schränken die Reisefreiheit der Deutschen ein.",
    # concern voiced by both sides about no state is a shared view, no ACCUSE (spec section 3)
    "Russland und Belarus äußerten am Montag Besorgnis über die Militarisierung Europas.",
    "Die Außenminister Chinas und Russlands brachten ihre Sorge über die Lage in der Region "
    "zum Ausdruck.",
    # a call to arms or a state of emergency declared is no request
    "Der Präsident rief den Notstand aus.",
    # a capital after a locative is where the act took place, no side
    "Am Montag verurteilte das Auswärtige Amt in Berlin den Angriff.",
    "Der Verein behält sich das Recht vor, die Satzung zu ändern.",
]


@pytest.mark.parametrize("case", ACTS, ids=[c[0][:50] for c in ACTS])
def test_events_de_secondary_codes_the_acts(extractor: Extractor,
                                            case: tuple[str, ...]) -> None:
    text, *expected = case
    assert sides(extractor, text) == expected


@pytest.mark.parametrize("text", NO_ACTS, ids=[t[:50] for t in NO_ACTS])
def test_events_de_secondary_no_act(extractor: Extractor, text: str) -> None:
    assert sides(extractor, text) == []
