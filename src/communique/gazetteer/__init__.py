"""gazetteer stage (placeholder until its implementation lands)."""

from communique.document import Document


class ActorResolver:
    name = "ActorResolver"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs
