"""Trigger matches in sentences, filtered to those that report an act.

A candidate is one trigger in one sentence. Nouns ("meeting", "Treffen",
"встреча") report an act only inside an eventive frame ("was held", "fand
statt", "в ходе"); negated, hypothetical and denial clauses report none; a
future clause turns a cooperative act into a planned AGREE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from communique.document import Document, Sentence, TimeExpression
from communique.events.frames import LemmaTrigger
from communique.events.lexicon import Lexicon, RegexTrigger
from communique.events.scopes import Scope, clause_bounds, scope_of
from communique.events.trigger import Trigger
from communique.lang import defaults
from communique.nlp.lemmas import future_form

NEGATION_WINDOW = 40        # characters before the trigger read for a negation
UPCOMING_WORDS = 3          # words before a meeting noun read for "upcoming", "nächste"
OWN_DATE_DISTANCE = 40      # characters after a noun within which a date is its own
HELD_DISTANCE = 3            # characters between a meeting noun and "held" that reports it
VERB_OBJECT_DISTANCE = 25    # characters between a meeting verb and its object noun
AGREED_OBJECT_DISTANCE = 60  # … and between "agreed" and the meeting agreed on
GERUND_DISTANCE = 6          # … or its gerund, one preposition after it (" upon "): a gerund
                             # further on qualifies a noun ("to open the negotiating cluster")
# characters between an agreement or threat and the act it is about ("agreed on Monday to
# impose new sanctions on": 31; a German infinitive clause after its comma runs longer)
CONTENT_DISTANCE = 60
TOPIC_GAP_WORDS = 2         # words between a topic word and a noun it makes a topic
FRAME_NEGATION = 16         # characters before an eventive frame read for a negation
NEGATION_AFTER = 25         # characters after it (German verb-second: "traf nicht")
COOPERATIVE = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# Acts done by saying them (PLOVER's verbal categories): their speaker is who acts.
VERBAL = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Support and commitment whose object may be a standing position (cue ``position_object``):
# "supports multilateralism", "reaffirmed its commitment to ASEAN centrality" state a view
STANDING_OUTCOMES = ("endorsed", "commitment expressed")
# AGREE outcomes that settle what is done ("agreed to impose", "beschlossen"); any other AGREE
# (a promise, readiness, intent, offer) only announces it
AGREED_OUTCOMES = {"agreement reached", "decision taken", "plans agreed", "talks concluded"}
# an agreement reached by concluding talks ("schlossen ihre Verhandlungen ab"): the meeting
# noun it names is the talks held, not a meeting agreed on (lang/de/events.yaml)
TALKS_CONCLUDED = "talks concluded"
# what an agreement or a promise may be about that makes it no cooperative act of its own
THREATS = CONFLICTUAL | {"THREATEN"}
# what a threat or an ultimatum may be about beside a conflictual act: a withdrawal or a veto
# demanded or announced ("gave Turkey an ultimatum to withdraw its troops", "threatened to veto
# the resolution"); only the threat happened (PLOVER THREATEN)
THREATENED = CONFLICTUAL | {"RETREAT", "REJECT"}
# what a rejection may turn down, named by a verb's lemma too ("refused to extend the
# agreement"): cooperative acts, which only the refusal makes happen; a request turned down
# ("turned down a request from Belarus") was made, an earlier act the report names
REFUSED = COOPERATIVE


# the flag of an act told in a relative clause on its subject ("Mirzoyan, who visited Paris
# last week, held talks …"): an aside on a person, never the report's main meeting
ASIDE = "aside"
# the flag of a meeting noun that complements the meeting noun before it ("the sixth round
# of the strategic dialogue", «раунд консультаций», cue ``meeting_of`` of person_cues.yaml):
# one act with it, whichever officials each of the two takes from the sentence
COMPLEMENT = "complement"
# the flag of a trigger that is a topic word itself ("discussed", «обсудили»): what it names
# after it is what was discussed, the partner of a relation ("… and discussed North Korea's
# military cooperation with Russia"), no new side of the meeting it shares a sentence with
TOPICAL = "topical"


@dataclass
class Candidate:
    """One trigger in one sentence, before participants and attributes are known."""

    trigger: Trigger
    sentence: Sentence
    sentence_index: int
    start: int
    end: int
    event_type: str
    scope: Scope
    status: str = "occurred"
    background: bool = False
    remote: bool = False
    flags: set[str] = field(default_factory=set)

    @property
    def mode(self) -> str | None:
        return "phone" if self.remote and self.event_type == "CONSULT" else self.trigger.mode


def find_candidates(doc: Document, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger match that survives the frame, negation and hypothesis filters."""
    found: list[Candidate] = []
    times, anchor = doc.times, doc.published.date() if doc.published else None
    names = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    for index, sentence in enumerate(doc.sentences):
        matches = _matches(sentence, lexicon)
        for trigger, start, end in matches:
            if trigger.form == "noun" and _named_as_topic(sentence, start, lexicon) \
                    and not _dated_after(start, end, sentence, times):
                continue        # "talks about the signing of…": the signing is a topic
            if trigger.form == "noun" and len(matches) > 1 and _time_anchor(
                    sentence.text[:start - sentence.start], lexicon):
                continue        # "coordinate ahead of the summit": the summit dates an act
            agreed = (_agreed_meeting((trigger, start, end), matches, sentence, lexicon)
                      or _agreed_clause_meeting((trigger, start, end), matches, sentence,
                                                lexicon))
            reached_at = agreed and _reached_at(sentence, start, lexicon)
            candidate = _qualify(trigger, sentence, index, start, end, lexicon,
                                 (times, names), anchor, reached_at)
            if candidate is None:
                continue
            if candidate.status != "planned" and agreed and not reached_at:
                make_planned(candidate)
            found.append(candidate)
    return found


def matched_types(doc: Document, lexicon: Lexicon) -> set[str]:
    """The event types of every trigger match, before the topic, frame, negation and
    hypothesis filters of ``find_candidates`` (the scorer tells a missing trigger from a
    filtered one with it)."""
    return {trigger.event_type for sentence in doc.sentences
            for trigger, _, _ in _matches(sentence, lexicon)}


def _named_as_topic(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """A noun right after a topic or target word ("zur Verabschiedung", "about the
    signing", "Demo gegen das Treffen"), unless the word opens an eventive frame ("on a
    three-day official visit")."""
    before = sentence.text[:start - sentence.start]
    for match in (*lexicon.cues["topic"].finditer(before),
                  *lexicon.cues["target"].finditer(before)):
        gap = before[match.end():]
        if len(gap.split()) <= TOPIC_GAP_WORDS and not any(ch in gap for ch in ",;:") \
                and lexicon.cues["frame"].match(sentence.text, match.start()) is None:
            return True
    return False


def _time_anchor(before: str, lexicon: Lexicon) -> bool:
    """A meeting noun right after a preposition of time (cue ``time_anchor``: "ahead of the
    NATO summit", "before the G20 summit") tells when another act of its sentence happens:
    it is neither that act nor the meeting agreed on."""
    return lexicon.cues["time_anchor"].search(before) is not None


def _dated_after(start: int, end: int, sentence: Sentence, times: list[TimeExpression]
                 ) -> bool:
    """A noun with a date of its own right after it ("the G20 meeting in Bonn (16-17 Feb)")
    is an act, even when it is named as a topic."""
    return any(end <= t.start <= end + OWN_DATE_DISTANCE and t.start < sentence.end
               for t in times)


def _own_date(start: int, end: int, sentence: Sentence, times: list[TimeExpression],
              lexicon: Lexicon) -> bool:
    """A noun followed, in its own phrase, by a date that the language's ``dated_noun`` cue
    ties to it ("die Einigung zwischen Serbien und Kosovo vom Montag") names a dated act; a
    date after a comma is the next clause's ("…, sagte er am Montag")."""
    base = sentence.start
    return any(end <= t.start <= end + OWN_DATE_DISTANCE and t.start < sentence.end
               and not any(mark in sentence.text[end - base:t.start - base] for mark in ",;:")
               and lexicon.cues["dated_noun"].match(sentence.text, t.start - base) is not None
               for t in times)


def _matches(sentence: Sentence, lexicon: Lexicon) -> list[tuple[Trigger, int, int]]:
    """Trigger matches of a sentence; where two overlap, the stronger (then longer) wins."""
    if sentence.text.rstrip().endswith("?"):
        return []               # a question reports no act ("Worauf haben sie sich geeinigt?")
    hits = lexicon.frames.hits(sentence)
    lowered = sentence.text.lower()
    if not hits and lexicon.any_trigger.search(lowered) is None:
        return []
    for trigger in lexicon.triggers:
        if trigger.stem.search(lowered) is None:
            continue
        for match in trigger.pattern.finditer(sentence.text):
            if trigger.particle and not trigger.particle.search(sentence.text, match.end()):
                continue        # a separable particle must follow: "traf … zusammen"
            if trigger.object and not trigger.object.search(sentence.text):
                continue        # the word that makes the verb an act: "Sanktionen … verhängt"
            hits.append((trigger, sentence.start + match.start(), sentence.start + match.end()))
    hits.sort(key=lambda h: (-_constrained(h[0]), -h[0].strength, h[1] - h[2]))
    kept: list[tuple[Trigger, int, int]] = []
    for hit in hits:
        overlapping = [k for k in kept if k[1] < hit[2] and hit[1] < k[2]]
        if not overlapping:
            kept.append(hit)
    near = _Near(sentence, lexicon.frames.word_class.coordinators)
    ready = [sentence.start + m.end() for m in lexicon.cues["readiness"].finditer(sentence.text)]
    settings = _settings(sentence, lexicon)
    return [_promised(hit, kept, near, ready) for hit in sorted(kept, key=lambda h: h[1])
            if not _object_of_verb(hit, kept, sentence)
            and not _content_of(hit, kept, near, settings)
            and not _invited_to(hit, kept, sentence, lexicon)
            and not _purpose_of_visit(hit, kept, sentence, lexicon)]


@dataclass(frozen=True)
class _Near:
    """Whether one trigger starts soon after another ends, in the same clause: no clause
    break and no coordinating conjunction ("agreed to talks but imposed sanctions")."""

    sentence: Sentence
    coordinators: frozenset[str]

    def after(self, end: int, start: int, marks: str = ";.") -> bool:
        gap = self.sentence.text[end - self.sentence.start:start - self.sentence.start]
        return (0 <= start - end <= CONTENT_DISTANCE and not any(mark in gap for mark in marks)
                and not self.coordinators & set(gap.casefold().split()))


def _settings(sentence: Sentence, lexicon: Lexicon) -> set[int]:
    """Where the meeting nouns start that a phrase of time opens (cue ``act_opener``: "bei
    einem Telefonat mit Merz", "während des Besuchs"): the setting of the sentence's act."""
    return {sentence.start + m.end() - len(m.group(0).split()[-1])
            for m in lexicon.cues["act_opener"].finditer(sentence.text)}


def _content_of(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                near: _Near, settings: set[int]) -> bool:
    """Of an agreement and the conflictual act agreed on ("agreed to impose sanctions on
    Russia", «решили ввести санкции»), the act is the sanction, by the agreeing side against
    its target, not a cooperative act with the target; a promise whose content is a threat
    («обещала, что ответ последует») is that threat; of a threat and the act threatened
    («пообещала принять ответные меры», "an ultimatum to withdraw"), the threat alone
    happened (PLOVER THREATEN); of a request and what it asks for, the request; of a rejection
    and the nominal act it turns down in its clause ("lehnte das Sanktionspaket ab",
    "erteilte dem geplanten Sanktionspaket eine Absage") or the cooperative act a verb's
    lemma names right after it ("refused to extend the agreement"), the rejection."""
    trigger, start, end = hit
    if trigger.form == "noun" and trigger.event_type != "REJECT" and any(
            other.event_type == "REJECT" and other.form == "verb"
            and (near.after(other_end, start) or near.after(end, other_start))
            for other, other_start, other_end in hits):
        return True
    if trigger.event_type == "AGREE" and trigger.form == "verb":
        return any(other.event_type in THREATS and near.after(end, other_start)
                   for other, other_start, _ in hits)
    if trigger.event_type in THREATENED and any(
            other.event_type == "THREATEN" and other.form == "verb"
            and near.after(other_end, start) for other, _, other_end in hits):
        return True
    # a rejection's object named by a verb's lemma, in its own phrase (no comma between: "…,
    # calling on Russia to withdraw" is an act of its own)
    if trigger.event_type in REFUSED and trigger.form == "verb" and any(
            other.event_type == "REJECT" and other.form == "verb"
            and near.after(other_end, start, ";.,") for other, _, other_end in hits):
        return True
    # of a request and the act it asks for ("called on the EU to impose sanctions on
    # Russia", «призвал ввести санкции»), the request alone happened (PLOVER REQUEST); a
    # warning beside it ("urged Budapest to drop the veto, warning that …", «призвал …,
    # предупредив о санкциях») is nothing asked of the other side but the asker's own threat;
    # a meeting the request was made at ("bat … bei einem Telefonat mit Merz, …") is its
    # setting, an act of its own (issue 12, deacts7)
    return trigger.event_type not in ("REQUEST", "THREATEN") and start not in settings and any(
        other.event_type == "REQUEST" and other.form == "verb" and near.after(other_end, start)
        for other, _, other_end in hits)


def _promised(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
              near: _Near, ready: list[int]) -> tuple[Trigger, int, int]:
    """A conflictual act that a promise or a readiness is about («заявила о готовности
    принять ответные меры», «готова принять зеркальные меры», "is prepared to retaliate"),
    unlike one agreed or decided on, is announced, not done: its trigger is read as future,
    which makes it a THREATEN (``make_planned``). ``ready``: where the sentence's readiness
    words (cue ``readiness``) end."""
    trigger, start, end = hit
    if trigger.event_type in CONFLICTUAL and (any(
            other.event_type == "AGREE" and other.form == "verb"
            and other.outcome not in AGREED_OUTCOMES and near.after(other_end, start)
            for other, _, other_end in hits) or any(near.after(word_end, start)
                                                    for word_end in ready)):
        return replace(trigger, future=True), start, end
    return hit


def _constrained(trigger: Trigger) -> bool:
    """A trigger that needed a particle or a clause word is the more specific reading."""
    if isinstance(trigger, RegexTrigger):
        return trigger.particle is not None or trigger.object is not None
    return isinstance(trigger, LemmaTrigger) and bool(trigger.particle or trigger.with_words)


def _object_of_verb(hit: tuple[Trigger, int, int], kept: list[tuple[Trigger, int, int]],
                    sentence: Sentence) -> bool:
    """A meeting noun that is the object of a meeting verb ("провел переговоры", "führten
    Gespräche") is that verb's act, not a second one beside it."""
    return hit[0].form == "noun" and _verb_before(hit, kept, sentence, hit[0].event_type,
                                                  VERB_OBJECT_DISTANCE)


def _purpose_of_visit(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                      sentence: Sentence, lexicon: Lexicon) -> bool:
    """A meeting noun named as what a visit verb of its clause came for (cue
    ``visit_purpose``: "ist zu Konsultationen in Minsk eingetroffen", "arrived in Minsk for
    talks", «прибыл в Минск для консультаций»): the visit's own talks, one act with it, not a
    meeting without a visitor beside it."""
    trigger, start, end = hit
    if trigger.event_type != "CONSULT" or trigger.form != "noun" or trigger.sides == "visit" \
            or lexicon.cue("visit_purpose", sentence.text[:start - sentence.start]) is None:
        return False    # "reist zu einem Besuch nach Japan": the visit noun is the act itself
    # the text between the noun and the visit verb, on whichever side the verb stands
    between = [sentence.text[min(end, o_end) - sentence.start:max(start, o_start) - sentence.start]
               for other, o_start, o_end in hits
               if other.event_type == "CONSULT" and other.form == "verb" and other.sides == "visit"]
    return any(not any(mark in text for mark in ",;:") for text in between)


def _invited_to(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                sentence: Sentence, lexicon: Lexicon) -> bool:
    """A meeting verb in the to-infinitive a directed AGREE verb governs ("invited the
    Japanese side to take part in the forum", "promised to attend"): what is invited to or
    promised is that AGREE's content, one act with it, not a meeting of its own; a meeting
    both sides agreed on ("agreed to meet") is the planned AGREE (``_agreed_meeting``)."""
    trigger, start, _ = hit
    return (trigger.event_type == "CONSULT" and trigger.form == "verb"
            and lexicon.cue("raised_infinitive", sentence.text[:start - sentence.start])
            is not None
            and any(other.sides == "directed" and _verb_before(hit, [(other, o_start, o_end)],
                                                               sentence, "AGREE",
                                                               AGREED_OBJECT_DISTANCE)
                    for other, o_start, o_end in hits))


def _agreed_meeting(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                    sentence: Sentence, lexicon: Lexicon) -> bool:
    """A meeting noun or gerund that is the object of an agreement ("agreed to hold the
    first … Dialogue", "agreed on holding the next round of talks") is the meeting agreed
    on: planned, whatever its date says. The gerund is the cue ``progressive``'s form, right
    after the verb and its preposition. So is a meeting verb in the to-infinitive (cue
    ``raised_infinitive``: the marker right before it) an agreement governs ("agreed to meet
    in March"); one a directed AGREE governs is its content (``_invited_to``; issue 12,
    agreesides6). The talks a conclusion names ("haben die Verhandlungen … abgeschlossen") were
    held, whatever stands around them: that AGREE plans no meeting (deagree10)."""
    trigger, start, end = hit
    if trigger.event_type != "CONSULT":
        return False
    hits = [other for other in hits if other[0].outcome != TALKS_CONCLUDED]
    if trigger.form == "noun":
        return _verb_before(hit, hits, sentence, "AGREE", AGREED_OBJECT_DISTANCE) or any(
            verb.event_type == "AGREE" and verb.form == "verb" and _object_before(
                sentence.text[:verb_start - sentence.start], sentence.text[
                    verb_end - sentence.start:], lexicon)
            for verb, verb_start, verb_end in hits if verb_start >= end)
    word = sentence.text[start - sentence.start:end - sentence.start].split()[0]
    if lexicon.cues["progressive"].fullmatch(word) is not None:
        return _verb_before(hit, hits, sentence, "AGREE", GERUND_DISTANCE)
    before = sentence.text[:start - sentence.start]
    return lexicon.cue("raised_infinitive", before) is not None and _verb_before(
        hit, hits, sentence, "AGREE", AGREED_OBJECT_DISTANCE)


def _agreed_clause_meeting(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                           sentence: Sentence, lexicon: Lexicon) -> bool:
    """A meeting verb of the content clause an agreement opens with its complementiser (cue
    ``agreed_clause``: "vereinbarten, dass sich die Minister im Mai treffen", «договорились,
    что министры встретятся») is the meeting agreed on: planned, like its noun."""
    trigger, start, _ = hit
    if trigger.event_type != "CONSULT" or trigger.form != "verb":
        return False
    for verb, _, verb_end in hits:
        between = sentence.text[verb_end - sentence.start:start - sentence.start]
        opened = lexicon.cues["agreed_clause"].match(between) if verb_end <= start else None
        if (verb.event_type == "AGREE" and verb.form == "verb" and opened is not None
                and not any(mark in between[opened.end():] for mark in ",;.")):
            return True
    return False


def _object_before(before: str, after: str, lexicon: Lexicon) -> bool:
    """A German agreement verb that closes its clause (nothing but punctuation ``after`` it)
    has its object before it: a meeting noun there with an article and no preposition (cue
    ``deacts7_object_article``), no punctuation or conjunction between, is the meeting agreed
    on ("haben ein weiteres Treffen im Herbst vereinbart", "hat einen Besuch in Serbien in
    Aussicht gestellt"); "nach den Gesprächen vereinbart" names where it was agreed."""
    if after.strip(" \t\n.,;:!)\"“”«»") and not re.match(r"\s*[,.;:]", after):
        return False
    for meeting in lexicon.meeting.finditer(before):
        gap = before[meeting.end():]
        if (len(gap) <= AGREED_OBJECT_DISTANCE and not any(mark in gap for mark in ",;.")
                and not lexicon.frames.word_class.coordinators & set(gap.casefold().split())
                and lexicon.cue("deacts7_object_article", before[:meeting.start()]) is not None):
            return True
    return False


def _reached_at(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """A meeting noun after the preposition of cue ``reached_at`` («достигнута на
    переговорах», "reached at talks") is where the agreement was made, not the meeting
    agreed on: it took place as told."""
    before = sentence.text[:start - sentence.start]
    return lexicon.cues["reached_at"].search(before) is not None


def _verb_before(hit: tuple[Trigger, int, int], hits: list[tuple[Trigger, int, int]],
                 sentence: Sentence, event_type: str, distance: int) -> bool:
    """Whether a (nominal) hit follows a verb hit of ``event_type`` closely, with no
    punctuation between."""
    _, start, _ = hit
    for verb, _, verb_end in hits:
        gap = sentence.text[verb_end - sentence.start:start - sentence.start]
        if (verb.form == "verb" and verb.event_type == event_type
                and 0 <= start - verb_end <= distance
                and not any(mark in gap for mark in ",;.")):
            return True
    return False


def _window(sentence: Sentence, start: int, end: int, before: int, after: int,
            lexicon: Lexicon) -> tuple[int, int]:
    left, right = clause_bounds(sentence, start, end, lexicon)
    lo, hi = max(left, start - before), min(right, end + after)
    # an infinitive clause after the verb ("forderte Tokio auf, keine Spannungen zu
    # schüren"): a negation there is the demand's content, not the act's
    comma = sentence.text.find(",", end - sentence.start, hi - sentence.start)
    marker = lexicon.frames.word_class.infinitive_marker
    if comma >= 0 and marker and marker in sentence.text[
            comma:right - sentence.start].casefold().split():
        hi = sentence.start + comma
    return lo, hi


def _bracket_negated(rest: str, lexicon: Lexicon) -> bool:
    """A verb-second clause closes its verb's bracket with the particle or the participle,
    and the negation of the whole act stands right before that closing word ("wies die
    Diplomaten nicht aus", "hat an den Gesprächen nicht teilgenommen"), beyond the window
    read after the finite verb: the last two words before the clause's end or its next
    comma (``rest``, the text after the verb) are read for it; a clause after the comma
    closes its own bracket ("…, waren an den Gesprächen nicht beteiligt")."""
    words = rest.rstrip(" .!?;:").split()
    return len(words) >= 2 and lexicon.cue("negation", " ".join(words[-2:])) is not None


def _qualify(trigger: Trigger, sentence: Sentence, index: int, start: int, end: int,
             lexicon: Lexicon, context: tuple[list[TimeExpression], list[tuple[int, int]]],
             anchor: date | None, reached_at: bool = False) -> Candidate | None:
    """The candidate of a trigger match, or None where it names no act. ``reached_at``: a
    meeting noun where the agreement before it was reached, which reports the meeting as
    held as a frame word would."""
    noun = trigger.form == "noun"
    times, names = context
    scope = scope_of(sentence, start, end, noun, lexicon, times, names)
    clause_start, clause_end = scope.clause
    clause = sentence.text[clause_start - sentence.start:clause_end - sentence.start]
    after = sentence.text[end - sentence.start:clause_end - sentence.start]
    if noun and not (reached_at or lexicon.cue("frame", sentence.text)
                     or lexicon.cue("defix9_fruitless", sentence.text)
                     or lexicon.cue("future", after)
                     or _upcoming(sentence, start, lexicon)
                     or _own_date(start, end, sentence, times, lexicon)
                     or any(scope.in_clause(t.start) and is_future(t.date_start, anchor)
                            for t in times)):
        return None
    after_window = NEGATION_AFTER if defaults(lexicon.language).negation_follows_verb else 0
    lo, hi = _window(sentence, start, end, NEGATION_WINDOW, after_window, lexicon)
    threat = _threat_condition(trigger, sentence, start, lexicon)
    if threat is not None:
        lo = max(lo, threat)
    if trigger.event_type == "THREATEN":
        hi = _threat_terms(sentence, end, hi, lexicon)
    near = sentence.text[lo - sentence.start:hi - sentence.start]
    reported_future = _reported_future(sentence.text[end - sentence.start:hi - sentence.start],
                                       near, lexicon)
    if reported_future is not None:     # "said it would send": a future, not a hypothesis
        near = near[:reported_future.start()] + " " + near[reported_future.end():]
    negated = not trigger.litotes and (lexicon.cue("negation", near) or (
        after_window and not noun and _bracket_negated(after.split(",")[0], lexicon)))
    if negated or lexicon.cue("hypothetical", near) or (
            noun and _negated_frame(clause, lexicon)):
        return None
    if noun and lexicon.cue("persons_hedged_meeting", after):
        return None     # «Следующее заседание … может пройти в …»: it may, none agreed (persons8)
    if lexicon.cue("uncertain", sentence.text[:clause_start - sentence.start]):
        return None     # "Es ist unklar, wie Russland … reagieren wird": a question, no act
    if trigger.event_type == "REJECT" and lexicon.cue("denial", clause):
        return None
    if trigger.event_type == "THREATEN" and (
            lexicon.cue("risk_after", after) or lexicon.cue("risk_before", sentence.text[
                clause_start - sentence.start:start - sentence.start])):
        return None     # "Die Gespräche drohen zu scheitern": at risk, no threat
    if trigger.outcome in STANDING_OUTCOMES and lexicon.cues["position_object"].match(
            after.lstrip()):
        return None     # "supports the UN's central role": a standing position, no act
    if trigger.outcome == "relations upgraded" and lexicon.cues["relation_subject"].search(
            sentence.text[clause_start - sentence.start:start - sentence.start]):
        return None     # "relations have deepened": how relations stand, nobody's act
    candidate = Candidate(trigger, sentence, index, start, end, trigger.event_type, scope)
    candidate.remote = bool(lexicon.cue("remote", sentence.text))
    candidate.background = bool(lexicon.cue("background", sentence.text))
    offset = sentence.start
    if threat is not None or reported_future is not None or (not noun and own_future(
            lexicon.language, sentence.text[start - offset:end - offset])) or (
            not noun and _reported_infinitive(sentence, start, clause_start, lexicon)) or (
            not _done_attribute(sentence, start, lexicon) and _planned(
                trigger, clause, sentence.text[clause_start - offset:start - offset],
                _agreed_content(trigger, sentence, end, clause_end, lexicon), lexicon,
                is_finite_or_participle(sentence, start))):
        make_planned(candidate)
    return candidate


def _agreed_content(trigger: Trigger, sentence: Sentence, end: int, clause_end: int,
                    lexicon: Lexicon) -> str:
    """What follows a trigger in its clause; for an agreement whose clause ends right after
    it, also the content clause its complementiser opens (cue ``agreed_clause``:
    «договорились, что министры встретятся в апреле», "vereinbarten, dass sich die Minister
    im Mai treffen"): what was agreed, which tells whether a meeting was (``_planned``)."""
    after = sentence.text[end - sentence.start:clause_end - sentence.start]
    if trigger.event_type != "AGREE" or after.strip():
        return after
    rest = sentence.text[clause_end - sentence.start:]
    opened = lexicon.cues["agreed_clause"].match(rest)
    if opened is None:
        return after
    closing = re.search(r"[,;]", rest[opened.end():])
    return after + rest[:opened.end() + (closing.start() if closing else len(rest))]


def _threat_condition(trigger: Trigger, sentence: Sentence, start: int,
                      lexicon: Lexicon) -> int | None:
    """Where the main clause of a conflictual act after a condition that opens its sentence
    begins («Если наши граждане не будут освобождены, будут приняты ответные меры»): the act
    is threatened on that condition (PLOVER THREATEN), and the condition's negation and
    «если» are not the act's; None where no condition comes before the act."""
    if trigger.event_type not in CONFLICTUAL | {"THREATEN"}:
        return None
    return condition_end(sentence, start, lexicon)


def _threat_terms(sentence: Sentence, end: int, hi: int, lexicon: Lexicon) -> int:
    """Where the window read after a threat ends: at the comma of a condition that follows it
    ("hat Japan mit Konsequenzen gedroht, falls Tokio …", "gewarnt, sollte …"), which states
    the threat's terms (PLOVER THREATEN), no hedge of the threat itself; else ``hi``."""
    comma = sentence.text.find(",", end - sentence.start, hi - sentence.start)
    if comma >= 0 and lexicon.cues["condition"].match(
            sentence.text[comma + 1:hi - sentence.start].lstrip()) is not None:
        return sentence.start + comma
    return hi


def threat_clause_start(candidate: Candidate, lexicon: Lexicon) -> int:
    """Where the act's clause starts; for a threat after a condition that opens its sentence
    («Если Рига не откажется …, Москва введет …»), the main clause after the condition,
    whose subject acts and whose voice is the threat's."""
    start = candidate.scope.clause[0]
    if candidate.event_type != "THREATEN":
        return start
    return max(start, condition_end(candidate.sentence, candidate.start, lexicon) or start)


def condition_end(sentence: Sentence, start: int, lexicon: Lexicon) -> int | None:
    """Where the clause after a condition that opens the sentence begins, before ``start``
    (the comma that closes the condition), or None where the sentence opens with none."""
    before = sentence.text[:start - sentence.start]
    comma = before.rfind(",")
    opening = before.lstrip(" \t\n–—-\"„“«")
    if comma < 0 or lexicon.cues["condition"].match(opening) is None:
        return None
    return sentence.start + comma + 1


def _reported_infinitive(sentence: Sentence, start: int, clause_start: int,
                         lexicon: Lexicon) -> bool:
    """A verb-final infinitive whose reported-future auxiliary opens its stretch of the
    clause, however far before it ("China werde entschlossen Gegenmaßnahmen gegen die USA
    ergreifen"): the auxiliary and the infinitive are one future, with no comma between."""
    if is_finite_or_participle(sentence, start):
        return False
    before = sentence.text[clause_start - sentence.start:start - sentence.start]
    return lexicon.cue("reported_future", before.rpartition(",")[2]) is not None


def _reported_future(after: str, near: str, lexicon: Lexicon) -> re.Match[str] | None:
    """The reported-speech future of the act in its window (``near``; ``after`` is its part
    after the trigger): "China werde Kuba … unterstützen"; one after a comma that follows
    the trigger is the next clause's ("Polen hätte Sanktionen verhängt, und Moskau werde
    darauf antworten")."""
    cue = lexicon.cue("reported_future", near)
    offset = len(near) - len(after)
    if cue is not None and cue.start() >= offset and "," in after[:cue.start() - offset]:
        return None
    return cue


def _negated_frame(clause: str, lexicon: Lexicon) -> bool:
    """'Ein Treffen … fand nicht statt', 'the meeting did not take place', 'ist nicht
    geplant': a negated eventive frame or a negated plan."""
    for frame in (*lexicon.cues["frame"].finditer(clause),
                  *lexicon.cues["future"].finditer(clause)):
        if lexicon.cue("negation", clause[max(0, frame.start() - FRAME_NEGATION):frame.start()]):
            return True
    return False


def own_future(language: str, word: str) -> bool:
    """Whether the trigger's own form is a future ("ответит"), whatever its clause says;
    only a language lemmatised by pymorphy3 marks it on the form."""
    return defaults(language).lemmatizer == "pymorphy3" and future_form(word)


def is_future(day: date | None, anchor: date | None) -> bool:
    return day is not None and anchor is not None and day > anchor


def _upcoming(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """'das nächste Gipfeltreffen', 'the upcoming G20 meeting', 'предстоящий саммит'."""
    words = sentence.text[:start - sentence.start].split()[-UPCOMING_WORDS:]
    return lexicon.cue("upcoming", " ".join(words)) is not None


def _planned(trigger: Trigger, clause: str, before: str, after: str, lexicon: Lexicon,
             participle: bool = False) -> bool:
    """Whether the act is announced rather than reported.

    An agreement is planned when what was agreed is a meeting ("agreed to hold
    the second consultations") or when it is itself future ("die Daten werden
    vereinbart"); an agreement to cooperate has occurred, whatever tense its
    content takes ("agreed that the ministries would work together"), and so has one
    reached by concluding talks, whose meeting noun names the talks held. Any other
    act is planned when its clause speaks of the future.
    """
    if trigger.future:
        return True
    if trigger.event_type == "AGREE" and trigger.outcome != TALKS_CONCLUDED:
        return (any(lexicon.cues["reached_at"].search(after[:m.start()]) is None
                    and not _time_anchor(after[:m.start()], lexicon)
                    for m in lexicon.meeting.finditer(after))
                or lexicon.cue("future", before) is not None
                or _object_before(before, after, lexicon))
    if trigger.form == "noun":
        # "the upcoming summit", "the summit, which will be held": a meeting named during
        # another act ("während der Verhandlungen sollen …") is not itself planned, nor
        # one the words right after it report as held ("the Dialogue held in Tokyo in
        # August … and decided to hold the next round")
        # a meeting in a clause of intention ("will beim Gipfel für … werben", cue
        # ``intention``) is still to come; a frame's own clause tells whether it was held:
        # "der Gipfel, bei dem alle vertreten sein werden" is ahead
        if lexicon.cue("upcoming", " ".join(before.split()[-UPCOMING_WORDS:])) is not None \
                or lexicon.cue("intention", before) is not None:
            return True
        if _bracketed_future(before, after, lexicon):
            return True
        frame = lexicon.cue("frame", after)
        if frame is not None and frame.start() <= HELD_DISTANCE \
                and lexicon.cue("future", _frame_clause(after, frame)) is None:
            return False
        return lexicon.cue("future", after) is not None
    return _future(clause, participle, lexicon)


def _bracketed_future(before: str, after: str, lexicon: Lexicon) -> bool:
    """The German verbal bracket around a meeting noun: the future auxiliary before it and
    the frame's infinitive that closes its clause are one future ("Lukaschenko wird am
    Gipfel in Astana teilnehmen", cues ``deacts7_future_auxiliary`` and
    ``deacts7_frame_infinitive``); a participle ("hat am Gipfel teilgenommen") reports it
    held."""
    return lexicon.cue("deacts7_future_auxiliary", before) is not None \
        and lexicon.cue("deacts7_frame_infinitive", after) is not None


def _frame_clause(after: str, frame: re.Match[str]) -> str:
    """What tells the tense of a held-frame right after a meeting noun: the frame itself, or,
    when a comma opens it as a relative clause ("Der Gipfel, bei dem … vertreten sein
    werden,"), that clause up to its closing comma; a participle with no comma ("the
    Dialogue held in Tokyo … and decided to hold …") is the frame alone."""
    if "," not in after[:frame.start()]:
        return after[:frame.end()]
    comma = after.find(",", frame.end())
    return after if comma < 0 else after[:comma]


def _future(clause: str, participle: bool, lexicon: Lexicon) -> bool:
    """Whether a verb's clause speaks of the future. Before a participle, an auxiliary that
    also makes the passive is no future: "wird von der EU unterstützt" is done now,
    "wird … unterstützen" is to come."""
    return any(not (participle and lexicon.cues["passive_present"].fullmatch(m.group()))
               for m in lexicon.cues["future"].finditer(clause))


def _done_attribute(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """The trigger is a participle attribute (``TokenClassSigns.done_attribute``): the
    future of its clause is the thing's, not the act's (issue 12, deagree10)."""
    tokens = sentence.tokens
    index = next((i for i, t in enumerate(tokens) if t.start == start), None)
    return index is not None and lexicon.frames.word_class.done_attribute(tokens, index)


def is_finite_or_participle(sentence: Sentence, start: int) -> bool:
    """The trigger's word is not its own lemma: a participle or finite form, not the
    infinitive the future takes ("unterstützt", not "unterstützen")."""
    token = next((t for t in sentence.tokens if t.start == start), None)
    return token is not None and token.text.lower() != token.lemma.lower()


def make_planned(candidate: Candidate) -> None:
    """Spec: a future cooperative act is AGREE with status planned; a future threat is THREATEN."""
    if candidate.event_type in COOPERATIVE:
        candidate.flags.add(f"planned-{candidate.event_type.lower()}")
        candidate.event_type = "AGREE"
        candidate.status = "planned"
    elif candidate.event_type in CONFLICTUAL:
        candidate.event_type = "THREATEN"
