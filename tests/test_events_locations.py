"""Where an act took place (docs/events.md, places): a capital named by its noun, a state
named for a meeting, the place the report's lead sets its meeting in."""

from __future__ import annotations

import pytest

import communique


def _places(text: str, language: str) -> list[tuple[str, str | None]]:
    record = communique.extract(text, published="2023-03-08", language=language)
    return [(e["event_type"], e["location"]["name"] if e["location"] else None)
            for e in record["events"]]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the city after the capital noun
    ("Außenministerin Annalena Baerbock hat am Dienstag in der usbekischen Hauptstadt "
     "Taschkent ihren Amtskollegen Bachtijor Saidow getroffen.", "de",
     [("CONSULT", "Tashkent")]),
    # no city named: the capital of the state the adjective names
    ("Die Außenminister Deutschlands und Frankreichs haben sich in der französischen "
     "Hauptstadt getroffen.", "de", [("CONSULT", "Paris")]),
    ("MOSCOW, March 7 (TASS) - Russian Foreign Minister Sergei Lavrov held talks with his "
     "Uzbek counterpart in the Uzbek capital on Tuesday.", "en", [("CONSULT", "Tashkent")]),
    ("МОСКВА, 7 марта. /ТАСС/. Лавров провел переговоры с главой МИД Узбекистана в "
     "узбекской столице.", "ru", [("CONSULT", "Tashkent")]),
])
def test_events_locations_a_capital_named_by_its_noun(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a meeting in a state sat in its capital
    ("MINSK, 7. März (BelTA) - Der belarussische Außenminister Sergej Aleinik ist zu einem "
     "offiziellen Besuch in Vietnam eingetroffen. Er führte Gespräche mit seinem "
     "vietnamesischen Amtskollegen.", "de", [("CONSULT", "Hanoi")]),
    # any other act a state follows names its scene, not a venue
    ("Russia and Belarus began joint military exercises in Belarus on Monday.", "en",
     [("COOPERATE", None)]),
])
def test_events_locations_a_state_is_no_venue(text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the lead sets the meeting in Moscow; the dateline is only where the report was filed
    ("MINSK, 7. März (BelTA) - Der belarussische Außenminister Sergej Aleinik hält sich zu "
     "einem Arbeitsbesuch in Moskau auf. Er traf am Dienstag seinen russischen Amtskollegen "
     "Sergej Lawrow.", "de", [("CONSULT", "Moscow")]),
    ("BERLIN, 7. März (dpa) - Bundesaußenministerin Annalena Baerbock ist zu Gesprächen "
     "nach Kiew gereist. Dort traf sie den ukrainischen Außenminister Dmytro Kuleba.", "de",
     [("CONSULT", "Kyiv")]),
    # no scene set: the dateline places the meeting
    ("MINSK, 7. März (BelTA) - Der belarussische Präsident Alexander Lukaschenko hat den "
     "chinesischen Botschafter empfangen.", "de", [("CONSULT", "Minsk")]),
])
def test_events_locations_the_lead_sets_the_meeting_before_the_dateline(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected


def test_events_locations_the_visitor_of_a_meeting_set_abroad() -> None:
    record = communique.extract(
        "BERLIN, 7. März (dpa) - Bundesaußenministerin Annalena Baerbock ist zu Gesprächen "
        "nach Kiew gereist. Dort traf sie den ukrainischen Außenminister Dmytro Kuleba.",
        published="2023-03-08", language="de")
    event = record["events"][0]
    assert ([a["country"] for a in event["actors"]], [r["country"] for r in event["recipients"]],
            event["mode"]) == (["DEU"], ["UKR"], "visit")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a summons is lodged where the summoning government sits: the dateline's city
    ("BERLIN, 13. März. Das Auswärtige Amt hat am Montag den russischen Botschafter "
     "einbestellt.", "de", [("ACCUSE", "Berlin")]),
    ("VILNIUS, March 6 (Reuters) - Lithuania's Foreign Ministry on Monday summoned "
     "Russia's charge d'affaires over a violation of Lithuanian airspace.", "en",
     [("ACCUSE", "Vilnius")]),
    ("МОСКВА, 15 марта. /ТАСС/. МИД России в среду вызвал временного поверенного в делах "
     "Латвии.", "ru", [("ACCUSE", "Moscow")]),
    # the dateline's state does not complain: the summons is at the summoning government's
    # seat, not at the dateline (frame key ``seat: actor``)
    ("MOSCOW, March 6 (Reuters) - Ukraine's Foreign Ministry on Monday summoned Russia's "
     "charge d'affaires.", "en", [("ACCUSE", "Kyiv")]),
])
def test_events_locations_a_complaint_is_lodged_at_the_dateline(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Indian Foreign Minister Subrahmanyam Jaishankar visited Moscow on Tuesday.", "en",
     [("CONSULT", "Moscow")]),
    ("Министр иностранных дел Индии посетил Москву во вторник.", "ru", [("CONSULT", "Moscow")]),
    ("Der indische Außenminister besuchte am Dienstag Moskau.", "de", [("CONSULT", "Moscow")]),
])
def test_events_locations_the_city_a_visit_verb_takes_is_its_place(
        text: str, language: str, expected: list) -> None:
    """Without a place the visit had one side only and was not coded at all."""
    assert _places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a seat of government stands for its city, also after a city's adjective
    ("Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am Montag "
     "im Berliner Kanzleramt empfangen.", "de", [("CONSULT", "Berlin")]),
    ("Der russische Außenminister Lawrow traf seinen österreichischen Amtskollegen im Wiener "
     "Hotel Imperial.", "de", [("CONSULT", "Vienna")]),
    ("Putin hat den chinesischen Staatschef Xi Jinping am Dienstag im Moskauer Kreml "
     "empfangen.", "de", [("CONSULT", "Moscow")]),
    # "ins" is a locative like "nach"
    ("Der iranische Botschafter wurde am Montag ins Auswärtige Amt zitiert.", "de",
     [("ACCUSE", "Berlin")]),
    # a city's adjective before no building names no place
    ("Außenministerin Annalena Baerbock traf ihren ukrainischen Amtskollegen Dmytro Kuleba "
     "am Montag in der Berliner Zeitung.", "de", [("CONSULT", None)]),
    ("Путин принял в Кремле президента Монголии во вторник.", "ru", [("CONSULT", "Moscow")]),
    ("Президент Белоруссии Александр Лукашенко провел переговоры с президентом Китая во "
     "Дворце Независимости.", "ru", [("CONSULT", "Minsk")]),
    ("Secretary of State Antony Blinken met Indian Foreign Minister Subrahmanyam Jaishankar "
     "at the State Department on Monday.", "en", [("CONSULT", "Washington")]),
    ("Russian President Vladimir Putin hosted Chinese leader Xi Jinping at the Kremlin on "
     "Tuesday.", "en", [("CONSULT", "Moscow")]),
])
def test_events_locations_a_seat_of_government_is_its_city(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected



@pytest.mark.parametrize(("text", "language", "expected"), [
    # the headline sets the scene at the accusing state's home
    ("Sikorski in Warschau: Polen erhebt schwere Vorwürfe\nDer polnische Außenminister "
     "Radosław Sikorski hat am Montag Russland vorgeworfen, die Ostsee-Region gezielt zu "
     "destabilisieren.", "de", [("ACCUSE", "Warsaw")]),
    ("Lithuania's Foreign Minister in Vilnius\nThe Lithuanian foreign minister on Monday "
     "accused Belarus of staging the migrant crisis on the border.", "en",
     [("ACCUSE", "Vilnius")]),
    # a recalled act is not the story's and was not done there
    ("Sikorski in Warschau: Polen erhebt schwere Vorwürfe\nDer polnische Außenminister "
     "Radosław Sikorski hat am Montag Russland vorgeworfen, die Ostsee-Region gezielt zu "
     "destabilisieren. Bereits im Mai hatte Polen Russland Sabotage vorgeworfen.", "de",
     [("ACCUSE", "Warsaw"), ("ACCUSE", None)]),
    # a city of the other side is where the actor went, not where it spoke
    ("Baerbock in Peking\nDie deutsche Außenministerin Annalena Baerbock hat am Montag China "
     "vorgeworfen, Russland im Krieg zu unterstützen.", "de", [("ACCUSE", None)]),
    # a dateline places the report: its lead's city is the scene of the news it files
    ("MOSKAU (dpa) - Sikorski in Warschau: Polen erhebt Vorwürfe. Der polnische "
     "Außenminister Radosław Sikorski hat am Montag Russland vorgeworfen, die Ostsee-Region "
     "gezielt zu destabilisieren.", "de", [("ACCUSE", None)]),
])
def test_events_locations_the_opening_places_an_act_at_its_actors_home(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected


def test_events_locations_the_opening_place_of_an_attack_is_no_speakers() -> None:
    """The city after an attack's noun in the lead is the scene of the news, not where the
    accusation was made."""
    assert sorted(_places("President Volodymyr Zelensky said the missile strike in Kharkiv "
                          "killed 12 civilians. He accused Russia of war crimes.", "en")) == [
        ("ACCUSE", None), ("ASSAULT", "Kharkiv")]
    assert _places("Nach dem Anschlag in Moskau: Russland erhebt Vorwürfe\nDer russische "
                   "Außenminister hat am Montag der Ukraine vorgeworfen, den Anschlag "
                   "geplant zu haben.", "de") == [("ACCUSE", None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a consulate's seat is where the mission is, not where its closure was ordered
    ("Deutschland hat am Montag die Schließung des russischen Generalkonsulats in Leipzig "
     "angeordnet.", "de", [("SANCTION", None)]),
    ("Poland ordered the closure of the Russian consulate in Gdansk on Monday.", "en",
     [("SANCTION", None)]),
])
def test_events_locations_a_consulates_seat_is_no_acts_place(
        text: str, language: str, expected: list) -> None:
    assert _places(text, language) == expected
