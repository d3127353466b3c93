"""Dates of acts a report tells without a date of their own (docs/events.md, dates).

English and Russian wires tell follow-ups on the day of the lead act, else of the
dateline; German reports leave them to the month of publication.
"""

from __future__ import annotations

import pytest

import communique


def _dates(text: str, language: str, published: str) -> list[tuple[str, str | None, str]]:
    record = communique.extract(text, published=published, language=language)
    return [(e["event_type"], e["date"]["start"], e["date"]["precision"])
            for e in record["events"]]


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # the lead act's weekday dates the follow-up, not the dateline nor the publication
    ("WARSAW, March 23 (Reuters) - Poland expelled two Russian diplomats on Tuesday over "
     "spying allegations. Moscow vowed a response.", "en", "2022-03-24",
     [("SANCTION", "2022-03-22", "day"), ("THREATEN", "2022-03-22", "day")]),
    ("ВАРШАВА, 23 марта. Польша во вторник выслала двух российских дипломатов. Москва "
     "осудила решение Варшавы.", "ru", "2022-03-24",
     [("SANCTION", "2022-03-22", "day"), ("ACCUSE", "2022-03-22", "day")]),
    # no act dated in the text: the dateline's day
    ("RIGA, May 9 (AP) - Latvia declared a Russian diplomat persona non grata. Moscow "
     "condemned the decision.", "en", "2022-05-10",
     [("SANCTION", "2022-05-09", "day"), ("ACCUSE", "2022-05-09", "day")]),
    ("РИГА, 9 мая. Латвия объявила российского дипломата персоной нон грата. Москва "
     "пригрозила Риге ответными мерами.", "ru", "2022-05-10",
     [("SANCTION", "2022-05-09", "day"), ("THREATEN", "2022-05-09", "day")]),
    # German reports: the month of publication
    ("RIGA, 9. Mai. Lettland hat einen russischen Diplomaten zur unerwünschten Person "
     "erklärt. Moskau verurteilte die Entscheidung.", "de", "2022-05-10",
     [("SANCTION", "2022-05-01", "month"), ("ACCUSE", "2022-05-01", "month")]),
])
def test_events_dates_an_undated_act_takes_the_story_date(
        text: str, language: str, published: str, expected: list) -> None:
    assert _dates(text, language, published) == expected


def test_events_dates_an_act_of_its_own_date_keeps_it() -> None:
    text = ("PARIS, July 28 (AFP) - France recalled its ambassador to Niger on Thursday. "
            "On Friday Niger ordered the French ambassador to leave the country.")
    assert _dates(text, "en", "2023-07-28")[0] == ("SANCTION", "2023-07-27", "day")


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("India and the United Kingdom held the first structured dialogue on cooperation on "
     "cyber issues in October 2012.", "en", "2012-11-08",
     [("CONSULT", "2012-10-01", "month")]),
    ("Россия и Китай провели консультации по вопросам информационной безопасности в "
     "октябре 2020 года.", "ru", "2020-11-10", [("CONSULT", "2020-10-01", "month")]),
])
def test_events_dates_a_done_act_is_dated_at_the_end_of_its_topic(
        text: str, language: str, published: str, expected: list) -> None:
    assert _dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # a reporting verb across a quotation mark does not make the quoted date the report's
    ("«Третий раунд мы с Марко Рубио договорились провести этой осенью», - сказал глава МИД "
     "России Сергей Лавров в субботу.", "ru", "2025-09-27",
     [("AGREE", "2025-09-01", "year")]),
    ("\"Russia and the United States agreed to hold the next round in May\", Lavrov said.",
     "en", "2025-03-27", [("AGREE", "2025-05-01", "month")]),
    ("„Russland und Deutschland haben vereinbart, die nächste Runde im Mai abzuhalten“, "
     "sagte Lawrow.", "de", "2025-03-27", [("AGREE", "2025-05-01", "month")]),
    # a planned meeting's year-less month lies ahead, though the verb is in the past
    ("Russian Foreign Minister Sergei Lavrov said: \"We agreed with the United States to hold "
     "the next round in May,\" adding that the venue was open.", "en", "2025-03-27",
     [("AGREE", "2025-05-01", "month")]),
])
def test_events_dates_a_quoted_plan_keeps_its_own_date(
        text: str, language: str, published: str, expected: list) -> None:
    assert _dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # published three days after the dateline: "on Thursday" is the Thursday before the
    # dateline's Tuesday, not the one before the publication (9 March)
    ("WASHINGTON, March 7 (Reuters) - The United States imposed sanctions on Iran on "
     "Thursday.", "en", "2023-03-10", [("SANCTION", "2023-03-02", "day")]),
    ("МОСКВА, 7 марта. /ТАСС/. Россия в четверг выслала двух эстонских дипломатов.",
     "ru", "2023-03-10", [("SANCTION", "2023-03-02", "day")]),
    ("BERLIN, 7. März (dpa) - Das Auswärtige Amt bestellte am Donnerstag den russischen "
     "Botschafter ein.", "de", "2023-03-10", [("ACCUSE", "2023-03-02", "day")]),
    # "вчера" counts from the dateline's day too
    ("МОСКВА, 7 марта. /ТАСС/. Россия вчера выслала двух эстонских дипломатов.",
     "ru", "2023-03-09", [("SANCTION", "2023-03-06", "day")]),
    # a dateline after the publication contradicts it: the publication stays the anchor
    ("МОСКВА, 3 марта. /ТАСС/. Россия в четверг выслала двух эстонских дипломатов.",
     "ru", "2023-03-02", [("SANCTION", "2023-03-02", "day")]),
])
def test_events_dates_a_wire_counts_weekdays_from_its_dateline(
        text: str, language: str, published: str, expected: list) -> None:
    assert _dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a dateline with its year ("2023 года", "2022 г.") dates the report when no
    # publication date is given, and the weekdays with it
    ("МОСКВА, 3 марта 2023 года. /ТАСС/. Россия во вторник выслала двух эстонских "
     "дипломатов.", "ru", [("SANCTION", "2023-02-28", "day")]),
    ("МИНСК, 7 июня 2022 г. /БЕЛТА/. Белоруссия во вторник выслала двух литовских "
     "дипломатов.", "ru", [("SANCTION", "2022-06-07", "day")]),
])
def test_events_dates_a_russian_dateline_with_its_year_word(
        text: str, language: str, expected: list) -> None:
    record = communique.extract(text, language=language)
    assert [(e["event_type"], e["date"]["start"], e["date"]["precision"])
            for e in record["events"]] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a reporting clause after a comma reports the act the date belongs to
    ("The United Kingdom and Japan held their fifth cyber dialogue in London on Monday, "
     "officials said.", "en", [("CONSULT", "2021-11-22", "day")]),
    ("Министры иностранных дел России и Вьетнама провели переговоры в понедельник, сообщили в МИД.",
     "ru", [("CONSULT", "2021-11-22", "day")]),
    # a reporting verb right after the date is the report's date ("announced on Monday")
    ("The United Kingdom and Japan held their fifth cyber dialogue in London, the ministry "
     "announced on Monday.", "en", [("CONSULT", "2021-11-01", "month")]),
])
def test_events_dates_a_reporting_clause_after_a_comma_leaves_the_date_to_the_act(
        text: str, language: str, expected: list) -> None:
    assert _dates(text, language, "2021-11-23") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a Russian ministry's release with no dateline and no dated act: the day of publication
    ("О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Министром "
     "иностранных дел Турции М.Чавушоглу\n\nСостоялся телефонный разговор Министра "
     "иностранных дел России С.В.Лаврова с Министром иностранных дел Турции М.Чавушоглу.",
     "ru", [("CONSULT", "2021-11-23", "day")]),
    # an English one: the month
    ("Secretary Blinken's Call with Turkish Foreign Minister Cavusoglu\n\nSecretary of State "
     "Antony Blinken held a phone call with Turkish Foreign Minister Mevlut Cavusoglu.",
     "en", [("CONSULT", "2021-11-01", "month")]),
])
def test_events_dates_an_undated_release_takes_the_day_where_its_language_does(
        text: str, language: str, expected: list) -> None:
    assert _dates(text, language, "2021-11-23") == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # the day of the agreement is not the date of the meeting agreed on: a year-less
    # season read back by the past-tense verb lies ahead of the report
    ("Die Außenminister Russlands und Indiens vereinbarten am Dienstag in Moskau, die nächste "
     "Runde der Konsultationen im Herbst in Neu-Delhi abzuhalten.", "de", "2023-03-15",
     [("AGREE", "2023-09-01", "year")]),
    ("The foreign ministers of Russia and India agreed on Tuesday to hold the next round of "
     "consultations in New Delhi in the autumn.", "en", "2023-03-15",
     [("AGREE", "2023-09-01", "year")]),
    # a past day of the talks the plan followed does not date the plan
    ("По итогам прошедших во вторник в Минске переговоров министров иностранных дел Белоруссии "
     "и Вьетнама стороны договорились провести следующий раунд консультаций в Ханое.", "ru",
     "2023-03-16", [("AGREE", None, "unknown")]),
    ("Following talks in Moscow on Monday, the foreign ministers of Russia and Egypt agreed to "
     "hold the next round of consultations in Cairo.", "en", "2023-09-05",
     [("AGREE", None, "unknown")]),
    ("Nach den Gesprächen am Montag in Moskau vereinbarten die Außenminister Russlands und "
     "Ägyptens, die nächste Runde der Konsultationen in Kairo abzuhalten.", "de", "2023-09-05",
     [("AGREE", None, "unknown")]),
    # an invitation told with its day: the day of the act that plans
    ("Russian President Vladimir Putin on Monday invited Egyptian President Abdel Fattah "
     "al-Sisi to visit Moscow.", "en", "2023-09-06", [("AGREE", "2023-09-04", "day")]),
    ("Der kasachische Präsident lud den usbekischen Präsidenten am Montag zu einem "
     "Staatsbesuch nach Astana ein.", "de", "2023-09-06", [("AGREE", "2023-09-04", "day")]),
    # a date ahead of the report stays, wherever it stands
    ("Russia and Egypt will hold the next round of consultations in Cairo in May.", "en",
     "2023-09-05", [("AGREE", "2024-05-01", "month")]),
])
def test_events_dates_a_planned_act_takes_only_a_date_ahead_of_the_report(
        text: str, language: str, published: str, expected: list) -> None:
    assert _dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a dateline day after the day of publication dates nothing: a Russian report falls
    # back to its day of publication, an English one to the month
    ("ДУШАНБЕ, 20 ноября — Sputnik. Россия и Таджикистан подписали соглашение о "
     "сотрудничестве в области информационной безопасности.", "ru",
     [("SUPPORT", "2021-11-19", "day")]),
    ("BEIJING, Nov. 24 (Xinhua) -- China and Russia signed an agreement on cooperation in "
     "information security.", "en", [("SUPPORT", "2021-11-01", "month")]),
    # the dateline of the day of publication dates the act
    ("BEIJING, Nov. 19 (Xinhua) -- China and Russia signed an agreement on cooperation in "
     "information security.", "en", [("SUPPORT", "2021-11-19", "day")]),
])
def test_events_dates_a_dateline_after_the_publication_dates_nothing(
        text: str, language: str, expected: list) -> None:
    assert _dates(text, language, "2021-11-19") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no publication date, a year-less dateline: the year the text names in which the
    # dateline's day falls on the weekday the text names (24 September 2021 was a Friday)
    ("MOSCOW, September 24. /TASS/. Russian and ASEAN delegations held the first meeting of "
     "their dialogue on information security, the Russian Foreign Ministry said Friday. The "
     "sides discussed the work of the 2021-2025 working group.",
     [("CONSULT", "2021-09-24", "day")]),
    # no year named: undated
    ("MOSCOW, September 24. /TASS/. Russian and ASEAN delegations held the first meeting of "
     "their dialogue on information security, the Russian Foreign Ministry said Friday.",
     [("CONSULT", None, "unknown")]),
    # the weekday fits neither 2021 nor 2025: undated
    ("MOSCOW, September 24. /TASS/. Russian and ASEAN delegations held the first meeting of "
     "their dialogue on information security, the Russian Foreign Ministry said Thursday. The "
     "sides discussed the work of the 2021-2025 working group.", [("CONSULT", None, "unknown")]),
])
def test_events_dates_a_yearless_dateline_takes_the_year_its_weekday_fits(
        text: str, expected: list) -> None:
    record = communique.extract(text, language="en")
    assert [(e["event_type"], e["date"]["start"], e["date"]["precision"])
            for e in record["events"]] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Das Auswärtige Amt hat am Montag den russischen Botschafter einbestellt. Zuvor hatte "
     "Russland einen deutschen Diplomaten ausgewiesen.", "de"),
    ("LONDON, Feb 10 (Reuters) - Britain summoned the Russian ambassador on Monday. Earlier, "
     "Russia had expelled a British diplomat.", "en"),
    ("МОСКВА, 10 февраля. Великобритания в понедельник вызвала российского посла. Ранее "
     "Россия выслала британского дипломата.", "ru"),
])
def test_events_dates_an_undated_recalled_act_takes_the_month_of_publication(
        text: str, language: str) -> None:
    # the recalled expulsion happened on or before the report, not on the lead's Monday
    assert _dates(text, language, "2021-02-10") == [
        ("ACCUSE", "2021-02-08", "day"), ("SANCTION", "2021-02-01", "month")]


@pytest.mark.parametrize(("text", "expected"), [
    # the date of an inserted relative clause dates the arrival, not the talks
    ("Russian Foreign Minister Sergei Lavrov, who arrived in Ankara on Monday, held talks with "
     "Turkish Foreign Minister Hakan Fidan on Tuesday.", [("CONSULT", "2023-09-05", "day")]),
    # a date that opens the sentence before a comma dates the act
    ("On Monday, Russian Foreign Minister Sergei Lavrov held talks with Turkish Foreign "
     "Minister Hakan Fidan in Ankara.", [("CONSULT", "2023-09-04", "day")]),
])
def test_events_dates_an_inserted_clause_keeps_its_date(text: str, expected: list) -> None:
    assert _dates(text, "en", "2023-09-08") == expected


def _dates_places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    record = communique.extract(text, language=language)
    return [(e["event_type"], e["date"]["text"], (e["location"] or {}).get("name"))
            for e in record["events"]]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # shares a side and names no other day: told with the meeting, its day and place
    ("Russia and China held talks in Beijing on Friday. Russia praised China for its support.",
     "en", [("CONSULT", "on Friday", "Beijing"), ("SUPPORT", "on Friday", "Beijing")]),
    # another day, though neither resolves without a publication date: neither
    ("Russia and China held talks in Beijing on Friday. On Monday, Russia praised China for "
     "its support.", "en", [("CONSULT", "on Friday", "Beijing"), ("SUPPORT", "On Monday", None)]),
    # no side shared: another act
    ("The European Union gave Chile 5 million euros of aid on Monday. Russia and China held "
     "talks in Beijing on Friday.", "en",
     [("AID", "on Monday", None), ("CONSULT", "on Friday", "Beijing")]),
    ("Россия и Китай провели переговоры в Пекине в пятницу. ЕС выделил Чили помощь в размере "
     "5 млн евро.", "ru", [("CONSULT", "в пятницу", "Beijing"), ("AID", None, None)]),
])
def test_events_dates_acts_sharing_a_side_take_the_meetings_place_and_its_day(
        text: str, language: str, expected: list) -> None:
    assert _dates_places(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Montag sagte die EU Chile Hilfe in Höhe von fünf Millionen Euro zu.",
     [("AGREE", "2021-05-10", "day")]),
    ("Die EU sagte Chile am Montag Hilfe zu.", [("AGREE", "2021-05-10", "day")]),
    # a reporting verb that is not the act's still marks the date of the report
    ("Russland und China führten Gespräche, sagte das Ministerium am Montag.",
     [("CONSULT", "2021-05-01", "month")]),
])
def test_events_dates_the_acts_own_verb_is_no_report(text: str, expected: list) -> None:
    assert _dates(text, "de", "2021-05-15") == expected
