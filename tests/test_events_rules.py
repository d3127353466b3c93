"""Coding rules of spec section 3 on short reports in the three languages.

Each case is a sentence of the kind the wires print, with the exact event it
must give, or none: negated, hypothetical, opinion, domestic and interrogative
sentences report no act; a future meeting is a planned AGREE.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.model import Event


def events(extractor: Extractor, text: str, published: str | None = None) -> list[Event]:
    raw = RawDocument(text, doc_id="case", published=published)
    return [event for doc in extractor.run([raw]) for event in doc.events]


def summary(event: Event) -> tuple:
    location = None
    if event.location is not None:
        location = "virtual" if event.location.virtual else event.location.name
    return (event.event_type, event.mode, event.status,
            "+".join(sorted({a.code for a in event.actors if a.code})),
            "+".join(sorted({a.code for a in event.recipients if a.code})),
            event.date.gold_form(), location)


@pytest.mark.parametrize("text", [
    "Ein Treffen der Außenminister Russlands und der USA fand in dieser Woche nicht statt.",
    "Die Seiten betonten die Bedeutung der Zusammenarbeit zwischen Russland und China.",
    "Russland könnte nach Angaben von Beobachtern Sanktionen gegen Litauen verhängen.",
    "Worauf haben sich Europarat und UNHCR in Straßburg geeinigt?",
    "Das BSI und die Stadt Hamburg unterzeichneten am Montag eine Kooperationsvereinbarung.",
    "Syrische Flüchtlinge sollen nach Angaben der Behörden in die Slowakei überstellt werden.",
    "The sides stressed the importance of cooperation between Russia and China.",
    "The United States and Japan did not hold their annual cyber dialogue this year.",
    "Russia and Ukraine haven't agreed on a new round of talks.",
    "The European Union strongly condemned the cyberattack against the Ukrainian government.",
    "Die Abgeordneten Guatemalas trafen die Entscheidung aufgrund von Beweisen der UN-Kommission.",
    "Vietnam wird anerkennen müssen, die Beziehungen zu den USA zu vertiefen.",
    "Стороны подчеркнули важность сотрудничества России и Китая в области ИКТ.",
])
def test_events_rules_no_act_is_reported(extractor: Extractor, text: str) -> None:
    assert events(extractor, text, "2021-11-24") == []


def test_events_rules_future_meeting_is_planned_agree(extractor: Extractor) -> None:
    found = events(extractor, "Die Außenminister Russlands und Chinas werden sich am "
                              "5. Dezember in Peking treffen.", "2021-11-24")
    assert [summary(e) for e in found] == [
        ("AGREE", None, "planned", "CHN+RUS", "", "2021-12-05", "Beijing")]


@pytest.mark.parametrize("text", [
    "The presidents of Russia and Kazakhstan agreed to meet in Moscow soon.",
    "Die Präsidenten Russlands und Kasachstans vereinbarten, sich bald in Moskau zu treffen.",
    "Президенты России и Казахстана договорились встретиться в Москве в ближайшее время.",
])
def test_events_rules_agreeing_to_meet_is_planned(extractor: Extractor, text: str) -> None:
    assert [summary(e) for e in events(extractor, text, "2023-02-02")] == [
        ("AGREE", None, "planned", "KAZ+RUS", "", None, "Moscow")]


def test_events_rules_phone_call_is_remote_consult(extractor: Extractor) -> None:
    found = events(extractor, "Russian Foreign Minister Sergey Lavrov held a phone call with "
                              "U.S. Secretary of State Antony Blinken on Tuesday.", "2022-05-13")
    assert [summary(e) for e in found] == [
        ("CONSULT", "phone", "occurred", "RUS+USA", "", "2022-05-10", "virtual")]
    assert sorted(a.name for a in found[0].actors if a.kind == "person") == [
        "Antony Blinken", "Sergey Lavrov"]


def test_events_rules_visit_makes_the_host_the_recipient(extractor: Extractor) -> None:
    found = events(extractor, "3 марта министр иностранных дел Индии прибыл в Москву, где провел "
                              "переговоры с министром иностранных дел России Сергеем Лавровым.",
                   "2022-03-04")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "IND", "RUS", "2022-03-03", "Moscow")]


def test_events_rules_expulsion_is_sanction_expel(extractor: Extractor) -> None:
    found = events(extractor, "Russland hat am Freitag zwei deutsche Diplomaten ausgewiesen.",
                   "2021-02-06")
    assert [summary(e) for e in found] == [
        ("SANCTION", "expel", "occurred", "RUS", "DEU", "2021-02-05", "Moscow")]


def test_events_rules_agreement_to_meet_again_is_planned(extractor: Extractor) -> None:
    found = events(extractor, "India and Japan held their fifth cyber dialogue in Tokyo on "
                              "Monday. The two sides agreed to hold the next round of the "
                              "dialogue in New Delhi next year.", "2023-10-25")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "IND", "JPN", "2023-10-23", "Tokyo"),
        ("AGREE", None, "planned", "IND+JPN", "", "2024", "New Delhi"),
    ]
    assert found[0].forum is not None and found[0].forum.session == 5


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a subject pronoun continues the sentence before; an object pronoun is the last official
    ("Der amerikanische Außenminister Antony Blinken traf am Montag den russischen Botschafter "
     "Anatoli Antonow. Er warf ihm vor, Desinformation zu verbreiten.", "2022-03-09",
     [("CONSULT", None, "occurred", "RUS+USA", "", "2022-03-07", None),
      ("ACCUSE", None, "occurred", "USA", "RUS", "2022-03-07", None)]),
    # a nationality adjective before a name gives the person's state
    ("Der russische Offizier Dmitri Badin soll den Angriff gesteuert haben. Der "
     "Generalbundesanwalt hat gegen ihn einen Haftbefehl erlassen.", "2020-05-06",
     [("COERCE", "arrest", "occurred", "DEU", "RUS", "2020-05", None)]),
])
def test_events_rules_pronouns_stand_for_named_parties(extractor: Extractor, text: str,
                                                       published: str, expected: list) -> None:
    assert [summary(e) for e in events(extractor, text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am Montag in "
     "Berlin empfangen.", "2022-05-10",
     ("CONSULT", "visit", "occurred", "FRA", "DEU", "2022-05-09", "Berlin")),
    ("The European Union imposed sanctions on three Russian military intelligence officers over "
     "the cyberattack.", "2020-10-23",
     ("SANCTION", None, "occurred", "EU", "RUS", "2020-10", None)),
    # a Russian report's undated act: the day of publication (ru dates.yaml, undated_acts)
    ("Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном.", "2022-02-20",
     ("CONSULT", "phone", "occurred", "FRA+RUS", "", "2022-02-20", "virtual")),
    ("Der russische Botschafter wurde am Dienstag ins Auswärtige Amt einbestellt.", "2021-05-05",
     ("ACCUSE", None, "occurred", "DEU", "RUS", "2021-05-04", "Berlin")),
    ("Die USA haben Russland vorgeworfen, hinter dem Hackerangriff zu stecken.", "2021-04-16",
     ("ACCUSE", None, "occurred", "USA", "RUS", "2021-04", None)),
    # spec 3: a diplomatic protest is ACCUSE (PROTEST is collective action)
    ("Китай выразил протест Японии в связи с визитом министра на Тайвань.", "2023-01-10",
     ("ACCUSE", None, "occurred", "CHN", "JPN", "2023-01-10", None)),
    ("Lawrow und Wang Yi trafen sich am Rande des ASEAN-Gipfels in Phnom Penh.", "2022-08-05",
     ("CONSULT", None, "occurred", "CHN+RUS", "", "2022-08", "Phnom Penh")),
    ("Germany and France will hold intergovernmental consultations in Hamburg in October.",
     "2023-09-01", ("AGREE", None, "planned", "DEU+FRA", "", "2023-10", "Hamburg")),
    # a reporting clause before a passive: its subject follows the auxiliary
    ("Wie das Auswärtige Amt am Montag mitteilte, wurden zwei russische Diplomaten des "
     "Landes verwiesen.", "2022-04-05",
     ("SANCTION", "expel", "occurred", "DEU", "RUS", "2022-04", "Berlin")),
    # nothing before the verb: the first party after it is the subject
    ("Am Mittwoch empfing Präsident Emmanuel Macron den indischen Premierminister Narendra "
     "Modi in Paris.", "2023-07-14",
     ("CONSULT", "visit", "occurred", "IND", "FRA", "2023-07-12", "Paris")),
    # "getroffen" with an official as its object is a meeting; an envoy's post is no venue
    ("Außenministerin Annalena Baerbock hat am Montag ihren ukrainischen Amtskollegen Dmytro "
     "Kuleba in Kiew getroffen.", "2023-02-07",
     ("CONSULT", "visit", "occurred", "DEU", "UKR", "2023-02-06", "Kyiv")),
    ("Минск, 3 марта. Государственный секретарь Совета безопасности Беларуси Александр "
     "Вольфович провел встречу с послом Китая в Беларуси.", "2023-03-03",
     ("CONSULT", "visit", "occurred", "CHN", "BLR", "2023-03-03", "Minsk")),
    ("Ранее Евросоюз ввел санкции против шести граждан России.", "2022-05-11",
     ("SANCTION", None, "occurred", "EU", "RUS", "2022-05", None)),  # "earlier": on or
    # before the report, its month (docs/events.md, dates of acts, second round)
    ("Путин поблагодарил президента Казахстана Касым-Жомарта Токаева за поддержку.",
     "2023-02-02", ("SUPPORT", None, "occurred", "RUS", "KAZ", "2023-02-02", None)),
    # a capital as the subject or object of the act stands for its state; not after "in"
    ("Moscow has expelled two Dutch diplomats, the Russian Foreign Ministry said on Friday.",
     "2020-12-18", ("SANCTION", "expel", "occurred", "RUS", "NLD", "2020-12", "Moscow")),
    ("Washington on Thursday accused Moscow of a massive cyberattack.", "2021-04-16",
     ("ACCUSE", None, "occurred", "USA", "RUS", "2021-04-15", None)),
    ("Москва выслала двух нидерландских дипломатов.", "2020-12-18",
     ("SANCTION", "expel", "occurred", "RUS", "NLD", "2020-12-18", "Moscow")),
    ("In Moscow, Lavrov met his Chinese counterpart Wang Yi.", "2022-03-30",
     ("CONSULT", "visit", "occurred", "CHN", "RUS", "2022-03", "Moscow")),
    ("Президент России Владимир Путин направил поздравительную телеграмму Президенту Китая "
     "Си Цзиньпину.", "2024-10-01",
     ("SUPPORT", None, "occurred", "RUS", "CHN", "2024-10-01", None)),
    # the state or IGO that ends an official's title is not a party of its own
    ("Russia's Permanent Representative to the UN Vassily Nebenzia accused the United States "
     "of militarizing the information space.", "2024-07-09",
     ("ACCUSE", None, "occurred", "RUS", "USA", "2024-07", None)),
    # the host who received the ambassador stays the host when "the conversation" follows
    ("25 ноября заместитель Министра иностранных дел Российской Федерации О.В.Сыромолотов "
     "принял Посла Республики Корея в Москве Ли До Хуна. В ходе беседы обсуждались вопросы "
     "международной информационной безопасности.", "2023-11-25",
     ("CONSULT", "visit", "occurred", "KOR", "RUS", "2023-11-25", None)),
    ("Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro "
     "Kuleba.", "2022-01-16",
     ("CONSULT", None, "occurred", "UKR+USA", "", "2022-01-16", None)),
    ("Die Europäische Union hat ihre Sanktionen gegen Nordkorea wegen Cyberangriffen "
     "verlängert.", "2024-05-14",
     ("SANCTION", None, "occurred", "EU", "PRK", "2024-05", None)),
    # deepening cooperation and signing its declaration are one act
    ("Österreich und Israel vertiefen ihre Zusammenarbeit im Bereich der Cybersicherheit. "
     "Außenminister Alexander Schallenberg und sein israelischer Amtskollege Eli Cohen "
     "unterzeichneten am Donnerstag in Jerusalem eine Absichtserklärung.", "2023-03-03",
     ("SUPPORT", None, "occurred", "AUT+ISR", "", "2023-03-02", "Jerusalem")),
    # a German body before a bare foreign state name: an object, not "the BSI of China"
    ("Zwei Jahre später machte das BSI China hinter dem Angriff aus.", "2023-07-14",
     ("ACCUSE", None, "occurred", "DEU", "CHN", "2023-07", None)),
])
def test_events_rules_sides_voice_and_venue(extractor: Extractor, text: str, published: str,
                                            expected: tuple) -> None:
    assert [summary(e) for e in events(extractor, text, published)] == [expected]


@pytest.mark.parametrize(("text", "published", "forum"), [
    # the name ends where its participants, a person or a place begin
    ("Russian Deputy Foreign Minister Oleg Syromolotov held consultations on international "
     "information security with Iranian Deputy Foreign Minister Kazem Gharibabadi in Moscow.",
     "2022-03-16", ("consultations on international information security", None)),
    ("India and Japan held the fifth round of their cyber dialogue in New Delhi on Wednesday.",
     "2022-11-10", ("dialogue", 5)),
    # a body in a title is no forum; "Councilor" is not a council
    ("Chinese State Councilor and Foreign Minister Wang Yi held talks via video link with his "
     "Brazilian counterpart Carlos França.", "2022-06-11", ("talks via video link", None)),
    ("Президент Белоруссии Александр Лукашенко принял в Минске секретаря Совета безопасности "
     "России Николая Патрушева.", "2021-10-20", None),
])
def test_events_rules_forum_names_stop_at_participants(extractor: Extractor, text: str,
                                                       published: str, forum: tuple | None
                                                       ) -> None:
    [event] = events(extractor, text, published)
    found = (event.forum.name, event.forum.session) if event.forum else None
    assert found == forum


def test_events_rules_verb_and_its_meeting_noun_are_one_act(extractor: Extractor) -> None:
    """"провел переговоры": the noun is the verb's object, so both parties meet in one act
    and "the sides" of the next sentence are those two; an offer to sign is AGREE."""
    found = events(extractor, "Вице-премьер Китая Дин Сюэсян провел переговоры с премьер-"
                              "министром России Михаилом Мишустиным в Пекине. Стороны "
                              "подписали пакет соглашений. Мишустин предложил Китаю подписать "
                              "соглашение о сотрудничестве в сфере ИКТ.", "2023-05-24")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "RUS", "CHN", "2023-05-24", "Beijing"),
        ("SUPPORT", None, "occurred", "CHN+RUS", "", "2023-05-24", "Beijing"),
        ("AGREE", None, "occurred", "RUS", "CHN", "2023-05-24", "Beijing"),
    ]


def test_events_rules_meeting_agreed_on_is_planned_and_names_no_forum_of_the_visit(
        extractor: Extractor) -> None:
    found = events(extractor, "India and Australia signed a Memorandum of Understanding on "
                              "cyber cooperation during Prime Minister Narendra Modi's visit to "
                              "Canberra on Tuesday. The two prime ministers also agreed to hold "
                              "the first India-Australia Cyber Policy Dialogue in New Delhi "
                              "later this year.", "2020-06-05")
    assert [summary(e) for e in found] == [
        ("SUPPORT", None, "occurred", "AUS+IND", "", "2020-06-02", "Canberra"),
        ("CONSULT", "visit", "occurred", "IND", "AUS", "2020-06-02", "Canberra"),
        ("AGREE", None, "planned", "AUS+IND", "", "2020", "New Delhi"),
    ]
    assert found[1].forum is None


def test_events_rules_delegations_name_the_sides_of_an_unnamed_round(
        extractor: Extractor) -> None:
    found = events(extractor, "9 сентября в Нью-Дели состоялся очередной раунд межведомственных "
                              "консультаций по вопросам безопасности в сфере использования ИКТ. "
                              "Российскую делегацию возглавил директор Департамента "
                              "международной информационной безопасности МИД России "
                              "А.В.Крутских. Индийскую делегацию возглавил заместитель "
                              "Советника по национальной безопасности Индии Р.Агарвал.",
                   "2019-09-10")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "RUS", "IND", "2019-09-09", "New Delhi")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a debate is a meeting; its topic ends where "on Monday" opens the date
    ("NEW YORK, 9 July. /TASS/. The UN Security Council held an open debate on cybersecurity "
     "on Monday.", "2024-07-09",
     ("CONSULT", "multilateral", "occurred", "UN", "", "2024-07-08", "New York")),
    ("Die Außenminister der G7 haben sich bei ihrem Treffen in Capri beraten.", "2024-04-19",
     ("CONSULT", "multilateral", "occurred", "G7", "", "2024-04", None)),
    # a body's topic phrase ends at the frame: the meeting is the expert group's
    ("The Shanghai Cooperation Organisation's expert group on international information "
     "security held its regular meeting in Tashkent on 14-15 June.", "2023-06-16",
     ("CONSULT", "multilateral", "occurred", "SCO", "", "2023-06-14", "Tashkent")),
])
def test_events_rules_igo_bodies_meet(extractor: Extractor, text: str, published: str,
                                      expected: tuple) -> None:
    assert [summary(e) for e in events(extractor, text, published)] == [expected]


def test_events_rules_a_known_surname_inside_another_name_is_not_that_official(
        extractor: Extractor) -> None:
    """"Wang" of "Wang Xiaohong" is not Wang Yi, and the title's "of China" stays out of
    the name."""
    [signing] = events(extractor, "The agreement was signed by State Secretary of the Security "
                                  "Council of Belarus Alexander Volfovich and Minister of Public "
                                  "Security of China Wang Xiaohong.", "2023-10-05")
    assert sorted((a.name, a.code) for a in signing.actors) == [
        ("Alexander Volfovich", "BLR"), ("Wang Xiaohong", "CHN")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The foreign ministers of Russia and China held talks in Moscow on Thursday. The ministers "
     "will meet again in Beijing in October.", "2024-08-02",
     ("AGREE", None, "planned", "CHN+RUS", "", "2024-10", "Beijing")),
    # a future verb makes "в пятницу" the coming Friday
    ("Глава МИД России Сергей Лавров в пятницу проведет переговоры с министром иностранных дел "
     "Индии Субраманьямом Джайшанкаром.", "2024-08-28",
     ("AGREE", None, "planned", "IND+RUS", "", "2024-08-30", None)),
])
def test_events_rules_future_meetings_in_every_form(extractor: Extractor, text: str,
                                                    published: str, expected: tuple) -> None:
    assert summary(events(extractor, text, published)[-1]) == expected


def test_events_rules_sides_named_by_pronoun_after_a_topic(extractor: Extractor) -> None:
    """"Sie" after "Die Seiten besprachen Fragen … des Unionsstaates" are the two sides; the
    Union State is what they talked about."""
    found = events(extractor, "MINSK, 15. März (BelTA) – Der Staatssekretär des Sicherheitsrates "
                              "von Belarus Alexander Wolfowitsch hat sich am Dienstag mit dem "
                              "Sekretär des Sicherheitsrates Russlands Nikolai Patruschew in "
                              "Moskau getroffen. Die Seiten besprachen Fragen der "
                              "Informationssicherheit des Unionsstaates. Sie unterzeichneten "
                              "einen Plan der Zusammenarbeit.", "2022-03-15")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "BLR", "RUS", "2022-03-15", "Moscow"),
        ("SUPPORT", None, "occurred", "BLR+RUS", "", "2022-03-15", "Moscow"),
    ]


def test_events_rules_title_case_acronyms_and_summits(extractor: Extractor) -> None:
    found = events(extractor, "Die Nato-Staaten haben auf ihrem Gipfel in Vilnius eine engere "
                              "Zusammenarbeit bei der Cyberabwehr beschlossen.", "2023-07-12")
    assert [summary(e)[:5] for e in found] == [
        ("CONSULT", "multilateral", "occurred", "NATO", ""),
        ("AGREE", None, "occurred", "NATO", "")]


def test_events_rules_sides_of_a_meeting_shared_by_two_triggers(extractor: Extractor) -> None:
    """"На полях сессии" and "провел переговоры" split the two ministers between them;
    "Стороны" of the next sentence are still both."""
    found = events(extractor, "На полях 76-й сессии Генеральной Ассамблеи ООН Министр "
                              "иностранных дел России С.В.Лавров провел переговоры с Министром "
                              "иностранных дел Индии С.Джайшанкаром. Стороны договорились "
                              "продолжить тесную координацию в ООН.", "2021-09-25")
    assert [summary(e)[:5] for e in found] == [
        ("CONSULT", None, "occurred", "IND+RUS", ""),
        ("AGREE", None, "occurred", "IND+RUS", "")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the city of a planned meeting ends its topic phrase
    ("MOSCOW, February 10. /TASS/. Russia and Brazil have agreed to hold consultations on "
     "international information security in Brasilia in the first half of the year.",
     "2022-02-10", [("AGREE", None, "planned", "BRA+RUS", "", None, "Brasília")]),
    # "May" the month is no "may" of a hypothesis; ", the Secretariat said" dates nothing
    ("The foreign ministers of the SCO member states will meet in Astana on 20-21 May, the SCO "
     "Secretariat said.", "2024-05-10",
     [("AGREE", None, "planned", "SCO", "", "2024-05-20", "Astana")]),
    # a plan's term dates the meetings it plans, not its signing
    ("Министр иностранных дел России Сергей Лавров и глава МИД КНДР Чвэ Сон Хи подписали в "
     "Пхеньяне план межмидовских консультаций на 2024-2025 годы.", "2023-10-19",
     [("SUPPORT", None, "occurred", "PRK+RUS", "", "2023-10-19", "Pyongyang"),
      ("AGREE", None, "planned", "PRK+RUS", "", "2024", "Pyongyang")]),
])
def test_events_rules_dates_and_places_of_plans(extractor: Extractor, text: str,
                                                published: str, expected: list) -> None:
    assert [summary(e) for e in events(extractor, text, published)] == expected

def test_events_rules_a_past_round_held_and_the_next_one_planned(extractor: Extractor) -> None:
    """One sentence, two meetings: the August round "held" (a past meeting, though "to
    hold" follows) and the next round decided on (planned, dated after the verb)."""
    found = events(extractor, "The Prime Minister of India and the Prime Minister of Japan met "
                              "in Tokyo on 29 October 2018. The two Prime Ministers reviewed the "
                              "India-Japan Cyber Dialogue held in Tokyo in August 2018 and "
                              "decided to hold the next round in New Delhi in 2019.",
                   "2018-10-29")
    assert [summary(e) for e in found] == [
        ("CONSULT", "visit", "occurred", "IND", "JPN", "2018-10-29", "Tokyo"),
        ("CONSULT", "visit", "occurred", "IND", "JPN", "2018-08", "Tokyo"),
        ("AGREE", None, "planned", "IND+JPN", "", "2019", "New Delhi"),
    ]
