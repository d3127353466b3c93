"""The Holy See's acts: the Pope is its official in every language (gazetteer officials)."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "language"), [
    ("Pope Francis met Argentine President Alberto Fernández at the Vatican on Friday.", "en"),
    ("Papst Franziskus traf am Freitag im Vatikan den argentinischen Präsidenten Alberto "
     "Fernández.", "de"),
    ("Папа Римский Франциск встретился в Ватикане с президентом Аргентины Альберто "
     "Фернандесом.", "ru"),
])
def test_a_meeting_with_the_pope_is_one_with_the_holy_see(text: str, language: str) -> None:
    record = communique.extract(text, language=language, published="2021-05-15")
    assert [(e["event_type"], sorted(a["country"] for a in e["actors"] + e["recipients"]))
            for e in record["events"]] == [("CONSULT", ["ARG", "VAT"])]
