"""Where an act took place, fifth round (issue 12; blind set tests/data/probe/loc5.jsonl).

An act done by announcing it (a charge, a demand, a refusal, a threat, a sanction) that its
own sentence does not place was done where it was announced: the city after the verb of saying
in its attribution, in the next sentence that reports it back, or in the sentence before whose
speaker it goes on quoting. A noun for a kind of place before a name ("in der Exklave
Kaliningrad", "in the Urals city of Yekaterinburg") leaves the name the place; a place in the
phrase naming the earlier event an act answers ("Nach der Festnahme … in Moskau hat das
Auswärtige Amt … einbestellt") is that event's; a call ("held a call with") sat nowhere; a region
("im Gazastreifen", "in Central Asia") is what an act other than a meeting is about. The
sentences are hand-written, none from the blind set.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2025-03-12"


def placed(extractor: Extractor, text: str, language: str) -> list[tuple[str, str | None]]:
    """(type, place) of every event, the place as the scorer reads it."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                               language=language)])))
    return sorted((e.event_type, None if e.location is None else
                   "virtual" if e.location.virtual else e.location.name) for e in doc.events)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the next sentence reports the act back and says where
    ("de", "Japan hat Sanktionen gegen vier russische Banken verhängt. Das teilte das "
           "Finanzministerium in Tokio am Freitag mit.", [("SANCTION", "Tokyo")]),
    ("de", "Die Slowakei hat die Forderung der EU nach einem Gasembargo zurückgewiesen. Das "
           "sagte Regierungschef Robert Fico am Dienstag in Bratislava.",
     [("REJECT", "Bratislava")]),
    ("ru", "Польша потребовала от Белоруссии объяснений в связи с инцидентом на границе. Об "
           "этом заявил в Варшаве министр иностранных дел Радослав Сикорский.",
     [("REQUEST", "Warsaw")]),
    # the sentence before names where its speaker spoke; the act goes on quoting him
    ("de", "Die Lage an der Grenze sei ernst, sagte der litauische Präsident Gitanas Nausėda "
           "am Montag in Vilnius. Er warf Belarus vor, Migranten gezielt an die Grenze zu "
           "bringen.", [("ACCUSE", "Vilnius")]),
    # the act's own attribution
    ("ru", "Россия ввела ответные санкции против Австралии, сообщили в среду в Москве в МИД РФ.",
     [("SANCTION", "Moscow")]),
    # a delivery is done where it arrives, not where it is announced
    ("de", "Deutschland hat der Ukraine zwei weitere Flugabwehrsysteme geliefert. Das teilte "
           "das Verteidigungsministerium am Mittwoch in Berlin mit.", [("AID", None)]),
    # a report back that names the act's own place tells where the act was, not the saying
    ("de", "Die Türkei hat sich mit Schweden auf neue Regeln geeinigt. Darauf hätten sich "
           "beide Seiten am Freitag in Ankara verständigt, sagte ein Sprecher am Montag in "
           "Stockholm.", [("AGREE", "Ankara")]),
    # what was said begins right after an English verb of saying: its place is no saying's
    ("en", "President Volodymyr Zelensky said the missile strike in Kharkiv killed 12 civilians. "
           "He accused Russia of war crimes.", [("ACCUSE", None), ("ASSAULT", "Kharkiv")]),
    ("en", "Britain accused Russia of a cyberattack, Foreign Secretary David Lammy said in "
           "London on Monday.", [("ACCUSE", "London")]),
    # a city after a verb that is no verb of saying is no place of the act's announcement
    # (``said_place``), but the report's opening names it as the acting state's city with no
    # dateline to place the report (``resolve.opening_seat``)
    ("en", "Britain has demanded that Russia release a detained British aid worker. Foreign "
           "Secretary David Lammy made the demand on Monday in London.",
     [("REQUEST", "London")]),
])
def test_announced_acts_are_placed_where_announced(extractor: Extractor, language: str,
                                                   text: str,
                                                   expected: list[tuple[str, str | None]]
                                                   ) -> None:
    assert placed(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a noun for a kind of place before the name: the name is the place
    ("de", "Russische Sicherheitsbehörden haben in der Exklave Kaliningrad einen polnischen "
           "Staatsbürger festgenommen.", [("COERCE", "Kaliningrad")]),
    ("en", "Russian security services have detained a U.S. citizen in the Urals city of "
           "Yekaterinburg on suspicion of treason.", [("COERCE", "Yekaterinburg")]),
    ("ru", "Литовские пограничники задержали гражданина Беларуси в городе Вильнюс.",
     [("COERCE", "Vilnius")]),
])
def test_a_kind_of_place_before_its_name(extractor: Extractor, language: str, text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert placed(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the place of the earlier event an act answers is not the act's: the summons is at the
    # summoning ministry's seat
    ("de", "Nach der Festnahme eines Deutschen in Moskau hat das Auswärtige Amt den russischen "
           "Botschafter einbestellt.", [("ACCUSE", "Berlin"), ("COERCE", "Moscow")]),
    ("ru", "После задержания российского журналиста в Таллине МИД России вызвал временного "
           "поверенного в делах Эстонии.", [("ACCUSE", "Moscow")]),
    # a meeting in that phrase is the act's setting
    ("de", "Nach dem Treffen in Brüssel haben die EU-Außenminister neue Sanktionen gegen Iran "
           "verhängt.", [("CONSULT", "Brussels"), ("SANCTION", "Brussels")]),
])
def test_the_place_of_the_event_answered(extractor: Extractor, language: str, text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert placed(extractor, text, language) == expected


@pytest.mark.parametrize("text", [
    "Foreign Minister Penny Wong held a call with her Indonesian counterpart Sugiono on Friday.",
    "Prime Minister Mark Carney received a call from President Emmanuel Macron on Sunday.",
])
def test_a_call_sat_nowhere(extractor: Extractor, text: str) -> None:
    """A call is remote by its word: a CONSULT in mode phone, location virtual (spec §3)."""
    assert placed(extractor, text, "en") == [("CONSULT", "virtual")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Türkei hat Israel vorgeworfen, im Gazastreifen Kriegsverbrechen zu begehen.",
     [("ACCUSE", None)]),
    ("de", "Die Bundesregierung forderte Israel am Montag auf, mehr Hilfslieferungen für die "
           "Menschen im Gazastreifen zuzulassen.", [("REQUEST", None)]),
    ("en", "The European Union praised Kazakhstan for its efforts to promote stability in "
           "Central Asia.", [("SUPPORT", None)]),
])
def test_a_region_is_what_the_act_is_about(extractor: Extractor, language: str, text: str,
                                           expected: list[tuple[str, str | None]]) -> None:
    """A region after a locative is the scene of what an act is about, not its venue."""
    assert placed(extractor, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Bundeskanzler Scholz hat Russland im Bundestag Kriegsverbrechen vorgeworfen.",
     [("ACCUSE", "Berlin")]),
    ("en", "Russia accused Ukraine of terrorism at UN headquarters on Monday.",
     [("ACCUSE", "New York")]),
])
def test_a_seat_of_parliament_or_the_un(extractor: Extractor, language: str, text: str,
                                        expected: list[tuple[str, str | None]]) -> None:
    """A building that seats a parliament or the UN (``seats``) stands for its city."""
    assert placed(extractor, text, language) == expected
