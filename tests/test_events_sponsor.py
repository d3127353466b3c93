"""A state named as the backer in an attribute of another noun is no side of that noun's act
(``sponsor`` in each language's references.yaml; ``events.anaphora.is_sponsor``)."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die von den USA unterstützten Rebellen griffen Damaskus an.", "de", []),
    ("Vom Iran finanzierte Milizen griffen Israel an.", "de", []),
    ("Russian-backed separatists attacked Ukrainian positions.", "en", []),
    ("Поддерживаемые Россией боевики атаковали позиции Украины.", "ru", []),
    # the backer of an act that is the support itself, and the agent of a passive, are sides
    ("Russland hat die Regierung Syriens unterstützt.", "de",
     [("SUPPORT", ["Russia"], ["Government of Syria"])]),
    ("Россия поддержала Сирию.", "ru", [("SUPPORT", ["Russia"], ["Syria"])]),
    ("The US-led coalition struck Syria.", "en", [("ASSAULT", ["United States"], ["Syria"])]),
])
def test_the_backer_in_an_attribute_is_no_side(text: str, language: str,
                                                 expected: list) -> None:
    record = communique.extract(text, language=language, published="2015-05-15")
    assert [(e["event_type"], [a["name"] for a in e["actors"]],
             [a["name"] for a in e["recipients"]]) for e in record["events"]] == expected
