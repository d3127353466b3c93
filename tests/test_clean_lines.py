"""Line verdicts on page shapes not in the dev set: agency pages, banners, teasers."""

from __future__ import annotations

from datetime import datetime

from communique.clean import prepare
from communique.clean.lines import LineJudge
from communique.document import RawDocument

REUTERS_PAGE = """Skip to main content
World
Russia's Lavrov, Blinken meet briefly in New Delhi
By Humeyra Pamuk and Simon Lewis
March 2, 2023 3:15 PM UTC
Updated 2 hours ago
3 min read
NEW DELHI, March 2 (Reuters) - U.S. Secretary of State Antony Blinken and Russian Foreign \
Minister Sergei Lavrov spoke briefly on the sidelines of a G20 meeting in New Delhi on Thursday.
The encounter lasted less than 10 minutes, the official said.
Reporting by Humeyra Pamuk; Editing by Alex Richardson
Our Standards: The Thomson Reuters Trust Principles."""

GERMAN_PAGE = """Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. \
Weitere Informationen finden Sie in unserer Datenschutzerklärung. Akzeptieren
Startseite
Ausland
Stand: 23.11.2021 10:06 Uhr
Baerbock trifft Lawrow in Moskau
Außenministerin Baerbock ist zu ihrem Antrittsbesuch in Moskau eingetroffen. Sie wird heute \
ihren russischen Amtskollegen Lawrow treffen.
Mehr zum Thema
Baerbock in Kiew
Lawrow kritisiert NATO"""


def test_clean_lines_agency_page_keeps_only_headline_and_report() -> None:
    (doc,) = prepare(RawDocument(REUTERS_PAGE))
    assert doc.text == "\n\n".join([
        "Russia's Lavrov, Blinken meet briefly in New Delhi",
        REUTERS_PAGE.splitlines()[7] + "\nThe encounter lasted less than 10 minutes, the "
                                       "official said."])
    assert (doc.published, doc.published_has_time) == (datetime(2023, 3, 2, 15, 15), True)
    assert (doc.dateline, doc.dateline_date, doc.source_name) == ("NEW DELHI", "March 2",
                                                                  "Reuters")


def test_clean_lines_drop_cookie_banner_menus_and_teasers() -> None:
    (doc,) = prepare(RawDocument(GERMAN_PAGE))
    assert doc.text == ("Baerbock trifft Lawrow in Moskau\nAußenministerin Baerbock ist zu ihrem "
                        "Antrittsbesuch in Moskau eingetroffen. Sie wird heute ihren russischen "
                        "Amtskollegen Lawrow treffen.")
    assert doc.published == datetime(2021, 11, 23, 10, 6)


def test_clean_lines_keep_a_sentence_about_cookies() -> None:
    sentence = ("Die EU-Kommission will Cookie-Banner vereinfachen, damit Nutzer nicht mehr jede "
                "Seite einzeln akzeptieren müssen, sagte die Kommissarin am Montag in Brüssel.")
    (doc,) = prepare(RawDocument(sentence))
    assert doc.text == sentence


def test_clean_lines_judge_furniture_shapes() -> None:
    judge = LineJudge()
    assert judge.junk("X Linkedin Facebook Reddit Email Bluesky") == "share buttons"
    assert judge.junk("• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1") == "language menu"
    assert judge.junk("Подписывайтесь на наш канал в Telegram, чтобы быть в курсе.") == (
        "widget line")
    assert judge.junk("Минск +12°C") == "weather widget"
    assert judge.junk("455-09-03-2017") == "no words"
    assert judge.junk("By 2025, the two countries plan to double their trade, the ministers "
                      "said after the talks in Minsk.") is None
    assert judge.junk("Politik") == "menu or widget line"
    assert judge.date_line("flag Freitag, 26 April 2024")[0].value == datetime(2024, 4, 26)
    assert judge.date_line("Am 23. November traf Sergej Alejnik in Minsk ein.") == []
