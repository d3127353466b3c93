"""English rule-based NER on sentences of the English dev reports."""

from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.nlp.ner.english import EnglishRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EnglishRecognizer:
    return EnglishRecognizer()


def spans(recognizer: EnglishRecognizer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognizer.recognize_text(text)]


def test_english_person_after_title_with_portfolio(recognizer):
    text = ("US Secretary of State Antony Blinken said Wednesday he will speak to his Russian "
            "counterpart for the first time since the military operation on Ukraine.")
    assert spans(recognizer, text) == [("US", "LOC"), ("Antony Blinken", "PER"),
                                       ("Ukraine", "LOC")]


def test_english_persons_after_lowercase_role_and_acronym_and_surname_later(recognizer):
    text = ("The first MOU was signed by Cyber Security Agency of Singapore (CSA) chief executive "
            "David Koh and director of the US’ Cybersecurity and Infrastructure Security Agency "
            "(CISA) Jen Easterly. It builds on a similar MOU signed in 2016.\n\n"
            "Mr Koh said Singapore and the US share “deep mutual interests”.")
    assert spans(recognizer, text) == [
        ("Cyber Security Agency of Singapore", "ORG"), ("CSA", "ORG"), ("David Koh", "PER"),
        ("US", "LOC"), ("Cybersecurity and Infrastructure Security Agency", "ORG"),
        ("CISA", "ORG"), ("Jen Easterly", "PER"), ("Koh", "PER"), ("Singapore", "LOC"),
        ("US", "LOC")]


def test_english_dateline_places_and_minister(recognizer):
    text = ("ASHGABAT, 10 October (BelTA) – During the session of the CIS Foreign Ministers "
            "Council, which is taking place in Ashgabat, Turkmenistan, Belarus explained its "
            "stance. Belarusian Minister of Foreign Affairs Vladimir Makei talked about it.")
    assert spans(recognizer, text) == [
        ("ASHGABAT", "LOC"), ("CIS Foreign Ministers Council", "ORG"), ("Ashgabat", "LOC"),
        ("Turkmenistan", "LOC"), ("Belarus", "LOC"), ("Vladimir Makei", "PER")]


def test_english_state_names_and_coordinated_bodies(recognizer):
    text = ("The event was attended by representatives of relevant agencies of the Republic of "
            "Armenia, Republic of Belarus, Kyrgyz Republic, Russian Federation, as well as the "
            "CIS Executive Committee and the Executive Committee of the Regional Commonwealth in "
            "the Field of Communications.")
    assert spans(recognizer, text) == [
        ("Republic of Armenia", "LOC"), ("Republic of Belarus", "LOC"),
        ("Kyrgyz Republic", "LOC"), ("Russian Federation", "LOC"),
        ("CIS Executive Committee", "ORG"),
        ("Executive Committee of the Regional Commonwealth in the Field of Communications", "ORG")]


def test_english_apposition_marks_person(recognizer):
    text = ("Natalya Zorya, Deputy Director-General of the RCC Executive Committee, was appointed "
            "as the Chairman of the interdepartmental consultations.")
    assert spans(recognizer, text) == [("Natalya Zorya", "PER"), ("RCC Executive Committee", "ORG")]


def test_english_coordinated_persons_and_abbreviated_title(recognizer):
    text = ("The MoU between Indian Computer Emergency Response Team (CERT-In) and US CERT was "
            "signed by Electronics and IT Secretary Aruna Sundararajan and Richard Verma, the US "
            "Ambassador to India. It would replace Army Gen. Paul Nakasone.")
    assert spans(recognizer, text) == [
        ("Indian Computer Emergency Response Team", "ORG"), ("CERT-In", "ORG"),
        ("US CERT", "ORG"), ("Aruna Sundararajan", "PER"), ("Richard Verma", "PER"),
        ("India", "LOC"), ("Paul Nakasone", "PER")]


def test_english_title_before_common_word_is_no_person(recognizer):
    text = "Kat Jones, Head of Strategy and Engagement, signed the Joint Statement on Cyber."
    assert spans(recognizer, text) == [("Kat Jones", "PER")]


def test_english_offsets_and_normal_point_into_text(recognizer):
    text = "Talks in Minsk.\n\nForeign Minister Sergei  Lavrov arrived."
    found = recognizer.recognize_text(text)
    assert [(m.start, m.end, m.text, m.normal) for m in found] == [
        (9, 14, "Minsk", "Minsk"), (34, 48, "Sergei  Lavrov", "Sergei Lavrov")]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_english_missing_cue_list_is_a_clear_error(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("person_titles: [Mr]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lacks the non-empty lists portfolio_words"):
        EnglishRecognizer(path)
