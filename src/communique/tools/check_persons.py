"""Measure how many gold persons the actor layer finds, with the right state.

    python -m communique.tools.check_persons [--ner] [--no-officials] [--verbose] [GOLD …]

For every person named in a gold event (spec section 4 files; default the
dev set in ``shared/eval/dev``), the document is resolved and the person
counts as found when a person mention's canonical name is the same person
(``names.same_person``), and as right when its state or IGO is the one the
person acts for (``EXPECTED``; for persons not listed there, one of the
event's participants).
``--ner`` runs the NER stage first, as the pipeline does; ``--no-officials``
leaves out the table of known officials, to see how persons nobody listed fare.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from communique.document import Document, Mention
from communique.gazetteer.gazetteer import Gazetteer
from communique.gazetteer.names import same_person
from communique.gazetteer.resolver import ActorResolver

DEFAULT_GOLD = [Path("/work/shared/eval/dev/seeds.jsonl"), Path("/work/shared/eval/dev/dev.jsonl")]
#: The state (or IGO) each gold person of the dev set acts for: evaluation annotation, so
#: that a person given the other side of a bilateral event counts as wrong. Persons not
#: listed are right when their code is one of the event's participants.
EXPECTED = {
    "Sergei Aleinik": "BLR", "Andrei Krutskikh": "RUS", "Oleg Syromolotov": "RUS",
    "Sok Puthivutha": "KHM", "Sok Puthyvuth": "KHM", "Andrei Dapkiunas": "BLR",
    "Sanjay Kumar Verma": "IND", "Thomas Fitschen": "DEU", "M. J. Akbar": "IND",
    "Sigmar Gabriel": "DEU", "Sergey Lavrov": "RUS", "Sergei Lavrov": "RUS",
    "Vladimir Putin": "RUS", "Angela Merkel": "DEU", "Miguel Berger": "DEU",
    "Heiko Maas": "DEU", "Igor Kostyukov": "RUS", "Dmitry Badin": "RUS",
    "Natalya Zorya": "CIS", "Amit Shukla": "IND", "Kat Jones": "GBR",
    "Aruna Sundararajan": "IND", "Richard Verma": "USA", "Vladimir Makei": "BLR",
    "David Koh": "SGP", "Jen Easterly": "USA", "Kamala Harris": "USA",
    "Antony Blinken": "USA", "Gholamhossein Dehghani": "IRN", "Alexander Volfovich": "BLR",
    "Nikolai Patrushev": "RUS", "Shavkat Mirziyoyev": "UZB",
    "Julio Cesar Gandarilla Bermejo": "CUB", "Igor Morgulov": "RUS", "Marco Rubio": "USA",
}


@dataclass
class Tally:
    persons: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        share = self.right / self.persons if self.persons else 0.0
        return (f"{label}: {self.persons} gold persons, {self.found} found, "
                f"{self.right} with the right state ({share:.2f})")


def _expected(person: str, events: list[dict]) -> set[str]:
    if person in EXPECTED:
        return {EXPECTED[person]}
    return {code for e in events if person in (e.get("persons") or [])
            for code in e.get("participants") or []}


def _mentions(record: dict, resolver: ActorResolver, ner: object | None) -> list[Mention]:
    published = record.get("published")
    doc = Document(record["doc_id"], record["text"], text=record["text"],
                   language=record["language"],
                   published=datetime.fromisoformat(published[:10]) if published else None)
    if ner is not None:
        ner([doc])                                      # type: ignore[operator]
    return resolver([doc])[0].mentions


def _recognizer() -> object | None:
    """The NER stage for the languages whose back-end loads (a model may not be built yet)."""
    from communique.nlp.ner import BACKENDS, EntityRecognizer
    languages = []
    for language in BACKENDS:
        try:
            EntityRecognizer((language,))
            languages.append(language)
        except Exception as exc:
            print(f"NER for {language} unavailable: {exc}", file=sys.stderr)
    return EntityRecognizer(tuple(languages)) if languages else None


def check(paths: list[Path], use_ner: bool, verbose: bool,
          officials: bool = True) -> dict[str, Tally]:
    resolver = ActorResolver(None if officials else Gazetteer.without_officials())
    ner = _recognizer() if use_ner else None
    tallies: dict[str, Tally] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            _score(record, _mentions(record, resolver, ner), tallies)
    if verbose:
        for miss in tallies.get("all", Tally()).misses:
            print("  miss", miss)
    return tallies


def _score(record: dict, mentions: list[Mention], tallies: dict[str, Tally]) -> None:
    actors = [m.actor for m in mentions if m.actor is not None and m.actor.kind == "person"]
    gold = dict.fromkeys(p for e in record["events"] for p in e.get("persons") or [])
    for person in gold:
        codes = {a.country or a.igo for a in actors if same_person(a.name, person)}
        right = bool(codes & _expected(person, record["events"]))
        for key in ("all", record["language"]):
            tally = tallies.setdefault(key, Tally())
            tally.persons += 1
            tally.found += bool(codes)
            tally.right += right
        if not right:
            shown = sorted(map(str, codes)) or "not found"
            tallies["all"].misses.append(f"{record['doc_id']}: {person} -> {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Share of gold persons found with the right state.")
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--ner", action="store_true", help="run the NER stage first")
    parser.add_argument("--verbose", action="store_true", help="list the persons missed")
    parser.add_argument("--no-officials", action="store_true",
                        help="leave out the table of known officials (persons nobody listed)")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.gold if not p.is_file()]
    if missing:
        print(f"gold file(s) not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    tallies = check(args.gold, args.ner, args.verbose, not args.no_officials)
    for key in ("all", "de", "en", "ru"):
        if key in tallies:
            print(tallies[key].line(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
