"""An act told in a relative clause whose pronoun is its subject ("…, who is on a visit to
New Delhi, …", «…, который находится в Москве с визитом») is done by the clause's
antecedent, and the main clause's parties are not its; an auxiliary in such an inserted
clause is no passive of the main clause's verb ("X, who is on a visit, thanked India").

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

CASES = [
    ("Qatar's Prime Minister Sheikh Mohammed, who is on a two-day visit to New Delhi, "
     "thanked India for its support on Tuesday.",
     [("CONSULT", "QAT", "IND"), ("SUPPORT", "QAT", "IND")]),
    ("Indian Prime Minister Narendra Modi received Qatar's Emir Sheikh Tamim, who is on a "
     "state visit to India, on Tuesday.", [("CONSULT", "QAT", "IND")]),
    ("Kenya's foreign minister, who was in Beijing on Monday, praised China for its loans.",
     [("SUPPORT", "KEN", "CHN")]),
    # the pronoun is not the subject: the clause's parties are found as before
    ("Lithuania extended the list of Belarusian officials, whom it bars from entering the "
     "country.", [("SANCTION", "LTU", "BLR")]),
    ("Министр иностранных дел России Сергей Лавров встретился с главой МИД Турции Хаканом "
     "Фиданом, который находится в Москве с визитом.", [("CONSULT", "TUR", "RUS")]),
    ("Литва расширила список граждан Белоруссии, которым запрещен въезд в страну.",
     [("SANCTION", "LTU", "BLR")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_clause(sided: Callable[[str], list[Sided]], text: str,
                         expected: list[Sided]) -> None:
    assert sided(text) == expected
