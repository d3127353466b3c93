"""Sentence splitting of news text in German, English and Russian."""

from __future__ import annotations

import re

import pytest

from communique.clean.dateline import find_dateline
from communique.document import DatelineSpan
from communique.nlp.sentences import SentenceRules, SentenceSplitter


def cleaners_dateline(text: str) -> DatelineSpan | None:
    """The dateline the cleaner finds at the start of a line of ``text``, as the Document
    carries it."""
    for match in re.finditer(r"[^\n]+", text):
        found = find_dateline(match.group())
        if found is not None:
            found = found.shifted(match.start())
            return DatelineSpan(found.start, found.end, (found.place_start, found.place_start),
                                agency=found.agency_span)
    return None


def sentences(text: str, language: str) -> list[str]:
    splitter = SentenceSplitter(SentenceRules.load(language))
    return [text[start:end] for start, end in splitter.split(text, cleaners_dateline(text))]


def test_sentences_dateline_and_ordinals_stay_in_one_sentence() -> None:
    text = ("MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik mit Andrej "
            "Krutskich zusammen. Der Vertreter Russlands ist in Minsk.")
    assert sentences(text, "de") == [
        "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik mit Andrej "
        "Krutskich zusammen.",
        "Der Vertreter Russlands ist in Minsk."]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "MOSCOW, September 24. /TASS/. Russian and ASEAN delegations discussed security."),
    ("ru", "МОСКВА, 8 июня. /ТАСС/. Эксперты Совета безопасности обсудили вопросы."),
    ("ru", "Москва. 15 февраля. INTERFAX.RU – Глава МИД РФ провел телефонный разговор."),
    ("ru", "ГАВАНА, 15 окт - РИА Новости. Аппарат Совета безопасности заключил меморандум."),
    ("ru", "7 июня, Минск /Корр. БЕЛТА/. Государственный секретарь рассказал журналистам."),
])
def test_sentences_agency_datelines_join_the_first_sentence(language: str, text: str) -> None:
    assert sentences(text, language) == [text]


def test_sentences_german_abbreviations_and_ordinals() -> None:
    text = ("Botschafter Dr. Thomas Fitschen sprach u.a. über Normen, z.B. im Cyberraum. "
            "Er traf am 1. Januar die Nr. 2 der St. Petersburger Delegation beim 8. Treffen. "
            "Der Beschluss des Rates vom 24.5.2022 gilt. Die Sitzung vom 29.7. bis 9.8.2024 "
            "endete. Danach sprach er.")
    assert sentences(text, "de") == [
        "Botschafter Dr. Thomas Fitschen sprach u.a. über Normen, z.B. im Cyberraum.",
        "Er traf am 1. Januar die Nr. 2 der St. Petersburger Delegation beim 8. Treffen.",
        "Der Beschluss des Rates vom 24.5.2022 gilt.",
        "Die Sitzung vom 29.7. bis 9.8.2024 endete.",
        "Danach sprach er."]


def test_sentences_german_ordinal_before_a_sentence_starter_ends_the_sentence() -> None:
    assert sentences("Das Team wurde 3. Die Fans jubelten.", "de") == [
        "Das Team wurde 3.", "Die Fans jubelten."]


def test_sentences_english_titles_initials_and_letter_chains() -> None:
    text = ("Mr. Koh met U.S. officials on Jan. 5 with Lt. Gen. Timothy Haugh. The talks with "
            "A.V. Krutskikh and M. J. Akbar went well. It was held in the U.S. The "
            "Japan-U.S. Cyber Dialogue ended. It cost $5 million, i.e. a lot.")
    assert sentences(text, "en") == [
        "Mr. Koh met U.S. officials on Jan. 5 with Lt. Gen. Timothy Haugh.",
        "The talks with A.V. Krutskikh and M. J. Akbar went well.",
        "It was held in the U.S.",
        "The Japan-U.S. Cyber Dialogue ended.",
        "It cost $5 million, i.e. a lot."]


def test_sentences_russian_abbreviations() -> None:
    text = ("Делегацию возглавил А.В. Крутских, т.е. спецпредставитель. В 2018 г. Россия "
            "и АСЕАН подписали заявление. Встреча состоялась в 2021 г. В ходе встречи "
            "О.В.Сыромолотов выступил на ул. им. Ленина, д. 5.")
    assert sentences(text, "ru") == [
        "Делегацию возглавил А.В. Крутских, т.е. спецпредставитель.",
        "В 2018 г. Россия и АСЕАН подписали заявление.",
        "Встреча состоялась в 2021 г.",
        "В ходе встречи О.В.Сыромолотов выступил на ул. им. Ленина, д. 5."]


def test_sentences_headlines_and_menu_lines_stand_alone() -> None:
    text = ("Projekte\nStaatsorgane\nflag Freitag, 26 April 2024\n\n"
            "Belarus und Russland berieten über Informationssicherheit\n\n"
            "MINSK, 23. November (BelTA) - Am 23. November traf er Krutskich.\n"
            "Abonnieren Sie uns auf\nTwitter")
    assert sentences(text, "de") == [
        "Projekte", "Staatsorgane", "flag Freitag, 26 April 2024",
        "Belarus und Russland berieten über Informationssicherheit",
        "MINSK, 23. November (BelTA) - Am 23. November traf er Krutskich.",
        "Abonnieren Sie uns auf", "Twitter"]


def test_sentences_hard_wrapped_lines_are_joined() -> None:
    text = ("The ministers of the two countries discussed the security of\n"
            "information and communication technologies in detail.\nThey agreed.")
    assert sentences(text, "en") == [
        "The ministers of the two countries discussed the security of\n"
        "information and communication technologies in detail.",
        "They agreed."]


def test_sentences_missing_space_after_a_sentence() -> None:
    text = 'exchange of information pertaining to cyber security.The MoU was signed by Verma.'
    assert sentences(text, "en") == [
        "exchange of information pertaining to cyber security.", "The MoU was signed by Verma."]


def test_sentences_numbered_list_items_and_quotes() -> None:
    text = ("  1. At this dialogue, both sides had a discussion.\n"
            "„Indien ist ein Schlüsselpartner“, sagte Botschafter Dr. Fitschen. „Unser Dialog "
            "hilft uns.“ Er lud ein.")
    assert sentences(text, "en")[0] == "1. At this dialogue, both sides had a discussion."
    assert sentences(text, "de")[1:] == [
        "„Indien ist ein Schlüsselpartner“, sagte Botschafter Dr. Fitschen.",
        "„Unser Dialog hilft uns.“", "Er lud ein."]


def test_sentences_offsets_are_exact_and_trimmed() -> None:
    text = "  Erster Satz.  Zweiter Satz!\n\n Dritter Satz?  "
    splitter = SentenceSplitter(SentenceRules.load("de"))
    assert splitter.split(text) == [(2, 14), (16, 29), (32, 45)]


def test_sentences_unsupported_language_uses_neutral_rules() -> None:
    assert sentences("Première phrase. Deuxième phrase.", "fr") == [
        "Première phrase.", "Deuxième phrase."]
