"""The Document carries the spans the cleaner found; later stages read them, not re-detect."""

from __future__ import annotations

import pytest

from communique.clean import prepare
from communique.document import Document, RawDocument
from communique.events.attributes import dateline_end
from communique.nlp.analyzer import Analyzer


def cleaned(text: str, language: str) -> Document:
    docs = list(prepare(RawDocument(text, language=language)))
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize(("language", "text", "parts"), [
    ("de", "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik mit Andrej "
           "Krutskich zusammen. Der Vertreter Russlands ist in Minsk.",
     ("MINSK, 23. November (BelTA) - ", "MINSK", "23. November", "BelTA")),
    ("ru", "Некоторый заголовок о консультациях\n\nМОСКВА, 8 июня. /ТАСС/. Эксперты Совета "
           "безопасности России и Китая обсудили вопросы безопасности.",
     ("МОСКВА, 8 июня. /ТАСС/. ", "МОСКВА", "8 июня", "ТАСС")),
    ("en", "NEW DELHI: India and the United Kingdom have agreed to deepen cooperation "
           "between their cyber agencies.",
     ("NEW DELHI: ", "NEW DELHI", None, None)),
])
def test_document_dateline_span_is_the_cleaners(language: str, text: str,
                                                parts: tuple[str, str, str | None, str | None]
                                                ) -> None:
    doc = cleaned(text, language)
    span = doc.dateline_span
    assert span is not None
    whole, place, date, agency = parts
    assert doc.text[span.start:span.end] == whole
    assert doc.text[span.place[0]:span.place[1]] == place == doc.dateline
    assert (doc.text[span.date[0]:span.date[1]] if span.date else None) == date
    assert doc.dateline_date == date
    assert (doc.text[span.agency[0]:span.agency[1]] if span.agency else None) == agency


def test_later_stages_read_the_cleaners_dateline() -> None:
    doc = Analyzer(("de",)).analyze(cleaned(
        "MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik mit Andrej "
        "Krutskich zusammen. Der Vertreter Russlands ist in Minsk.", "de"))
    first = doc.sentences[0]
    assert first.text.startswith("MINSK, 23. November (BelTA) - Am 23. November traf")
    assert doc.text[dateline_end(doc, first.start, first.end):].startswith("Am 23. November")


def test_a_dateline_without_an_agency_is_a_sentence_of_its_own() -> None:
    doc = Analyzer(("de",)).analyze(cleaned(
        "BERLIN, 13. März. Der Außenminister trifft am 14. Treffen seinen Amtskollegen.", "de"))
    assert [s.text for s in doc.sentences] == [
        "BERLIN, 13. März.", "Der Außenminister trifft am 14. Treffen seinen Amtskollegen."]
