"""German verb-second order: a prepositional phrase before the finite verb is the prefield,
whatever its length or preposition, and the subject follows the verb ("In einem Gespräch mit
der Zeitung Welt kritisierte Außenminister Maas die Türkei"); before, a prefield of more than
five words, or one opened by "mit", "gegen", "angesichts" …, left the act with no acting side.

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique import Extractor
from communique.document import RawDocument

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

CASES = [
    ("In einem ausführlichen Gespräch mit der Zeitung Die Welt kritisierte Außenministerin "
     "Baerbock die Türkei scharf.", [("ACCUSE", "DEU", "TUR")]),
    ("Angesichts der angespannten Lage an der gemeinsamen Grenze forderte Polen Belarus zur "
     "Deeskalation auf.", [("REQUEST", "POL", "BLR")]),
    ("Mit Blick auf die Wahlen im Herbst lobte der ungarische Außenminister Serbien.",
     [("SUPPORT", "HUN", "SRB")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prefield(sided: Callable[[str], list[Sided]], text: str,
                  expected: list[Sided]) -> None:
    assert sided(text) == expected


def test_visitor_after_the_verb(extractor: Extractor) -> None:
    """A visit's one party after an adverbial prefield is the visitor, and the role noun that
    names it back ("der armenische Außenminister") is the official of that state named
    before, not the last minister named: ARM → FRA with Mirzoyan."""
    text = ("PARIS, 13. März 2023. Der armenische Außenminister Ararat Mirzoyan traf seinen "
            "aserbaidschanischen Amtskollegen Jeyhun Bayramov. Am Montag reiste der armenische "
            "Außenminister nach Paris.")
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2023-03-14")])))
    assert [(e.event_type, [(a.name, a.country) for a in e.actors],
             [(a.name, a.country) for a in e.recipients]) for e in doc.events] == [
        ("CONSULT", [("Ararat Mirzoyan", "ARM"), ("Jeyhun Bayramov", "AZE")], []),
        ("CONSULT", [("Ararat Mirzoyan", "ARM")], [("France", "FRA")]),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # a trip that names only where it went has no visitor: no meeting
    ("Er reiste im Sommer nach Deutschland und Belgien.", []),
    ("He travelled to Germany and Belgium last summer.", []),
    # a visitor named: the visit
    ("Der chinesische Außenminister reiste am Montag nach Deutschland.",
     [("CONSULT", "CHN", "DEU")]),
])
def test_visit_needs_a_visitor(sided: Callable[[str], list[Sided]], text: str,
                               expected: list[Sided]) -> None:
    assert sided(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand whose object names what is asked: "zu"/"für" are prepositions here
    ("Belarus hat einen litauischen Staatsbürger festgenommen. Litauen verlangte umgehend "
     "konsularischen Zugang zu dem Mann.",
     [("COERCE", "BLR", "LTU"), ("REQUEST", "LTU", "BLR")]),
    ("China fordert von Japan eine Entschuldigung für die Äußerungen.",
     [("REQUEST", "CHN", "JPN")]),
    # an infinitive is an aim, no demand made
    ("Die Regierung will von Moskau eine Erklärung zu dem Vorfall verlangen.", []),
])
def test_demand_names_what_is_asked(sided: Callable[[str], list[Sided]], text: str,
                                    expected: list[Sided]) -> None:
    assert sided(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal to "all sides" addresses both sides of the conflict told before
    ("Iran hat Israel mit Vergeltung gedroht. Die Bundesregierung rief alle Seiten zur "
     "Zurückhaltung auf.", [("REQUEST", "DEU", "IRN+ISR"), ("THREATEN", "IRN", "ISR")]),
    ("Армения обвинила Азербайджан в обстреле. Франция призвала обе стороны к сдержанности.",
     [("ACCUSE", "ARM", "AZE"), ("REQUEST", "FRA", "ARM+AZE")]),
    # with no conflict told before, no side to address
    ("Die Bundesregierung rief alle Seiten zur Zurückhaltung auf.", []),
])
def test_appeal_to_all_sides(sided: Callable[[str], list[Sided]], text: str,
                             expected: list[Sided]) -> None:
    assert sided(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people deported to a state: that state is acted on; "zum zweiten Mal" opens no topic
    ("Österreich hat zum dritten Mal abgelehnte Asylwerber nach Pakistan abgeschoben.",
     [("COERCE", "AUT", "PAK")]),
    ("Германия депортировала в Ирак 40 человек.", [("COERCE", "DEU", "IRQ")]),
    ("Japan deported two Chinese nationals to China.", [("COERCE", "JPN", "CHN")]),
    # a topic opened by "zum" still is one
    ("Russland und China führten Gespräche zum Konflikt in Syrien.",
     [("CONSULT", "CHN+RUS", "")]),
])
def test_deported_to_a_state(sided: Callable[[str], list[Sided]], text: str,
                             expected: list[Sided]) -> None:
    assert sided(text) == expected
