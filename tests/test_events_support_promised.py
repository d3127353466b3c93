"""Support promised in the future tense is a promise, AGREE (EVENTS.md section 3: "any
cooperative act reported in the future tense"), not support expressed now (SUPPORT); the
English verb "support" alone, or a party's vote, is no act between states.

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_support_promised(sided: Callable[[str], list[Sided]], text: str,
                          expected: list[Sided]) -> None:
    assert sided(text) == expected
