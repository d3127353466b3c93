"""AGREE in German, English and Russian reports, fifth round (issue 12, branch agree5; probe
tests/data/probe/agree5.jsonl):

- what one side undertakes towards the other (a promise, an offer, a proposal, a readiness,
  an invitation) and what both sides agreed are two acts: their directions differ (spec 3);
- an agreement reached, said with "come" ("came to an understanding", "kam es zu einer
  Einigung", «пришли к согласию»);
- aid agreed on, committed («обязалась выделить») or offered is no aid given;
- a German meeting noun that "ist … geplant / angesetzt / anberaumt" is planned;
- a joint plan ("planen eine gemeinsame …") and cooperation to come ("wollen …
  kooperieren", "will step up cooperation") are AGREE, also when the sides are named back
  ("Beide Seiten wollen … unterzeichnen": gate ``unnamed`` reads cue ``sides``, which
  in English now also has "the diplomats", "the negotiators");
- a meeting in the content clause of an agreement ("vereinbarten, dass sich … treffen",
  «договорились, что … встретятся») is the meeting agreed on.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # a promise, an offer, an invitation beside what both agreed: two acts each
    ("Polen und Litauen einigten sich am Montag auf den Bau einer neuen Stromleitung. Polen "
     "sagte Litauen zudem die Lieferung von Flüssiggas zu.",
     [("AGREE", "LTU+POL", ""), ("AGREE", "POL", "LTU")]),
    ("Kenya and Ethiopia agreed on Monday to build a new highway between their capitals. "
     "Kenya also offered Ethiopia access to the port of Lamu.",
     [("AGREE", "ETH+KEN", ""), ("AGREE", "KEN", "ETH")]),
    ("Армения и Иран договорились в понедельник о строительстве нового моста. Армения "
     "пообещала Ирану поставки электроэнергии.",
     [("AGREE", "ARM", "IRN"), ("AGREE", "ARM+IRN", "")]),
    ("Die Slowakei und Tschechien vereinbarten am Montag gemeinsame Grenzkontrollen. Der "
     "slowakische Regierungschef lud seinen tschechischen Kollegen zu einem Besuch nach "
     "Bratislava ein.",
     [("AGREE", "CZE+SVK", ""), ("AGREE", "SVK", "CZE")]),
    # the visit an invitation names in its own sentence, and its acceptance: one act
    ("Der georgische Außenminister lud seinen armenischen Kollegen zu einem Besuch nach "
     "Tiflis ein. Die Einladung wurde angenommen.",
     [("AGREE", "GEO", "ARM")]),
    # the exercise an invitation names is its own; the plan of both told before is another
    ("Schweden und Finnland wollen ihre Rüstungskooperation vertiefen. Stockholm lud "
     "Helsinki ein, sich im Herbst an einem Marinemanöver in der Ostsee zu beteiligen.",
     [("AGREE", "FIN+SWE", ""), ("AGREE", "SWE", "FIN")]),
    # a readiness to supply is an undertaking towards the state it goes to
    ("Узбекистан и Таджикистан договорились о строительстве ГЭС. Узбекистан готов "
     "поставлять в Таджикистан удобрения.",
     [("AGREE", "TJK+UZB", ""), ("AGREE", "UZB", "TJK")]),
    # an agreement reached, said with "come" / "kommen zu" / «прийти к согласию»
    ("Chile and Bolivia came to an agreement on the use of the port of Arica.",
     [("AGREE", "BOL+CHL", "")]),
    ("Chile and Bolivia came close to an agreement on the use of the port of Arica.", []),
    ("Zwischen Kolumbien und Ecuador kam es am Montag zu einer Verständigung über die "
     "Grenzsicherung.", [("AGREE", "COL+ECU", "")]),
    ("Kolumbien und Ecuador kamen nicht zu einer Einigung.", []),
    ("Колумбия и Эквадор пришли к согласию по вопросам безопасности границы.",
     [("AGREE", "COL+ECU", "")]),
    # a meeting "ist … geplant / angesetzt" is planned; "nicht geplant" is none
    ("Ein Treffen der Außenminister Deutschlands und Italiens ist für Dezember in Rom "
     "geplant.", [("AGREE", "DEU+ITA", "")]),
    ("Die nächste Runde der Gespräche zwischen Serbien und dem Kosovo ist für März "
     "angesetzt.", [("AGREE", "SRB+XKX", "")]),
    ("Ein Besuch des belarussischen Präsidenten in Peking ist derzeit nicht geplant.", []),
    # a joint plan is the intent of both; a joint attack planned is none; cooperation to come
    ("Die Niederlande und Belgien planen eine gemeinsame Beschaffung von Fregatten.",
     [("AGREE", "BEL+NLD", "")]),
    ("Russland plant einen gemeinsamen Angriff mit Belarus auf die Ukraine.", []),
    ("Österreich und Tschechien wollen beim Atomkraftwerk Dukovany künftig enger "
     "kooperieren.", [("AGREE", "AUT+CZE", "")]),
    ("Österreich und Tschechien kooperieren beim Atomkraftwerk Dukovany eng.", []),
    # cooperation stepped up in the future tense; attacks or pressure stepped up are none
    ("Vietnam and Laos will further step up trade and investment ties.",
     [("AGREE", "LAO+VNM", "")]),
    ("Russia will step up its attacks on Ukraine's energy infrastructure.", []),
    ("The United States will step up pressure on Iran.", []),
    # a meeting named in the content clause an agreement opens is the meeting agreed on:
    # one planned AGREE; a meeting told in another subordinate clause was held
    ("Österreich und Polen vereinbarten, dass sich die Außenminister im Mai in Wien "
     "treffen.", [("AGREE", "AUT+POL", "")]),
    ("Турция и Россия договорились, что министры обороны встретятся в Анкаре в апреле.",
     [("AGREE", "RUS+TUR", "")]),
    ("Österreich und Polen vereinbarten eine engere Zusammenarbeit, nachdem sich die "
     "Außenminister in Wien getroffen hatten.",
     [("AGREE", "AUT+POL", ""), ("CONSULT", "POL", "AUT")]),
    # a plan the sides are named back for is theirs; one that names nobody stays out
    ("Armenien und Aserbaidschan haben am Dienstag eine Einigung über eine "
     "Straßenverbindung erzielt. Beide Seiten wollen bis zum Jahresende einen "
     "Friedensvertrag unterzeichnen.", [("AGREE", "ARM+AZE", ""), ("AGREE", "ARM+AZE", "")]),
    ("Die Behörden wollen Unterkünfte zur Verfügung stellen.", []),
    # "the diplomats" name the sides of the consultations back
    ("Russian Deputy Foreign Minister Sergei Ryabkov held consultations with his Brazilian "
     "counterpart in Brasilia on Monday. The diplomats agreed to meet again in Moscow in the "
     "spring.", [("AGREE", "BRA+RUS", ""), ("CONSULT", "RUS", "BRA")]),
    # aid agreed on, committed or offered is not yet given: the undertaking alone
    ("Norway agreed to provide Moldova with 20 million euros for energy security.",
     [("AGREE", "MDA+NOR", "")]),
    ("Australia offered to send humanitarian aid to Vanuatu.", [("AGREE", "AUS", "VUT")]),
    ("Australia sent humanitarian aid to Vanuatu.", [("AID", "AUS", "VUT")]),
    ("Япония обязалась выделить Украине 4,5 миллиарда долларов.", [("AGREE", "JPN", "UKR")]),
    ("Япония выделила Украине 4,5 миллиарда долларов.", [("AID", "JPN", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agree_wordings(sided: Callable[[str], list[Sided]], text: str,
                        expected: list[Sided]) -> None:
    assert sided(text) == expected
