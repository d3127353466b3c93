"""Russian acts at the type boundaries and their sides, tenth round (issue 12, branch ruacts10;
probe tests/data/probe/ru_acts10.jsonl):

- the sides backing the holding of a meeting («стороны поддержали идею проведения …»,
  «министры одобрили предложение провести …») agree to hold it: AGREE planned, not SUPPORT;
  one side backing another's initiative to hold one endorses it (SUPPORT);
- the state people are held in («освобождения моряков, задержанных в Финляндии») is the one a
  demand for them is addressed to (REQUEST);
- the state a seizure, an arrest or a closure answered by a threat or a retaliation is done in
  («ответить на конфискацию активов в Бельгии») is the one threatened or hit;
- accounts blocked are frozen (SANCTION); sites and trade missions blocked or seized name their
  state as the adjective before them says (COERCE);
- an act said in a quotation that names no side («"Ответ не заставит себя ждать", — заявила …»)
  is its speaker's.

Hand-written sentences, none from an evaluation set, each with the exact events (type, mode,
actor codes, recipient codes, status).
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

Act = tuple[str | None, ...]    # type, mode, actors, recipients, status

LEAD = "Министры иностранных дел Грузии и Армении провели в понедельник переговоры в Тбилиси. "
MET = ("CONSULT", "visit", "ARM", "GEO", "occurred")     # Tbilisi hosts

CASES: list[tuple[str, list[Act]]] = [
    # the sides backing the holding of a meeting agree to hold it
    (LEAD + "Стороны поддержали идею проведения очередного раунда переговоров в Ереване.",
     [("AGREE", None, "ARM+GEO", "", "planned"), MET]),
    (LEAD + "Министры одобрили предложение провести следующее заседание межправкомиссии в "
     "Ереване.", [("AGREE", None, "ARM+GEO", "", "planned"), MET]),
    # one side backing another's initiative endorses it
    ("Премьер Сербии поддержал инициативу Венгрии о проведении конференции по миграции.",
     [("SUPPORT", None, "SRB", "HUN", "occurred")]),
    # the state people are held in is asked
    ("Минск настаивает на освобождении белорусских водителей, задержанных в Польше.",
     [("REQUEST", None, "BLR", "POL", "occurred")]),
    ("Пекин потребовал освободить китайских рыбаков, удерживаемых на территории Филиппин.",
     [("REQUEST", None, "CHN", "PHL", "occurred")]),
    # a seizure, an arrest, a closure answered in a state
    ("Белоруссия пообещала ответить на арест белорусских грузовиков в Литве.",
     [("THREATEN", None, "BLR", "LTU", "occurred")]),
    ("Китай ответил на закрытие китайского консульства в Эстонии высылкой дипломата.",
     [("SANCTION", None, "CHN", "EST", "occurred")]),
    # accounts blocked are frozen; blocked sites, seized trade missions name their state
    ("Литва заблокировала счета белорусского посольства.",
     [("SANCTION", None, "LTU", "BLR", "occurred")]),
    ("Молдавия заблокировала доступ к двадцати российским сайтам.",
     [("COERCE", "ban", "MDA", "RUS", "occurred")]),
    ("Власти Эстонии конфисковали здание российского торгпредства.",
     [("COERCE", "seize", "EST", "RUS", "occurred")]),
    # an act said in a quotation that names no side is its speaker's
    ("Латвия выслала белорусского консула. «Ответ не заставит себя ждать», — заявил министр "
     "иностранных дел Белоруссии.", [("SANCTION", "expel", "LVA", "BLR", "occurred"),
                                     ("THREATEN", None, "BLR", "LVA", "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_acts(extractor: Extractor, text: str, expected: list[Act]) -> None:
    assert acts_of(extractor, text, None, "2024-05-15") == sorted(expected)
