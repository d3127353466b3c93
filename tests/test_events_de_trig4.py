"""German wordings and constructions of agency and broadcaster reports, fourth round (issue
12, branch detrig4): coordinated main clauses that share a capital as subject ("Peking wies
die Vorwürfe zurück und warf Washington … vor"), a meeting a statement followed ("sagte … nach
einem Treffen mit"), the litotes "nicht folgenlos bleiben / hinnehmen", the Austrian "mahnte …
ein", an attendance confirmed ("bestätigte seine Teilnahme an"), a plural subject pronoun
after the verb ("Bei dem Gipfel forderten sie Georgien … auf"), people a sanction targets
named by their origin ("gegen drei Unternehmen aus der Türkei"), a joint statement's "wir"
("Wir, die Außenminister Polens, Litauens und Lettlands, …"), the capital after a threat's
condition ("Sollten …, werde Moskau … ausweisen"), an agreement put into force ("setzten
das Abkommen in Kraft"), the claim a denial names ("wies den Vorwurf zurück, Nordkorea
unterstütze Russland …"), consent withheld ("stimmte … nicht zu").

Hand-written sentences, each with the exact events (type, actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

CASES = [
    # the capital opens the first main clause; the second, after "und", shares it as subject
    ("Die japanische Regierung hat China Spionage vorgeworfen. Peking wies die Vorwürfe am "
     "Donnerstag zurück und warf Tokio seinerseits Provokationen vor.",
     [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "JPN", "CHN")]),
    ("Litauen hat den Handel mit Belarus eingeschränkt. Minsk legte am Montag Protest ein und "
     "forderte Vilnius auf, die Entscheidung zurückzunehmen.",
     [("ACCUSE", "BLR", "LTU"), ("REQUEST", "BLR", "LTU"), ("SANCTION", "LTU", "BLR")]),
    # the second clause after a bare comma, its verb first ("…, drohte aber …")
    ("Die Ukraine warf Belarus Provokationen an der Grenze vor. Minsk wies die Vorwürfe "
     "zurück, drohte aber Kiew mit Gegenmaßnahmen.",
     [("ACCUSE", "UKR", "BLR"), ("THREATEN", "BLR", "UKR")]),
    # a meeting named with its indefinite article after the statement it preceded; held in
    # the Dutch capital, it is the Georgian's visit (deloc6: "Den Haag" is read as a place)
    ("Die Niederlande seien zur Vermittlung bereit, sagte Außenminister Caspar Veldkamp am "
     "Freitag nach einem Treffen mit seinem georgischen Amtskollegen in Den Haag.",
     [("AGREE", "GEO+NLD", ""), ("CONSULT", "GEO", "NLD")]),
    # the litotes of a step announced: "nicht folgenlos bleiben", "nicht folgenlos hinnehmen"
    ("Die Bundesregierung hat Russland für den Anschlag auf einen Oppositionellen "
     "verantwortlich gemacht. Berlin werde dieses Vorgehen nicht folgenlos hinnehmen, sagte "
     "ein Sprecher des Auswärtigen Amtes am Montag.",
     [("ACCUSE", "DEU", "RUS"), ("THREATEN", "DEU", "RUS")]),
    # the Austrian particle verb "mahnte … ein"
    ("Der österreichische Außenminister traf am Dienstag in Wien seinen albanischen "
     "Amtskollegen. Dabei mahnte Österreich bei Albanien Fortschritte im Kampf gegen die "
     "Korruption ein.",
     [("CONSULT", "ALB", "AUT"), ("REQUEST", "AUT", "ALB")]),
    # a plural subject pronoun right after the verb of verb-second order: the sides named
    # before act, the state after the pronoun is the object
    ("Die Außenminister Polens und Litauens kamen am Montag zu Beratungen zusammen. "
     "Anschließend kritisierten sie Belarus wegen der Ballonflüge über die Grenze scharf.",
     [("ACCUSE", "LTU+POL", "BLR"), ("CONSULT", "LTU+POL", "")]),
    ("Die Staats- und Regierungschefs der EU sind am Donnerstag in Brüssel zusammengekommen. "
     "Bei dem Gipfel forderten sie Georgien zur Rückkehr auf den Reformkurs auf.",
     [("CONSULT", "EU", ""), ("REQUEST", "EU", "GEO")]),
    # people a sanction is directed at, named by where they come from, stand for their state
    # as a state adjective makes them ("gegen russische Personen")
    ("Die Vereinigten Staaten verhängten am Mittwoch Strafmaßnahmen gegen drei Unternehmen "
     "aus der Türkei.", [("SANCTION", "USA", "TUR")]),
    # a joint statement's "wir" is the states of its apposition named before
    ("Wir, die Außenminister Polens, Litauens und Lettlands, sind heute in Vilnius "
     "zusammengekommen. Wir fordern Belarus auf, die Instrumentalisierung von Migranten "
     "sofort zu beenden.",
     [("CONSULT", "LTU+LVA+POL", ""), ("REQUEST", "LTU+LVA+POL", "BLR")]),
    # a threat's condition ("Sollten …") fills the prefield: the capital after the finite
    # auxiliary is the subject
    ("Lettland hat zwei russischen Journalisten die Akkreditierung entzogen. Sollten die "
     "Schikanen weitergehen, werde Moskau lettische Diplomaten ausweisen.",
     [("COERCE", "LVA", "RUS"), ("THREATEN", "RUS", "LVA")]),
    # an agreement put into force by its parties is finalised (SUPPORT), not suspended; forces
    # "eingesetzt" head no "Kraft"
    ("Kanada und Mexiko setzten das Abkommen über die Fischerei am Montag in Kraft.",
     [("SUPPORT", "CAN+MEX", "")]),
    ("Russland setzte am Montag im Grenzgebiet zu Finnland zusätzliche Streitkräfte ein.", []),
    # the claim a denial names, in the clause after its comma, is no act; a demand rejected
    # is followed by acts (tests/data/probe/de_acts2.jsonl, de-acts2-08)
    ("Die USA warfen Nordkorea Waffenlieferungen vor. Pjöngjang wies den Vorwurf zurück, "
     "Nordkorea unterstütze Russland mit Artilleriegranaten.", [("ACCUSE", "USA", "PRK")]),
    # consent withheld is a refusal; consent given stays an endorsement
    ("Die Slowakei stimmte dem Beitritt der Ukraine zur NATO nicht zu.",
     [("REJECT", "SVK", "UKR")]),
    ("Die Türkei stimmte dem Beitritt Schwedens zur NATO zu.", [("SUPPORT", "TUR", "SWE")]),
    # attendance confirmed: a promise to come to a meeting, planned
    ("Der slowakische Außenminister traf am Montag seinen belarussischen Amtskollegen. Die "
     "Slowakei bestätigte ihre Teilnahme an dem Gipfeltreffen in Minsk im kommenden Monat.",
     [("AGREE", "SVK", "BLR"), ("CONSULT", "BLR+SVK", "")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_wordings(sided: Callable[[str], list[Sided]], text: str,
                         expected: list[Sided]) -> None:
    assert sided(text) == expected
