"""A coercion told in the passive with no agent is the act of the state where it happened
(issue 12, ``coder._agentless_passive``): "Der russische Journalist wurde in Minsk
festgenommen" is Belarus's arrest of a Russian. An active clause whose subject is an
uncoded body keeps no such agent, and a state's own citizen arrested at home is no act
between states. Hand-written sentences; exact (type, actors, recipients)."""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Ein lettischer Staatsbürger wurde am Montag in Pskow festgenommen.",
     [("COERCE", "RUS", "LVA")]),
    ("de", "In Teheran ist ein französischer Tourist unter Spionageverdacht festgenommen "
           "worden.", [("COERCE", "IRN", "FRA")]),
    ("en", "A Japanese businessman was detained in Beijing on Monday.",
     [("COERCE", "CHN", "JPN")]),
    ("ru", "Гражданин Эстонии задержан в понедельник в Пскове.",
     [("COERCE", "RUS", "EST")]),
    # an active clause with an uncoded subject: no agent from the place
    ("de", "Das in Den Haag ansässige Gericht hatte einen Haftbefehl gegen den sudanesischen "
           "Präsidenten erlassen.", []),
    # a citizen arrested at home: no act between states
    ("de", "Ein Österreicher wurde am Montag in Wien festgenommen.", []),
])
def test_arrest_by_the_place(extractor: Extractor, language: str, text: str,
                             expected: list[tuple[str, str, str]]) -> None:
    assert sides_of(extractor, text, language, PUBLISHED) == expected
