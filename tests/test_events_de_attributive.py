"""A German participle between a determiner and its noun is an attribute, not a report
(issue 12): "Das neu verhandelte Abkommen" names a thing; "Griechenland verhandelte … über
neue Kredite" reports talks, whatever adjective its object carries. Hand-written sentences;
exact (type, actors, recipients)."""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(("text", "expected"), [
    # "neu" in the object is an adjective of the object: the talks are reported
    ("Griechenland verhandelte am Montag mit Deutschland über neue Kredite.",
     [("CONSULT", "DEU+GRC", "")]),
    ("Serbien verhandelte am Dienstag mit Ungarn über eine neue Grenzregelung.",
     [("CONSULT", "HUN+SRB", "")]),
    # determiner, adverb, participle, noun: an attribute, at the sentence's start too
    ("Das neu verhandelte Abkommen zwischen Griechenland und Deutschland tritt im Mai in "
     "Kraft.", []),
    ("Die neu verhandelte Grenzregelung zwischen Serbien und Ungarn gilt ab Juni.", []),
])
def test_attributive_participle(extractor: Extractor, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, "de", PUBLISHED) == expected
