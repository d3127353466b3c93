"""The EntityRecognizer stage: routing by language, offsets into doc.text, pipeline contract."""

from __future__ import annotations

import pytest

from communique.document import Document, Mention
from communique.errors import SettingsError
from communique.nlp.ner import EntityRecognizer
from communique.pipeline import Pipeline


class _Languages:
    """Stands in for the stage that assigns ``text`` and ``language`` (clean)."""

    name = "prepare"
    requires: tuple[str, ...] = ()
    assigns = ("text", "language")

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


def test_stage_declares_its_contract_and_runs_in_a_pipeline():
    stage = EntityRecognizer(languages=("en",))
    assert (stage.requires, stage.assigns) == (("text", "language"), ("mentions",))
    doc = Document(doc_id="x", original="", language="en",
                   text="Talks were held in Minsk with Foreign Minister Vladimir Makei.")
    Pipeline([_Languages(), stage])([doc])
    assert [(doc.text[m.start:m.end], m.label, m.source) for m in doc.mentions] == [
        ("Minsk", "LOC", "ner"), ("Vladimir Makei", "PER", "ner")]


def test_stage_appends_to_existing_mentions_and_skips_unknown_languages():
    stage = EntityRecognizer(languages=("en",))
    doc = Document(doc_id="x", original="", text="Mr Koh said so.", language="en")
    doc.mentions.append(Mention(3, 6, "Koh", "PER", source="gazetteer", entry_id="koh"))
    other = Document(doc_id="y", original="", text="Bonjour à Paris.", language="fr")
    empty = Document(doc_id="z", original="", text="", language=None)
    stage([doc, other, empty])
    assert [(m.text, m.source) for m in doc.mentions] == [("Koh", "gazetteer"), ("Koh", "ner")]
    assert other.mentions == [] and empty.mentions == []
    assert other.warnings == ["named entities: no recogniser for language 'fr'; none were tagged"]
    assert empty.warnings == []


def test_stage_rejects_an_unsupported_language_at_construction():
    with pytest.raises(SettingsError, match="no NER back-end for fr; choose among de, en, ru"):
        EntityRecognizer(languages=("fr",))
