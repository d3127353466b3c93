"""Offline tools: they build or measure what the runtime stages read, and run by hand.

Each is ``python -m communique.tools.NAME`` with ``--help``; none is imported by a stage
(``tests/test_imports.py``), so they may import the extractor and the scorer.

- ``build_gazetteer``: regenerate the gazetteer's generated tables from the curated ones.
- ``cameo_verbs``: PETRARCH2's CAMEO verbs per PLOVER category, a reading aid for lexicon work.
- ``cameo_coverage``: how many CAMEO verbs per PLOVER category the English lexicon covers (bare and
  framed), and the uncovered ones of a category: the worklist of a lexicon pass.
- ``calibrate``: fit the events' confidence model on gold documents.
- ``explain_sides``: each candidate that passed the gates, its parties and sides, and why it
  gave no event (the ``no_sides`` misses of the eval).
- ``check_persons``: how many gold persons the actor layer finds, with the right state.
- ``germeval``: the fixed GermEval 2014 split the German NER model is trained on.
- ``gnad_sample``: a seeded sample of the events coded on German general news, to read by hand.
- ``eval_probes``: one table of every probe set, the 10kGNAD gold, dev and check (aggregate):
  how a change to the coder is judged before it lands.
- ``petrarch_check``: the coder on PETRARCH2's real validation sentences (type found, extras).
- ``ngec_check``: the coder on NGEC's synthetic two-country headlines (breadth of the English
  lexicon over the 16 categories).
- ``ner_gazetteer_gain``: German NER persons alone and with the actor layer, on GermEval 2014.
- ``measure_links``: pairwise precision and recall of cross-document links.
- ``train_de_ner``: retrain the shipped German NER model.
- ``train_event_scorer``: retrain and cross-validate the learned event scorer.
- ``train_syntax``: retrain (``--lang en|de``) or score (``--score``) the syntax models.
"""
