"""Cities beyond the capitals (places7): regional centres of the post-Soviet states, large
cities and summit venues resolve in all three languages, declined Russian and German exonyms
included, and adding them left every state's capital (its first city row) as it was."""

from __future__ import annotations

import pytest

from communique.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "language", "name", "country"), [
    # Russian: declined forms, an adjective + noun name, a hyphenated one
    ("в Гомеле", "ru", "Gomel", "BLR"),
    ("в Гданьске", "ru", "Gdansk", "POL"),
    ("in Krakau", "de", "Krakow", "POL"),
    ("in Leipzig", "de", "Leipzig", "DEU"),
    ("в Нижнем Новгороде", "ru", "Nizhny Novgorod", "RUS"),
    ("в Ростове-на-Дону", "ru", "Rostov-on-Don", "RUS"),
    ("в Хабаровске", "ru", "Khabarovsk", "RUS"),
    ("в Запорожье", "ru", "Zaporizhzhia", "UKR"),
    ("в Бухаре", "ru", "Bukhara", "UZB"),
    ("в Сухуми", "ru", "Sukhumi", "GEO"),
    ("в Сумах", "ru", "Sumy", "UKR"),
    # German exonyms, the older spelling as a variant, and a genitive
    ("in Wolgograd", "de", "Volgograd", "RUS"),
    ("in Saporischschja", "de", "Zaporizhzhia", "UKR"),
    ("in Saporoschje", "de", "Zaporizhzhia", "UKR"),
    ("in Chudschand", "de", "Khujand", "TJK"),
    ("in Czernowitz", "de", "Chernivtsi", "UKR"),
    ("Kölns", "de", "Cologne", "DEU"),
    ("in Kanton", "de", "Guangzhou", "CHN"),
    # English: the spelling the event gold writes and its variants
    ("in Guangzhou", "en", "Guangzhou", "CHN"),
    ("in Los Angeles", "en", "Los Angeles", "USA"),
    ("in Lagos", "en", "Lagos", "NGA"),
    ("in Zaporozhye", "en", "Zaporizhzhia", "UKR"),
    ("in Batumi", "en", "Batumi", "GEO"),
    ("in Tiraspol", "en", "Tiraspol", "MDA"),
    ("in Cernobbio", "en", "Cernobbio", "ITA"),
])
def test_new_city_resolves(gazetteer: Gazetteer, text: str, language: str, name: str,
                           country: str) -> None:
    place = gazetteer.place(text, language)
    assert place is not None
    assert (place.name, place.country, place.kind) == (name, country, "city")


@pytest.mark.parametrize(("code", "capital"), [
    ("RUS", "Moscow"), ("UKR", "Kyiv"), ("CHN", "Beijing"), ("USA", "Washington"),
    ("DEU", "Berlin"), ("KAZ", "Astana"), ("GEO", "Tbilisi"), ("MDA", "Chișinău"),
])
def test_capital_stays_the_first_city(gazetteer: Gazetteer, code: str, capital: str) -> None:
    place = gazetteer.capital(code)
    assert place is not None and place.name == capital


@pytest.mark.parametrize(("text", "language"), [
    ("Орёл", "ru"), ("Владимир", "ru"), ("Essen", "de"), ("Halle", "de"), ("Nice", "en"),
])
def test_word_or_person_names_left_out(gazetteer: Gazetteer, text: str, language: str) -> None:
    assert gazetteer.place(text, language) is None
