"""Officials with their titles and states, as the ActorResolver gives them."""

from __future__ import annotations

import pytest

from communique.gazetteer import ActorResolver, Gazetteer
from communique.model import Actor

BELTA = (
    "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
    "Außenminister der Republik Belarus, mit Andrej Krutskich, Sonderbeauftragte des Präsidenten "
    "der Russischen Föderation für die internationale Zusammenarbeit im Bereich der "
    "Informationssicherheit und Direktor der Abteilung für internationale Informationssicherheit "
    "des russischen Außenministeriums, zusammen, teilte der Pressedienst des belarussischen "
    "Außenministeriums mit."
)
ASEAN_DE = (
    "«Die Ko-Vorsitzenden waren der stellvertretende russische Außenminister O.V. Siromolotow "
    "und Sok Puthivutha, Staatssekretär des Ministeriums für Post und Telekommunikation des "
    "Königreichs Kambodscha», so das Ministerium auf seiner Website."
)
ASEAN_RU = (
    "Сопредседателями стали заместитель Министра иностранных дел Российской Федерации "
    "О.В.Сыромолотов и Государственный секретарь Министерства почты и телекоммуникаций "
    "Королевства Камбоджа Сок Путхивутха."
)
IRAN_RU = (
    "Российскую делегацию возглавил специальный представитель Президента Российской Федерации "
    "по вопросам международного сотрудничества в области информационной безопасности "
    "А.В.Крутских, делегацию принимающей стороны – заместитель Министра иностранных дел "
    "Исламской Республики Ирана Г.Х.Дехкани."
)
KRUTSKIKH_ROLE = ("Special Representative of the President of Russia for international "
                  "cooperation in information security and Director of the MFA Department of "
                  "International Information Security")
POSTS_ROLE = "Secretary of State of the Ministry of Posts and Telecommunications"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def persons(resolver: ActorResolver, text: str, language: str,
            year: int | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    actors: list[Actor] = [m.actor for m in resolver.resolve(text, language, year=year)
                           if m.actor is not None and m.actor.kind == "person"]
    return [(a.name, a.role, a.country or a.igo, a.sector) for a in actors]


def test_officials_seed_belta(resolver: ActorResolver) -> None:
    assert persons(resolver, BELTA, "de") == [
        ("Sergei Aleinik", "Deputy Minister of Foreign Affairs", "BLR", "GOV"),
        ("Andrei Krutskikh", KRUTSKIKH_ROLE, "RUS", "GOV"),
    ]


def test_officials_seed_asean_german(resolver: ActorResolver) -> None:
    assert persons(resolver, ASEAN_DE, "de") == [
        ("Oleg Syromolotov", "Deputy Minister of Foreign Affairs", "RUS", "GOV"),
        ("Sok Puthivutha", POSTS_ROLE, "KHM", "GOV"),
    ]


def test_officials_seed_asean_russian(resolver: ActorResolver) -> None:
    assert persons(resolver, ASEAN_RU, "ru") == [
        ("Oleg Syromolotov", "Deputy Minister of Foreign Affairs", "RUS", "GOV"),
        ("Sok Putkhivutkha", POSTS_ROLE, "KHM", "GOV"),
    ]


def test_officials_russian_initials_and_hosts(resolver: ActorResolver) -> None:
    assert persons(resolver, IRAN_RU, "ru") == [
        ("Andrei Krutskikh", "Special Representative of the President of Russia for "
         "international cooperation in information security", "RUS", "GOV"),
        ("Gholamhossein Dehghani", "Deputy Minister of Foreign Affairs", "IRN", "GOV"),
    ]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russian Deputy Foreign Minister Oleg Syromolotov said.", "en",
     ("Oleg Syromolotov", "Deputy Minister of Foreign Affairs", "RUS", "GOV")),
    ("U.S. Secretary of State Marco Rubio called.", "en",
     ("Marco Rubio", "Secretary of State", "USA", "GOV")),
    ("Глава МИД РФ Сергей Лавров провел телефонный разговор.", "ru",
     ("Sergey Lavrov", "Minister of Foreign Affairs", "RUS", "GOV")),
    ("Документ подписан секретарем Совбеза РФ Николаем Патрушевым.", "ru",
     ("Nikolai Patrushev", "Secretary of the Security Council of Russia", "RUS", "GOV")),
    ("Japan's Foreign Minister Taro Kono arrived.", "en",
     ("Taro Kono", "Minister of Foreign Affairs", "JPN", "GOV")),
])
def test_officials_title_before_name(resolver: ActorResolver, text: str, language: str,
                                     expected: tuple[str, str, str, str]) -> None:
    assert persons(resolver, text, language) == [expected]


def test_officials_known_surname_gets_office_of_the_year(resolver: ActorResolver) -> None:
    text = "Lawrow sagte, Moskau sei bereit."
    assert persons(resolver, text, "de", year=2017) == [
        ("Sergey Lavrov", "Minister of Foreign Affairs", "RUS", "GOV")]
    assert persons(resolver, "Putin und Merkel telefonierten.", "de", year=2016) == [
        ("Vladimir Putin", "President", "RUS", "GOV"),
        ("Angela Merkel", "Chancellor", "DEU", "GOV")]


def test_officials_russian_cases_resolve_to_one_person(resolver: ActorResolver) -> None:
    text = ("Встреча Александра Вольфовича с секретарем Совета безопасности России "
            "Николаем Патрушевым.")
    mentions = [m for m in resolver.resolve(text, "ru") if m.actor and m.actor.kind == "person"]
    assert [(m.normal, m.actor.name, m.actor.country) for m in mentions] == [
        ("Александр Вольфович", "Alexander Volfovich", "BLR"),
        ("Николай Патрушев", "Nikolai Patrushev", "RUS"),
    ]


def test_officials_unknown_persons_from_titles_alone() -> None:
    resolver = ActorResolver(Gazetteer.without_officials())
    text = ("Natalya Zorya, Deputy Director-General of the RCC Executive Committee, was "
            "appointed. The dialogue was co-chaired by Amit Shukla, joint secretary in the cyber "
            "diplomacy division of the external affairs ministry and Kat Jones, head of strategy "
            "in the cyber policy department of Britain’s Foreign, Commonwealth and Development "
            "Office (FCDO).")
    assert persons(resolver, text, "en") == [
        ("Natalya Zorya", "Deputy Director-General of the Regional Commonwealth in the Field of "
         "Communications", "CIS", "IGO"),
        ("Amit Shukla", "Joint Secretary of the MFA Cyber Diplomacy Division", "IND", "GOV"),
        ("Kat Jones", "Head", "GBR", "GOV"),
    ]


def test_officials_delegation_head_takes_its_state() -> None:
    resolver = ActorResolver(Gazetteer.without_officials())
    text = "Leiter der deutschen Delegation war Botschafter Dr. Thomas Fitschen, Beauftragter."
    assert persons(resolver, text, "de") == [("Thomas Fitschen", "Ambassador", "DEU", "GOV")]


def test_officials_title_coreference_gives_state() -> None:
    resolver = ActorResolver(Gazetteer.without_officials())
    text = ("Die EU hat Sanktionen gegen zwei russische Geheimdienstoffiziere verhängt. Betroffen "
            "ist der Geheimdienstoffizier und Hacker Dmitri Badin.")
    assert persons(resolver, text, "de") == [
        ("Dmitri Badin", "Intelligence Officer and Hacker", "RUS", "SPY")]
