"""Who takes part in an IGO's meeting when the states are named outside the trigger's clause.

Sentences written for these tests (none from a gold set or an article), in German, English
and Russian: a meeting of an IGO or of one of its bodies, then a participation clause or a
relative clause on that meeting naming the states or officials taking part. Spec
(../shared/spec/EVENTS.md, section 4): the participants are the IGO plus the states the text
names as taking part; the place of the meeting is no side unless the text says it takes part.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import Sided


@pytest.mark.parametrize(("text", "expected"), [
    # the separable verb joined at the end of a German relative clause ("an der … teilnahmen")
    ("Die Nato-Verteidigungsminister trafen sich am Donnerstag in Brüssel. An der Sitzung, an "
     "der auch Schweden und Finnland teilnahmen, ging es um die Ostflanke.",
     [("CONSULT", "FIN+NATO+SWE", "")]),
    ("Die Außenminister der Afrikanischen Union kamen am Montag in Addis Abeba zusammen. "
     "Kenia und Äthiopien hatten an den Beratungen teilgenommen, hieß es.",
     [("CONSULT", "AU+ETH+KEN", "")]),
    # an official named as taking part sits there for his state
    ("Die EU-Innenminister berieten am Donnerstag in Brüssel über die Grenzsicherung. An dem "
     "Treffen, an dem aus Polen Innenminister Jan Kowalski teilnahm, gab es keine Einigung.",
     [("CONSULT", "EU+POL", "")]),
    # a person the clause names with the attending state ("aus Portugal …") sits for that
    # state, not for the IGO, beside a state already at the table
    ("Die deutsche Regierung trat am Donnerstag beim Treffen der EU-Innenminister in Brüssel "
     "hart auf. Zufrieden zeigte sich dagegen der deutsche Innenminister Karl Weber beim "
     "EU-Rat, an dem aus Portugal Ana Sousa teilnahm.",
     [("CONSULT", "DEU+EU+PRT", "")]),
    # the same clause negated names who stayed away
    ("Die Nato-Verteidigungsminister trafen sich am Donnerstag in Brüssel. An der Sitzung, an "
     "der Ungarn nicht teilnahm, ging es um die Ostflanke.",
     [("CONSULT", "NATO", "")]),
    # a participation phrase on the meeting in the next sentence
    ("Die Nato-Verteidigungsminister trafen sich am Donnerstag in Brüssel. Das Treffen fand "
     "unter Beteiligung Schwedens und Finnlands statt.",
     [("CONSULT", "FIN+NATO+SWE", "")]),
    ("NATO defence ministers met in Brussels on Thursday. The meeting was held with the "
     "participation of Sweden and Finland.",
     [("CONSULT", "FIN+NATO+SWE", "")]),
    ("В Минске прошло заседание Совета глав правительств СНГ. Заседание прошло при участии "
     "премьер-министров Армении и Киргизии.",
     [("CONSULT", "ARM+CIS+KGZ", "")]),
    # English and Russian relative clauses on the meeting
    ("The ASEAN foreign ministers met in Jakarta on Tuesday. The meeting, in which Japan and "
     "South Korea took part, focused on maritime security.",
     [("CONSULT", "ASEAN+JPN+KOR", "")]),
    ("The OSCE Permanent Council met in Vienna on Thursday. The session, which was attended by "
     "Ukraine and Moldova, discussed the mission.",
     [("CONSULT", "MDA+OSCE+UKR", "")]),
    ("В Душанбе прошло заседание Совета министров обороны ОДКБ. На заседании, в котором "
     "приняли участие министры обороны Армении и Таджикистана, обсуждалась ситуация на границе.",
     [("CONSULT", "ARM+CSTO+TJK", "")]),
])
def test_states_named_as_taking_part(sided: Callable[[str], list[Sided]], text: str,
                                     expected: list[Sided]) -> None:
    assert sided(text) == expected


def test_place_in_the_participation_clause_is_no_side(
        sided: Callable[[str], list[Sided]]) -> None:
    """The state of the meeting's city, named in the very clause that says who took part, is
    its place, not a participant (the spec adds a host only when the text says it takes part)."""
    assert sided("Der indische Außenminister hat am Montag am Treffen der Außenminister der "
                 "BRICS-Staaten in der brasilianischen Stadt Recife teilgenommen.") == [
        ("CONSULT", "BRICS+IND", "")]
