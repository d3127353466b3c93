"""German NER: the project's spaCy model trained on GermEval 2014 (see
``communique.tools.train_de_ner``), backed up by office-word cues for persons (see
``german_cues``)."""

from __future__ import annotations

from pathlib import Path

import spacy

from communique.document import Mention
from communique.errors import ModelMissingError
from communique.lang import FOLDER
from communique.nlp.ner import subword_vectors  # noqa: F401  (registers the model's vectors)
from communique.nlp.ner.german_cues import PersonCues, with_cue_persons
from communique.nlp.ner.text import chunks, folded_repeats, make_mention

#: Shipped in the German language folder, like the syntax models (``lang/<xx>/syntax/model``).
MODEL_DIR = FOLDER / "de" / "ner" / "model"
RETRAIN = ("python -m communique.tools.train_de_ner --data <germeval2014 folder> "
           "--out src/communique/lang/de/ner/model")
#: GermEval's OTH is the MISC of our Mention labels.
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


class GermanRecognizer:
    """PER/LOC/ORG/MISC spans from the shipped spaCy pipeline (tokenizer + ner) plus cues."""

    language = "de"

    def __init__(self, model_dir: Path = MODEL_DIR, batch_size: int = 64) -> None:
        if not (model_dir / "config.cfg").is_file():
            raise ModelMissingError("German NER", str(model_dir), RETRAIN)
        self.nlp = spacy.load(model_dir)
        self.cues = PersonCues()
        self.batch_size = batch_size

    def recognize(self, texts: list[str]) -> list[list[Mention]]:
        """Mentions per text, with offsets into that text, in text order."""
        pieces = [(index, offset, chunk) for index, text in enumerate(texts)
                  for offset, chunk in chunks(text)]
        found: list[list[Mention]] = [[] for _ in texts]
        docs = self.nlp.pipe((chunk for _, _, chunk in pieces), batch_size=self.batch_size)
        for (index, offset, _), doc in zip(pieces, docs, strict=True):
            for ent in with_cue_persons(doc, self.cues):
                found[index].append(make_mention(texts[index], offset + ent.start_char,
                                                 offset + ent.end_char, LABELS[ent.label_]))
        return [folded_repeats(text, mentions) for text, mentions in zip(texts, found,
                                                                         strict=True)]
