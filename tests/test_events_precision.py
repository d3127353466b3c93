"""Mentions that are not acts (``events/gates.py``) and sides from outside the act's clause.

General news names diplomatic acts without reporting them: what a state usually does,
what might have been, a condition, the same words in sport or business, an act of a
company or an association. Each gate is tested in German, English and Russian on a
hand-built one-sentence document (the coder alone, as in ``test_events_coder_units``),
with a control sentence that differs by the gate's word and is coded.
"""

from __future__ import annotations

import pytest

from communique.events.coder import EventCoder, _not_at_itself
from communique.events.participants import Party, Sides
from communique.model import Actor
from test_events_coder_units import Named, adjective, coded, person, state

POL, RUS = state("Polen", "POL"), state("Russland", "RUS")
LTU = state("Litauen", "LTU")


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


CASES = [
    # generic: a habit is a kind of act, not one; after an agreement it is what was agreed
    ("de", "Polen verhängt regelmäßig Sanktionen gegen Russland.", [POL, RUS], []),
    ("de", "Polen hat am Montag Sanktionen gegen Russland verhängt.", [POL, RUS],
     [("SANCTION", "POL", "RUS")]),
    ("en", "Poland usually imposes sanctions on Russia.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("en", "Poland imposed sanctions on Russia on Monday.",
     [state("Poland", "POL"), state("Russia", "RUS")], [("SANCTION", "POL", "RUS")]),
    ("ru", "Польша обычно вводит санкции против России.",
     [state("Польша", "POL"), state("России", "RUS")], []),
    ("ru", "Польша ввела санкции против России.",
     [state("Польша", "POL"), state("России", "RUS")], [("SANCTION", "POL", "RUS")]),
    # speculative: a possibility or a counterfactual
    ("de", "Polen hätte Sanktionen gegen Russland verhängen können.", [POL, RUS], []),
    ("en", "Perhaps Poland imposed sanctions on Russia.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("ru", "Не исключено, что Польша введет санкции против России.",
     [state("Польша", "POL"), state("России", "RUS")], []),
    # … a counterfactual's auxiliary and modal close one clause, however long ("hätte sich
    # das Parlament gegen die Aufhebung der … Strafmaßnahmen sperren können"), but a comma
    # ends it: reported speech in the Konjunktiv II stays an act
    ("de", "Polen hätte nach den Wahlen im vergangenen Herbst schon im Dezember endlich "
           "Sanktionen gegen Russland verhängen können.", [POL, RUS], []),
    ("de", "Der Minister sagte, Polen hätte Sanktionen gegen Russland verhängt, und das habe "
           "man erwarten können.", [POL, RUS], [("SANCTION", "POL", "RUS")]),
    # … and a Konjunktiv I future after that comma is the next clause's, not the act's
    ("de", "Der Minister sagte, Polen habe Sanktionen gegen Russland verhängt, und das "
           "Parlament werde das Gesetz bald ändern.", [POL, RUS], [("SANCTION", "POL", "RUS")]),
    # … and a rumour, denied or not
    ("de", "Polen dementierte das Gerücht, dass Russland Sanktionen gegen Litauen verhängt habe.",
     [POL, RUS, LTU], []),
    ("de", "Polen bestätigte, dass Russland Sanktionen gegen Litauen verhängt habe.",
     [POL, RUS, LTU], [("SANCTION", "RUS", "LTU")]),
    ("en", "Poland denied rumours that Russia had imposed sanctions on Lithuania.",
     [state("Poland", "POL"), state("Russia", "RUS"), state("Lithuania", "LTU")], []),
    ("en", "Officials confirmed that Russia had imposed sanctions on Lithuania.",
     [state("Russia", "RUS"), state("Lithuania", "LTU")], [("SANCTION", "RUS", "LTU")]),
    ("ru", "Польша опровергла слухи о том, что Россия ввела санкции против Литвы.",
     [state("Польша", "POL"), state("Россия", "RUS"), state("Литвы", "LTU")], []),
    ("ru", "Польша подтвердила, что Россия ввела санкции против Литвы.",
     [state("Польша", "POL"), state("Россия", "RUS"), state("Литвы", "LTU")],
     [("SANCTION", "RUS", "LTU")]),
    # intention: what was meant to happen is not reported as done
    ("de", "Noch vor dem Gipfel wollte eine Gruppe der Staaten (mit Merkel und Hollande) auf "
           "Einladung von Faymann zu einem Sondertreffen zusammenkommen.",
     [person("Merkel", "DEU", "Chancellor"), person("Hollande", "FRA", "President"),
      person("Faymann", "AUT", "Chancellor")], []),
    ("en", "Poland had planned to impose sanctions on Russia on Monday.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("ru", "Польша и Россия собирались провести переговоры в Варшаве в понедельник.",
     [state("Польша", "POL"), state("Россия", "RUS")], []),
    # conditional: the condition is no act; the main clause after it is
    ("de", "Wenn Polen Sanktionen gegen Russland verhängt, reagiert Moskau.", [POL, RUS], []),
    ("en", "If Poland after the elections next autumn finally imposes sanctions on Russia, "
           "Moscow will respond.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("ru", "Если Польша введет санкции против России, Москва ответит.",
     [state("Польша", "POL"), state("России", "RUS")], []),
    # field: sport, business and culture use the same words
    ("de", "Polen und Russland führten Verhandlungen über einen Spieler.", [POL, RUS], []),
    ("de", "Polen und Russland führten Verhandlungen über einen Vertrag.", [POL, RUS],
     [("CONSULT", "POL+RUS", "")]),
    ("en", "Poland and Russia held talks on a football transfer.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("ru", "Польша и Россия провели переговоры о трансфере футболиста.",
     [state("Польша", "POL"), state("Россия", "RUS")], []),
    # nonstate: a company, an association or a newspaper acts for itself, and does not
    # take the sides of the report's meeting
    ("de", "Der polnische Präsident Duda traf Putin in Moskau. Der polnische "
           "Unternehmerverband begrüßte die Entscheidung Russlands.",
     [person("polnische Präsident Duda", "POL", "President"), person("Putin", "RUS", "President"),
      adjective("polnische", "POL"), state("Russlands", "RUS")],
     [("CONSULT", "POL", "RUS")]),
    ("de", "Der polnische Präsident Duda traf Putin in Moskau. Die polnische Regierung "
           "begrüßte die Entscheidung Russlands.",
     [person("polnische Präsident Duda", "POL", "President"), person("Putin", "RUS", "President"),
      adjective("polnische", "POL"), state("Russlands", "RUS")],
     [("CONSULT", "POL", "RUS"), ("SUPPORT", "POL", "RUS")]),
    ("en", "Polish President Duda met Putin in Moscow. The Polish business association "
           "welcomed Russia's decision.",
     [person("Polish President Duda", "POL", "President"), person("Putin", "RUS", "President"),
      adjective("Polish", "POL"), state("Russia's", "RUS")],
     [("CONSULT", "POL", "RUS")]),
    ("ru", "Президент Польши Дуда встретился с Путиным в Москве. Польская ассоциация "
           "перевозчиков приветствовала решение России.",
     [person("Президент Польши Дуда", "POL", "President"), person("Путиным", "RUS", "President"),
      adjective("Польская", "POL"), state("России", "RUS")],
     [("CONSULT", "POL", "RUS")]),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), CASES,
                         ids=[case[1][:40] for case in CASES])
def test_mentions_are_not_acts(coder: EventCoder, language: str, text: str,
                               named: list[Named], expected: list[tuple[str, str, str]]) -> None:
    assert coded(coder, language, text, named) == expected


# domestic politics: a member of parliament or the opposition speaks for itself, named or
# not; the subject ends at its finite auxiliary (mentions.yaml, auxiliary), so an object
# before a German verb-final participle is no state in the subject
PILZ = ("Peter Pilz", "PER", "person", "AUT", None)
DOMESTIC = [
    ("de", "Der österreichische Abgeordnete Peter Pilz hat Saudi-Arabien "
           "Menschenrechtsverletzungen vorgeworfen.",
     [adjective("österreichische", "AUT"), PILZ, state("Saudi-Arabien", "SAU")], []),
    ("de", "Der österreichische Außenminister Sebastian Kurz hat Saudi-Arabien "
           "Menschenrechtsverletzungen vorgeworfen.",
     [adjective("österreichische", "AUT"), person("Sebastian Kurz", "AUT", "Foreign Minister"),
      state("Saudi-Arabien", "SAU")], [("ACCUSE", "AUT", "SAU")]),
    ("en", "Austrian opposition leader Peter Pilz has accused Saudi Arabia of human rights "
           "violations.",
     [adjective("Austrian", "AUT"), PILZ, state("Saudi Arabia", "SAU")], []),
    ("en", "Austrian Foreign Minister Sebastian Kurz has accused Saudi Arabia of human rights "
           "violations.",
     [adjective("Austrian", "AUT"), person("Sebastian Kurz", "AUT", "Foreign Minister"),
      state("Saudi Arabia", "SAU")], [("ACCUSE", "AUT", "SAU")]),
    ("ru", "Австрийский депутат Петер Пильц обвинил Саудовскую Аравию в нарушениях прав "
           "человека.",
     [adjective("Австрийский", "AUT"), ("Петер Пильц", "PER", "person", "AUT", None),
      state("Саудовскую Аравию", "SAU")], []),
    ("ru", "Глава МИД Австрии Себастьян Курц обвинил Саудовскую Аравию в нарушениях прав "
           "человека.",
     [state("Австрии", "AUT"), person("Себастьян Курц", "AUT", "Foreign Minister"),
      state("Саудовскую Аравию", "SAU")], [("ACCUSE", "AUT", "SAU")]),
    # … but the members together ratify a treaty for their state
    ("de", "Die moldauischen Abgeordneten ratifizierten am Donnerstag ein Abkommen mit "
           "Rumänien.", [adjective("moldauischen", "MDA"), state("Rumänien", "ROU")],
     [("SUPPORT", "MDA+ROU", "")]),
    ("ru", "Молдавские депутаты ратифицировали соглашение с Румынией в четверг.",
     [adjective("Молдавские", "MDA"), state("Румынией", "ROU")], [("SUPPORT", "MDA+ROU", "")]),
    # a dateline after a web report's title, on its line, is no part of the subject
    ("de", "Pilz gegen Waffenexporte. Wien – Der österreichische Abgeordnete Peter Pilz hat "
           "Saudi-Arabien Menschenrechtsverletzungen vorgeworfen.",
     [state("Wien", "AUT"), adjective("österreichische", "AUT"), PILZ,
      state("Saudi-Arabien", "SAU")], []),
    ("ru", "Пильц против экспорта оружия. Вена – Австрийский депутат Петер Пильц обвинил "
           "Саудовскую Аравию в нарушениях прав человека.",
     [state("Вена", "AUT"), adjective("Австрийский", "AUT"),
      ("Петер Пильц", "PER", "person", "AUT", None), state("Саудовскую Аравию", "SAU")], []),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), DOMESTIC,
                         ids=[case[1][:40] for case in DOMESTIC])
def test_domestic_politics_is_no_act(coder: EventCoder, language: str, text: str,
                                     named: list[Named], expected: list[tuple[str, str, str]]
                                     ) -> None:
    assert coded(coder, language, text, named) == expected


# Trigger words that misread general news, each constrained by its frame's not_with
# (lang/<xx>/events.yaml), in German and, where the construction exists, English and Russian
LEXICON = [
    # a nomination for a post is no proposal to a state
    ("de", "Slowenien, Kroatien und Mazedonien haben bereits ihre Kandidaten für den Posten "
           "des Generalsekretärs vorgeschlagen.",
     [state("Slowenien", "SVN"), state("Kroatien", "HRV"), state("Mazedonien", "MKD")], []),
    ("de", "Polen schlug Russland einen Kandidaten für den Posten des Generalsekretärs vor.",
     [POL, RUS], []),
    ("de", "Polen schlug Russland einen Gefangenenaustausch vor.", [POL, RUS],
     [("AGREE", "POL", "RUS")]),
    ("en", "Poland proposed a candidate to Russia for the post of Secretary-General.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("en", "Poland proposed a new trade agreement to Russia.",
     [state("Poland", "POL"), state("Russia", "RUS")], [("AGREE", "POL", "RUS")]),
    ("ru", "Польша предложила России кандидата на пост генерального секретаря.",
     [state("Польша", "POL"), state("России", "RUS")], []),
    ("ru", "Польша предложила России обмен пленными.",
     [state("Польша", "POL"), state("России", "RUS")], [("AGREE", "POL", "RUS")]),
    # "rufen … zu Protesten an" calls for an action, it telephones no one
    ("de", "Polen rief Russland zum Boykott der Spiele an.", [POL, RUS], []),
    ("de", "Der polnische Präsident rief am Montag Putin an.",
     [person("polnische Präsident", "POL", "President"), person("Putin", "RUS", "President")],
     [("CONSULT", "POL+RUS", "")]),
    ("en", "Palestinian groups called for protests against Israel.",
     [adjective("Palestinian", "PSE"), state("Israel", "ISR")], []),
    ("ru", "Палестинские группировки призвали к протестам против Израиля.",
     [adjective("Палестинские", "PSE"), state("Израиля", "ISR")], []),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), LEXICON,
                         ids=[str(getattr(case, "values", case)[1])[:40] for case in LEXICON])
def test_german_words_that_misread_news(coder: EventCoder, language: str, text: str,
                                        named: list[Named],
                                        expected: list[tuple[str, str, str]]) -> None:
    assert coded(coder, language, text, named) == expected


SIDES = [
    # the parties of a clause before the act's own are that clause's (the criticism's)
    ("de", "Polen kritisierte Russland, aber Litauen verhängte Sanktionen gegen Belarus.",
     [POL, RUS, state("Litauen", "LTU"), state("Belarus", "BLR")],
     [("SANCTION", "LTU", "BLR")]),
    ("ru", "Польша раскритиковала Россию, но Литва ввела санкции против Белоруссии.",
     [state("Польша", "POL"), state("Россию", "RUS"), state("Литва", "LTU"),
      state("Белоруссии", "BLR")],
     [("SANCTION", "LTU", "BLR")]),
    # … but a relative clause inserted after the subject interrupts the act's clause
    ("de", "Polen, das den Vorsitz innehat, verhängte Sanktionen gegen Russland.", [POL, RUS],
     [("SANCTION", "POL", "RUS")]),
    ("en", "Poland, which holds the presidency, imposed sanctions on Russia.",
     [state("Poland", "POL"), state("Russia", "RUS")], [("SANCTION", "POL", "RUS")]),
    ("ru", "Польша, которая председательствует в ЕС, ввела санкции против России.",
     [state("Польша", "POL"), state("России", "RUS")], [("SANCTION", "POL", "RUS")]),
    # a report after a comma opens the clause of the visit it names
    ("de", "In der Türkei hofften drei Millionen Menschen auf Hilfe, sagte der litauische "
           "Außenminister bei einem Besuch in Athen.",
     [state("Türkei", "TUR"), person("litauische Außenminister", "LTU", "Foreign Minister"),
      state("Athen", "GRC")],
     [("CONSULT", "LTU", "GRC")]),
    # … but not one whose speaker stands before the verb
    ("en", "China, meanwhile, announced a blanket ban on seafood imports from Japan.",
     [state("China", "CHN"), state("Japan", "JPN")], [("SANCTION", "CHN", "JPN")]),
    # a colon joins a headline's subject to what it did
    ("en", "Turkey: Chief of Armed Forces Declines Request for High-level Meeting with Egypt.",
     [state("Turkey", "TUR"), state("Egypt", "EGY")], [("REJECT", "TUR", "EGY")]),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), SIDES,
                         ids=[case[1][:40] for case in SIDES])
def test_sides_of_the_own_clause(coder: EventCoder, language: str, text: str,
                                 named: list[Named], expected: list[tuple[str, str, str]]) -> None:
    assert [event for event in coded(coder, language, text, named)
            if event[0] == expected[0][0]] == expected


def test_no_state_is_the_recipient_of_its_own_act() -> None:
    def party(code: str) -> Party:
        return Party(Actor(code, code, "state", country=code), 0, 1)

    sides = Sides(actors=[party("RUS")], recipients=[party("USA"), party("RUS")])
    _not_at_itself(sides)
    assert [p.code for p in sides.recipients] == ["USA"]
