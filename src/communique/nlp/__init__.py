"""The language layer: sentences, tokens, lemmas, date expressions, named entities.

Stages: ``Analyzer`` (sentences with tokens and lemmas, resolved date
expressions) and ``EntityRecognizer`` (``nlp.ner``). ``resolve_times``
resolves the dates of any string against a chosen anchor; ``time_role`` tells
an event date from a period, an open interval or an unresolved expression.
"""

from communique.nlp.analyzer import Analyzer
from communique.nlp.dates import date_setting, resolve_times, time_role
from communique.nlp.ner import EntityRecognizer

__all__ = ["Analyzer", "EntityRecognizer", "date_setting", "resolve_times", "time_role"]
