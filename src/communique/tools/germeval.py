"""GermEval 2014 NER data: reading, the fixed split, and span scoring.

The corpus annotates two levels (outer and inner) with PER/LOC/ORG/OTH and
their ``deriv`` (adjectives: "deutschen") and ``part`` (compounds:
"SPD-Chef") subtypes. We train on the outer level only and treat ``deriv``
and ``part`` as no entity: an adjective or a compound is not a mention of an
actor, and the events stage would only have to throw such hits away.

    python -m communique.tools.germeval --data /work/shared/data/germeval2014

prints the fixed split (sentences and outer entities per class in each part),
the data ``communique.tools.train_de_ner`` trains and scores on.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import DataFileError

BASE_CLASSES = ("PER", "LOC", "ORG", "OTH")
#: The split is part of the reported result: change it and the score changes.
SPLIT_SEED = 2014
HELD_OUT_SIZE = 1000      # sentences of NER-de-dev.tsv never seen in training
VALIDATION_SIZE = 500     # sentences of the training pool used to pick the best checkpoint
OFFICIAL_TRAIN = "NER-de-train.tsv"


@dataclass(frozen=True)
class Entity:
    start: int        # token index, inclusive
    end: int          # token index, exclusive
    label: str        # outer tag without B-/I-, e.g. "LOC" or "LOCderiv"

    @property
    def base(self) -> str:
        return self.label[:3]

    @property
    def is_subtype(self) -> bool:
        return self.label.endswith(("deriv", "part"))


@dataclass
class TaggedSentence:
    words: list[str]
    entities: list[Entity] = field(default_factory=list)

    def spans(self, fold_subtypes: bool = False) -> set[tuple[int, int, str]]:
        """Base-class spans; ``fold_subtypes`` counts deriv/part as their base class."""
        return {(e.start, e.end, e.base) for e in self.entities
                if fold_subtypes or not e.is_subtype}


def read_tsv(path: Path) -> list[TaggedSentence]:
    """Read one GermEval file (``index \\t token \\t outer \\t inner`` per line)."""
    if not path.is_file():
        raise DataFileError(f"GermEval file {path} not found; pass --data with the folder "
                            "that holds NER-de-dev.tsv and NER-de-test.tsv")
    sentences: list[TaggedSentence] = []
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if rows:
                    sentences.append(_sentence(rows))
                    rows = []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise DataFileError(f"{path}:{line_no}: expected 4 tab-separated columns, "
                                    f"got {len(cols)}; is this a GermEval 2014 file?")
            rows.append((cols[1], cols[2]))
    if rows:
        sentences.append(_sentence(rows))
    return sentences


def _sentence(rows: list[tuple[str, str]]) -> TaggedSentence:
    words = [word for word, _ in rows]
    return TaggedSentence(words, list(_entities(tag for _, tag in rows)))


def _entities(tags: Iterable[str]) -> Iterator[Entity]:
    start, label = -1, ""
    index = -1
    for index, tag in enumerate(tags):
        continues = tag.startswith("I-") and tag[2:] == label
        if label and not continues:
            yield Entity(start, index, label)
            label = ""
        if tag.startswith("B-") or (tag.startswith("I-") and not continues):
            start, label = index, tag[2:]
    if label:
        yield Entity(start, index + 1, label)


@dataclass
class Split:
    train: list[TaggedSentence]
    validation: list[TaggedSentence]
    held_out: list[TaggedSentence]


def load_split(folder: Path) -> Split:
    """Train on ``test`` plus part of ``dev``; a fixed part of ``dev`` is held out.

    The official train split is added to the pool when the folder has it (it
    is not in our data folder). The shuffles are seeded so that every
    retraining sees the same sentences in each part.
    """
    dev = read_tsv(folder / "NER-de-dev.tsv")
    pool = read_tsv(folder / "NER-de-test.tsv")
    if (folder / OFFICIAL_TRAIN).is_file():       # used when present: 24,000 more sentences
        pool += read_tsv(folder / OFFICIAL_TRAIN)
    rng = random.Random(SPLIT_SEED)
    order = list(range(len(dev)))
    rng.shuffle(order)
    held = set(order[:HELD_OUT_SIZE])
    pool += [s for i, s in enumerate(dev) if i not in held]
    rng.shuffle(pool)
    return Split(train=pool[VALIDATION_SIZE:], validation=pool[:VALIDATION_SIZE],
                 held_out=[dev[i] for i in sorted(held)])


def augment(sentences: list[TaggedSentence], copies: int,
            seed: int = SPLIT_SEED) -> list[TaggedSentence]:
    """Mention replacement: copies of the sentences with each name swapped for another.

    Every base-class entity is replaced by a random entity of the same class
    from the training sentences. The copies keep the contexts and vary the
    names, so that the model learns "Am Montag traf X" rather than the names
    it happened to see; it matters most for unknown persons.
    """
    rng = random.Random(seed)
    pools: dict[str, list[list[str]]] = {label: [] for label in BASE_CLASSES}
    for sentence in sentences:
        for entity in sentence.entities:
            if not entity.is_subtype:
                pools[entity.label].append(sentence.words[entity.start:entity.end])
    with_entities = [s for s in sentences if any(not e.is_subtype for e in s.entities)]
    return [_replace_mentions(s, pools, rng) for _ in range(copies) for s in with_entities]


def _replace_mentions(sentence: TaggedSentence, pools: dict[str, list[list[str]]],
                      rng: random.Random) -> TaggedSentence:
    words: list[str] = []
    entities: list[Entity] = []
    position = 0
    for entity in sorted(sentence.entities, key=lambda e: e.start):
        words += sentence.words[position:entity.start]
        surface = sentence.words[entity.start:entity.end]
        if not entity.is_subtype:
            surface = rng.choice(pools[entity.label])
        entities.append(Entity(len(words), len(words) + len(surface), entity.label))
        words += surface
        position = entity.end
    words += sentence.words[position:]
    return TaggedSentence(words, entities)


@dataclass
class ClassScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_spans(gold: list[set[tuple[int, int, str]]],
                predicted: list[set[tuple[int, int, str]]]) -> dict[str, ClassScore]:
    """Exact-match span P/R/F1 per class and ``ALL`` (micro), as GermEval counts chunks."""
    scores = {label: ClassScore() for label in (*BASE_CLASSES, "ALL")}
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        for span in pred_spans:
            hit = span in gold_spans
            for key in (span[2], "ALL"):
                if hit:
                    scores[key].tp += 1
                else:
                    scores[key].fp += 1
        for span in gold_spans - pred_spans:
            scores[span[2]].fn += 1
            scores["ALL"].fn += 1
    return scores


def format_scores(scores: dict[str, ClassScore]) -> str:
    """A Markdown table, as pasted into docs/ner.md."""
    lines = ["| class | P | R | F1 | gold |", "|---|---|---|---|---|"]
    for label, s in scores.items():
        lines.append(f"| {label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                     f"| {s.tp + s.fn} |")
    return "\n".join(lines)


def split_table(split: Split) -> str:
    """Sentences and entities per base class of each part, as a Markdown table."""
    lines = ["| part | sentences | " + " | ".join(BASE_CLASSES) + " |",
             "|---|---|" + "---|" * len(BASE_CLASSES)]
    for part, sentences in (("train", split.train), ("validation", split.validation),
                            ("held out", split.held_out)):
        counts = Counter(e.base for s in sentences for e in s.entities if not e.is_subtype)
        lines.append(f"| {part} | {len(sentences)} | "
                     + " | ".join(str(counts[c]) for c in BASE_CLASSES) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m communique.tools.germeval",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="folder with NER-de-dev.tsv and NER-de-test.tsv")
    print(split_table(load_split(parser.parse_args(argv).data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
