"""events stage (placeholder until its implementation lands)."""

from communique.document import Document


class EventCoder:
    name = "EventCoder"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs
