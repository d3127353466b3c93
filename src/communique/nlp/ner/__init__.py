"""Named-entity recognition for German, English and Russian (see docs/ner.md).

German uses the project's spaCy model trained on GermEval 2014, Russian
natasha's slovnet tagger with nominative normal forms, English a rule-based
recogniser; all behind the one ``EntityRecognizer`` stage.
"""

from communique.nlp.ner.stage import BACKENDS, EntityRecognizer, Recognizer

__all__ = ["BACKENDS", "EntityRecognizer", "Recognizer"]
