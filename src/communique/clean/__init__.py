"""clean stage (placeholder until its implementation lands)."""

from communique.document import Document, RawDocument


def prepare(raw: RawDocument) -> list[Document]:
    return [Document(doc_id=raw.doc_id or "doc", original=raw.content, text=raw.content,
                     url=raw.url, language=raw.language, source_name=raw.source_name)]
