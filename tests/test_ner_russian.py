"""Russian NER (natasha): spans and nominative normal forms on sentences of the dev reports."""

from __future__ import annotations

import pytest

from communique.document import Document
from communique.nlp.ner import EntityRecognizer
from communique.nlp.ner.russian import RussianRecognizer


@pytest.fixture(scope="module")
def recognizer() -> RussianRecognizer:
    return RussianRecognizer()


def spans(recognizer: RussianRecognizer, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.normal) for m in recognizer.recognize([text])[0]]


def test_russian_normalizes_instrumental_names_and_genitive_places(recognizer):
    text = ("В Минске в рамках проведения ежегодных консультаций аппаратов советов безопасности "
            "Беларуси и России 7 июня проходит встреча Александра Вольфовича с секретарем "
            "Совета безопасности России Николаем Патрушевым.")
    assert spans(recognizer, text) == [
        ("Минске", "LOC", "Минск"),
        ("Беларуси", "LOC", "Беларусь"),
        ("России", "LOC", "Россия"),
        ("Александра Вольфовича", "PER", "Александр Вольфович"),
        ("Совета безопасности", "ORG", "Совет безопасности"),
        ("России", "LOC", "Россия"),
        ("Николаем Патрушевым", "PER", "Николай Патрушев"),
    ]


def test_russian_normalizes_organisation_head_and_state(recognizer):
    text = ("Об этом агентству РИА Новости сообщили в Министерстве иностранных дел "
            "Российской Федерации.")
    assert spans(recognizer, text) == [
        ("РИА Новости", "ORG", "РИА Новости"),
        ("Министерстве иностранных дел", "ORG", "Министерство иностранных дел"),
        ("Российской Федерации", "LOC", "Российская Федерация"),
    ]


def test_russian_dative_person_in_headline(recognizer):
    assert spans(recognizer, "МИД РФ: госсекретарь США Рубио позвонил Сергею Лаврову") == [
        ("МИД", "ORG", "МИД"),
        ("РФ", "LOC", "РФ"),
        ("США", "LOC", "США"),
        ("Рубио", "PER", "Рубио"),
        ("Сергею Лаврову", "PER", "Сергей Лавров"),
    ]


def test_russian_offsets_point_into_text_across_paragraphs(recognizer):
    text = "Заголовок\n\n  Встреча прошла в Минске.\nАндрей Крутских прибыл в Москву."
    found = recognizer.recognize([text])[0]
    assert [(text[m.start:m.end], m.normal) for m in found] == [
        ("Минске", "Минск"), ("Андрей Крутских", "Андрей Крутских"), ("Москву", "Москва")]


def test_russian_stage_tags_only_russian_documents():
    stage = EntityRecognizer(languages=("ru",))
    ru = Document(doc_id="a", original="", text="Сергей Лавров прибыл в Минск.", language="ru")
    de = Document(doc_id="b", original="", text="Sergej Lawrow kam nach Minsk.", language="de")
    stage([ru, de])
    assert [(m.text, m.label, m.source) for m in ru.mentions] == [
        ("Сергей Лавров", "PER", "ner"), ("Минск", "LOC", "ner")]
    assert de.mentions == []
    assert de.warnings == ["named entities: no recogniser for language 'de'; none were tagged"]
