"""The sides of an act named in a phrase of time that opens a German main clause.

"Während des Besuchs von Papst Franziskus in Kuba sind 50 Dissidenten festgenommen
worden", "Nach dem Treffen mit Putin kritisierte Merkel die Türkei": German puts one
constituent before the finite verb (verb second), so a prepositional phrase of time
that opens the clause ends at that verb, and the names inside it belong to the act its
noun names (the visit, the meeting), not to the act of the main verb. The noun's own
act keeps the names of its phrase; with one side named there ("Treffen mit Putin",
"Gespräche in Moskau") and no owner of its own (no genitive or "von" after the noun:
"Besuch des chinesischen Präsidenten in Paris"), its other side is the subject of the
main clause, which did the meeting.

The phrase is the cue ``act_opener`` (a preposition of time and a meeting noun; optional,
German only); it ends at the cue ``opener_close`` (a finite auxiliary), the cue
``passive`` or the first verb trigger after it, and never across a comma (an inserted
clause may hold a subject).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from communique.clean.dateline import find_dateline
from communique.document import Sentence
from communique.events.candidates import Candidate
from communique.events.lexicon import Lexicon

# the flag of a candidate whose sides its phrase of time settled (coder: no fill from the report)
PHRASE_SIDES = "phrase-sides"


class Named(Protocol):
    """What this module reads of a party (``participants.Party``, which imports this
    module): where it was named and its code."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def code(self) -> str | None: ...


P = TypeVar("P", bound=Named)


def act_phrase(sentence: Sentence, body: int, lexicon: Lexicon,
               candidates: Sequence[Candidate]) -> tuple[int, int] | None:
    """The opening phrase of time around a nominalised act (absolute offsets, up to its
    closing verb), or None when the sentence opens with none. ``body``: where the sentence's
    text starts after its dateline ("Holguin/Vatikanstadt – Während des Besuchs …";
    ``attributes.dateline_end``)."""
    text = sentence.text
    opening = lexicon.cues["act_opener"].match(text, body - sentence.start)
    if opening is None:
        return None
    ends = [close.start() for name in ("opener_close", "passive")
            if (close := lexicon.cues[name].search(text, opening.end())) is not None]
    ends += [c.start - sentence.start for c in candidates
             if c.sentence is sentence and c.trigger.form == "verb"
             and c.start - sentence.start >= opening.end()]
    if not ends or "," in text[opening.end():min(ends)]:
        return None
    return sentence.start + opening.start(), sentence.start + min(ends)


def settled_by_phrase(candidate: Candidate, parties: list[P], kept: list[P],
                      phrase: tuple[int, int]) -> bool:
    """Whether the phrase of time settles the candidate's sides (``kept`` of its
    ``parties``), so that the report's parties fill none of them: it is the act the phrase
    names and has sides there or in the main clause's subject, or the main verb's act whose
    sentence names no one outside the phrase ("Während des Besuchs von X in Y | sind 50
    Dissidenten festgenommen worden": the arrest's sides are not the visit's). A phrase that
    names no one ("Nach den Konsultationen unterzeichneten …") speaks of the report's
    meeting."""
    start, end = phrase
    if start <= candidate.start < end:
        return bool(kept)
    return candidate.start >= end and bool(parties) and not kept


def phrase_parties(candidate: Candidate, parties: list[P], phrase: tuple[int, int],
                   lexicon: Lexicon) -> list[P]:
    """The parties of ``candidate`` given the phrase: an act outside it loses the phrase's
    names; the phrase's own act keeps them, and the main clause's subject when they are
    one side only (the subject is the first party after the phrase with those
    coordinated with it, unless the closing verb is passive: its subject is acted on)."""
    start, end = phrase
    inside = [p for p in parties if start <= p.start < end]
    if candidate.start < start:
        return parties
    if candidate.start >= end:
        outside = [p for p in parties if p not in inside]
        return outside or (inside if _agreed_there(candidate) else [])
    after = [p for p in parties if p.start >= end]
    text, base = candidate.sentence.text, candidate.sentence.start
    if len({p.code for p in inside}) >= 2 or not after or _owned(candidate, lexicon) or \
            lexicon.cues["passive"].match(text, end - base) is not None:
        return inside
    subject = [after[0]]
    for party in after[1:]:
        if not lexicon.cues["conjunction"].fullmatch(
                text[subject[-1].end - base:party.start - base].strip()):
            break
        subject.append(party)
    return inside + subject


def _agreed_there(candidate: Candidate) -> bool:
    """Whether a main clause that names no one reports what the phrase's meeting agreed:
    a joint act with no subject of its own ("Bei dem Treffen von X und Y | wurde vereinbart,
    …", "sei beschlossen worden"); a directed act there ("wurden … festgenommen") is not the
    meeting's."""
    return candidate.trigger.sides == "symmetric" and candidate.trigger.form == "verb"


def opens_with_act_phrase(prefield: str, lexicon: Lexicon) -> bool:
    """Whether all before a verb in second place is a phrase of time around an act ("Nach
    dem Treffen mit Putin | kritisierte …"): one constituent with no comma, so the subject
    follows the verb."""
    text = prefield.strip()
    dateline = find_dateline(text)
    return "," not in text and lexicon.cues["act_opener"].match(
        text, dateline.end if dateline else 0) is not None


def _owned(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act's noun names who did it right after it, in the genitive or with the
    passive agent's preposition ("des Besuchs des Papstes", "des Besuchs von Franziskus")."""
    text, base = candidate.sentence.text, candidate.sentence.start
    rest = text[candidate.end - base:].lstrip()
    return lexicon.cues["agent"].match(rest) is not None or \
        lexicon.cues["genitive_article"].match(rest) is not None
