"""Syntax: part of speech, morphology, lemma and dependency tree of every token."""
