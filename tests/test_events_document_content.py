"""What a document says and what its signatories did (issue 12, gate ``content``).

An agreement told in the present after the document's frame is its content ("Darin
vereinbaren beide Seiten …"); a perfect or a past reports the act ("In dem Abkommen hatten
sich … geeinigt"), and a pledge the document makes is the pledge itself (aid pledged is
AGREE, spec 3). Hand-written sentences; exact (type, actors, recipients)."""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-15"
SIGNED = "Estland und Lettland unterzeichneten am Montag in Riga eine gemeinsame Erklärung. "


@pytest.mark.parametrize(("text", "expected"), [
    # the present after the frame: the document's content, no second act
    (SIGNED + "Darin vereinbaren beide Seiten eine engere Zusammenarbeit bei der Cyberabwehr.",
     [("SUPPORT", "EST+LVA", "")]),
    # a pledge the document makes: the act
    (SIGNED + "Darin sagen beide Staaten der Ukraine weitere Hilfe beim Wiederaufbau zu.",
     [("AGREE", "EST+LVA", "UKR"), ("SUPPORT", "EST+LVA", "")]),
    # a perfect after the frame reports what the sides agreed
    ("In dem Abkommen hatten sich Estland und Lettland darauf geeinigt, ihre Stromnetze zu "
     "verbinden.", [("AGREE", "EST+LVA", "")]),
])
def test_document_content(extractor: Extractor, text: str,
                          expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected
