"""The occasion of an act is no side of it (issue 13): an IGO named after "on the
sidelines of", "am Rande des", «на полях», «в кулуарах» is the venue of the act the
sentence reports, and the occasion's noun joins that act where it names the act's subject
too; where it names the IGO alone, it is an act reported of its own (the summit held).

Hand-written sentences in German, English and Russian, each with the exact events coded,
in order; the controls report the occasion itself, or a state's adjective beside it.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument


def events(extractor: Extractor, text: str) -> list[str]:
    """Each event as ``TYPE PARTICIPANTS`` (codes sorted, joined by "+")."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2022-09-15")])))
    return [f"{e.event_type} {'+'.join(sorted(e.participant_codes()))}" for e in doc.events]


CASES = [
    ("Sergey Lavrov met with Chinese Foreign Minister Wang Yi on the sidelines of the SCO "
     "summit.", ["CONSULT CHN+RUS"]),
    ("On the margins of the UN General Assembly, the Turkish foreign minister met his Greek "
     "counterpart.", ["CONSULT GRC+TUR"]),
    # the summit's noun names no one but the IGO: the summit is an act reported too
    ("Am Rande des Gipfeltreffens der SOZ traf Lawrow den chinesischen Außenminister Wang Yi.",
     ["CONSULT SCO", "CONSULT CHN+RUS"]),
    ("Lawrow traf Wang Yi am Rande des SOZ-Gipfels in Samarkand.", ["CONSULT CHN+RUS"]),
    ("На полях саммита ШОС Сергей Лавров встретился с министром иностранных дел КНР Ван И.",
     ["CONSULT CHN+RUS"]),
    ("Лавров на полях саммита ШОС встретился с Ван И.", ["CONSULT CHN+RUS"]),
    ("На полях СМИД ОДКБ Сергей Лавров провел встречу с армянским коллегой Араратом "
     "Мирзояном.", ["CONSULT ARM+RUS"]),
    ("В кулуарах сессии Генеральной Ассамблеи ООН Сергей Лавров провел переговоры с "
     "министром иностранных дел Индии.", ["CONSULT IND+RUS"]),
    # a state there is the subject's, a side still; a trigger after the occasion is the act
    ("На полях сессии в четверг казахстанский дипломат провел встречу с директором "
     "департамента МИД России Артуром Люкмановым.", ["CONSULT KAZ+RUS"]),
    ("Am Dienstag führte Belarus am Rande der Sitzung Konsultationen mit Russland.",
     ["CONSULT BLR+RUS"]),
    # control: the occasion itself reported
    ("The SCO summit opened in Samarkand.", ["CONSULT SCO"]),
    ("Саммит ШОС открылся в Самарканде.", ["CONSULT SCO"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_occasion_of_an_act_is_no_side_of_it(extractor: Extractor, text: str,
                                                  expected: list[str]) -> None:
    assert events(extractor, text) == expected
