"""Dates, datelines, source names, document ids, languages."""

from __future__ import annotations

from datetime import datetime

import pytest

from communique.clean import prepare
from communique.clean.dateline import find_dateline
from communique.clean.dates import find_dates, parse_given, url_date
from communique.clean.language import identify
from communique.clean.metadata import bare_domain, doc_id_from_url, known_source, tidy_title
from communique.document import RawDocument
from communique.nlp import Analyzer


@pytest.mark.parametrize(("line", "value", "has_time"), [
    ("24 November 2021, 10:06", datetime(2021, 11, 24, 10, 6), True),
    ("9 März 201716:33", datetime(2017, 3, 9, 16, 33), True),
    ("Politics 10.10.2019 | 13:34", datetime(2019, 10, 10, 13, 34), True),
    ("2019-12-28 16:43:22丨Russian.News.Cn", datetime(2019, 12, 28, 16, 43, 22), True),
    ("Jul 04, 2024 09:44 PM IST", datetime(2024, 7, 4, 21, 44), True),
    ("07 июня 2023, 16:17", datetime(2023, 6, 7, 16, 17), True),
    ("ТАСС 26.11.21 Слов: 153", datetime(2021, 11, 26), False),
    ("by | Jul 5, 2024", datetime(2024, 7, 5), False),
    ("6 December, 2022, CIS Executive Committee Office in Moscow", datetime(2022, 12, 6), False),
])
def test_clean_dates_reads_printed_dates(line: str, value: datetime, has_time: bool) -> None:
    (hit,) = find_dates(line)
    assert (hit.value, hit.has_time, hit.precision) == (value, has_time, "day")


@pytest.mark.parametrize(("url", "day", "precision"), [
    ("https://de.news-front.su/2021/09/30/russland-und-frankreich", "2021-09-30", "day"),
    ("http://russian.news.cn/2019-12/28/c_138663359.htm", "2019-12-28", "day"),
    ("https://tj.sputniknews.ru/amp/20211120/vstrecha-1043663320.html", "2021-11-20", "day"),
    ("https://cdnimgen.royanews.tv/news/36726/2022-07-27", "2022-07-27", "day"),
    ("https://nuernberger-blatt.de/2020/10/eu-verhaengt-sanktionen", "2020-10-01", "month"),
    ("https://news.example.org/article?id=5521&date=2021-11-23", "2021-11-23", "day"),
    ("https://www.example.ru/news/?d=20211123#top", "2021-11-23", "day"),
    ("https://www.example.ru/news/202111231530/dogovor.html", "2021-11-23", "day"),
    ("https://www.example.ru/news/20211123153045-dogovor", "2021-11-23", "day"),
    ("https://www.example.ru/news/202111239930/dogovor.html", None, None),
    ("https://www.example.ru/news/2021112315/dogovor.html", None, None),
    ("https://tass.ru/politika/14852885", None, None),
    ("https://eng.belta.by/politics/view/belarus-updates-141913-2021", None, None),
])
def test_clean_dates_reads_url_dates(url: str, day: str | None, precision: str | None) -> None:
    hit = url_date(url)
    assert (hit.value.date().isoformat() if hit else None) == day
    assert (hit.precision if hit else None) == precision


@pytest.mark.parametrize(("text", "url", "day"), [
    # the year of the URL's month, of its year segment, of a year ending the slug
    ("MOSCOW, November 23. /TASS/. Russia and China held talks.",
     "https://www.example.com/en/news/2021/11/lavrov-wang", "2021-11-23"),
    ("МОСКВА, 23 ноября. /ТАСС/. Россия и Китай провели консультации.",
     "https://www.example.ru/press/2021/konsultacii", "2021-11-23"),
    ("МИНСК, 23 ноября (БЕЛТА) - Макей встретился с послом Китая.",
     "https://www.belta.by/politics/view/makej-vstretilsja-470123-2021/", "2021-11-23"),
    # a month at the turn of the year: the dateline's day nearest it
    ("MOSCOW, December 31. /TASS/. Russia and China held talks.",
     "https://www.example.com/en/news/2022/01/talks", "2021-12-31"),
    # no year but the report's own: filed after the latest day it tells of
    ("MOSCOW, Nov 23 (Reuters) - Lavrov and Blinken held a phone call on Tuesday. The two had "
     "last met in Stockholm on 2 December 2020.", "https://www.example.com/news/call",
     "2021-11-23"),
    ("МОСКВА, 23 ноября. /ТАСС/. Последние консультации прошли 15 ноября 2021 года.",
     "https://tass.ru/politika/13010299", "2021-11-23"),
    # nothing gives a year: no publication date
    ("МОСКВА, 23 ноября. /ТАСС/. Россия и Китай провели консультации.",
     "https://tass.ru/politika/13010245", None),
])
def test_clean_yearless_dateline_takes_a_year(text: str, url: str, day: str | None) -> None:
    (doc,) = prepare(RawDocument(text, url=url))
    assert (doc.published.date().isoformat() if doc.published else None) == day
    assert doc.published_precision == "day" or day is None


def test_clean_yearless_dateline_far_from_the_month_found_leaves_the_month() -> None:
    """"May 5" on a page of /2020/10/ contradicts the URL: the month stays."""
    (doc,) = prepare(RawDocument("MOSCOW, May 5. /TASS/. Russia and China held talks.",
                                 url="https://www.example.com/en/news/2020/10/talks"))
    assert (doc.published, doc.published_precision) == (datetime(2020, 10, 1), "month")


def test_clean_dates_parses_given_values() -> None:
    assert parse_given("2021-11-24").value == datetime(2021, 11, 24)  # type: ignore[union-attr]
    rfc = parse_given("Tue, 23 Nov 2021 10:06:00 +0300")
    assert rfc is not None and (rfc.value, rfc.has_time) == (datetime(2021, 11, 23, 10, 6), True)
    month = parse_given("2021-11")
    assert month is not None and month.precision == "month"
    assert parse_given("2021") is None and parse_given("yesterday") is None


@pytest.mark.parametrize(("line", "place", "date_text", "agency"), [
    ("MINSK, 23. November (BelTA) - Am 23. November traf", "MINSK", "23. November", "BelTA"),
    ("MOSCOW, September 24. /TASS/. Russian and ASEAN", "MOSCOW", "September 24", "TASS"),
    ("NEW DELHI, July 4 (Reuters) - India and the UK", "NEW DELHI", "July 4", "Reuters"),
    ("МИНСК, 7 июня. /БЕЛТА/. Государственный секретарь", "МИНСК", "7 июня", "BelTA"),
    ("Москва. 15 февраля. INTERFAX.RU - Глава МИД", "Москва", "15 февраля", "Interfax"),
    ("ТАШКЕНТ, 20 ноя — Sputnik. Россия и Узбекистан", "ТАШКЕНТ", "20 ноя", "Sputnik"),
    ("7 июня, Минск /Корр. БЕЛТА/. Государственный", "Минск", "7 июня", "BelTA"),
    ("Berlin (dpa/AFP) - Die Bundesregierung", "Berlin", None, "Deutsche Presse-Agentur"),
    ("SINGAPORE: The United States and Singapore", "SINGAPORE", None, None),
    ("BERLIN, 13. Dezember. Der Außenminister führte", "BERLIN", "13. Dezember", None),
    ("MOSCOW, September 24. Russian and ASEAN delegations", "MOSCOW", "September 24", None),
    ("Москва, 12 апреля. Министр иностранных дел России", "Москва", "12 апреля", None),
    ("Wien – UN-Generalsekretär Ban Ki-moon hat", "Wien", None, None),
    ("Jerusalem/Ramallah – Israels Ministerpräsident", "Jerusalem/Ramallah", None, None),
    # section names of the page's menu run into the line before the dateline
    ("Nachrichten Politik Paris/Berlin (AFP) – Berlin und Paris", "Paris/Berlin", None,
     "Agence France-Presse"),
])
def test_clean_dateline_shapes(line: str, place: str, date_text: str | None,
                               agency: str | None) -> None:
    found = find_dateline(line)
    assert found is not None
    assert (found.place, found.date_text, found.agency) == (place, date_text, agency)


@pytest.mark.parametrize("line", [
    "Bundesaußenminister Heiko Maas (SPD) hatte daraufhin eine Reaktion angekündigt.",
    "Digital (Electronic or Computer) Diplomacy refers to the use of digital tools.",
    "UPDATE: The minister arrived in Minsk on Monday.",
    "Am 9. März fand in Moskau ein Treffen statt.",
    "Freitag, 26. April. Der Minister traf",
    "Stand, 12. April. Die Zahlen",
    "Russland – ein Land, das seine Nachbarn fürchten.",
    "Politik ist die Kunst des Möglichen.",
])
def test_clean_dateline_ignores_sentences(line: str) -> None:
    assert find_dateline(line) is None


def test_clean_sources_from_domains() -> None:
    assert known_source("https://m.eng.belta.by/politics/view/x") == "BelTA"
    assert known_source("https://www.mid.ru/de/foreign_policy") == (
        "Ministry of Foreign Affairs of Russia")
    assert known_source("https://digital-strategy.ec.europa.eu/de/news") == "European Commission"
    assert known_source("https://www.kledy.de/story.php") is None
    assert bare_domain("https://www.kledy.de/story.php") == "kledy.de"
    assert bare_domain(None) is None


def test_clean_doc_ids_are_stable_and_readable() -> None:
    assert doc_id_from_url("https://tass.com/politics/1342009") == "tass-com-politics-1342009"
    long_url = "https://example.org/" + "a-very-long-slug/" * 10
    assert doc_id_from_url(long_url) == doc_id_from_url(long_url)
    assert len(doc_id_from_url(long_url)) == 64 + 9


def test_clean_title_loses_the_site_suffix() -> None:
    assert tidy_title("Об участии И.В.Моргулова в Совещании – Новости") == (
        "Об участии И.В.Моргулова в Совещании")
    assert tidy_title("Belarus und Russland berieten | BelTA", ("BelTA",)) == (
        "Belarus und Russland berieten")
    kept = "Потенциал ИКТ - МИД РФ, КНР и Индии"
    assert tidy_title(kept) == kept


def test_clean_language_prefers_expected_languages_but_detects_others() -> None:
    assert identify("Москва. 15 февраля. INTERFAX.RU") == "ru"
    assert identify("La France et l'Allemagne ont signé un accord de coopération.") == "fr"
    assert identify("Україна та Польща домовилися про співпрацю у сфері кібербезпеки.") == "uk"
    assert identify("12:30") is None


def test_clean_marks_mixed_languages() -> None:
    german = ("Die Außenminister Russlands und Deutschlands trafen sich am Montag in Moskau und "
              "berieten über die Lage in der Ukraine und die Zusammenarbeit in der OSZE.")
    english = ("The ministers discussed the situation in Ukraine and cooperation within the OSCE, "
               "and agreed to hold further consultations on strategic stability next year.")
    (doc,) = prepare(RawDocument(f"{german}\n\n{english}\n\n{german}"))
    assert (doc.language, doc.mixed_languages) == ("de", ["en"])
    (plain,) = prepare(RawDocument(f"{german}\n\n{german}"))
    assert plain.mixed_languages == []


def test_clean_month_precision_date_is_stored_with_a_warning() -> None:
    (doc,) = prepare(RawDocument("Die EU verhängte am Donnerstag Sanktionen gegen zwei russische "
                                 "Offiziere wegen des Angriffs auf den Bundestag.",
                                 url="https://nuernberger-blatt.de/2020/10/eu-sanktionen-46301"))
    assert (doc.published, doc.published_has_time) == (datetime(2020, 10, 1), False)
    assert doc.published_precision == "month"
    assert doc.warnings == ["publication date known to the month only (2020-10, found); "
                            "stored as the 1st of the month"]


def test_clean_relative_days_against_a_month_are_the_month() -> None:
    """"am Donnerstag" of a page known to October 2020 only is some day of October."""
    (doc,) = prepare(RawDocument("Die EU verhängte am Donnerstag Sanktionen gegen zwei russische "
                                 "Offiziere. Der Angriff war am 5. Mai 2015.",
                                 url="https://nuernberger-blatt.de/2020/10/eu-sanktionen-46301"))
    Analyzer()([doc])
    assert [(t.text, str(t.date_start), str(t.date_end), t.precision) for t in doc.times] == [
        ("am Donnerstag", "2020-10-01", "2020-10-31", "month"),
        ("am 5. Mai 2015", "2015-05-05", "2015-05-05", "day")]


def test_clean_named_days_against_a_month_keep_their_day() -> None:
    """"23 ноября" on a page known to November 2021 only is 23 November 2021; "вчера" is
    some day of November."""
    (doc,) = prepare(RawDocument("23 ноября в Москве состоялись переговоры министров. Вчера "
                                 "министры подписали меморандум.",
                                 url="https://www.mid.ru/ru/press_service/2021/11/lavrov-visit"))
    Analyzer()([doc])
    assert [(t.text, str(t.date_start), str(t.date_end), t.precision) for t in doc.times] == [
        ("23 ноября", "2021-11-23", "2021-11-23", "day"),
        ("Вчера", "2021-11-01", "2021-11-30", "month")]


def test_clean_render_and_update_dates_are_not_the_publication() -> None:
    text = ("Home\nFreitag, 26. April 2024\nWorld\nPublished: 2022-07-27 21:59\n"
            "Last Updated: 2024-04-21 11:28\n\nBlinken says he will speak to Lavrov\n\n"
            "US Secretary of State Antony Blinken said on Wednesday he will speak to his Russian "
            "counterpart in the coming days.")
    (doc,) = prepare(RawDocument(text))
    assert (doc.published, doc.published_has_time) == (datetime(2022, 7, 27, 21, 59), True)
    assert doc.title == "Blinken says he will speak to Lavrov"
    assert doc.text.splitlines()[0] == "Blinken says he will speak to Lavrov"


def test_clean_unparseable_given_date_falls_back_with_a_warning() -> None:
    (doc,) = prepare(RawDocument("ГАВАНА, 15 окт - РИА Новости. Аппарат Совета безопасности РФ и "
                                 "МВД Кубы заключили меморандум о взаимопонимании.",
                                 published="last Tuesday",
                                 url="https://ria.ru/amp/20191015/1559830126.html"))
    assert doc.published == datetime(2019, 10, 15)
    assert doc.warnings[0].startswith("the given publication date 'last Tuesday' is not ISO 8601")
