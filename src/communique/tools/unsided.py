"""Acts that are found but give no event: the trail of each candidate past the gates.

The miss diagnostic of ``communique eval`` counts ``no_sides``: a trigger of the gold
type matched and passed the gates, yet no event of that type came out. This lists, per
document, each such candidate with the parties of its sentence, the sides assigned and
why it produced nothing: ``not codable`` (fewer than two codes), ``directed without
actor or target``, ``merged into TYPE`` or ``dropped`` (codable, in no event).

    python -m communique.tools.unsided tests/data/probe/ru_pages.jsonl --language ru
    python -m communique.tools.unsided --text "Состоялись консультации …" --language ru
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from communique import Extractor
from communique.document import Document, RawDocument
from communique.events.candidates import Candidate
from communique.events.coder import EventCoder, _codable, _directed_ok
from communique.events.lexicon import load_lexicon
from communique.events.participants import Party, Sides

PUBLISHED = "2024-06-05"      # for --text: a day, so that dates are read as in a wire


@dataclass(frozen=True)
class Trail:
    """One candidate past the gates: what it is, its sides and what became of it."""

    event_type: str
    trigger: str
    sentence: str
    parties: str
    actors: str
    recipients: str
    outcome: str        # "event", or why there is none

    def format(self) -> str:
        return (f"  {self.event_type:9} «{self.trigger}» → {self.outcome}\n"
                f"    parties: {self.parties or '-'}\n"
                f"    actors: {self.actors or '-'}  recipients: {self.recipients or '-'}\n"
                f"    {self.sentence}")


def _names(parties: list[Party]) -> str:
    return ", ".join(f"{p.actor.text}:{p.code or '?'}" for p in parties)


def trails(coder: EventCoder, doc: Document) -> list[Trail]:
    """The candidates of ``doc`` past the gates, each with its outcome."""
    lexicon = load_lexicon(doc.language or "")
    context, pending = coder.sided(doc, lexicon)
    made = {(c.start, c.end): draft.event_type for draft, _ in coder.code_drafts(doc)
            for c in draft.candidates}
    found = []
    for candidate, sides in [(c, s) for c, s, _ in pending]:
        parties = coder._parties(doc, candidate, lexicon, context.candidates)
        found.append(Trail(candidate.event_type, doc.text[candidate.start:candidate.end],
                           candidate.sentence.text.strip(), _names(parties),
                           _names(sides.actors), _names(sides.recipients),
                           _outcome(candidate, sides, made, lexicon.language)))
    return found


def _outcome(candidate: Candidate, sides: Sides, made: dict[tuple[int, int], str],
             language: str) -> str:
    if not _codable(sides):
        return "not codable: fewer than two codes"
    if not _directed_ok(candidate, sides, load_lexicon(language)):
        return "directed without actor or target"
    event_type = made.get((candidate.start, candidate.end))
    if event_type is None:
        return "dropped"
    return "event" if event_type == candidate.event_type else f"merged into {event_type}"


def _raws(args: argparse.Namespace) -> Iterator[RawDocument]:
    if args.text:
        yield RawDocument(args.text, doc_id="text", published=PUBLISHED,
                          language=args.language)
        return
    with open(args.path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            data = json.loads(line)
            if args.language and data.get("language") != args.language:
                continue
            published = data.get("published") if data.get("published_given") else None
            yield RawDocument(data["text"], doc_id=data["doc_id"], published=published,
                              language=data.get("language"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a JSONL file of documents")
    parser.add_argument("--text", help="one text to trace instead of a file")
    parser.add_argument("--language", help="only documents of this language (de, en, ru)")
    parser.add_argument("--all", action="store_true", help="also list candidates with an event")
    args = parser.parse_args(argv)
    if not args.text and args.path is None:
        parser.error("give a path or --text")
    extractor = Extractor()
    coder = next(s for s in extractor.pipeline.stages if isinstance(s, EventCoder))
    for doc in extractor.run(_raws(args)):
        listed = [t for t in trails(coder, doc) if args.all or t.outcome != "event"]
        if listed:
            print(doc.doc_id)
            print("\n".join(t.format() for t in listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
