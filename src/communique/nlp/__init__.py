"""nlp stage (placeholder until its implementation lands)."""

from communique.document import Document


class Analyzer:
    name = "Analyzer"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


class EntityRecognizer:
    name = "EntityRecognizer"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs
