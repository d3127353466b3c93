"""Train the learned event scorer (``events/learned.py``) and measure it by grouped CV.

    python -m communique.tools.train_event_scorer [--data ../shared/data] [--dev DEV.jsonl]
        [--out src/communique/events/data/event_scorer.npz] [--cache /tmp/e5-vectors.npz]

Sentences and labels ("no event" or a PLOVER type):
- NGEC's synthetic PLOVER headlines (English; templates filled with states), grouped
  by template;
- UniversalPetrarch's Spanish validation sentences, grouped by news story;
- the dev gold (de/en/ru): the evidence sentences of the coder's events that match a
  gold event are positives of its type; other sentences of the document are "no
  event", except those naming two sides of a gold event the coder missed (unknown);
  grouped by document;
- 10kGNAD German news (the last ``GNAD_TRAIN`` articles; the benchmark samples the
  first ones) as "no event", less the sentences the coder finds an act in; grouped
  by article.
PETRARCH's validation records are a test target and are not read.

Cross-validation is grouped (``FOLDS`` folds), so that no template, story or
document is in both training and test. The event threshold is the lowest at which
the out-of-fold typed precision (an act, of the right type) on real news sentences
naming two or more states or IGOs reaches ``TARGET_PRECISION``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communique.document import Document, Sentence
from communique.evaluate import load_gold, raw_from_gold
from communique.evaluate.scorer import GoldEvent, match_events
from communique.events.learned import CLASSES, NO_EVENT, EventScorer, e5_encoder
from communique.extractor import Extractor
from communique.tools.gnad_sample import articles

FOLDS = 5
TARGET_PRECISION = 0.8      # the brief: a recall net must not cost the coder its precision
PER_TEMPLATE = 4            # NGEC fills each template ~12 times; more adds near-duplicates
GNAD_TRAIN = 300            # 10kGNAD articles read for "no event" sentences
GNAD_OTHERS = 3             # plain sentences kept per article beside those naming two sides
MIN_WORDS = 5               # shorter lines are menus and bylines
L2 = 1e-4                   # ridge penalty, chosen by grouped CV (1e-4 beat 1e-3 on every set)
STEPS = 400                 # Adam steps over the full batch; the loss is flat by then
LEARNING_RATE = 0.05
SEED = 13


@dataclass(frozen=True)
class Row:
    text: str
    label: str
    language: str
    group: str
    parties: bool = False     # names two or more states or IGOs (where the net runs)


def ngec_rows(root: Path) -> list[Row]:
    """Filled headlines (the story text drifts from its label; the headline does not)."""
    csv.field_size_limit(sys.maxsize)
    per_template: Counter[str] = Counter()
    rows, seen = [], set()
    with (root / "gpt_synthetic_events_2023-10-19_19.csv").open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            headline = record["prompt"].split("\n")[0].strip()
            template = record["title"]
            if headline in seen or per_template[template] >= PER_TEMPLATE:
                continue
            seen.add(headline)
            per_template[template] += 1
            rows.append(Row(headline, record["label"], "en", "ngec:" + template,
                            template.count("{country") >= 2))
    return rows


def spanish_rows(root: Path) -> list[Row]:
    rows = []
    with (root / "records.jsonl").open(encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            labels = [x for x in record["labels"] if x in CLASSES]
            story = record["id"].rsplit("_", 1)[0]
            rows.append(Row(record["text"], labels[0] if labels else NO_EVENT, "es",
                            "es:" + story, True))
    return rows


def _codes(doc: Document, sentence: Sentence) -> set[str]:
    return {m.actor.code for m in doc.mentions
            if sentence.start <= m.start < sentence.end and m.actor is not None
            and m.actor.kind in ("state", "igo") and m.actor.code}


def _evidence_sentence(doc: Document, start: int) -> Sentence | None:
    return next((s for s in doc.sentences if s.start <= start < s.end), None)


def dev_rows(extractor: Extractor, paths: list[Path]) -> list[Row]:
    rows = []
    for gold in load_gold(paths):
        docs = list(extractor.run([raw_from_gold(gold)]))
        for doc in docs:
            rows += _document_rows(doc, gold.events, "dev:" + gold.doc_id)
    return rows


def _document_rows(doc: Document, gold: list[GoldEvent], group: str) -> list[Row]:
    predicted = [GoldEvent.from_event(e) for e in doc.events]
    pairs, missed, _ = match_events(gold, predicted)
    matched = {id(p.predicted) for p in pairs}
    labels: dict[int, str | None] = {}
    for event, coded in zip(doc.events, predicted, strict=True):
        for span in event.evidence:
            sentence = _evidence_sentence(doc, span.start)
            if sentence is not None:
                good = id(coded) in matched
                labels[sentence.start] = event.event_type if good else \
                    labels.get(sentence.start)
    rows = []
    for sentence in doc.sentences:
        codes = _codes(doc, sentence)
        if len(sentence.text.split()) < MIN_WORDS:
            continue
        if sentence.start in labels:
            label = labels[sentence.start]
        elif any(len(codes & g.participants) >= 2 for g in missed):
            label = None        # may tell of a gold act the coder missed: unknown
        else:
            label = NO_EVENT
        if label is not None:
            rows.append(Row(sentence.text, label, doc.language or "?", group, len(codes) >= 2))
    return rows


def gnad_rows(extractor: Extractor, path: Path) -> list[Row]:
    from communique.document import RawDocument

    texts = articles(path)
    raws = [RawDocument(t, doc_id=f"gnad-{i}", language="de")
            for i, t in enumerate(texts[-GNAD_TRAIN:])]
    rng = random.Random(SEED)
    rows: list[Row] = []
    for doc in extractor.run(raws):
        coded = {s.start for e in doc.events for span in e.evidence
                 if (s := _evidence_sentence(doc, span.start)) is not None}
        plain: list[Row] = []
        for sentence in doc.sentences:
            if sentence.start in coded or len(sentence.text.split()) < MIN_WORDS:
                continue
            row = Row(sentence.text, NO_EVENT, "de", "gnad:" + doc.doc_id,
                      len(_codes(doc, sentence)) >= 2)
            (rows if row.parties else plain).append(row)
        rows += rng.sample(plain, min(GNAD_OTHERS, len(plain)))
    return rows


def encode(texts: list[str], cache: Path | None) -> np.ndarray:
    """Vectors of the texts, reusing those a previous run stored in ``cache``."""
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    stored: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as data:
            stored = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in stored}.items())
    if todo:
        vectors = e5_encoder().encode([t for _, t in todo])
        stored.update(zip([k for k, _ in todo], vectors, strict=True))
        if cache is not None:
            np.savez(cache, keys=np.array(list(stored)), vectors=np.stack(list(stored.values())))
    return np.stack([stored[k] for k in keys])


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> EventScorer:
    """Weighted softmax regression with an L2 penalty, by full-batch Adam."""
    classes = len(CLASSES)
    w = np.zeros((x.shape[1], classes))
    b = np.zeros(classes)
    onehot = np.eye(classes)[y]
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    scale = weights / weights.sum()
    for step in range(1, STEPS + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - onehot) * scale[:, None]
        grads = (x.T @ error + L2 * w, error.sum(axis=0))
        for i, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            first, second = moments[2 * i], moments[2 * i + 1]
            first[:] = 0.9 * first + 0.1 * grad
            second[:] = 0.999 * second + 0.001 * grad ** 2
            param -= LEARNING_RATE * (first / (1 - 0.9 ** step)) / (
                np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return EventScorer(w, b, CLASSES, 0.5)


def sample_weights(rows: list[Row]) -> np.ndarray:
    """Within each language, acts and sentences of no act weigh the same in all: all of
    NGEC is acts and all of 10kGNAD none, and the vectors know the language, so without
    this the language would say whether a sentence reports an act. Inside that, each
    (source, label) cell weighs the square root of its size, so that NGEC's 780 CONCEDE
    headlines do not drown the few real sentences of a type."""
    cells = Counter((r.group.split(":")[0], r.label) for r in rows)
    base = [cells[(r.group.split(":")[0], r.label)] ** -0.5 for r in rows]
    sides = [(r.language, r.label == NO_EVENT) for r in rows]
    totals: defaultdict[tuple[str, bool], float] = defaultdict(float)
    for side, weight in zip(sides, base, strict=True):
        totals[side] += weight
    return np.array([w / totals[side] for side, w in zip(sides, base, strict=True)])


def folds_of(rows: list[Row]) -> np.ndarray:
    groups = sorted({r.group for r in rows})
    random.Random(SEED).shuffle(groups)
    fold = {g: i % FOLDS for i, g in enumerate(groups)}
    return np.array([fold[r.group] for r in rows])


def out_of_fold(x: np.ndarray, y: np.ndarray, rows: list[Row]) -> np.ndarray:
    folds, weights = folds_of(rows), sample_weights(rows)
    probs = np.zeros((len(rows), len(CLASSES)))
    for k in range(FOLDS):
        test = folds == k
        probs[test] = fit(x[~test], y[~test], weights[~test]).probabilities(x[test])
    return probs


def typed(probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Event probability and the likeliest type of each row."""
    types = probs.copy()
    types[:, 0] = -1.0
    return 1.0 - probs[:, 0], types.argmax(axis=1)


def calibrate(probs: np.ndarray, y: np.ndarray, real: np.ndarray) -> float:
    """The lowest threshold whose typed precision on ``real`` rows reaches the target."""
    event, best = typed(probs[real])
    truth = y[real]
    for threshold in np.arange(0.30, 0.99, 0.01):
        chosen = event >= threshold
        if chosen.sum() and (truth[chosen] == best[chosen]).mean() >= TARGET_PRECISION:
            return float(round(threshold, 2))
    return 1.0


def report(rows: list[Row], probs: np.ndarray, y: np.ndarray, threshold: float) -> list[str]:
    """A markdown table: per source and language, type accuracy and event P/R."""
    event, best = typed(probs)
    lines = ["| data | language | sentences | acts | type accuracy | event P | event R "
             "| typed P |", "|---|---|---|---|---|---|---|---|"]
    by: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by[(r.group.split(":")[0], r.language)].append(i)
        if r.parties and r.group.startswith(("dev", "gnad")):
            by[("news, ≥2 states", r.language)].append(i)
    for (source, language), index in sorted(by.items()):
        idx = np.array(index)
        act, said = y[idx] > 0, event[idx] >= threshold
        hits = (act & said).sum()
        accuracy = (best[idx][act] == y[idx][act]).mean() if act.any() else float("nan")
        typed_hits = (said & (best[idx] == y[idx])).sum()
        lines.append(f"| {source} | {language} | {len(idx)} | {act.sum()} | {accuracy:.2f} "
                     f"| {_ratio(hits, said.sum())} | {_ratio(hits, act.sum())} "
                     f"| {_ratio(typed_hits, said.sum())} |")
    return lines


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def build_rows(data: Path, dev: list[Path]) -> list[Row]:
    # labels come from the lexicon's coding alone, never from an earlier scorer's
    os.environ["COMMUNIQUE_EVENTS_LEARNED_SCORER"] = "false"
    extractor = Extractor()
    rows = ngec_rows(data / "events" / "ngec_synthetic")
    rows += spanish_rows(data / "events" / "universalpetrarch_es")
    rows += dev_rows(extractor, dev)
    rows += gnad_rows(extractor, data / "10kgnad" / "articles.csv")
    return rows


def train(rows: list[Row], x: np.ndarray, out: Path) -> None:
    """Measure by grouped CV, calibrate the threshold, fit on everything and save."""
    y = np.array([CLASSES.index(r.label) for r in rows])
    probs = out_of_fold(x, y, rows)
    real = np.array([r.parties and r.group.startswith(("dev", "gnad")) for r in rows])
    threshold = calibrate(probs, y, real)
    table = report(rows, probs, y, threshold)
    print(f"grouped {FOLDS}-fold CV, event threshold {threshold:.2f}")
    print("\n".join(table))
    model = fit(x, y, sample_weights(rows))
    EventScorer(model.weights, model.bias, model.classes, threshold).save(out, "\n".join(table))
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = Path(__file__).resolve()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--dev", type=Path, nargs="+",
                        default=[Path("../shared/eval/dev/dev.jsonl"),
                                 Path("../shared/eval/dev/seeds.jsonl")])
    parser.add_argument("--out", type=Path,
                        default=here.parent.parent / "events" / "data" / "event_scorer.npz")
    parser.add_argument("--cache", type=Path, default=None,
                        help="an .npz to keep sentence vectors in between runs")
    args = parser.parse_args(list(argv) if argv is not None else None)
    rows = build_rows(args.data, args.dev)
    print(f"{len(rows)} sentences: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r.group.split(':')[0] for r in rows).items())))
    train(rows, encode([r.text for r in rows], args.cache), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
