"""One wire-style sentence per PLOVER category in each language (issue 12: every category of
the PLOVER reference has entries in German, English and Russian), with the exact event coded:
(event_type, mode, actor codes, recipient codes, status). The sentences are written for this
test from how agencies word such acts; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor
from communique.tools.cameo_coverage import inventory, inventory_table

PUBLISHED = "2023-03-15"
CATEGORIES = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
              "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
              "THREATEN"]
# the thinnest category of any language after the breadth pass (docs/events.md, "Breadth of
# every PLOVER category"): Russian CONCEDE and English PROTEST hold 7 lemma frames each
MIN_FRAMES = 7

CASES = [
    ('de',
     'Der russische Außenminister traf am Montag in Moskau mit seinem chinesischen '
     'Amtskollegen zusammen.',
     ('CONSULT', 'visit', 'CHN', 'RUS', 'occurred')),
    ('de',
     'Russland und Belarus einigten sich am Freitag auf einen gemeinsamen Gasmarkt.',
     ('AGREE', None, 'BLR+RUS', '', 'occurred')),
    ('de',
     'Der deutsche Außenminister lobte am Dienstag Polen für seine Unterstützung.',
     ('SUPPORT', None, 'DEU', 'POL', 'occurred')),
    ('de',
     'Deutschland und Frankreich tauschten am Montag Informationen über Terrorismus aus.',
     ('COOPERATE', None, 'DEU+FRA', '', 'occurred')),
    ('de',
     'Japan half der Türkei nach dem Erdbeben mit Rettungsteams.',
     ('AID', None, 'JPN', 'TUR', 'occurred')),
    ('de',
     'Ungarn gab am Donnerstag seine Blockade gegen die Ukraine auf.',
     ('CONCEDE', None, 'HUN', 'UKR', 'occurred')),
    ('de',
     'Der Iran gab am Freitag den britischen Tanker frei.',
     ('RETREAT', None, 'IRN', 'GBR', 'occurred')),
    ('de',
     'Polen forderte am Dienstag von Deutschland Reparationen.',
     ('REQUEST', None, 'POL', 'DEU', 'occurred')),
    ('de',
     'Polen beschuldigte am Dienstag Belarus, die Migrationskrise zu steuern.',
     ('ACCUSE', None, 'POL', 'BLR', 'occurred')),
    ('de',
     'China wies am Dienstag den Vorschlag Japans zurück.',
     ('REJECT', None, 'CHN', 'JPN', 'occurred')),
    ('de',
     'Russland drohte Litauen am Dienstag mit Vergeltung.',
     ('THREATEN', None, 'RUS', 'LTU', 'occurred')),
    ('de',
     'Tausende Georgier protestierten am Montag vor der russischen Botschaft in Tiflis.',
     ('PROTEST', None, 'GEO', 'RUS', 'occurred')),
    ('de',
     'Die Europäische Union verhängte am Montag Sanktionen gegen den Iran.',
     ('SANCTION', None, 'EU', 'IRN', 'occurred')),
    ('de',
     'Japan ließ am Freitag Kampfjets gegen China aufsteigen.',
     ('MOBILIZE', None, 'JPN', 'CHN', 'occurred')),
    ('de',
     'Russland hat am Montag zwei deutsche Staatsbürger festgenommen.',
     ('COERCE', 'arrest', 'RUS', 'DEU', 'occurred')),
    ('de',
     'Russland bombardierte am Montag die Ukraine.',
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
    ('en',
     'Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Beijing '
     'on Monday.',
     ('CONSULT', 'visit', 'PAK', 'CHN', 'occurred')),
    ('en',
     'Russia and Belarus reached an agreement on a common gas market on Friday.',
     ('AGREE', None, 'BLR+RUS', '', 'occurred')),
    ('en',
     'The Japanese Foreign Minister praised Vietnam for its support on Tuesday.',
     ('SUPPORT', None, 'JPN', 'VNM', 'occurred')),
    ('en',
     'Russia and India exchanged intelligence on terrorism on Monday.',
     ('COOPERATE', None, 'IND+RUS', '', 'occurred')),
    ('en',
     'The United States helped Turkey with rescue teams on Monday.',
     ('AID', None, 'USA', 'TUR', 'occurred')),
    ('en',
     'Hungary lifted its veto on the aid package for Ukraine on Thursday.',
     ('CONCEDE', None, 'HUN', 'UKR', 'occurred')),
    ('en',
     'Russia released two Ukrainian civilians imprisoned in Crimea on Friday.',
     ('RETREAT', 'release', 'RUS', 'UKR', 'occurred')),
    ('en',
     'Poland called on Germany to pay reparations on Tuesday.',
     ('REQUEST', None, 'POL', 'DEU', 'occurred')),
    ('en',
     'Poland accused Belarus of orchestrating the migrant crisis.',
     ('ACCUSE', None, 'POL', 'BLR', 'occurred')),
    ('en',
     'China rejected the proposal of Japan on Tuesday.',
     ('REJECT', None, 'CHN', 'JPN', 'occurred')),
    ('en',
     'Russia threatened Lithuania with retaliation on Tuesday.',
     ('THREATEN', None, 'RUS', 'LTU', 'occurred')),
    ('en',
     'Thousands of Armenians took to the streets to protest against Azerbaijan on Monday.',
     ('PROTEST', None, 'ARM', 'AZE', 'occurred')),
    ('en',
     'The European Union imposed sanctions on Iran on Monday.',
     ('SANCTION', None, 'EU', 'IRN', 'occurred')),
    ('en',
     'Japan scrambled fighter jets against Chinese drones near Okinawa on Friday.',
     ('MOBILIZE', None, 'JPN', 'CHN', 'occurred')),
    ('en',
     'Azerbaijani troops besieged the Armenian town of Lachin on Monday.',
     ('COERCE', None, 'AZE', 'ARM', 'occurred')),
    ('en',
     'Turkey shot down a Russian warplane near the Syrian border on Tuesday.',
     ('ASSAULT', None, 'TUR', 'RUS', 'occurred')),
    ('ru',
     'Министр иностранных дел России провел переговоры с министром иностранных дел Китая в '
     'Москве в понедельник.',
     ('CONSULT', 'visit', 'CHN', 'RUS', 'occurred')),
    ('ru',
     'Россия и Белоруссия договорились о едином рынке газа в пятницу.',
     ('AGREE', None, 'BLR+RUS', '', 'occurred')),
    ('ru',
     'Министр иностранных дел Японии поблагодарил Вьетнам за поддержку во вторник.',
     ('SUPPORT', None, 'JPN', 'VNM', 'occurred')),
    ('ru',
     'Россия и Индия обменялись разведданными о терроризме в понедельник.',
     ('COOPERATE', None, 'IND+RUS', '', 'occurred')),
    ('ru',
     'Россия направила спасателей в Турцию в понедельник.',
     ('AID', None, 'RUS', 'TUR', 'occurred')),
    ('ru',
     'Япония отказалась от претензий к России на острова в понедельник.',
     ('CONCEDE', None, 'JPN', 'RUS', 'occurred')),
    ('ru',
     'Иран отпустил танкер Великобритании в пятницу.',
     ('RETREAT', 'release', 'IRN', 'GBR', 'occurred')),
    ('ru',
     'Польша потребовала от Германии выплатить репарации во вторник.',
     ('REQUEST', None, 'POL', 'DEU', 'occurred')),
    ('ru',
     'Польша обвинила Белоруссию в организации миграционного кризиса.',
     ('ACCUSE', None, 'POL', 'BLR', 'occurred')),
    ('ru',
     'Китай отклонил предложение Японии во вторник.',
     ('REJECT', None, 'CHN', 'JPN', 'occurred')),
    ('ru',
     'Россия пригрозила Литве ответными мерами во вторник.',
     ('THREATEN', None, 'RUS', 'LTU', 'occurred')),
    ('ru',
     'Тысячи демонстрантов протестовали у посольства России в Тбилиси в понедельник.',
     ('PROTEST', None, 'GEO', 'RUS', 'occurred')),
    ('ru',
     'Евросоюз ввел санкции против Ирана в понедельник.',
     ('SANCTION', None, 'EU', 'IRN', 'occurred')),
    ('ru',
     'Япония подняла по тревоге истребители из-за беспилотников Китая.',
     ('MOBILIZE', None, 'JPN', 'CHN', 'occurred')),
    ('ru',
     'Россия задержала двух граждан Германии в понедельник.',
     ('COERCE', 'arrest', 'RUS', 'DEU', 'occurred')),
    ('ru',
     'Украина потопила крейсер России в Черном море в воскресенье.',
     ('ASSAULT', None, 'UKR', 'RUS', 'occurred')),
]

# The entries of the CAMEO breadth pass (docs/events.md, "Breadth of every category"),
# one sentence each.
NEW_ENTRIES = [
    ('de',
     'Serbien hat am Dienstag die Forderungen der Europäischen Union erfüllt.',
     ('CONCEDE', None, 'SRB', 'EU', 'occurred')),
    ('de',
     'Der belarussische Präsident begnadigte am Montag einen litauischen Staatsbürger.',
     ('CONCEDE', None, 'BLR', 'LTU', 'occurred')),
    ('de',
     'Russland erließ Kuba am Freitag Schulden in Höhe von 30 Milliarden Dollar.',
     ('AID', None, 'RUS', 'CUB', 'occurred')),
    ('de',
     'Russland verringerte am Montag seine Truppen an der Grenze zu Finnland.',
     ('RETREAT', None, 'RUS', 'FIN', 'occurred')),
    ('de',
     'Russland ordnete wegen des Krieges gegen die Ukraine eine Teilmobilmachung an.',
     ('MOBILIZE', None, 'RUS', 'UKR', 'occurred')),
    ('de',
     'Die Ukraine versenkte am Sonntag ein russisches Kriegsschiff im Schwarzen Meer.',
     ('ASSAULT', None, 'UKR', 'RUS', 'occurred')),
    ('de',
     'Russland verletzte am Dienstag die Waffenruhe mit der Ukraine.',
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
    ('de',
     'Deutschland bildete am Montag Soldaten der Ukraine aus.',
     ('COOPERATE', None, 'DEU', 'UKR', 'occurred')),
    ('en',
     'China lent Pakistan 2 billion dollars on Tuesday.',
     ('AID', None, 'CHN', 'PAK', 'occurred')),
    ('en',
     'Russia wrote off 90 percent of the debt of Cuba on Friday.',
     ('AID', None, 'RUS', 'CUB', 'occurred')),
    ('en',
     'Serbia accepted the demands of the European Union on Tuesday.',
     ('CONCEDE', None, 'SRB', 'EU', 'occurred')),
    ('en',
     'Russia reduced its troops on the border with Finland on Monday.',
     ('RETREAT', 'withdraw', 'RUS', 'FIN', 'occurred')),
    ('en',
     'North Korea dismantled its nuclear test site under the deal with the United States.',
     ('RETREAT', 'disarm', 'PRK', 'USA', 'occurred')),
    ('en',
     'Russia called up reservists for the war against Ukraine.',
     ('MOBILIZE', None, 'RUS', 'UKR', 'occurred')),
    ('en',
     'Ukraine sank a Russian warship in the Black Sea on Sunday.',
     ('ASSAULT', None, 'UKR', 'RUS', 'occurred')),
    ('en',
     'Syrian jets dropped barrel bombs on Turkish positions near Idlib on Monday.',
     ('ASSAULT', None, 'SYR', 'TUR', 'occurred')),
    ('en',
     'Israel assassinated an Iranian nuclear scientist near Tehran on Friday.',
     ('ASSAULT', None, 'ISR', 'IRN', 'occurred')),
    ('ru',
     'Сербия выполнила требования Евросоюза во вторник.',
     ('CONCEDE', None, 'SRB', 'EU', 'occurred')),
    ('ru',
     'Россия сократила контингент на границе с Финляндией в понедельник.',
     ('RETREAT', 'withdraw', 'RUS', 'FIN', 'occurred')),
    ('ru',
     'Российские войска покинули позиции на Украине в среду.',
     ('RETREAT', 'withdraw', 'RUS', 'UKR', 'occurred')),
    ('ru',
     'Россия уничтожила склад боеприпасов на Украине в понедельник.',
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
    ('ru',
     'Россия нарушила перемирие с Украиной во вторник.',
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
    ('ru',
     'Нидерланды начали расследование против России в понедельник.',
     ('ACCUSE', 'investigate', 'NLD', 'RUS', 'occurred')),
    ('ru',
     'Турция обучила пилотов Азербайджана в понедельник.',
     ('COOPERATE', None, 'TUR', 'AZE', 'occurred')),
]

# the same verbs in sport, crime, markets and politics at home: no act
NOT_ACTS = [
    ('en', 'The opposition shot down the proposal of the Russian government on Tuesday.'),
    ('en', 'Shares of the German carmaker sank on Monday after the news from China.'),
    ('de', 'Bayern München eroberte am Samstag die Tabellenspitze vor Dortmund.'),
    ('de', 'Ein Mann aus Syrien hat in Wien seine Ehefrau getötet.'),
    ('ru', 'Россия разрушила планы Запада по изоляции Москвы.'),
]


def coded(extractor: Extractor, language: str, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, language, PUBLISHED)


def test_events_categories_every_category_in_every_language() -> None:
    """The table below holds all 16 PLOVER categories once per language."""
    for language in ("de", "en", "ru"):
        assert sorted(case[2][0] for case in CASES if case[0] == language) == CATEGORIES


@pytest.mark.parametrize("language", ["de", "en", "ru"])
def test_events_categories_every_category_has_its_frames(language: str) -> None:
    counts = inventory(language)
    assert sorted(counts) == CATEGORIES
    assert min(frames for frames, _, _ in counts.values()) >= MIN_FRAMES


def test_events_categories_inventory_table_names_each_language() -> None:
    assert inventory_table(["FLY"]) == ["| category | de | en | ru |", "|---|---|---|---|",
                                        "| FLY | 0/0/0 | 0/0/0 | 0/0/0 |"]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_events_categories(extractor: Extractor, language: str, text: str, expected: tuple
                           ) -> None:
    assert coded(extractor, language, text) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), NEW_ENTRIES)
def test_events_categories_new_entries(extractor: Extractor, language: str, text: str,
                                       expected: tuple) -> None:
    assert coded(extractor, language, text) == [expected]


@pytest.mark.parametrize(("language", "text"), NOT_ACTS)
def test_events_categories_not_acts(extractor: Extractor, language: str, text: str) -> None:
    assert coded(extractor, language, text) == []
