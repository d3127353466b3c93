"""German date expressions, resolved against Wednesday 24 November 2021 unless stated."""

from __future__ import annotations

from datetime import date

import pytest

from communique.nlp import resolve_times

ANCHOR = date(2021, 11, 24)    # a Wednesday
D = date


def found(text: str, anchor: date | None = ANCHOR) -> list[tuple]:
    return [(t.text, t.date_start, t.date_end, t.precision, t.relative)
            for t in resolve_times(text, "de", anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Am 23. November traf er Krutskich.",
     [("Am 23. November", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("Das Abkommen vom 23.11.2021 gilt.",
     [("vom 23.11.2021", D(2021, 11, 23), D(2021, 11, 23), "day", False)]),
    ("24 November 2021, 10:06",
     [("24 November 2021", D(2021, 11, 24), D(2021, 11, 24), "day", False)]),
    ("9 März 201716:33",
     [("9 März 2017", D(2017, 3, 9), D(2017, 3, 9), "day", False)]),
    ("im November 2018 geeinigt",
     [("im November 2018", D(2018, 11, 1), D(2018, 11, 30), "month", False)]),
    ("Ende 2018 begann es.",
     [("Ende 2018", D(2018, 9, 1), D(2018, 12, 31), "year", False)]),
    ("Die Sanktionen wurden im Jahr 2017 verhängt.",
     [("im Jahr 2017", D(2017, 1, 1), D(2017, 12, 31), "year", False)]),
    ("Merkel hatte im Mai Russland verantwortlich gemacht.",
     [("im Mai", D(2021, 5, 1), D(2021, 5, 31), "month", True)]),
    ("Anfang Dezember soll die Runde stattfinden.",
     [("Anfang Dezember", D(2021, 12, 1), D(2021, 12, 10), "month", True)]),
    ("Anfang Juli wurde unterzeichnet.",
     [("Anfang Juli", D(2021, 7, 1), D(2021, 7, 10), "month", True)]),
    ("im September vergangenen Jahres",
     [("im September vergangenen Jahres", D(2020, 9, 1), D(2020, 9, 30), "month", True)]),
    ("Ende letzten Jahres",
     [("Ende letzten Jahres", D(2020, 9, 1), D(2020, 12, 31), "year", True)]),
])
def test_dates_german_calendar_forms(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sie trafen sich am Dienstag.",
     [("am Dienstag", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("Er sprach am Mittwoch.", [("am Mittwoch", D(2021, 11, 24), D(2021, 11, 24), "day", True)]),
    ("Er sprach am Donnerstag.",
     [("am Donnerstag", D(2021, 11, 18), D(2021, 11, 18), "day", True)]),
    ("Am Donnerstag wird der Rat tagen.",
     [("Am Donnerstag", D(2021, 11, 25), D(2021, 11, 25), "day", True)]),
    ("am kommenden Mittwoch",
     [("am kommenden Mittwoch", D(2021, 12, 1), D(2021, 12, 1), "day", True)]),
    ("am vergangenen Mittwoch",
     [("am vergangenen Mittwoch", D(2021, 11, 17), D(2021, 11, 17), "day", True)]),
    ("Am Dienstagabend landete er.",
     [("Am Dienstagabend", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("gestern", [("gestern", D(2021, 11, 23), D(2021, 11, 23), "day", True)]),
    ("Heute beginnen die Gespräche.", [("Heute", D(2021, 11, 24), D(2021, 11, 24), "day", True)]),
    ("Er reist morgen ab.", [("morgen", D(2021, 11, 25), D(2021, 11, 25), "day", True)]),
    ("Er kam am Morgen an.", []),
    ("im nächsten Jahr", [("im nächsten Jahr", D(2022, 1, 1), D(2022, 12, 31), "year", True)]),
    ("im kommenden Jahr", [("im kommenden Jahr", D(2022, 1, 1), D(2022, 12, 31), "year", True)]),
    ("im Vorjahr", [("im Vorjahr", D(2020, 1, 1), D(2020, 12, 31), "year", True)]),
    ("nächste Woche", [("nächste Woche", D(2021, 11, 29), D(2021, 12, 5), "year", True)]),
    ("letzte Woche", [("letzte Woche", D(2021, 11, 15), D(2021, 11, 21), "month", True)]),
    ("im vergangenen Monat",
     [("im vergangenen Monat", D(2021, 10, 1), D(2021, 10, 31), "month", True)]),
    ("vor zwei Tagen", [("vor zwei Tagen", D(2021, 11, 22), D(2021, 11, 22), "day", True)]),
    ("vor einem Jahr", [("vor einem Jahr", D(2020, 1, 1), D(2020, 12, 31), "year", True)]),
    ("in den kommenden Tagen",
     [("in den kommenden Tagen", D(2021, 11, 25), D(2021, 12, 1), "year", True)]),
    ("Ein Beschluss wurde jetzt gefasst.",
     [("jetzt", D(2021, 1, 1), D(2021, 12, 31), "year", True)]),
    ("im Herbst", [("im Herbst", D(2021, 9, 1), D(2021, 11, 30), "year", True)]),
])
def test_dates_german_relative_forms(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


def test_dates_german_periods_and_open_intervals() -> None:
    assert found("in seiner 7. Sitzung vom 29.7. bis 9.8.2024") == [
        ("vom 29.7. bis 9.8.2024", D(2024, 7, 29), D(2024, 8, 9), "day", False)]
    assert found("Sitzung vom 29.7.–9.8.2024") == [
        ("vom 29.7.–9.8.2024", D(2024, 7, 29), D(2024, 8, 9), "day", False)]
    assert found("Sitzung 29.7. – 9.8.2024") == [
        ("29.7. – 9.8.2024", D(2024, 7, 29), D(2024, 8, 9), "day", False)]
    assert found("ein Kooperationsprogramm bis 2025") == [
        ("bis 2025", None, D(2025, 12, 31), "year", False)]
    assert found("seit Mai arbeitet sie") == [("seit Mai", D(2021, 5, 1), None, "month", True)]
    assert found("von 2016 bis 2018") == [("von 2016 bis 2018", D(2016, 1, 1), D(2018, 12, 31),
                                          "year", False)]


def test_dates_german_day_ranges_and_lists() -> None:
    anchor = D(2017, 2, 7)
    assert found("in Bonn am 16. und 17. Februar", anchor) == [
        ("am 16. und 17. Februar", D(2017, 2, 16), D(2017, 2, 17), "day", True)]
    assert found("Sicherheitskonferenz (17.-19. Februar)", anchor) == [
        ("17.-19. Februar", D(2017, 2, 17), D(2017, 2, 19), "day", True)]
    assert found("der Angriff vom April und Mai 2015") == [
        ("vom April", D(2015, 4, 1), D(2015, 4, 30), "month", False),
        ("Mai 2015", D(2015, 5, 1), D(2015, 5, 31), "month", False)]


def test_dates_german_weekday_with_date_is_one_expression() -> None:
    assert found("flag Freitag, 26 April 2024") == [
        ("Freitag, 26 April 2024", D(2024, 4, 26), D(2024, 4, 26), "day", False)]
    assert found("am Freitag, dem 26. November") == [
        ("am Freitag, dem 26. November", D(2021, 11, 26), D(2021, 11, 26), "day", True)]


def test_dates_german_month_typo_after_day() -> None:
    assert found("Am 7. Febrauar fand ein Telefongespräch statt.", D(2017, 2, 8)) == [
        ("Am 7. Febrauar", D(2017, 2, 7), D(2017, 2, 7), "day", True)]


@pytest.mark.parametrize("text", [
    "Er sprach mit die Delegation.",
    "Der Maibaum steht.",
    "zitiert die Bild (Samstagausgabe)",
    "die offene Arbeitsgruppe OEWG 2021-2025",
    "s. Gercke, ZUM 2022, 893, 897",
    "aus wistra 9/2024",
    "Pressemitteilung 455-09-03-2017",
    "Beschluss des Rates 2022/895",
    "Das Treffen fand am nächsten Tag statt.",
    "dienstags geschlossen",
    "gemäß Abschnitt 3.2. der Vereinbarung",
])
def test_dates_german_rejects_non_dates(text: str) -> None:
    assert found(text) == []


def test_dates_german_without_anchor() -> None:
    assert found("Am 23. November trafen sie sich; im nächsten Jahr wieder, am Dienstag.",
                 None) == [
        ("Am 23. November", None, None, "day", True),
        ("im nächsten Jahr", None, None, "year", True),
        ("am Dienstag", None, None, "day", True)]
    assert found("Am 13. Dezember 2017 hielten sie Konsultationen ab.", None) == [
        ("Am 13. Dezember 2017", D(2017, 12, 13), D(2017, 12, 13), "day", False)]


def test_dates_german_offsets_point_into_the_text() -> None:
    text = "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik"
    times = resolve_times(text, "de", ANCHOR)
    assert [(t.start, t.end) for t in times] == [(7, 19), (30, 45)]
    assert all(text[t.start:t.end] == t.text for t in times)
