"""Gazetteer lookups the event coder relies on: states, places, adjectives, IGOs, matches."""

from __future__ import annotations

import pytest

from communique.gazetteer import Gazetteer
from communique.gazetteer.inflect import de_phrase_forms, ru_person_forms, ru_phrase_forms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_gazetteer_states_cover_iso_with_wikidata(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.states) >= 249
    russia = gazetteer.state("RUS")
    assert (russia.name, russia.wikidata) == ("Russia", "Q159")
    assert (gazetteer.state("khm").name, gazetteer.state("KHM").wikidata) == ("Cambodia", "Q424")
    assert gazetteer.state("BLR").wikidata == "Q184"
    assert gazetteer.state("XKX").name == "Kosovo"


@pytest.mark.parametrize(("text", "language", "name", "country", "kind"), [
    ("в Минске", "ru", "Minsk", "BLR", "city"),
    ("в Москве", "ru", "Moscow", "RUS", "city"),
    ("в Гаване", "ru", "Havana", "CUB", "city"),
    ("в Тегеране", "ru", "Tehran", "IRN", "city"),
    ("в Ашхабаде", "ru", "Ashgabat", "TKM", "city"),
    ("in Moskau", "de", "Moscow", "RUS", "city"),
    ("Neu-Delhi", "de", "New Delhi", "IND", "city"),
    ("in New Delhi", "en", "New Delhi", "IND", "city"),
    ("in Minsk", "en", "Minsk", "BLR", "city"),
    ("в Нью-Йорке", "ru", "New York", "USA", "city"),
    ("in Genf", "de", "Geneva", "CHE", "city"),
    ("in Durban", "de", "Durban", "ZAF", "city"),
    ("в России", "ru", "Russia", "RUS", "state"),
    ("Kambodschas", "de", "Cambodia", "KHM", "state"),
    ("Südostasien", "de", "Southeast Asia", None, "region"),
    # capitals as their own agencies and newer spellings write them
    ("in Ha Noi", "en", "Hanoi", "VNM", "city"),
    ("in Kyjiw", "de", "Kyiv", "UKR", "city"),
    ("in Ashkhabad", "en", "Ashgabat", "TKM", "city"),
    # the English names the event contract's gold gives
    ("in Sankt Petersburg", "de", "Saint Petersburg", "RUS", "city"),
    ("in Luxembourg City", "en", "Luxembourg", "LUX", "city"),
])
def test_gazetteer_place_resolves_inflected_forms(gazetteer: Gazetteer, text: str,
                                                  language: str, name: str,
                                                  country: str | None, kind: str) -> None:
    place = gazetteer.place(text, language)
    assert place is not None
    assert (place.name, place.country, place.kind) == (name, country, kind)


def test_gazetteer_seat_igo_is_the_igo_a_city_stands_for(gazetteer: Gazetteer) -> None:
    brussels = gazetteer.place("Brüssel", "de")
    assert brussels is not None and brussels.country == "BEL"
    seat = gazetteer.seat_igo(brussels)
    assert seat is not None and (seat.igo, seat.name) == ("EU", "European Union")
    moscow = gazetteer.place("Moskau", "de")
    assert moscow is not None and gazetteer.seat_igo(moscow) is None


def test_gazetteer_place_unknown_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.place("in Entenhausen", "de") is None


@pytest.mark.parametrize(("word", "language", "code"), [
    ("russischen", "de", "RUS"), ("belarussischen", "de", "BLR"), ("weißrussische", "de", "BLR"),
    ("российской", "ru", "RUS"), ("белорусской", "ru", "BLR"), ("кубинской", "ru", "CUB"),
    ("российские", "ru", "RUS"), ("Belarusian", "en", "BLR"), ("Cambodian", "en", "KHM"),
    ("Russlands", "de", "RUS"), ("Республикой Беларусь", "ru", "BLR"),
    ("der Russischen Föderation", "de", "RUS"), ("Weißrussland", "de", "BLR"),
    ("США", "ru", "USA"), ("U.S.", "en", "USA"), ("Großbritannien", "de", "GBR"),
    # the undeclined adjective from the name with -er ("den Schweizer Botschafter")
    ("Schweizer", "de", "CHE"), ("schweizerischen", "de", "CHE"),
])
def test_gazetteer_country_of_adjective_and_name(gazetteer: Gazetteer, word: str, language: str,
                                                 code: str) -> None:
    assert gazetteer.country_of_adjective(word, language) == code


def test_gazetteer_find_on_german_text(gazetteer: Gazetteer) -> None:
    text = ("Die Parteien erörterten die Zusammenarbeit im Rahmen der Vereinten Nationen, "
            "der OSZE, GUS und OVKS sowie mit dem Ersten Ausschuss der UN-Generalversammlung.")
    found = [(m.text, m.entry_id) for m in gazetteer.find(text, "de")]
    assert found == [("Vereinten Nationen", "igo:UN"), ("OSZE", "igo:OSCE"), ("GUS", "igo:CIS"),
                     ("OVKS", "igo:CSTO"),
                     ("Ersten Ausschuss der UN-Generalversammlung", "igo:UN:FIRST_COMMITTEE")]


def test_gazetteer_find_checks_case_and_boundaries(gazetteer: Gazetteer) -> None:
    text = "Let us see whether the US and the UN agree, the Chilean said in Chile."
    found = [(m.text, m.entry_id) for m in gazetteer.find(text, "en")]
    assert found == [("US", "state:USA"), ("UN", "igo:UN"), ("Chilean", "state:CHL"),
                     ("Chile", "state:CHL")]


def test_gazetteer_find_russian_igos_and_cases(gazetteer: Gazetteer) -> None:
    text = "Встреча в рамках Диалога Россия-АСЕАН, ШОС и ОДКБ с Республикой Беларусь."
    found = [(m.text, m.entry_id) for m in gazetteer.find(text, "ru")]
    assert found == [("Россия", "state:RUS"), ("АСЕАН", "igo:ASEAN"), ("ШОС", "igo:SCO"),
                     ("ОДКБ", "igo:CSTO"), ("Республикой Беларусь", "state:BLR")]


def test_gazetteer_igo_entries(gazetteer: Gazetteer) -> None:
    assert gazetteer.igo("asean").name == "Association of Southeast Asian Nations"
    assert gazetteer.entry("igo:CIS:RCC").igo == "CIS"
    assert gazetteer.entry("igo:UN:OEWG").igo == "UN"
    assert gazetteer.entry("igo:EU:ENISA").igo == "EU"


def test_gazetteer_un_agencies_are_the_un(gazetteer: Gazetteer) -> None:
    """UN funds and programmes that sign and pledge are the UN's bodies (code UN)."""
    text = "Die Vereinbarung mit dem UN-Flüchtlingshilfswerk und dem Welternährungsprogramm."
    found = [(m.text, m.entry_id) for m in gazetteer.find(text, "de")]
    assert found == [("UN-Flüchtlingshilfswerk", "igo:UN:UNHCR"),
                     ("Welternährungsprogramm", "igo:UN:WFP")]
    assert [m.entry_id for m in gazetteer.find("ПРООН и ЮНИСЕФ подписали меморандум.", "ru")] \
        == ["igo:UN:UNDP", "igo:UN:UNICEF"]
    assert gazetteer.entry("igo:UN:UNHCR").igo == "UN"


def test_gazetteer_officials_by_any_spelling(gazetteer: Gazetteer) -> None:
    assert [e.id for e in gazetteer.officials("O.V. Siromolotow")] == ["person:oleg-syromolotov"]
    assert [e.id for e in gazetteer.officials("Lawrow")] == ["person:sergey-lavrov"]
    assert [e.id for e in gazetteer.officials("Андреем Крутских")] == [
        "person:andrei-krutskikh"]
    assert gazetteer.officials("Erika Mustermann") == []


def test_gazetteer_inflect_russian_names() -> None:
    assert ru_phrase_forms("Российская Федерация") == {
        "Российская Федерация", "Российской Федерации", "Российскую Федерацию",
        "Российской Федерацией"}
    assert "Республикой Беларусь" in ru_phrase_forms("Республика Беларусь")
    assert "Соединённых Штатов Америки" in ru_phrase_forms("Соединённые Штаты Америки")
    assert "Организации Объединённых Наций" in ru_phrase_forms("Организация Объединённых Наций")
    full, surnames = ru_person_forms("Николай Патрушев")
    assert "Николаем Патрушевым" in full
    assert surnames == {"Патрушев", "Патрушева", "Патрушеву", "Патрушевым", "Патрушеве"}
    assert ru_person_forms("Андрей Крутских")[1] == {"Крутских"}


def test_gazetteer_inflect_keeps_an_adjectives_stem(gazetteer: Gazetteer) -> None:
    # pymorphy3 reads «Высший» as the superlative of «высокий»: declined from its lemma it
    # gave «Высочайшего Евразийского экономического совета»
    forms = ru_phrase_forms("Высший Евразийский экономический совет")
    assert {"Высшего Евразийского экономического совета",
            "Высшим Евразийским экономическим советом"} <= forms
    assert not any(form.startswith("Высочайш") for form in forms)
    text = "заседание Высшего Евразийского экономического совета в Минске"
    assert [(m.text, m.entry_id) for m in gazetteer.find(text, "ru")][:1] == [
        ("Высшего Евразийского экономического совета", "igo:EAEU:SUPREME_COUNCIL")]


def test_gazetteer_inflect_german_names() -> None:
    assert {"Russischen Föderation", "Russische Föderation"} <= de_phrase_forms(
        "Russische Föderation")
    assert "Königreichs Kambodscha" in de_phrase_forms("Königreich Kambodscha")
    assert {"Russland", "Russlands"} <= de_phrase_forms("Russland")
    assert "Belarus'" in de_phrase_forms("Belarus")


@pytest.mark.parametrize(("text", "language", "states"), [
    ("Russia sent warships into the South China Sea.", "en", ["Russia"]),
    ("The EU gave Chile 5 million U.S. dollars and US$2 million more.", "en", ["Chile"]),
    ("Exercises in the Sea of Japan and the Gulf of Finland worried Tokyo.", "en", []),
    ("Indian Navy ships crossed the Indian Ocean to Japan.", "en", ["Indian", "Japan"]),
    ("The US Department of State and the Japan Coast Guard", "en", ["US", "Japan"]),
    ("Die EU sagte der Ukraine 5 Millionen US-Dollar zu.", "de", ["Ukraine"]),
    ("Manöver im Japanischen Meer und im Golf von Mexiko", "de", []),
    ("US-Präsident Biden zahlte in russischen Rubeln.", "de", ["US"]),
    ("Китай выделил Лаосу 5 млн долларов США.", "ru", ["Китай", "Лаосу"]),
    ("Учения в Японском море и Финском заливе; расчёты в российских рублях.", "ru", []),
    ("ВМФ России вошёл в Чёрное море, МИД Японии выразил протест.", "ru", ["России", "Японии"]),
])
def test_a_state_name_that_names_a_sea_or_a_currency_is_no_state(
        gazetteer: Gazetteer, text: str, language: str, states: list[str]) -> None:
    assert [m.text for m in gazetteer.find(text, language) if m.entry_kind == "state"] == states


@pytest.mark.parametrize(("name", "official"), [
    ("Papst Franziskus", "Pope Francis"), ("Франциск", "Pope Francis"),
    ("Pope Francis", "Pope Francis"), ("Benedikt XVI.", "Pope Benedict XVI"),
])
def test_the_pope_is_the_holy_sees_official(gazetteer: Gazetteer, name: str,
                                            official: str) -> None:
    assert [(e.name, e.country) for e in gazetteer.officials(name)] == [(official, "VAT")]


@pytest.mark.parametrize(("text", "language", "name", "country"), [
    ("в секторе Газа", "ru", "Gaza Strip", "PSE"), ("im Westjordanland", "de", "West Bank", "PSE"),
    ("in Aleppo", "en", "Aleppo", "SYR"), ("в Одессе", "ru", "Odesa", "UKR"),
    ("in Lwiw", "de", "Lviv", "UKR"), ("Харькова", "ru", "Kharkiv", "UKR"),
])
def test_places_of_conflict_reports(gazetteer: Gazetteer, text: str, language: str, name: str,
                                    country: str) -> None:
    place = gazetteer.place(text, language)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("die deutsch-russischen Beziehungen", "de", ["deutsch", "russischen"]),
    ("Deutsch-Französisch", "de", ["Deutsch", "Französisch"]),
    ("deutsch- und französischsprachige Medien", "de", []),   # languages, no states
    ("Sino-Russian ties", "en", ["Sino", "Russian"]),
    ("российско-китайские переговоры", "ru", ["российско", "китайские"]),
    ("Filipino peacekeepers", "en", ["Filipino"]),
    # a compound whose next part is no state names a region or a church
    ("a free and open Indo-Pacific", "en", []),
    ("die russisch-orthodoxe Kirche im Indo-Pazifik", "de", []),
    ("Sino-US relations", "en", ["Sino", "US"]),
    ("the Lao government", "en", ["Lao", "government"]),
    # a bare combining form is the language's name or a surname, no state
    ("Er sagte auf Deutsch, er spreche kein Russisch.", "de", []),
    ("Oskar Deutsch betonte, dass die Gemeinde unabhängig sei.", "de", []),
])
def test_gazetteer_a_german_combining_form_counts_only_in_a_compound(
        gazetteer: Gazetteer, text: str, language: str, expected: list[str]) -> None:
    assert [text[m.start:m.end] for m in gazetteer.find(text, language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a point of the compass joined to a state's adjective: the adjective still names it
    ("in der nordirakischen Stadt Dohuk", [("nordirakischen", "state:IRQ")]),
    ("Ostsyrische Milizen", [("Ostsyrische", "state:SYR")]),
    # a state's own adjective beginning with one keeps its state
    ("nordkoreanische Raketen", [("nordkoreanische", "state:PRK")]),
    # a region's adjective is no IGO's
    ("mitteleuropäische Staaten", []),
])
def test_gazetteer_a_compass_point_before_a_german_state_adjective(
        gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.start:m.end], m.entry_id) for m in gazetteer.find(text, "de")] == expected
