"""Trigger matches in sentences, filtered to those that report an act.

A candidate is one trigger in one sentence. Nouns ("meeting", "Treffen",
"встреча") report an act only inside an eventive frame ("was held", "fand
statt", "в ходе"); negated, hypothetical and denial clauses report none; a
future clause turns a cooperative act into a planned AGREE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.document import Sentence
from communique.events.lexicon import Lexicon, Trigger

CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:aber|doch|während|but|while|whereas|но|а|однако)\b)",
                          re.IGNORECASE)
NEGATION_WINDOW = 40        # characters before the trigger read for a negation
NEGATION_AFTER = 25         # characters after it (German verb-second: "traf nicht")
COOPERATIVE = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}


@dataclass
class Candidate:
    """One trigger in one sentence, before participants and attributes are known."""

    trigger: Trigger
    sentence: Sentence
    sentence_index: int
    start: int
    end: int
    event_type: str
    status: str = "occurred"
    background: bool = False
    remote: bool = False
    flags: set[str] = field(default_factory=set)

    @property
    def mode(self) -> str | None:
        return "phone" if self.remote and self.event_type == "CONSULT" else self.trigger.mode


def clause_bounds(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence around a span, cut at ';', ':' and contrastive commas."""
    text, base = sentence.text, sentence.start
    left, right = base, sentence.end
    for match in CLAUSE_BREAK.finditer(text):
        position = base + match.start()
        if position < start:
            left = base + match.end()
        elif position >= end:
            right = position
            break
    return left, right


def find_candidates(sentences: list[Sentence], lexicon: Lexicon) -> list[Candidate]:
    """Every trigger match that survives the frame, negation and hypothesis filters."""
    found: list[Candidate] = []
    for index, sentence in enumerate(sentences):
        matches = _matches(sentence, lexicon)
        for trigger, start, end in matches:
            candidate = _qualify(trigger, sentence, index, start, end, lexicon)
            if candidate is not None:
                found.append(candidate)
    return found


def _matches(sentence: Sentence, lexicon: Lexicon) -> list[tuple[Trigger, int, int]]:
    """Trigger matches of a sentence; where two overlap, the stronger (then longer) wins."""
    hits: list[tuple[Trigger, int, int]] = []
    for trigger in lexicon.triggers:
        for match in trigger.pattern.finditer(sentence.text):
            if trigger.particle and not trigger.particle.search(sentence.text, match.end()):
                continue
            hits.append((trigger, sentence.start + match.start(), sentence.start + match.end()))
    hits.sort(key=lambda h: (-(h[0].particle is not None), -h[0].strength, h[1] - h[2]))
    kept: list[tuple[Trigger, int, int]] = []
    for hit in hits:
        overlapping = [k for k in kept if k[1] < hit[2] and hit[1] < k[2]]
        if not overlapping:
            kept.append(hit)
    return sorted(kept, key=lambda h: h[1])


def _window(sentence: Sentence, start: int, end: int, before: int, after: int) -> str:
    left, right = clause_bounds(sentence, start, end)
    lo, hi = max(left, start - before), min(right, end + after)
    return sentence.text[lo - sentence.start:hi - sentence.start]


def _qualify(trigger: Trigger, sentence: Sentence, index: int, start: int, end: int,
             lexicon: Lexicon) -> Candidate | None:
    clause_start, clause_end = clause_bounds(sentence, start, end)
    clause = sentence.text[clause_start - sentence.start:clause_end - sentence.start]
    if trigger.form == "noun" and not lexicon.cue("frame", sentence.text) \
            and not lexicon.cue("future", clause):
        return None
    near = _window(sentence, start, end, NEGATION_WINDOW, NEGATION_AFTER)
    if lexicon.cue("negation", near) or lexicon.cue("hypothetical", near):
        return None
    if trigger.event_type == "REJECT" and lexicon.cue("denial", clause):
        return None
    candidate = Candidate(trigger, sentence, index, start, end, trigger.event_type)
    candidate.remote = bool(lexicon.cue("remote", sentence.text))
    candidate.background = bool(lexicon.cue("background", sentence.text))
    if _planned(trigger, clause, sentence.text[end - sentence.start:clause_end - sentence.start],
                lexicon):
        _make_planned(candidate)
    return candidate


def _planned(trigger: Trigger, clause: str, clause_after: str, lexicon: Lexicon) -> bool:
    """Whether the act is announced rather than reported.

    An agreement is planned when what was agreed is a meeting ("agreed to hold
    the second consultations"); an agreement to cooperate has occurred. Any
    other act is planned when its clause speaks of the future.
    """
    if trigger.future:
        return True
    if trigger.event_type == "AGREE":
        return lexicon.meeting.search(clause_after) is not None
    return lexicon.cue("future", clause) is not None


def _make_planned(candidate: Candidate) -> None:
    """Spec: a future cooperative act is AGREE with status planned; a future threat is THREATEN."""
    if candidate.event_type in COOPERATIVE:
        candidate.flags.add(f"planned-{candidate.event_type.lower()}")
        candidate.event_type = "AGREE"
        candidate.status = "planned"
    elif candidate.event_type in CONFLICTUAL:
        candidate.event_type = "THREATEN"
