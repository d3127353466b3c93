"""AGREE in German, English and Russian reports, fifth round (issue 12, branch agree5; probe
tests/data/probe/agree5.jsonl): what one side undertakes towards the other (a promise, an
offer, a proposal, a readiness, an invitation) and what both sides agreed are two acts,
since their directions differ (spec 3).

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.evaluate import load_gold, raw_from_gold, score
from communique.extractor import Extractor

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

DATA = Path(__file__).parent / "data"
PROBE = DATA / "probe" / "agree5.jsonl"

CASES = [
    # a promise, an offer, an invitation beside what both agreed: two acts each
    ("Polen und Litauen einigten sich am Montag auf den Bau einer neuen Stromleitung. Polen "
     "sagte Litauen zudem die Lieferung von Flüssiggas zu.",
     [("AGREE", "LTU+POL", ""), ("AGREE", "POL", "LTU")]),
    ("Kenya and Ethiopia agreed on Monday to build a new highway between their capitals. "
     "Kenya also offered Ethiopia access to the port of Lamu.",
     [("AGREE", "ETH+KEN", ""), ("AGREE", "KEN", "ETH")]),
    ("Армения и Иран договорились в понедельник о строительстве нового моста. Армения "
     "пообещала Ирану поставки электроэнергии.",
     [("AGREE", "ARM+IRN", ""), ("AGREE", "ARM", "IRN")]),
    ("Die Slowakei und Tschechien vereinbarten am Montag gemeinsame Grenzkontrollen. Der "
     "slowakische Regierungschef lud seinen tschechischen Kollegen zu einem Besuch nach "
     "Bratislava ein.",
     [("AGREE", "CZE+SVK", ""), ("AGREE", "SVK", "CZE")]),
    # the visit an invitation names in its own sentence, and its acceptance: one act
    ("Der georgische Außenminister lud seinen armenischen Kollegen zu einem Besuch nach "
     "Tiflis ein. Die Einladung wurde angenommen.",
     [("AGREE", "GEO", "ARM")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agree_wordings(sided: Callable[[str], list[Sided]], text: str,
                        expected: list[Sided]) -> None:
    assert sided(text) == expected


def test_agree5_probe_floor(extractor: Extractor) -> None:
    """The blind set's event F1 may not fall below its floor (accuracy_floors.json)."""
    floor = json.loads((DATA / "accuracy_floors.json").read_text(encoding="utf-8"))
    golds = list(load_gold([PROBE]))
    report = score(golds, extractor.run([raw_from_gold(gold) for gold in golds]))
    assert report.to_dict()["overall"]["f1"] >= floor["probe_event_f1"]["agree5"]
