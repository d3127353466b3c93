"""How much of PETRARCH2's CAMEO verb dictionary the English lexicon covers, per PLOVER category.

A CAMEO verb counts for a category in one of two ways (``cameo_verbs.mine``): "bare",
its own or its block's code maps there (THREATEN: "threaten"), or "framed", only a
pattern with an object takes it there ("sign * AGREEMENT" → SUPPORT). It is covered
when a frame of ``lang/en/events.yaml`` of that type holds its lemma (the frame's clause
words are not checked: they are what keeps the entry precise) or a regex trigger of
``lang/en/event_triggers.yaml`` of that type matches its past form. The figure is a
worklist, not a target: many framed verbs are WordNet synonyms that report no act
between states ("mold * COMMITTEE"). ``--inventory`` prints instead, for every PLOVER
category, how many lemma frames (and lemmas) and regex triggers each language's lexicon
holds: the breadth issue 12 asks for in German and Russian too, which no CAMEO list gives.

    python -m communique.tools.cameo_coverage ../shared/data/events/cameo_verbs/CAMEO.2.0.txt \
        ../shared/data/events/plover/CAMEO2PLOVER-2021.txt [--missing SANCTION | --inventory]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from communique.events.lexicon import LANGUAGES, load_lexicon
from communique.tools.cameo_verbs import mine, read_plover


@dataclass(frozen=True)
class Coverage:
    """One category's CAMEO verbs, split by how they count and whether the lexicon has them."""

    category: str
    bare: frozenset[str]
    framed: frozenset[str]
    covered: frozenset[str]

    def line(self) -> str:
        bare_in, framed_in = len(self.bare & self.covered), len(self.framed & self.covered)
        return (f"{self.category:10} bare {bare_in:3}/{len(self.bare):3}  "
                f"framed {framed_in:3}/{len(self.framed):3}  "
                f"all {bare_in + framed_in:3}/{len(self.bare) + len(self.framed):3} "
                f"= {_share(bare_in + framed_in, len(self.bare) + len(self.framed)):.0%}")


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _past(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    past = head + ("d" if head.endswith("e") else "ed")
    return f"{past} {rest}".strip()


def covered_by_lexicon(category: str, verbs: set[str]) -> frozenset[str]:
    """The verbs a frame or regex trigger of ``category`` in the English lexicon holds; a
    phrasal verb ("set up", "back down") by its head."""
    lexicon = load_lexicon("en")
    out = set()
    for verb in verbs:
        head = verb.split(" ")[0]
        frames = lexicon.frames.by_lemma.get(head, ())
        if any(f.event_type == category for f in frames) or any(
                t.event_type == category and t.pattern.search(_past(verb))
                for t in lexicon.triggers):
            out.add(verb)
    return frozenset(out)


def measure(cameo: Path, plover: Path) -> list[Coverage]:
    """Coverage per PLOVER category, in alphabetical order."""
    out = []
    for category, verbs in sorted(mine(cameo, read_plover(plover)).items()):
        clean = {v.split("[")[0].strip(): modes for v, modes in verbs.items()}
        bare = {v for v, modes in clean.items() if any(k.endswith("|") for k in modes)}
        framed = set(clean) - bare
        out.append(Coverage(category, frozenset(bare), frozenset(framed),
                            covered_by_lexicon(category, set(clean))))
    return out


def missing(cameo: Path, plover: Path, category: str, patterns: int) -> list[str]:
    """The category's uncovered verbs, bare first, each with its commonest pattern objects."""
    verbs = mine(cameo, read_plover(plover)).get(category, {})
    found = covered_by_lexicon(category, set(verbs))
    lines = []
    for verb, modes in sorted(verbs.items(), key=lambda kv: (not _bare(kv[1]), kv[0])):
        if verb in found:
            continue
        objects = [k.split("|", 1)[1] for k, _ in modes.most_common() if not k.endswith("|")]
        lines.append(f"{verb:22} {'bare' if _bare(modes) else 'framed':7} "
                     f"{'; '.join(objects[:patterns])}")
    return lines


def inventory(language: str) -> dict[str, tuple[int, int, int]]:
    """PLOVER category → (lemma frames, their lemmas, regex triggers) of one language."""
    lexicon = load_lexicon(language)
    frames = {id(f): f for group in lexicon.frames.by_lemma.values() for f in group}
    frames.update((id(f), f) for _, f in lexicon.frames.compounds)
    entries: Counter[str] = Counter(f.event_type for f in frames.values())
    lemmas: Counter[str] = Counter()
    for frame in frames.values():
        lemmas[frame.event_type] += len(frame.lemmas)
    regexes = Counter(t.event_type for t in lexicon.triggers)
    return {c: (entries[c], lemmas[c], regexes[c]) for c in sorted({*entries, *regexes})}


def inventory_table(categories: list[str]) -> list[str]:
    """A Markdown table: per category, "frames/lemmas/regexes" in each language."""
    counts = {language: inventory(language) for language in LANGUAGES}
    lines = ["| category | " + " | ".join(LANGUAGES) + " |",
             "|---|" + "---|" * len(LANGUAGES)]
    for category in categories:
        cells = ["/".join(str(n) for n in counts[lang].get(category, (0, 0, 0)))
                 for lang in LANGUAGES]
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    return lines


def _bare(modes: Counter[str]) -> bool:
    return any(k.endswith("|") for k in modes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cameo", type=Path, help="cameo_verbs/CAMEO.2.0.txt")
    parser.add_argument("plover", type=Path, help="plover/CAMEO2PLOVER-2021.txt")
    parser.add_argument("--missing", metavar="CATEGORY",
                        help="list this category's uncovered verbs instead of the table")
    parser.add_argument("--patterns", type=int, default=4,
                        help="pattern objects shown per missing verb (default 4)")
    parser.add_argument("--inventory", action="store_true",
                        help="frames/lemmas/regex triggers per category and language")
    args = parser.parse_args(argv)
    if args.inventory:
        categories = sorted({c for c, _ in read_plover(args.plover).values()})
        print("\n".join(inventory_table(categories)))
        return 0
    if args.missing:
        print("\n".join(missing(args.cameo, args.plover, args.missing.upper(), args.patterns)))
        return 0
    table = measure(args.cameo, args.plover)
    print("\n".join(c.line() for c in table))
    bare = sum(len(c.bare & c.covered) for c in table), sum(len(c.bare) for c in table)
    print(f"{'total':10} bare {bare[0]}/{bare[1]} = {_share(*bare):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
