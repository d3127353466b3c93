"""Where found acts die: each candidate that passed the gates, its sides, and its fate.

    python -m communique.tools.explain_sides [--lost] [--text TEXT] [GOLD.jsonl …]
    python -m communique.tools.explain_sides --counts GOLD.jsonl …

The eval's ``no_sides`` count says that a trigger of a missed event's type passed the
gates but no event of that type came out; this shows why, per candidate: the parties its
clause names, the actors and recipients it was given, and either the event it went into
or the reason it gave none (fewer than two sides, a directed act without an actor or a
target, merged into an act of another type). Works for any language the coder reads;
gold files (spec section 4) also show their gold events, for comparison. ``--counts``
prints only how many candidates of each ``no_sides`` miss's type met each fate, per
language: no text and no document, so it may be read on a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from communique.document import Document, RawDocument
from communique.evaluate import load_gold, raw_from_gold, results
from communique.evaluate.misses import miss_kinds
from communique.events.coder import EventCoder, Sided, uncodable
from communique.events.drafts import Draft
from communique.events.lexicon import LANGUAGES, Lexicon, load_lexicon
from communique.events.participants import Party
from communique.extractor import Extractor
from communique.gazetteer import Gazetteer

SHOWN = 240     # characters of the candidate's sentence shown: two lines of a terminal


def fate(sided: Sided, drafts: list[Draft], lexicon: Lexicon) -> str:
    """The event a candidate went into ("event AGREE DEU+POL"), or why it gave none."""
    candidate, _, sides, _ = sided
    reason = uncodable(candidate, sides, lexicon)
    if reason is not None:
        return reason
    draft = next((d for d in drafts if any(c.start == candidate.start and
                                           c.trigger is candidate.trigger
                                           for c in d.candidates)), None)
    if draft is None:
        return "dropped when acts were merged"
    codes = "+".join(sorted(draft.codes()))
    if draft.event_type != candidate.event_type:
        return f"merged into {draft.event_type} {codes}"
    return f"event {draft.event_type} {codes}"


def explain(doc: Document, coder: EventCoder, lost_only: bool = False) -> Iterator[str]:
    """Lines for every candidate of the document that passed the gates."""
    if doc.language not in LANGUAGES:
        return
    lexicon = load_lexicon(doc.language)
    drafts = [draft for draft, _ in coder.code_drafts(doc)]
    _, pending = coder.sided(doc, lexicon)
    for sided in pending:
        candidate, parties, sides, _ = sided
        verdict = fate(sided, drafts, lexicon)
        if lost_only and verdict.startswith("event "):
            continue
        yield (f"  {candidate.event_type:9} {doc.text[candidate.start:candidate.end]!r} "
               f"({candidate.trigger.sides}, {candidate.status}) "
               f"sentence {candidate.sentence_index}: {verdict}")
        yield f"      in: {candidate.sentence.text[:SHOWN]!r}"
        yield f"      parties: {_names(parties)}"
        yield (f"      actors: {_names(sides.actors)}  recipients: {_names(sides.recipients)}"
               f"{'  (inherited)' if sides.inherited else ''}")


def fate_counts(paths: list[Path], extractor: Extractor,
                coder: EventCoder) -> dict[str, Counter[str]]:
    """Per language, the fates of the candidates of every type a gold event was missed
    with ``no_sides`` (``evaluate.misses``), as "TYPE: fate" with the codes left out."""
    places = Gazetteer.load()
    counts: dict[str, Counter[str]] = {}
    for gold in load_gold(paths):
        docs = list(extractor.run([raw_from_gold(gold)]))
        result = next(results([gold], docs))
        lost = {key.split(" ", 1)[1] for key in miss_kinds(result).unpaired
                if key.startswith("no_sides ")}
        for doc in docs:
            lexicon = load_lexicon(doc.language or "")
            drafts = [draft for draft, _ in coder.code_drafts(doc)]
            for sided in coder.sided(doc, lexicon)[1]:
                if sided[0].event_type in lost:
                    verdict = _without_codes(fate(sided, drafts, lexicon), places)
                    counts.setdefault(gold.language, Counter())[
                        f"{sided[0].event_type}: {verdict}"] += 1
    return counts


def _without_codes(verdict: str, places: Gazetteer) -> str:
    """A fate without the codes of its event, which would tell a document: whether they
    are IGOs alone is kept ("event CONSULT CSTO" → "event CONSULT, IGOs alone")."""
    words = verdict.split()
    if words[0] not in ("event", "merged") or len(words) < 3:
        return verdict      # a reason, no event: it names no codes
    igos_only = all(places.state(code) is None for code in words[-1].split("+"))
    return f"{' '.join(words[:-1])}, {'IGOs alone' if igos_only else 'with states'}"


def _names(parties: list[Party]) -> str:
    return ", ".join(f"{p.actor.name} [{p.code or '-'}]" for p in parties) or "-"


def _raws(paths: list[Path], text: str | None) -> Iterator[tuple[RawDocument, list[dict]]]:
    if text is not None:
        yield RawDocument(text, "text", "text", origin="text"), []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                published = data.get("published") if data.get("published_given", True) else None
                yield (RawDocument(data["text"], "text", data["doc_id"], data.get("url"),
                                   published, origin=data["doc_id"]), data.get("events", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="JSONL documents (spec section 4)")
    parser.add_argument("--text", help="one document's text instead of files")
    parser.add_argument("--lost", action="store_true",
                        help="only candidates that gave no event of their own type")
    parser.add_argument("--counts", action="store_true",
                        help="only counts of the fates of no_sides misses' candidates, per "
                             "language (no text: fit for a held-out set)")
    args = parser.parse_args(argv)
    extractor = Extractor()
    coder = extractor.pipeline.stages[-1]
    assert isinstance(coder, EventCoder)
    if args.counts:
        for language, counts in sorted(fate_counts(args.gold, extractor, coder).items()):
            print(language)
            for verdict, n in counts.most_common():
                print(f"  {n:>3}  {verdict}")
        return 0
    for raw, gold in _raws(args.gold, args.text):
        print(f"== {raw.doc_id}")
        for event in gold:
            print(f"  gold {event['event_type']} {'+'.join(sorted(event['participants']))}")
        for doc in extractor.run([raw]):
            for line in explain(doc, coder, args.lost):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
