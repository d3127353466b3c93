"""The Analyzer stage on real report excerpts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from communique.document import Document
from communique.nlp import Analyzer

BELTA = (
    "24 November 2021, 10:06\n\n"
    "Belarus und Russland berieten über Intensivierung der Zusammenarbeit in "
    "Informationssicherheit\n\n"
    "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
    "Außenminister der Republik Belarus, mit Andrej Krutskich zusammen, teilte der "
    "Pressedienst des belarussischen Außenministeriums mit.\n\n"
    "Der Vertreter Russlands ist in Minsk, um an den belarussisch-russischen "
    "interministeriellen Beratungen teilzunehmen."
)
MOSREG = (
    "МИД РФ: госсекретарь США Рубио позвонил Сергею Лаврову\n"
    "В субботу, 15 февраля, состоялся телефонный разговор между министрами иностранных дел "
    "России и США Сергеем Лавровым и Марко Рубио. Об этом агентству РИА Новости сообщили в "
    "Министерстве иностранных дел Российской Федерации."
)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def document(text: str, language: str | None, published: datetime | None) -> Document:
    return Document(doc_id="t", original=text, text=text, language=language, published=published)


def test_analyzer_declares_its_interface(analyzer: Analyzer) -> None:
    assert (analyzer.name, analyzer.requires, analyzer.assigns) == (
        "analyzer", ("text", "language"), ("sentences", "times"))


def test_analyzer_german_report(analyzer: Analyzer) -> None:
    [doc] = analyzer([document(BELTA, "de", datetime(2021, 11, 24, 10, 6))])
    assert [s.text for s in doc.sentences] == [
        "24 November 2021, 10:06",
        "Belarus und Russland berieten über Intensivierung der Zusammenarbeit in "
        "Informationssicherheit",
        "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
        "Außenminister der Republik Belarus, mit Andrej Krutskich zusammen, teilte der "
        "Pressedienst des belarussischen Außenministeriums mit.",
        "Der Vertreter Russlands ist in Minsk, um an den belarussisch-russischen "
        "interministeriellen Beratungen teilzunehmen."]
    third = doc.sentences[2]
    assert [(t.text, t.lemma) for t in third.tokens[9:13]] == [
        ("Am", "am"), ("23", "23"), (".", "."), ("November", "November")]
    assert ("traf", "treffen") in [(t.text, t.lemma) for t in third.tokens]
    assert ("belarussisch-russischen", "belarussisch-russisch") in [
        (t.text, t.lemma) for t in doc.sentences[3].tokens]
    assert [(t.text, t.date_start, t.precision, t.relative) for t in doc.times] == [
        ("24 November 2021", date(2021, 11, 24), "day", False),
        ("23. November", date(2021, 11, 23), "day", True),
        ("Am 23. November", date(2021, 11, 23), "day", True)]


def test_analyzer_offsets_refer_to_the_text(analyzer: Analyzer) -> None:
    [doc] = analyzer([document(MOSREG, "ru", datetime(2025, 2, 15))])
    for sentence in doc.sentences:
        assert doc.text[sentence.start:sentence.end] == sentence.text
        for token in sentence.tokens:
            assert doc.text[token.start:token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
    for time in doc.times:
        assert doc.text[time.start:time.end] == time.text
    assert [(t.text, t.date_start) for t in doc.times] == [
        ("В субботу, 15 февраля", date(2025, 2, 15))]
    lemmas = {t.text: t.lemma for s in doc.sentences for t in s.tokens}
    assert (lemmas["состоялся"], lemmas["министрами"]) == ("состояться", "министр")


def test_analyzer_without_publication_date_leaves_relative_dates_open(analyzer: Analyzer) -> None:
    """No anchor: "am Dienstag" stays open; a year-less day takes the year of the latest day
    the text dates with its year (the page's "24 November 2021": "23. November" is 2021's)."""
    text = BELTA + " Am Dienstag reiste er ab."
    [doc] = analyzer([document(text, "de", None)])
    assert [(t.text, t.date_start, t.date_end, t.precision) for t in doc.times] == [
        ("24 November 2021", date(2021, 11, 24), date(2021, 11, 24), "day"),
        ("23. November", date(2021, 11, 23), date(2021, 11, 23), "day"),
        ("Am 23. November", date(2021, 11, 23), date(2021, 11, 23), "day"),
        ("Am Dienstag", None, None, "day")]


def test_analyzer_unsupported_language_still_gets_sentences(analyzer: Analyzer) -> None:
    [doc] = analyzer([document("Les ministres se sont rencontrés. Ils ont parlé.", "fr", None)])
    assert [s.text for s in doc.sentences] == ["Les ministres se sont rencontrés.",
                                               "Ils ont parlé."]
    assert doc.sentences[0].tokens[1].lemma == "ministres"
    assert doc.times == []
    assert doc.warnings and "'fr'" in doc.warnings[0]


def test_analyzer_processes_a_batch_in_order(analyzer: Analyzer) -> None:
    docs = [document(BELTA, "de", datetime(2021, 11, 24)), document(MOSREG, "ru", None),
            document("", "en", None)]
    result = analyzer(docs)
    assert [(d.language, len(d.sentences)) for d in result] == [("de", 4), ("ru", 3), ("en", 0)]
