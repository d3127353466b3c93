"""Search terms: what a report and a query are matched on, across languages and scripts.

FTS5's and PostgreSQL's 'simple' tokenizers know no German, Russian or
transliteration, so each document is indexed by its *terms*: every word folded
(case, diacritics, ß → ss) and transliterated from Cyrillic (BGN/PCGN-style, the
gazetteer's ``transliterate``: Лавров → lavrov), plus the same for its lemma in the
document's language (Außenministers → aussenminister, Лаврова → lavrov). A query
word becomes its *alternatives*: its folded form and its lemma in each of the three
languages, and, for a person's name, the surname of every spelling the store knows
of that person (Lawrow ↔ Lavrov ↔ Лавров). A document matches when it holds one
alternative of every query word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from communique.gazetteer import Gazetteer
from communique.gazetteer.names import transliterate
from communique.model import Actor
from communique.nlp.lemmas import Lemmatizer
from communique.store.backends import Backend
from communique.store.rows import actor_key

LANGUAGES = ("de", "en", "ru")
INDEX_PAGE = 200          # documents indexed per round trip when a store is opened
PREFIX = 2                # letters a word and its lemma share (Лаврова/Лавров, went/go aside)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")

Terms = list[frozenset[str]]     # one set of alternatives per query word


@cache
def _lemmatizer(language: str) -> Lemmatizer:
    return Lemmatizer(language)


def fold(word: str) -> str:
    """``word`` transliterated, without diacritics, case-folded (ß → ss): Лавров → lavrov."""
    latin = unicodedata.normalize("NFKD", transliterate(word))
    return "".join(c for c in latin if not unicodedata.combining(c)).casefold()


def word_terms(word: str, languages: Iterable[str]) -> set[str]:
    """The folded form of ``word`` and of its lemma in each of ``languages``."""
    found = {fold(word)}
    found.update(fold(_lemmatizer(lang).lemma(word)) for lang in languages
                 if lang in LANGUAGES)
    return {term for term in found if term}


def document_terms(title: str | None, text: str, language: str | None) -> str:
    """The terms a document is indexed by, each once."""
    words = dict.fromkeys(_WORD.findall(f"{title or ''}\n{text}"))
    terms: dict[str, None] = {}
    for word in words:
        terms.update(dict.fromkeys(sorted(word_terms(word, [language] if language else []))))
    return " ".join(terms)


def index_document(backend: Backend, conn: Any, document_pk: int, title: str | None,
                   text: str, language: str | None) -> None:
    """Store the search terms of one document (inside the transaction that stores it)."""
    backend.execute(conn, "insert_search_terms", {
        "document_pk": document_pk, "terms": document_terms(title, text, language)})


def index_actors(backend: Backend, conn: Any, document_pk: int | None) -> None:
    """Index the names of the actors of one document (of every actor when None) for the
    actor search, and mark the actors that stand for a state or IGO code."""
    for row in backend.query(conn, "unindexed_actor_names", {"document_pk": document_pk}):
        backend.execute(conn, "insert_actor_search", {
            "actor_pk": row["actor_pk"], "name": row["name"],
            "folded": " ".join(fold(w) for w in _WORD.findall(row["name"]))})
        code = code_of_actor(row["key"], row["kind"], row["country"], row["igo"])
        if code is not None:
            backend.execute(conn, "insert_code_actor", {"actor_pk": row["actor_pk"],
                                                        "code": code})


def code_of_actor(key: str, kind: str, country: str | None, igo: str | None) -> str | None:
    """The state or IGO code an actor stands for: ``state:RUS`` for RUS, the IGO as the
    gazetteer names it for its code (not one of its bodies); else None."""
    if kind == "state" and country and key == f"state:{country}":
        return country
    if kind == "igo" and igo and (entry := Gazetteer.load().igo(igo)) is not None:
        named = Actor(text=entry.name, name=entry.name, kind="igo", igo=igo)
        return igo if key == actor_key(named) else None
    return None


def index_missing(backend: Backend, conn: Any) -> int:
    """Index the documents and actors stored before search terms existed; returns how
    many documents."""
    done = 0
    while True:
        rows = backend.query(conn, "unindexed_documents", {"limit": INDEX_PAGE})
        with backend.transaction(conn):
            for row in rows:
                index_document(backend, conn, row["pk"], row["title"], row["text"],
                               row["language"])
            if not rows:
                index_actors(backend, conn, None)
                return done
        done += len(rows)


def person_spellings(backend: Backend, conn: Any, text: str) -> list[str]:
    """Every spelling the store knows of the persons ``text`` names: a person's full name
    or surname, in any script or spelling the store has seen (Lawrow, Лавров, Lavrov)."""
    folded = " ".join(fold(w) for w in _WORD.findall(text))
    if not folded:
        return []
    rows = backend.query(conn, "person_spellings", {"folded": folded, "suffix": f"% {folded}"})
    return [row["name"] for row in rows]


def query_terms(words: Sequence[str], names: Sequence[Sequence[str]] = ()) -> Terms:
    """The alternatives of each query word; ``names`` gives, per word, the spellings of
    the persons it names (empty when it names none). A word that folds to nothing (a
    lone soft sign, ь) has no alternative and is left out, as punctuation is: an empty
    group would be a syntax error in both back-ends' full-text queries."""
    found: Terms = []
    for i, word in enumerate(words):
        alternatives = word_terms(word, LANGUAGES)
        for name in names[i] if i < len(names) else ():
            alternatives |= surname_terms(name)
        if alternatives:
            found.append(frozenset(alternatives))
    return found


def surname_terms(name: str) -> set[str]:
    """The folded last word of a multi-word name (``Sergej Lawrow`` → lawrow)."""
    words = _WORD.findall(name)
    return {fold(words[-1])} if len(words) > 1 else set()


def _matches(word: str, wanted: set[str], language: str | None) -> bool:
    """Whether ``word`` is one of the ``wanted`` terms; it is lemmatised only when its
    folded form starts like one (a lemma keeps its first letters), as that is slow."""
    folded = fold(word)
    if folded in wanted:
        return True
    if not any(folded[:PREFIX] == term[:PREFIX] for term in wanted):
        return False
    return bool(word_terms(word, [language] if language else []) & wanted)


@dataclass(frozen=True)
class SentenceMatch:
    """A sentence of a report holding a match, with the matched words' offsets in it."""

    sentence: str
    spans: tuple[tuple[int, int], ...]


def matching_sentence(text: str, terms: Terms, language: str | None) -> SentenceMatch | None:
    """The first sentence of ``text`` holding a term of the query, with its matched words."""
    wanted = set().union(*terms) if terms else set()
    for part in _SENTENCE_END.split(text):
        spans = tuple((m.start(), m.end()) for m in _WORD.finditer(part)
                      if _matches(m.group(0), wanted, language))
        if spans:
            return SentenceMatch(part, spans)
    return None
