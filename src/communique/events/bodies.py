"""The bodies of an IGO a meeting is held by: each body's meeting is an act of its own.

Spec section 3 merges acts of one type between the same sides on the same date, but a
report on an IGO's session names several meetings of the same members on one day («22
ноября состоялись заседания Совета министров иностранных дел, Совета министров обороны и
Комитета секретарей советов безопасности ОДКБ»): three acts, one per body. A body is
named by its head noun and genitive chain (cue ``body``) or by the abbreviation of it
(«СМИД»), which is the initials of that chain, so both give one key. A joint meeting of
several bodies (cue ``joint``: «совместное заседание») stays one act.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.candidates import Candidate
from communique.events.lexicon import Lexicon

BODY_FLAG = "body:"     # a candidate's flag naming the body whose meeting it tells


def body_key(name: str) -> str:
    """One key for a body's full name and its abbreviation: the initials of its words
    («Совета министров иностранных дел» → СМИД), an upper-case abbreviation as it is."""
    words = name.split()
    if len(words) == 1 and words[0].isupper():
        return words[0]
    return "".join(word[0] for word in words).upper()


def named_bodies(candidate: Candidate, lexicon: Lexicon) -> list[str]:
    """The keys of the bodies a meeting's trigger names: those right after it, joined by
    commas and «и» («заседания СМИД, СМО и КССБ»), or the body its sentence opens with
    («Совет министров обороны … рассмотрел …»). A meeting noun after a preposition
    (cue ``governed``) is the setting or the aim of another act, not a meeting told."""
    if candidate.event_type != "CONSULT" or candidate.status != "occurred":
        return []
    text, offset = candidate.sentence.text, candidate.sentence.start
    before = text[:candidate.start - offset].split()[-2:]
    if candidate.trigger.form == "noun" and any(lexicon.cues["governed"].fullmatch(word)
                                                for word in before):
        return []       # «к сессии СКБ», «по итогам заседания»: a meeting named, not told
    keys: list[str] = []
    position = candidate.end - offset
    for match in lexicon.cues["body"].finditer(text, position):
        gap = text[position:match.start()]
        if gap.strip() and not (keys and lexicon.cues["conjunction"].fullmatch(gap.strip())):
            break
        keys.append(body_key(match.group()))
        position = match.end()
    if not keys:
        opening = lexicon.cues["body"].match(text.lstrip())
        if opening is not None and candidate.trigger.form != "noun":
            keys.append(body_key(opening.group()))
    return keys


def split_by_body(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """One candidate per body a meeting names, each flagged with its body; a joint
    meeting («совместное заседание СМИД и СМО») keeps one, flagged with all."""
    out: list[Candidate] = []
    for candidate in candidates:
        keys = named_bodies(candidate, lexicon)
        before = candidate.sentence.text[:candidate.start - candidate.sentence.start]
        words = before.split()
        if len(keys) > 1 and words and lexicon.cues["joint"].fullmatch(words[-1]):
            keys = ["+".join(keys)]
        if not keys:
            out.append(candidate)
            continue
        out += [replace(candidate, flags={*candidate.flags, BODY_FLAG + key}) for key in keys]
    return out


def bodies_of(candidates: list[Candidate]) -> set[str]:
    """The bodies an act's candidates name."""
    return {flag for c in candidates for flag in c.flags if flag.startswith(BODY_FLAG)}
