"""What the actor layer adds to German NER for persons, on GermEval 2014's held-out part.

    python -m communique.tools.ner_gazetteer_gain --data /work/shared/data/germeval2014

Scores person spans (exact token match, outer level, the 1,000 held-out sentences of
``germeval.load_split``) three ways: the German recogniser alone; the names the actor
layer takes for persons from it (``ActorResolver.person_names``: NER persons that are
not state names, names next to a title, known officials); and the recogniser's persons
plus only the layer's additions (none of NER's persons dropped). Prints a Markdown table
for docs/accuracy.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from communique.document import Mention
from communique.gazetteer.resolver import ActorResolver
from communique.nlp.ner.german import GermanRecognizer
from communique.tools.germeval import ClassScore, TaggedSentence, load_split, score_spans

Spans = set[tuple[int, int, str]]


def token_offsets(words: list[str]) -> tuple[str, dict[int, int], dict[int, int]]:
    """The sentence as text (words joined by spaces) and maps from a word's first and
    last character offsets to its index."""
    starts, ends, position = {}, {}, 0
    for index, word in enumerate(words):
        starts[position] = index
        position += len(word)
        ends[position] = index + 1
        position += 1
    return " ".join(words), starts, ends


def to_tokens(spans: list[tuple[int, int]], starts: dict[int, int],
              ends: dict[int, int]) -> Spans:
    """Character spans as token spans; a span not on word boundaries counts as a miss
    (it cannot match a gold chunk), kept as an impossible span so it is a false positive."""
    return {(starts.get(a, -1 - a), ends.get(b, -1 - b), "PER") for a, b in spans}


def score(sentences: list[TaggedSentence]) -> dict[str, ClassScore]:
    """PER scores of the three readings (see the module docstring)."""
    texts = [token_offsets(s.words) for s in sentences]
    ner = GermanRecognizer().recognize([text for text, _, _ in texts])
    resolver = ActorResolver()
    gold = [{span for span in s.spans() if span[2] == "PER"} for s in sentences]
    alone, layer, added = [], [], []
    for (text, starts, ends), mentions in zip(texts, ner, strict=True):
        own = [(m.start, m.end) for m in mentions if m.label == "PER"]
        names = resolver.person_names(text, "de", [Mention(m.start, m.end, m.text, m.label,
                                                           None, m.normal, m.source)
                                                   for m in mentions])
        alone.append(to_tokens(own, starts, ends))
        layer.append(to_tokens(names, starts, ends))
        added.append(to_tokens(own + [n for n in names if n not in own], starts, ends))
    return {name: score_spans(gold, predicted)["PER"]
            for name, predicted in (("NER alone", alone), ("actor layer", layer),
                                    ("NER + layer's additions", added))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m communique.tools.ner_gazetteer_gain",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="folder with NER-de-dev.tsv and NER-de-test.tsv")
    scores = score(load_split(parser.parse_args(argv).data).held_out)
    print("| persons from | P | R | F1 | gold |\n|---|---|---|---|---|")
    for name, s in scores.items():
        print(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp + s.fn} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
