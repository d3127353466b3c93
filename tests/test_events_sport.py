"""National teams are no states (gate ``field``, lang/<xx>/mentions.yaml).

A match report names its teams by their countries and tells their games with the words of
diplomacy ("trifft auf", "will meet", «встретится»); the stages and goals of a match in the
clause make it sport. Controls: the same words of stage where they qualify talks ("the final
round of consultations", "im Finale der Verhandlungen", «в финале визита»). Sentences
written for this test, none taken from an evaluation set or a probe; each case asserts the
exact (event_type, actors, recipients) of every event the whole extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-08"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


CASES = [
    ("de", "Im Halbfinale trifft Österreich am Mittwoch auf Portugal.", []),
    ("de", "Im Achtelfinale traf Deutschland am Sonntag auf Dänemark.", []),
    ("en", "Croatia beat Serbia 2-1 in the qualifier and will meet Italy in the final.", []),
    ("en", "Poland will meet Ukraine in the semi-final on Thursday.", []),
    ("ru", "Сборная Сербии встретится с Хорватией в полуфинале в четверг.", []),
    ("ru", "Казахстан обыграл Узбекистан со счетом 3:1 и встретится с Ираном в финале.", []),
    # controls: a stage of talks, not of a match
    ("en", "Serbia and Croatia held talks in the final round of consultations in Zagreb on "
           "Monday.", [("CONSULT", "SRB", "HRV")]),
    ("de", "Im Finale der Verhandlungen einigten sich Serbien und Kroatien auf einen Plan.",
     [("AGREE", "HRV+SRB", "")]),
    ("ru", "Лавров и Ван И провели переговоры в финале визита в Пекин.",
     [("CONSULT", "RUS", "CHN")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_match_reports_code_no_acts(extractor: Extractor, language: str, text: str,
                                    expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, language, PUBLISHED) == sorted(expected)
