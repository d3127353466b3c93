"""What ``communique analyze`` shows: each sentence's parse and the clauses read off it.

The tool analysts use to see why an event was or was not coded; it runs the
analyser and the syntax stage on a text as the pipeline would.
"""

from __future__ import annotations

from typing import Any

from communique.clean.language import identify
from communique.document import Document, Sentence
from communique.errors import CommuniqueError
from communique.nlp.analyzer import Analyzer
from communique.nlp.syntax.clauses import Clause, ClauseAnalyzer
from communique.nlp.syntax.stage import SYNTAX_LANGUAGES, SyntaxStage


def analyze(text: str, language: str | None = None) -> list[dict[str, Any]]:
    """Per sentence: its tokens with their analysis, and its clauses."""
    language = language or identify(text)
    if language not in SYNTAX_LANGUAGES:
        raise CommuniqueError(f"no syntax model for language {language!r} (have: "
                              f"{', '.join(SYNTAX_LANGUAGES)}); pass --lang")
    doc = Document(doc_id="analyze", original=text, text=text, language=language)
    Analyzer((language,))([doc])
    SyntaxStage((language,))([doc])
    clauses = ClauseAnalyzer(language)
    return [_sentence_dict(sentence, clauses.clauses(sentence)) for sentence in doc.sentences]


def _sentence_dict(sentence: Sentence, clauses: list[Clause]) -> dict[str, Any]:
    tokens = [{"i": i, "text": t.text, "lemma": t.lemma, "pos": t.pos, "morph": t.morph,
               "head": t.head, "dep": t.dep, "start": t.start, "end": t.end}
              for i, t in enumerate(sentence.tokens)]
    return {"text": sentence.text, "start": sentence.start, "end": sentence.end,
            "tokens": tokens, "clauses": [clause.to_dict() for clause in clauses]}


def format_sentences(sentences: list[dict[str, Any]]) -> str:
    """A plain-text table per sentence, then one line per clause."""
    lines: list[str] = []
    for sentence in sentences:
        lines.append(f"# {sentence['text']}")
        for t in sentence["tokens"]:
            lines.append(f"{t['i']:>3} {t['text']:<18} {t['lemma']:<18} {t['pos'] or '':<6} "
                         f"{t['head']!s:>3} {t['dep'] or '':<12} {t['morph'] or ''}")
        lines.extend(_clause_line(clause) for clause in sentence["clauses"])
        lines.append("")
    return "\n".join(lines)


def _clause_line(clause: dict[str, Any]) -> str:
    negated = ", negated" if clause["negated"] else ""
    parts = [f"  clause {clause['lemma']!r} ({clause['kind']}, {clause['voice']}, "
             f"{clause['tense'] or '-'}, {clause['mood']}{negated})"]
    for role in ("subject", "object", "agent"):
        if clause[role]:
            parts.append(f"{role}={clause[role]['text']!r}")
    parts.extend(f"obl[{_marker(o)}]={o['text']!r}" for o in clause["obliques"])
    return " ".join(parts)


def _marker(phrase: dict[str, Any]) -> str:
    return "/".join(m for m in (phrase["preposition"], phrase["case"]) if m) or "-"
