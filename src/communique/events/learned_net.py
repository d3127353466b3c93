"""The learned scorer as a trigger source: a recall net beside the lexicon.

A sentence that names two or more states or IGOs but holds no lexicon trigger is
encoded and scored (``events/learned.py``); where the event probability reaches
the threshold calibrated by grouped cross-validation, it becomes a candidate of
the likeliest type, anchored on the sentence's main verb, and goes through the
same sides, dates and attribute coding as a lexicon candidate. Only such
sentences are encoded (at most ``MAX_SENTENCES`` a document): the encoder costs
some 30 ms of CPU a sentence, the whole pipeline some 30 ms a document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from communique.document import Document, Sentence
from communique.events.candidates import Candidate, make_planned
from communique.events.learned import Encoder, EventScorer, e5_encoder, load_scorer
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.scopes import scope_of
from communique.events.trigger import Trigger

MAX_SENTENCES = 3       # per document, to bound the cost; still ~26 ms a 10kGNAD document
MIN_PARTIES = 2         # distinct states or IGOs a sentence names: an interstate act
VERB_TAGS = ("VERB", "AUX")     # the main verb: a full verb first, else an auxiliary
# what the lexicon's coder reads as no act around a trigger, read here over the sentence:
# "did not meet", "could impose", "stressed the importance of cooperation"
SILENT_CUES = ("negation", "hypothetical", "opinion")
FLAG = "learned"        # marks a candidate the net made, for whoever reads its provenance


class RecallNet:
    """Adds the scorer's candidates to the lexicon's for the sentences it left empty."""

    def __init__(self, scorer: EventScorer | None = None,
                 encoder: Encoder | None = None) -> None:
        self.scorer = scorer or load_scorer()
        self._encoder = encoder

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = e5_encoder()
        return self._encoder

    def extend(self, doc: Document, lexicon: Lexicon,
               found: list[Candidate]) -> list[Candidate]:
        """``found`` with the net's candidates, in document order."""
        open_sentences = self.uncovered(doc, lexicon, found)
        if not open_sentences:
            return found
        vectors = self.encoder.encode([s.text for _, s in open_sentences])
        added = []
        for (index, sentence), scores in zip(open_sentences, self.scorer.score(vectors),
                                             strict=True):
            if scores.event >= self.scorer.threshold:
                added.append(_candidate(doc, lexicon, index, sentence, scores.event_type,
                                        scores.event))
        return sorted([*found, *added], key=lambda c: (c.sentence_index, c.start))

    def uncovered(self, doc: Document, lexicon: Lexicon,
                  found: list[Candidate]) -> list[tuple[int, Sentence]]:
        """The sentences the net reads: no candidate, two or more states or IGOs, no
        question, and none of ``SILENT_CUES``."""
        covered = {c.sentence_index for c in found}
        chosen = []
        for index, sentence in enumerate(doc.sentences):
            if index in covered or len(_state_codes(doc, sentence)) < MIN_PARTIES:
                continue
            if sentence.text.rstrip().endswith("?") or any(
                    lexicon.cue(cue, sentence.text) for cue in SILENT_CUES):
                continue
            chosen.append((index, sentence))
            if len(chosen) == MAX_SENTENCES:
                break
        return chosen


def _state_codes(doc: Document, sentence: Sentence) -> set[str]:
    return {m.actor.code for m in doc.mentions
            if sentence.start <= m.start < sentence.end and m.actor is not None
            and m.actor.kind in ("state", "igo") and m.actor.code}


def _candidate(doc: Document, lexicon: Lexicon, index: int, sentence: Sentence,
               event_type: str, probability: float) -> Candidate:
    start, end = _main_verb(doc, sentence)
    trigger = Trigger(event_type, "verb", usual_sides(lexicon, event_type), probability)
    names = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    scope = scope_of(sentence, start, end, False, lexicon, doc.times, names)
    candidate = Candidate(trigger, sentence, index, start, end, event_type, scope)
    candidate.flags.add(FLAG)
    candidate.remote = bool(lexicon.cue("remote", sentence.text))
    candidate.background = bool(lexicon.cue("background", sentence.text))
    clause = sentence.text[scope.clause[0] - sentence.start:scope.clause[1] - sentence.start]
    if lexicon.cue("future", clause):
        make_planned(candidate)
    return candidate


def _main_verb(doc: Document, sentence: Sentence) -> tuple[int, int]:
    """The root of the parse where the syntax stage ran, else the first full verb (then
    auxiliary) the tagger marked; with no tags, the word after the first state or IGO
    named, where the verb of a subject-first (English, Russian) or verb-second (German)
    clause stands; else the sentence's first word."""
    tokens = sentence.tokens
    root = next((t for t in tokens if t.dep and t.dep.lower() == "root"
                 and t.pos in VERB_TAGS), None)
    tagged = (t for tag in VERB_TAGS for t in tokens if t.pos == tag)
    first_party = min((m.end for m in doc.mentions if sentence.start <= m.start < sentence.end
                       and m.actor is not None and m.actor.kind in ("state", "igo")),
                      default=sentence.start)
    after = (t for t in tokens if t.start >= first_party and t.text[:1].isalpha())
    token = root or next(tagged, None) or next(after, None) or (tokens[0] if tokens else None)
    return (token.start, token.end) if token is not None else (sentence.start, sentence.end)


def usual_sides(lexicon: Lexicon, event_type: str) -> str:
    """How the language's triggers of this type most often take their sides (a visit or
    a host reading needs its own word, so the net reads those as symmetric)."""
    return _sides_table(lexicon.language).get(event_type, "directed")


@cache
def _sides_table(language: str) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for trigger in _all_triggers(load_lexicon(language)):
        sides = trigger.sides if trigger.sides in ("symmetric", "directed") else "symmetric"
        counts.setdefault(trigger.event_type, Counter())[sides] += 1
    return {kind: count.most_common(1)[0][0] for kind, count in counts.items()}


def _all_triggers(lexicon: Lexicon) -> Iterable[Trigger]:
    yield from lexicon.triggers
    for frames in lexicon.frames.by_lemma.values():
        yield from frames
