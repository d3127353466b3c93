"""A programme's term dates the meetings the plan names, not the talks after which it was
signed (issue 12, ``attributes._own_term``). Hand-written sentences; exact (type, status,
date) of every event."""

from __future__ import annotations

import pytest

from codekit import events
from communique import Extractor

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(("text", "expected"), [
    # the talks were held: no future term for them; the plan's consultations are planned
    ("По итогам переговоров министры иностранных дел России и Белоруссии подписали План "
     "консультаций на 2027-2029 годы.",
     [("AGREE", "planned", "2027"), ("CONSULT", "occurred", "2024-05-15"),
      ("SUPPORT", "occurred", "2024-05-15")]),
    ("Министры иностранных дел Армении и Грузии подписали План консультаций на 2025-2026 годы.",
     [("AGREE", "planned", "2025"), ("SUPPORT", "occurred", "2024-05-15")]),
])
def test_plan_term(extractor: Extractor, text: str,
                   expected: list[tuple[str, str, str | None]]) -> None:
    assert sorted((e.event_type, e.status, e.date.gold_form() if e.date else None)
                  for e in events(extractor, text, "ru", PUBLISHED)) == expected
