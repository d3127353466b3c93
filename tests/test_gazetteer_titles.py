"""Titles and bodies whose state the text gives around them: a ministry's seat, a department
no list names, a hyphenated pair of state adjectives that is no person."""

from __future__ import annotations

import pytest

from communique.gazetteer import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def coded(resolver: ActorResolver, text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.actor.kind if m.actor else m.label, m.actor.code if m.actor else None)
            for m in resolver.resolve(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Wie das Außenministerium in Moskau mitteilte", "de",
     [("Außenministerium in Moskau", "organization", "RUS")]),
    ("The foreign ministry in Beijing said", "en",
     [("foreign ministry in Beijing", "organization", "CHN")]),
    ("Как сообщили в МИД в Минске", "ru", [("МИД в Минске", "organization", "BLR")]),
])
def test_gazetteer_titles_a_ministry_acts_for_the_state_of_its_seat(
        resolver: ActorResolver, text: str, language: str, expected: list) -> None:
    assert coded(resolver, text, language) == expected


def test_gazetteer_titles_an_embassy_is_not_of_the_state_it_sits_in(
        resolver: ActorResolver) -> None:
    assert [c for c in coded(resolver, "Die Botschaft in Berlin teilte mit", "de")
            if c[1] == "organization"] == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("консультации с директором Департамента международной безопасности МИД Бразилии "
     "Р.Алмейдой", "ru",
     [("директором Департамента международной безопасности МИД Бразилии Р.Алмейдой",
       "person", "BRA")]),
    ("talks with Director of the Department of International Security of the Ministry of "
     "Foreign Affairs of Brazil Ricardo Almeida", "en",
     [("Director of the Department of International Security of the Ministry of Foreign "
       "Affairs of Brazil Ricardo Almeida", "person", "BRA")]),
    ("mit dem Leiter der Abteilung für internationale Sicherheit des brasilianischen "
     "Außenministeriums Ricardo Almeida", "de",
     [("Leiter der Abteilung für internationale Sicherheit des brasilianischen "
       "Außenministeriums Ricardo Almeida", "person", "BRA")]),
])
def test_gazetteer_titles_run_through_an_unlisted_department_to_its_state(
        resolver: ActorResolver, text: str, language: str, expected: list) -> None:
    assert coded(resolver, text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The first Russian-Chinese consultations were held.",
     [("Russian", "state", "RUS"), ("Chinese", "state", "CHN")]),
    ("US-Chinese talks", [("US", "state", "USA"), ("Chinese", "state", "CHN")]),
])
def test_gazetteer_titles_a_pair_of_state_adjectives_is_no_person(
        resolver: ActorResolver, text: str, expected: list) -> None:
    assert coded(resolver, text, "en") == expected


def test_gazetteer_titles_a_title_with_its_own_name_is_no_apposition(
        resolver: ActorResolver) -> None:
    text = ("Как сообщила официальный представитель министерства Мария Захарова, посол США "
            "Джон Салливан был вызван.")
    assert [c for c in coded(resolver, text, "ru") if c[1] == "person"] == [
        ("Мария Захарова", "person", "RUS"), ("посол США Джон Салливан", "person", "USA")]


def test_gazetteer_titles_russian_titles_decline_as_common_nouns(
        resolver: ActorResolver) -> None:
    text = "Рябков принял посла Ирана в Москве К.Джалали."
    assert [c for c in coded(resolver, text, "ru") if c[1] == "person"][-1] == (
        "посла Ирана в Москве К.Джалали", "person", "IRN")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Постоянный представитель России при ООН Василий Небензя заявил", "ru",
     [("Постоянный представитель России при ООН Василий Небензя", "person", "RUS")]),
    ("встретился с Постоянным представителем Республики Армения при ОДКБ Виктором Бияговым",
     "ru", [("Постоянным представителем Республики Армения при ОДКБ Виктором Бияговым",
             "person", "ARM")]),
    ("Russia's ambassador to the UN Vasily Nebenzia said", "en",
     [("Russia's ambassador to the UN Vasily Nebenzia", "person", "RUS")]),
    ("Der Ständige Vertreter Deutschlands bei den Vereinten Nationen, Christoph Heusgen, sagte",
     "de", [("Ständige Vertreter Deutschlands bei den Vereinten Nationen, Christoph Heusgen",
             "person", "DEU")]),
    # no state named: the envoy acts for the IGO before the title
    ("Посол ЕС в России Маркус Эдерер заявил", "ru",
     [("Посол ЕС в России Маркус Эдерер", "person", "EU")]),
])
def test_gazetteer_titles_an_envoy_acts_for_his_state_not_for_his_posting(
        resolver: ActorResolver, text: str, language: str, expected: list) -> None:
    assert coded(resolver, text, language) == expected


def test_gazetteer_titles_a_title_before_another_name_gives_no_state(
        resolver: ActorResolver) -> None:
    """A second official under the same bare title is a counterpart, not a colleague."""
    text = ("Russlands Energieminister Alexander Nowak nannte den Preis. Energieminister "
            "Wladimir Demtschischin hatte Rabatt gefordert.")
    assert [c for c in coded(resolver, text, "de") if c[1] == "person"] == [
        ("Russlands Energieminister Alexander Nowak", "person", "RUS"),
        ("Energieminister Wladimir Demtschischin", "person", None)]
