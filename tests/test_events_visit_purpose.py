"""What a visit came for (cue ``visit_purpose``, ``candidates._purpose_of_visit``).

"ist zu Konsultationen in Minsk eingetroffen": the talks named as the visit's purpose are the
visit's own, one CONSULT with its visitor and host, not a meeting without a visitor beside a
visit that loses its parties to it. The visit noun itself ("zu einem Besuch") stays the act.
Sentences written for this test, none taken from an evaluation set or a probe; each asserts
the exact (event_type, mode, actors, recipients) of every event the extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2024-05-08"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der kasachische Vizeaußenminister ist zu Konsultationen in Baku eingetroffen.",
     [("CONSULT", "visit", "KAZ", "AZE")]),
    ("de", "Die armenische Außenministerin ist am Dienstag zu zweitägigen Gesprächen in Paris "
           "eingetroffen.", [("CONSULT", "visit", "ARM", "FRA")]),
    ("en", "Kazakhstan's deputy foreign minister arrived in Baku for consultations.",
     [("CONSULT", "visit", "KAZ", "AZE")]),
    ("ru", "Замминистра иностранных дел Казахстана прибыл в Баку для консультаций.",
     [("CONSULT", "visit", "KAZ", "AZE")]),
    # control: the visit noun is the act itself
    ("de", "Der kasachische Präsident ist zu einem Besuch in Baku eingetroffen.",
     [("CONSULT", "visit", "KAZ", "AZE")]),
])
def test_talks_a_visit_came_for(extractor: Extractor, language: str, text: str,
                                expected: list[tuple[str, ...]]) -> None:
    assert [act[:4] for act in acts_of(extractor, text, language, PUBLISHED)] == expected
