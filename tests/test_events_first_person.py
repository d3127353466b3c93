"""Acts stated in the first person ("We urge the US to …", "Wir rufen Nordkorea auf …",
«Призываем США …»): the speaking "we" is the state of whoever speaks, the speaker of the
attribution, of a heading line or the issuer a statement's headline names, and nobody when
none of them is there (events/resolve.add_first_person_side). Pages written for these tests
from the construction, none from a gold set; each with its exact coded events (type,
actors, recipients).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from test_events_frames_de import coded

PAGES = [
    # ru: the pro-drop verb in the first person plural; the speaker from the headline, the
    # heading line, the attribution after the dash or the quote
    ("Комментарий официального представителя МИД России М.В.Захаровой в связи с новыми "
     "санкциями США\n\nСША объявили о новых ограничительных мерах против российских компаний. "
     "Призываем США отказаться от этих шагов.", [("REQUEST", "RUS", "USA")]),
    ("Комментарий официального представителя МИД России М.В.Захаровой в связи с заявлениями "
     "Польши\n\nВаршава вновь выступила с антироссийскими заявлениями. Оставляем за собой "
     "право на ответные меры в отношении Польши.", [("THREATEN", "RUS", "POL")]),
    # the statement's headline after the ministry's own lines and a breadcrumb
    ("Министерство иностранных дел Российской Федерации\nГлавная / Пресс-служба / Брифинги\n"
     "Комментарий официального представителя МИД России в связи с решением Эстонии\n"
     "Расцениваем решение Эстонии закрыть консульство в Нарве как недружественный шаг.",
     [("ACCUSE", "RUS", "EST")]),
    ("Официальный представитель МИД России М.В.Захарова:\n\nРасцениваем решение Латвии о "
     "высылке российского дипломата как враждебный шаг.",
     [("ACCUSE", "RUS", "LVA"), ("SANCTION", "LVA", "RUS")]),
    ("Настаиваем на том, чтобы Япония прекратила провокации, — заявила Захарова.",
     [("REQUEST", "RUS", "JPN")]),
    ("«Мы призываем Германию отказаться от поставок оружия», — заявила официальный "
     "представитель МИД России Мария Захарова.", [("REQUEST", "RUS", "DEU")]),
    ("Заявление МИД России\n\nРешительно осуждаем удар Израиля по территории Сирии.",
     [("ACCUSE", "RUS", "ISR")]),
    ("Мы призываем Францию пересмотреть решение, — сказал посол России в Париже.",
     [("REQUEST", "RUS", "FRA")]),
    # en: "we" before the act; the bare "call on" after "we" is the verb, not a phone call
    ('"We urge the United States to return to the dialogue," Russian Foreign Ministry '
     "spokeswoman Maria Zakharova said on Tuesday.", [("REQUEST", "RUS", "USA")]),
    ("We call on Iran to return to the negotiating table, German Foreign Minister Annalena "
     "Baerbock said.", [("REQUEST", "DEU", "IRN")]),
    ("Statement by the Ministry of Foreign Affairs of Japan on the situation on the Korean "
     "Peninsula\n\nWe strongly condemn the actions of North Korea.", [("ACCUSE", "JPN", "PRK")]),
    ("Statement by the Ministry of Foreign Affairs of Japan\n\nWe urge North Korea to comply "
     "with the UN Security Council resolutions.", [("REQUEST", "JPN", "PRK")]),
    ("We call on Russia to release the detained journalist, the State Department said in a "
     "statement.", [("REQUEST", "USA", "RUS")]),
    ("We urge China to stop its coercive actions, Philippine Foreign Secretary Enrique Manalo "
     "said.", [("REQUEST", "PHL", "CHN")]),
    ('"We call on Azerbaijan to withdraw its troops," Armenian Foreign Minister Ararat '
     "Mirzoyan said.", [("REQUEST", "ARM", "AZE")]),
    # de: "wir" before the act, in and out of a quotation; the issuer of an Erklärung
    ("Erklärung der Bundesregierung zum Raketenstart Nordkoreas\n\nWir rufen Nordkorea dazu "
     "auf, weitere Tests zu unterlassen.", [("REQUEST", "DEU", "PRK")]),
    ("Wir rufen Russland auf, die Angriffe sofort einzustellen, sagte Außenministerin Annalena "
     "Baerbock am Montag.", [("REQUEST", "DEU", "RUS")]),
    ("„Wir verurteilen den Angriff Irans auf Israel“, sagte Bundeskanzler Olaf Scholz.",
     [("ACCUSE", "DEU", "IRN")]),
    ("Stellungnahme des Auswärtigen Amts zur Lage in Venezuela\n\nWir fordern Venezuela auf, "
     "die politischen Gefangenen freizulassen.", [("REQUEST", "DEU", "VEN")]),
    ("Wir fordern China auf, die Sanktionen aufzuheben, sagte der litauische Außenminister "
     "Gabrielius Landsbergis.", [("REQUEST", "LTU", "CHN")]),
    ("Wir unterstützen die Ukraine weiter mit Waffen, erklärte der polnische Präsident Andrzej "
     "Duda.", [("SUPPORT", "POL", "UKR")]),
    ("Pressemitteilung des Auswärtigen Amts\n\nWir verurteilen das Vorgehen Irans gegen die "
     "Demonstranten.", [("ACCUSE", "DEU", "IRN")]),
]

# A capital after the speaking "we" is the object's state, as after a named subject
# (events/metonymy.capital_parties).
CAPITAL_OBJECTS = [
    ("Призываем Вашингтон отказаться от политики санкций, заявила официальный представитель "
     "МИД России Мария Захарова.", [("REQUEST", "RUS", "USA")]),
    ("We urge Beijing to release the detained diplomats, State Department spokesman Ned Price "
     "said.", [("REQUEST", "USA", "CHN")]),
    ("Wir fordern Moskau auf, die Truppen abzuziehen, sagte Außenministerin Annalena Baerbock.",
     [("REQUEST", "DEU", "RUS")]),
]

# No attribution, heading or statement headline: whose "we" it is is not guessed.
UNSPOKEN = [
    "Призываем Великобританию прекратить вмешательство во внутренние дела Грузии.",
    "We call on Serbia to respect the agreement.",
    "Wir rufen Serbien dazu auf, das Abkommen einzuhalten.",
]

# "call" after anything but "we" stays the phone call.
CALLS = [
    ("Russian President Vladimir Putin held a phone call on Tuesday with Turkish President "
     "Recep Tayyip Erdogan.", [("CONSULT", "RUS+TUR", "")]),
]


@pytest.mark.parametrize(("text", "expected"), PAGES + CAPITAL_OBJECTS + CALLS)
def test_first_person_act_takes_the_speakers_state(extractor: Extractor, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert [(t, actors, recipients) for t, _, _, actors, recipients, _, _
            in coded(extractor, text)] == expected


@pytest.mark.parametrize("text", UNSPOKEN)
def test_first_person_act_without_speaker_has_no_side(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []
