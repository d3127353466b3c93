"""Scopes inside a sentence: the clause a trigger speaks in, and the phrases naming topics.

A date or a place belongs to an act only when it stands in the act's clause
("Putin proposed an agreement before the summit, which will be held on 3–5
September in China": the dates are the summit's). A noun's clause runs on
through the relative clause that follows it ("the summit, which will be held").
Actors named inside a topic phrase ("talks on the situation in Syria") are
topics, not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.clean.dateline import find_dateline
from communique.document import Sentence, TimeExpression
from communique.events.lexicon import Lexicon

# words from a setting word to the name of the occasion's IGO or state: «на полях 77-й
# сессии Генеральной Ассамблеи ООН» has two, "am Rande des Gipfeltreffens der Shanghaier
# Organisation" three, "on the sidelines of the annual meeting of the" five; one more
SETTING_WORDS = 6
# A quotation of this many words or more is speech; a shorter one is a name (the council
# «Россия – НАТО», the pipeline «Турецкий поток»), whose states may well be sides.
QUOTE_WORDS = 5
_QUOTE = re.compile(r'“[^”]*”|"[^"]*"|«[^»]*»|„[^“”"]*[“”"]')


def clause_bounds(sentence: Sentence, start: int, end: int, lexicon: Lexicon,
                  through_next: bool = False) -> tuple[int, int]:
    """The clause around a span, cut at ';', ':' and subordinate clauses; with
    ``through_next``, it also takes the clause that follows (a noun's relative clause)."""
    text, base = sentence.text, sentence.start
    left, right = base, sentence.end
    breaks_after = 0
    for match in lexicon.cues["clause"].finditer(text):
        position = base + match.start()
        if position < start:
            left = base + match.end()
        elif position >= end:
            breaks_after += 1
            if breaks_after > int(through_next):
                right = position
                break
    fronted = _fronted_close(sentence, lexicon)
    if fronted is not None and end <= fronted:
        right = min(right, fronted)
    elif fronted is not None and start > fronted:
        left = max(left, fronted + 1)
    return left, right


def _fronted_close(sentence: Sentence, lexicon: Lexicon) -> int | None:
    """Where a subordinate clause that opens the sentence closes (cue
    ``defix9_fronted_clause``: "Nachdem Russland … ausgewiesen hatte, | bestellte Estland"):
    an act told in it speaks there, and one of the main clause does not (absolute offset of
    the comma)."""
    match = lexicon.cues["defix9_fronted_clause"].match(sentence.text)
    if match is None:
        return None
    return sentence.start + sentence.text.rindex(",", 0, match.end())


def inserted_close(text: str, sentence_start: int, clause_start: int, trigger: int) -> int | None:
    """Where a subordinate clause that opens the trigger's clause closes before the trigger
    ("Lavrov, who arrived in Ankara on Monday, held talks": the comma before "held"), i.e.
    the trigger speaks in the clause the inserted one interrupted. A clause cut at ';' or
    ':' opens no inserted clause ("… said: on Monday, we held talks")."""
    if clause_start <= sentence_start or text[clause_start - 1] in ";:":
        return None
    comma = text.rfind(",", clause_start, trigger)
    return comma if comma >= 0 else None


def topic_spans(sentence: Sentence, lexicon: Lexicon, stops: list[int],
                times: list[TimeExpression], names: list[tuple[int, int]],
                trigger: int | None = None) -> list[tuple[int, int]]:
    """Spans that name topics, each from a topic word to the next 'with'-word, stop or
    date opened by a topic word, and the asides on a person's former post or possessive
    relative clauses (cue ``aside``) and a conflict between states up to the second state's
    name (cue ``relation``; unlike ``_without_topic_partners``, with no topic word before
    it), save the one that holds the ``trigger``: that aside
    tells an act of its own ("Die USA, deren Außenminister … mit Fidan gesprochen hatte,");
    and plain relative clauses that end before the ``trigger`` (cue ``relative``).

    A capitalised topic word opens a headline, which a page may run into its lead («О
    российско-китайских консультациях … Сообщение для СМИ 21 мая в Пекине состоялись …»):
    the lead's first date ends it.

    A statement of topics (cue ``topic_statement``) opens a phrase that runs to the next
    stop or ';' however many 'with'-words it holds.

    A topic word that opens a date ("on Tuesday", "on December 6") or an eventive frame
    ("on a three-day visit") is not one, nor one inside a name or title ("Special
    Representative … on international information security", ``names``).
    """
    text, offset = sentence.text, sentence.start
    date_starts = {t.start for t in times}
    spans = []
    matches = list(lexicon.cues["topic"].finditer(text))
    opens_date = [offset + m.start() for m in matches
                  if offset + m.start() in date_starts or offset + m.end() + 1 in date_starts]
    # a 'with' that belongs to a topic word ("the war with Russia", «граница с Россией»)
    # continues the topic
    breaks = sorted([offset + m.start() for m in lexicon.cues["with"].finditer(text)
                     if not any(t.start() < m.start() < t.end() for t in matches)]
                    + [offset + i for i, ch in enumerate(text) if ch == ";"]
                    + _attributions(text, offset, lexicon)
                    + _opening_close(text, offset, lexicon, "opener")
                    + _opening_close(text, offset, lexicon, "desides9_subject_opening")
                    + opens_date + stops)   # "a debate on cybersecurity | on Monday"
    frame = lexicon.cues["frame"]
    headlines = [(offset + m.start(), first) for m in matches if m.group()[:1].isupper()
                 and (first := min((d for d in date_starts if d > offset + m.start()),
                                   default=None)) is not None]
    for match in matches:
        start = offset + match.start()
        if start in opens_date or any(s <= start < e for s, e in names) \
                or frame.match(text, match.start()) is not None:    # "on a … visit"
            continue
        end = next((b for b in breaks if b > start), offset + len(text))
        spans.append((start, min([end, *(e for s, e in headlines if s <= start < e)])))
    # a statement of topics ("Themen des Gesprächs waren …") runs to the clause's end: what
    # it names between whom ("die Spannungen zwischen China und Taiwan") is the topic too
    cuts = sorted([offset + i for i, ch in enumerate(text) if ch == ";"] + stops)
    for match in lexicon.cues["topic_statement"].finditer(text):
        start = offset + match.end()
        spans.append((start, next((c for c in cuts if c > start), offset + len(text))))
    # so does a backdrop ("against the backdrop of tensions between Russia and the West",
    # "vor dem Hintergrund …"; cue ``backdrop``), up to a comma: "Against the backdrop of the
    # dispute with Russia, | the EU imposed …" ("amid" is left out: its opener may name the
    # target)
    commas = sorted(cuts + [offset + i for i, ch in enumerate(text) if ch == ","])
    for match in lexicon.cues["backdrop"].finditer(text):
        start = offset + match.end()
        spans.append((start, next((c for c in commas if c > start), offset + len(text))))
    # an aside on a person's former post ends at its own comma, not at a break; a conflict
    # between states ends with the second state's name ("the conflict between Turkey and
    # Russia dominated the agenda", cue ``relation``)
    spans += [(offset + m.start(), offset + m.end())
              for cue in ("aside", "relation") for m in lexicon.cues[cue].finditer(text)
              if trigger is None or not offset + m.start() <= trigger < offset + m.end()]
    # a relative clause before the trigger is background to it (cue ``relative``), up to the
    # last comma before the trigger: "…, which includes Russia, China and India, discussed"
    if trigger is not None:
        last = text.rfind(",", 0, trigger - offset)
        spans += [(offset + m.start(), offset + max(m.end(), last))
                  for m in lexicon.cues["relative"].finditer(text)
                  if offset + m.end() <= trigger]   # not the clause the trigger stands in
    return spans


def _opening_close(text: str, offset: int, lexicon: Lexicon, opening: str) -> list[int]:
    """Where a phrase that opens the sentence after a dateline closes: from cue ``opening``
    to the first ``opener_close`` with no comma before it. German puts the finite verb second,
    so a topic opened in that phrase does not run on into what follows: an adverbial
    (``opener``: "Im Streit um Grönland | hat Dänemark …") or a subject with its article
    (``desides9_subject_opening``: "Ein Protokoll über die Ausweitung der Regelung | ist …
    von den Außenministern von Belarus und China unterzeichnet worden", branch desides9)."""
    dateline = find_dateline(text)
    start = 0 if dateline is None else dateline.end + len(text[dateline.end:]) - len(
        text[dateline.end:].lstrip(" .–-"))
    phrase = lexicon.cues[opening].match(text, start)
    close = lexicon.cues["opener_close"].search(text, phrase.end()) if phrase else None
    if phrase is None or close is None or "," in text[phrase.end():close.start()]:
        return []
    return [offset + close.start()]


def _attributions(text: str, offset: int, lexicon: Lexicon) -> list[int]:
    """Where a trailing attribution opens (cue ``attribution``, German: "… zur Herstellung
    solcher Waffen erlangten|, sagte Außenminister Sergej Lawrow"), which no topic runs into.
    Russian «…, заявила Захарова» is left out: there it cost ru_multi two false acts."""
    return [offset + m.start() for m in lexicon.cues["attribution"].finditer(text)]


@dataclass(frozen=True)
class Scope:
    """The clause of a trigger and the topic phrases of its sentence (absolute offsets)."""

    clause: tuple[int, int]
    topics: tuple[tuple[int, int], ...]
    own_topic: tuple[int, int] | None = None   # the topic phrase the trigger itself is in

    def in_clause(self, position: int) -> bool:
        return self.clause[0] <= position < self.clause[1]

    def is_topic(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.topics)


def scope_of(sentence: Sentence, start: int, end: int, noun: bool, lexicon: Lexicon,
             times: list[TimeExpression], names: list[tuple[int, int]]) -> Scope:
    in_sentence = [t for t in times if sentence.start <= t.start < sentence.end]
    # a frame ("held", "took place") ends the phrase a trigger could be the topic of:
    # "the expert group on information security held its regular meeting"
    frames = [sentence.start + m.start() for m in lexicon.cues["frame"].finditer(sentence.text)]
    unbounded = topic_spans(sentence, lexicon, frames, in_sentence, names)
    own = next(((s, e) for s, e in unbounded if s < start < e), None) if noun else None
    # the words inside the trigger open no topic ("called on President …": its "on"); its
    # first word may ("discussed …")
    topics = [span for span in topic_spans(sentence, lexicon, [start], in_sentence,
                                           [*names, (start + 1, end)], start)
              if not _opens_own_clause(sentence, span, start, lexicon)]
    return Scope(clause_bounds(sentence, start, end, lexicon, through_next=noun),
                 tuple(topics + quotes_around(sentence, start)), own)


def _opens_own_clause(sentence: Sentence, span: tuple[int, int], trigger: int,
                      lexicon: Lexicon) -> bool:
    """Whether a topic span is the trigger's own subordinate clause: a conjunction of cue
    ``subordinator`` that the trigger closes as the clause's final verb, with no comma
    between ("…, nachdem Polen von Deutschland Entschädigungen verlangt hatte": Poland and
    Germany are the demand's sides, though the conjunction makes them a topic of the main
    clause's act). A date may cut the span short of the trigger ("Nachdem Russland am
    Montag zwei Diplomaten ausgewiesen hatte"): the clause is the trigger's all the same."""
    start, end = span
    text = sentence.text[start - sentence.start:trigger - sentence.start]
    return end <= trigger and "," not in text and \
        lexicon.cues["subordinator"].match(text) is not None


def quotes_around(sentence: Sentence, trigger: int) -> list[tuple[int, int]]:
    """The quoted statements of the sentence that do not hold the trigger: the states a
    speaker names ("„Japan's release … is irresponsible“, Wang said during the talks") are
    what he said, not sides of the act told around the quote."""
    spans = [(sentence.start + m.start(), sentence.start + m.end())
             for m in _QUOTE.finditer(sentence.text)
             if len(re.findall(r"\w+", m.group())) >= QUOTE_WORDS]
    return [(s, e) for s, e in spans if not s <= trigger < e]


def setting_window(sentence: Sentence, position: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The occasion phrase ``position`` lies in ("on the sidelines of the 77th session of
    the UN General Assembly", «на полях СМИД ОДКБ», "am Rande des Gipfels der SOZ"): from
    the setting word to at most ``SETTING_WORDS`` words on, cut at a comma or a 'with'-word
    ("am Rande der Sitzung Konsultationen mit Russland"; absolute offsets); None outside
    one."""
    text = sentence.text
    at = position - sentence.start
    for match in lexicon.cues["setting"].finditer(text, 0, at):
        gap = text[match.end():at]
        if "," not in gap and len(gap.split()) <= SETTING_WORDS \
                and lexicon.cues["with"].search(text, match.end(), at) is None:
            return sentence.start + match.start(), position
    return None
