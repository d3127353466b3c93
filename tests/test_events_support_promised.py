"""Support promised in the future tense is a promise, AGREE (EVENTS.md section 3: "any
cooperative act reported in the future tense"), not support expressed now (SUPPORT); the
English verb "support" alone, or a party's vote, is no act between states.

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

Coded = tuple[str, str, str]

CASES = [
    ("Brazil will continue to support Angola in modernising its ports, Lula said.",
     [("AGREE", "BRA", "AGO")]),
    ("Spain and Morocco will continue to support each other, the ministers said.",
     [("AGREE", "ESP+MAR", "")]),
    ("Norway will help Moldova rebuild its power grid, the prime minister said.",
     [("AGREE", "NOR", "MDA")]),
    ("The opposition will support the bill in parliament.", []),
    ("Индия продолжит поддерживать Шри-Ланку в восстановлении экономики, заявил министр.",
     [("AGREE", "IND", "LKA")]),
    ("Казахстан и Узбекистан продолжат поддерживать друг друга.",
     [("AGREE", "KAZ+UZB", "")]),
    # support given now stays SUPPORT
    ("Россия поддерживает позицию Китая по Тайваню.", [("SUPPORT", "RUS", "CHN")]),
]


def events_of(extractor: Extractor, text: str) -> list[Coded]:
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2024-05-15")])))
    return [(e.event_type, "+".join(sorted({a.code for a in e.actors if a.code})),
             "+".join(sorted({a.code for a in e.recipients if a.code}))) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_support_promised(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert events_of(extractor, text) == expected
