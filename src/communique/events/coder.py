"""The EventCoder stage: sentences, dates and actors in; PLOVER events out."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from communique.document import Document
from communique.events.act_phrase import (
    PHRASE_SIDES,
    act_phrase,
    phrase_parties,
    settled_by_phrase,
)
from communique.events.anaphora import story_break
from communique.events.attributes import (
    POSTED_WINDOW,
    contexts_of,
    dateline_end,
    document_contexts,
    forum_of,
    mark_present_ahead,
    said_place,
    scene_states,
    sentence_date,
    sentence_location,
    told_past,
)
from communique.events.bodies import split_by_body
from communique.events.candidates import (
    ASIDE,
    COMPLEMENT,
    TOPICAL,
    VERB_OBJECT_DISTANCE,
    VERBAL,
    Candidate,
    find_candidates,
    is_future,
    make_planned,
)
from communique.events.confidence import confidence
from communique.events.context import CodingContext
from communique.events.drafts import (
    ANNOUNCED,
    Draft,
    absorb_signed_agreements,
    fold_headline_echoes,
    fold_visit_arrivals,
    merge_drafts,
)
from communique.events.gates import not_an_act
from communique.events.learned_net import RecallNet
from communique.events.lexicon import LANGUAGES, Lexicon, load_lexicon
from communique.events.meeting_persons import (
    officials_told_after,
    participation_echoes,
    persons_to_outcomes,
    seat_unplaced,
)
from communique.events.metonymy import (
    answered_recipients,
    capital_parties,
    dateline_seat,
    goal_parties,
)
from communique.events.origins import without_origins
from communique.events.participants import (
    Party,
    Sides,
    adjunct_participle,
    all_sides_recipients,
    antecedents,
    assign_sides,
    conjunct_parties,
    content_span,
    counted_back,
    counted_sides,
    decision_recipients,
    delegation_parties,
    document_authors,
    donor_recipients,
    host_officials,
    incident_target,
    is_headline,
    main_parties,
    on_subject,
    organ_spokesperson,
    own_meeting,
    rejected_demand,
    relative_span,
    reported_parties,
    sentence_parties,
    share_with_rivals,
    sharing,
    supporting_actors,
)
from communique.events.resolve import (
    add_anaphoric_persons,
    add_first_person_side,
    add_masthead_side,
    add_meeting_anchor,
    add_posting_state,
    add_reporting_official,
    attach_participants,
    carry_members,
    carry_to_bodies,
    dateline_fallback,
    genitive_states,
    headline_sides,
    implicit_sides,
    inherit_from_main,
    named_before,
    one_each,
    opening_seat,
    orient_visit,
    outcomes,
    own_ministry,
    persons_of_outcomes,
)
from communique.events.scopes import inserted_close
from communique.gazetteer import Gazetteer
from communique.gazetteer.persons import person_cue
from communique.model import Actor, Event, EventDate, Location, Span
from communique.settings import load_settings

BACKGROUND_AGE = dt.timedelta(days=45)     # an act dated this long before the report is recalled
# words before a colon that name a headline's subject or a dateline ("GAZA CITY, Palestinian
# Territories:" has four; a reporting clause, 'Foreign Minister Sergei Lavrov said:', six)
HEAD_WORDS = 6
# A candidate with the parties its clause names, the sides given it, and its place.
Sided = tuple[Candidate, list[Party], Sides, Location | None]


class EventCoder:
    """Codes the acts a document reports as PLOVER events with evidence."""

    name = "events"
    requires = ("text", "language", "sentences", "times", "mentions")
    assigns = ("events",)

    def __init__(self, gazetteer: Gazetteer | None = None, learned: bool | None = None) -> None:
        self.places = gazetteer or Gazetteer.load()
        if learned is None:
            learned = load_settings().events.learned_scorer
        self.recall = RecallNet() if learned else None
        for language in LANGUAGES:
            load_lexicon(language)

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            doc.events = self.code(doc) if doc.language in LANGUAGES else []
        return docs

    def code(self, doc: Document) -> list[Event]:
        return [event for _, event in self.code_drafts(doc)]

    def code_drafts(self, doc: Document) -> list[tuple[Draft, Event]]:
        """Events with the drafts they were built from (the calibration reads both)."""
        lexicon = load_lexicon(doc.language or "")
        headlines = frozenset(i for i, s in enumerate(doc.sentences) if is_headline(doc, s))
        merged = absorb_signed_agreements(merge_drafts(self._drafts(doc, lexicon)),
                                          lexicon.cues["agreed_act"], headlines,
                                          lexicon.cues["another_act"])
        if not merged:
            return []
        main = next((d for d in merged if d.event_type == "CONSULT" and not d.background
                     and d.status == "occurred"
                     and not all(ASIDE in c.flags for c in d.candidates)), None)
        attach_participants(doc, main, lexicon)
        seat_unplaced(doc, main, lexicon)
        merged = participation_echoes(doc, main, merged, lexicon)
        persons_of_outcomes(main, merged)
        persons_to_outcomes(doc, main, merged)
        officials_told_after(doc, merged, lexicon)
        carry_members(main, merged, self.places)
        carry_to_bodies(main, merged, self.places)
        dateline_fallback(doc, main, self.places)
        inherit_from_main(doc, merged, main)
        opening_seat(doc, merged, main, lexicon, self.places)
        merged = fold_visit_arrivals(fold_headline_echoes(merge_drafts(merged),
                                                          set(headlines)))
        doc_contexts = document_contexts(lexicon.language, doc.text)
        main_topics = frozenset(doc_contexts) if main is not None else frozenset()
        pairs = [(draft, self._event(doc, lexicon.language, draft, doc_contexts,
                                     frozenset() if draft.background else main_topics))
                 for draft in merged]
        _unique_ids([event for _, event in pairs])
        for draft, event in pairs:
            if draft is main:
                event.outcomes = outcomes(main, merged)
        return pairs

    def _drafts(self, doc: Document, lexicon: Lexicon) -> list[Draft]:
        context, pending = self.sided(doc, lexicon)
        anchor = doc.published.date() if doc.published else None
        drafts = []
        for candidate, _, sides, location in pending:
            if uncodable(candidate, sides, lexicon) is not None:
                continue
            date = sentence_date(doc, candidate, lexicon, context.rivals(candidate))
            if not told_past(doc, candidate, lexicon):
                _date_status(candidate, date, anchor)
            elif date is not None and date.start and is_future(dt.date.fromisoformat(date.start),
                                                                 anchor):
                date = None     # a day after the report is another act's (attributes.told_past)
            drafts += [Draft([each], replace(sides, actors=list(sides.actors),
                                             recipients=list(sides.recipients)),
                             date=date, location=location, evidence=[_evidence(doc, candidate)])
                       for each in split_by_body([candidate], lexicon)]
        return drafts

    def sided(self, doc: Document, lexicon: Lexicon) -> tuple[CodingContext, list[Sided]]:
        """The candidates that pass the gates, each with the parties its clause names, the
        sides given it and its place: what ``tools.explain_sides`` shows for acts lost."""
        candidates = find_candidates(doc, lexicon)
        if self.recall is not None:
            candidates = self.recall.extend(doc, lexicon, candidates)
        candidates = [c for c in candidates if not_an_act(doc, c, lexicon.language) is None]
        _flag_clauses(candidates, lexicon)
        mark_present_ahead(doc, candidates, lexicon)
        context = CodingContext(doc, lexicon, candidates)
        with_parties = [(c, self._parties(doc, c, lexicon, candidates)) for c in candidates]
        main = (main_parties(with_parties) or delegation_parties(doc, lexicon)
                or self._visit_main(doc, lexicon, with_parties))
        previous: Party | None = None
        pending: list[Sided] = []
        coded: list[tuple[Candidate, Sides]] = []    # the acts before this one, with their sides
        for candidate, parties in with_parties:
            rivals = context.rivals(candidate)
            handed = [] if (own_meeting(candidate, with_parties, main)
                            or self._elsewhere(doc, candidate, parties, main, lexicon)
                            or _own_relative_sides(candidate, parties, lexicon,
                                                   candidates)) else main
            place = _location(doc, candidate, lexicon, self.places)
            sides = assign_sides(context, candidate, parties, handed, previous,
                                 self._host(candidate, place))
            _relative_subject_acts(candidate, sides, parties, lexicon, candidates)
            named_before(doc, candidate, sides, lexicon)
            headline_sides(doc, candidate, sides, lexicon)
            if parties:
                previous = parties[0]
            add_anaphoric_persons(doc, candidate, sides, lexicon, rivals)
            _not_at_itself(sides)
            supporting_actors(candidate, sides, lexicon)
            _add_speaker(candidate, sides, parties)
            answered_recipients(doc, candidate, sides, self.places)
            dateline_seat(doc, candidate, sides, self.places)
            decision_recipients(candidate, sides, coded, lexicon)
            all_sides_recipients(candidate, sides, coded, lexicon)
            donor_recipients(candidate, sides, coded)
            counted_sides(candidate, sides, parties, coded, lexicon)
            counted_back(candidate, sides, coded, lexicon)
            rejected_demand(candidate, sides, coded)
            organ_spokesperson(candidate, sides, coded, lexicon)
            document_authors(candidate, sides, coded, lexicon)
            incident_target(candidate, sides, lexicon)
            add_reporting_official(doc, candidate, sides, lexicon)
            add_first_person_side(doc, candidate, sides, lexicon)
            if sides.inherited and candidate.trigger.form == "noun" and not parties:
                candidate.background = False    # "im Vorfeld der Konsultationen": the meeting
            location = place or self._announced_at(doc, candidate, sides, lexicon) \
                or self._seat(candidate, sides)
            self._add_host(doc, candidate, sides, location, lexicon)
            host_officials(candidate, sides, location)
            add_posting_state(doc, candidate, sides, lexicon, self.places)
            add_masthead_side(doc, candidate, sides, lexicon)
            add_meeting_anchor(doc, candidate, parties, sides, coded,
                               lexicon)
            pending.append((candidate, parties, sides, location))
            coded.append((candidate, sides))
        share_with_rivals(coded, _codable)
        return context, [(c, p, each, loc) for c, p, s, loc in pending
                         for each in one_each(doc, c, p, s, lexicon)]

    def _parties(self, doc: Document, candidate: Candidate, lexicon: Lexicon,
                 candidates: list[Candidate]) -> list[Party]:
        """The parties the candidate's sentence names, in text order, less those outside its
        own clause."""
        parties = sorted(sentence_parties(doc, candidate, lexicon, candidates)
                         + capital_parties(doc, candidate, self.places)
                         + goal_parties(doc, candidate, self.places, lexicon),
                         key=lambda p: p.start)
        parties = without_origins(doc, parties, lexicon)
        sentence = candidate.sentence
        phrase = act_phrase(sentence, dateline_end(doc, sentence.start, sentence.end), lexicon,
                            candidates)
        if phrase is not None:  # "Während des Besuchs von X in Y | sind … festgenommen worden"
            kept = phrase_parties(candidate, parties, phrase, lexicon)
            if settled_by_phrase(candidate, parties, kept, phrase):
                candidate.flags.add(PHRASE_SIDES)
            parties = kept
        parties = own_clause(candidate, genitive_states(doc, own_ministry(doc, parties)), lexicon,
                             candidates)
        parties = reported_parties(candidate, parties, lexicon)
        parties = _of_own_act(candidate, parties, candidates)
        parties = _without_backdrop(candidate, parties, candidates, lexicon)
        parties = _without_relative_acts(candidate, parties, candidates, lexicon)
        parties = conjunct_parties(candidate, parties, candidates, lexicon)
        first = sharing(candidate, candidates, lexicon)
        if first is not None and not any(p.end <= first.start for p in parties):
            # "Москва осудила … и выразила …": the capital named as the shared subject
            parties = [p for p in capital_parties(doc, first, self.places)
                       if p.end <= first.start] + parties
        return parties

    def _elsewhere(self, doc: Document, candidate: Candidate, parties: list[Party],
                   main: list[Party], lexicon: Lexicon) -> bool:
        """Whether a directed act is placed in, or its clause names, a state that neither its
        parties nor the report's main parties are ("Seit Beginn der Luftangriffe habe das
        russische Militär 900 Einsätze in Syrien geflogen" in a report on talks between
        Russia and the USA, "dass die USA den israelischen Siedlungsbau als illegal
        betrachteten" in one on the USA and the Palestinians): it is done there, to or by
        that state, so the report's other party is no side of it. A
        visit placed in the one state its clause names ("sagte der italienische
        Innenminister bei einem Besuch auf Sizilien") is a trip at home, with no host."""
        if not main:
            return False
        if candidate.trigger.sides == "visit":
            place = sentence_location(doc, candidate, lexicon, self.places)
            return place is not None and {p.code for p in parties if p.code} == {place.country}
        if candidate.trigger.sides != "directed":
            return False
        known = {p.code for p in (*main, *parties) if p.code}
        return bool((scene_states(doc, candidate, lexicon, self.places)
                     | _clause_states(doc, candidate, lexicon)) - known)

    def _announced_at(self, doc: Document, candidate: Candidate, sides: Sides,
                      lexicon: Lexicon) -> Location | None:
        """Where an act done by announcing it was announced (``said_place``); a city of the
        states it is addressed to, and not done by, is where they answered."""
        if candidate.event_type not in ANNOUNCED:
            return None
        acting = {p.actor.country for p in sides.actors}
        others = {c for p in sides.recipients if (c := p.actor.country) and c not in acting}
        return said_place(doc, candidate, lexicon, self.places, others)

    def _seat(self, candidate: Candidate, sides: Sides) -> Location | None:
        """A summons, a protest note handed over, an expulsion (``seat: actor``) is done at
        the acting government's seat: the capital of its one acting state."""
        acting = {p.actor.country for p in sides.actors if p.actor.country}
        if not candidate.trigger.seat or len(acting) != 1:
            return None
        capital = self.places.capital(acting.pop())
        return None if capital is None else Location(capital.name, capital.country, False)

    def _add_host(self, doc: Document, candidate: Candidate, sides: Sides,
                  location: Location | None, lexicon: Lexicon) -> None:
        """A visit's host is the state of the place visited ("прибыл в Москву"). So is the
        agent of a coercion told in the passive with no agent, whose victim's state is named
        ("Der russische Journalist wurde in Minsk festgenommen", ``_agentless_passive``):
        the authorities of the place arrest, detain or search there."""
        host = self._host(candidate, location)
        if host is not None and host.code not in sides.codes():
            sides.recipients.append(host)
        seat = self._state_of(candidate, location)
        if (candidate.event_type == "COERCE" and seat is not None and not sides.actors
                and sides.recipients and seat.code not in sides.codes()
                and _agentless_passive(doc, candidate, lexicon)):
            sides.actors.append(seat)

    def _host(self, candidate: Candidate, location: Location | None) -> Party | None:
        return self._state_of(candidate, location) if candidate.trigger.sides == "visit" \
            else None

    def _state_of(self, candidate: Candidate, location: Location | None) -> Party | None:
        """The state of the act's place, as a party of the act."""
        if location is None or location.country is None:
            return None
        entry = self.places.state(location.country)
        if entry is None:
            return None
        state = Actor(location.name or entry.name, entry.name, "state", country=location.country,
                      sector="GOV", wikidata=entry.wikidata)
        return Party(state, candidate.start, candidate.end)

    def _visit_main(self, doc: Document, lexicon: Lexicon,
                    with_parties: list[tuple[Candidate, list[Party]]]) -> list[Party]:
        """A report whose first meeting is one side's visit («Путин прибыл в Пекин с
        государственным визитом») has the visitor and the host as its main parties, so that
        the acts of the visit that name nobody («В ходе визита подписано соглашение») are
        theirs; not when an act after a story break names a state of its own (a later
        story's talks are not the visit's)."""
        if not implicit_sides(doc):
            return []
        for candidate, parties in with_parties:
            codes = {p.code for p in parties if p.code}
            if candidate.status != "occurred" or candidate.background or len(codes) != 1:
                continue
            host = self._host(candidate, _location(doc, candidate, lexicon, self.places))
            later = [c for c, others in with_parties if c.start > candidate.end
                     and {p.code for p in others if p.code} - codes]
            if host is not None and host.code not in codes and not any(
                    story_break(doc, candidate.end, c.start) for c in later):
                return [replace(p, meeting=True) for p in (parties[0], host)]
        return []

    def _event(self, doc: Document, language: str, draft: Draft, doc_contexts: set[str],
               main_topics: frozenset[str]) -> Event:
        orient_visit(draft)
        contexts = contexts_of(language, draft.event_type, _evidence_text(draft), doc_contexts,
                               main_topics)
        mode = _mode(draft)
        forum = None
        if draft.meeting():
            persons = [(m.start, m.end) for m in doc.mentions
                       if m.actor is not None and m.actor.kind == "person"]
            forum = forum_of(draft.candidates, doc.language or "", draft.codes(), contexts,
                             doc.times, persons)
        return Event(
            id=_event_id(doc, draft), event_type=draft.event_type, mode=mode,
            contexts=contexts,
            actors=_actors(draft.sides.actors), recipients=_actors(draft.sides.recipients),
            date=draft.date or EventDate(), location=draft.location,
            status="planned" if draft.status == "planned" else "occurred", forum=forum,
            evidence=draft.evidence, confidence=confidence(draft))


def _clause_states(doc: Document, candidate: Candidate, lexicon: Lexicon) -> set[str]:
    """The states named in the trigger's clause as a state (a name, an adjective), outside
    its topics, what a demand or a charge says (``content_span``: "forderte China auf,
    Russland keine Waffen zu liefern") and an envoy's posting ("ранее работавший послом
    Бразилии в США")."""
    lo, hi = candidate.scope.clause
    said = content_span(doc, candidate, lexicon)
    return {m.actor.code for m in doc.mentions
            if lo <= m.start < hi and m.actor is not None and m.actor.code
            and m.actor.kind == "state" and not candidate.scope.is_topic(m.start)
            and not said[0] <= m.start < said[1] and not lexicon.cues["posted"].search(
                doc.text[max(lo, m.start - POSTED_WINDOW):m.start])}


def own_clause(candidate: Candidate, parties: list[Party], lexicon: Lexicon,
               candidates: list[Candidate]) -> list[Party]:
    """The parties of an act whose own clause names a coded side, less those of the clauses
    before it ("Polen kritisierte Russland, aber Litauen verhängte Sanktionen gegen
    Belarus": Poland and Russia are the criticism's). A report after a comma, its speaker
    after the verb, opens a clause of its own ("In der Türkei hofften …, sagte der Minister
    bei einem Besuch in Athen"; not "China, meanwhile, announced a ban on …").
    A colon joins what it follows ("Turkey: Army Chief Declines …", 'said: "We agreed with
    the United States …"'), and a clause in the first person keeps its speaker. Parties of
    the clauses after the act's stay (a relative clause still names its sides: "met Wang
    Yi, who …"), and so do those of the clause an inserted one interrupts ("Lavrov, who
    arrived on Monday, held talks with Fidan"). An act told in a relative clause that is
    its antecedent's or names its own sides takes those (``_relative_own``)."""
    start, end = candidate.scope.clause
    sentence = candidate.sentence
    relative = _relative_own(candidate, parties, lexicon, candidates)
    if relative is not None:
        kept = _relative_parties(candidate, parties, relative, candidates, lexicon)
        if kept:    # a clause that names no side, nor one as its antecedent, is as any other
            return kept
    if _headed(sentence.text[:start - sentence.start]) or inserted_close(
            sentence.text, 0, start - sentence.start, candidate.start - sentence.start) \
            or adjunct_participle(candidate, lexicon) or _answered_step(candidate, lexicon) \
            or _speaker_subject(candidate, parties, lexicon):
        return parties      # ", accusing them of": the subject is the clause's before it
    before = sentence.text[start - sentence.start:candidate.start - sentence.start]
    reports = [start + m.start() for m in lexicon.cues["reporting"].finditer(before)
               if before[:m.start()].rstrip().endswith(",")]
    if reports and any(p.code and reports[-1] < p.start < candidate.start for p in parties):
        start = reports[-1]     # the reporter follows its verb: "…, sagte der Minister bei"
    own = sentence.text[start - sentence.start:candidate.start - sentence.start]
    if lexicon.cue("first_person", own) or not any(p.code and start <= p.start < end
                                                  for p in parties):
        return parties
    return [p for p in parties if p.start >= start]


def _answered_step(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A Russian warning that a step «не останется без ответа» (THREATEN, sides ``host``) told in
    the content of a verb of saying («Москва заявила, что …»): the step's maker in the content is
    answered, the speaker before it answers, so the speaker stays a party (ruacts9)."""
    return (lexicon.language == "ru" and candidate.event_type == "THREATEN"
            and candidate.trigger.sides == "host")


# words that may stand between «, что» and a verb whose subject the speaker is («что
# непременно ответит»): adverbs only, no subject; calibrated on «обязательно, также, непременно»
SPEAKER_ADVERBS = 2


def _speaker_subject(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> bool:
    """A Russian verb right after «, что» with no subject of its own («Россия заявила, что
    ответит на размещение ракет в Финляндии»): Russian drops the subject the clause shares with
    the speaker, so the speaker before «что» is the act's subject and stays a party (ruacts9)."""
    if candidate.trigger.form != "verb":
        return False
    sentence = candidate.sentence
    head = sentence.text[:candidate.start - sentence.start]
    last = next(reversed(list(lexicon.cues["ruacts9_complementiser"].finditer(head))), None)
    if last is None or len(head[last.end():].split()) > SPEAKER_ADVERBS:
        return False
    split = sentence.start + last.start()
    return any(p.code and p.start < split for p in parties) and not any(
        split <= p.start < candidate.start for p in parties)


def _of_own_act(candidate: Candidate, parties: list[Party],
                candidates: list[Candidate]) -> list[Party]:
    """A noun act that is the object of another type's verb right before it and names two
    sides of its own after that verb ("Russia welcomed the talks between Armenia and
    Azerbaijan"): the verb's subject is no party of it."""
    if candidate.trigger.form != "noun":
        return parties
    sentence = candidate.sentence
    verb = next((c for c in candidates if c.sentence is sentence and c.trigger.form == "verb"
                 and c.event_type != candidate.event_type
                 and 0 <= candidate.start - c.end <= VERB_OBJECT_DISTANCE
                 and not any(mark in sentence.text[c.end - sentence.start:
                                                   candidate.start - sentence.start]
                             for mark in ",;.")), None)
    if verb is None:
        return parties
    own = [p for p in parties if p.start >= verb.end]
    return own if len({p.code for p in own if p.code}) >= 2 else parties


def _without_backdrop(candidate: Candidate, parties: list[Party], candidates: list[Candidate],
                      lexicon: Lexicon) -> list[Party]:
    """The parties of an act less those of an adverbial clause after it that tells an act of
    its own (cue ``backdrop_clause``: "…, as North Korea fired missiles"), where the act's
    own part of the sentence names a coded side."""
    cue = person_cue(lexicon.language, "backdrop_clause")
    sentence = candidate.sentence
    match = cue.search(sentence.text, candidate.end - sentence.start) if cue else None
    if match is None:
        return parties
    start, end = sentence.start + match.start(), sentence.start + match.end()
    if not any(c.sentence is sentence and c.start >= end for c in candidates):
        return parties
    kept = [p for p in parties if p.start < start]
    return kept if any(p.code for p in kept) else parties


def _without_relative_acts(candidate: Candidate, parties: list[Party],
                           candidates: list[Candidate], lexicon: Lexicon) -> list[Party]:
    """The parties of an act less those inside a relative clause on a party that tells an
    act of its own ("France praised Poland, with which Russia signed an agreement": Russia
    is the signing's), where a coded side stays. A clause on a thing is the thing's ("welcomed
    the agreement, which Armenia and Azerbaijan signed": its sides are the agreement's)."""
    sentence = candidate.sentence
    base = sentence.start
    kept = parties
    for match in lexicon.cues["relative"].finditer(sentence.text):
        start, end = base + match.start(), base + match.end()
        if start <= candidate.start < end or not any(
                c.sentence is sentence and start < c.start < end for c in candidates):
            continue
        if antecedents([(p.start, p.end) for p in parties], start, candidate, candidates,
                       lexicon):
            kept = [p for p in kept if not start <= p.start < end]
    return kept if any(p.code for p in kept) else parties


def _relative_clause(candidate: Candidate, lexicon: Lexicon) -> tuple[int, int, bool] | None:
    """The relative clause the trigger stands in and whether its pronoun is its subject
    (``on_subject``: ", who …", «, который …», ", der am Dienstag …")."""
    span = relative_span(candidate, lexicon)
    if span is None:
        return None
    return span[0], span[1], on_subject(candidate.sentence, span[0], lexicon)


def _relative_holding(candidate: Candidate, lexicon: Lexicon) -> tuple[int, int] | None:
    """The relative clause on its subject the trigger stands in: its act is the
    antecedent's ("Sheikh Mohammed, who is on a visit to New Delhi, …")."""
    clause = _relative_clause(candidate, lexicon)
    return clause[:2] if clause is not None and clause[2] else None


def _relative_own(candidate: Candidate, parties: list[Party], lexicon: Lexicon,
                  candidates: list[Candidate]) -> tuple[int, int] | None:
    """The relative clause the trigger stands in whose act is told by its antecedent and
    its own parties: one on its subject, or one whose pronoun is an object or sits in a
    phrase and that names a coded side of its own ("Poland, with which Russia signed an
    agreement", "Ungarn, dessen Regierung mit Russland … vereinbart hatte", «Польшу, с
    которой Россия подписала соглашение»). Not "Wang Yi, whom he hosted": the subject there
    is the main clause's. Beside a pronoun that is its clause's subject (cue
    ``relative_subject``) the antecedent must be a party: a clause on a noun ("eine
    Regierung, die der Türkei … vorwirft") keeps the sentence's parties."""
    clause = _relative_clause(candidate, lexicon)
    if clause is None:
        return None
    start, end, subject = clause
    sentence = candidate.sentence
    if lexicon.cues["relative_subject"].match(sentence.text, start - sentence.start):
        return start, end
    if not antecedents([(p.start, p.end) for p in parties], start, candidate, candidates,
                       lexicon):
        return None
    if subject or any(p.code and start <= p.start < end for p in parties):
        return start, end
    return None


def _flag_clauses(candidates: list[Candidate], lexicon: Lexicon) -> None:
    """Flag the acts told in a relative clause on their subject (``ASIDE``), the meeting
    nouns that complement a round or session of the act before them (``COMPLEMENT``) and
    the triggers that are topic words (``TOPICAL``)."""
    round_of = person_cue(lexicon.language, "round_of")
    for candidate in candidates:
        if _relative_holding(candidate, lexicon) is not None:
            candidate.flags.add(ASIDE)
        text, base = candidate.sentence.text, candidate.sentence.start
        if lexicon.cues["topic"].match(text, candidate.start - base):
            candidate.flags.add(TOPICAL)
        if round_of is not None and candidate.event_type == "CONSULT" and any(
                head.sentence is candidate.sentence and head.event_type == "CONSULT"
                and head.end <= candidate.start
                and not any(mark in text[head.end - base:candidate.start - base]
                            for mark in ",;")
                for head in candidates) and round_of.search(
                    text, 0, candidate.start - base):
            candidate.flags.add(COMPLEMENT)


def _agentless_passive(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A verb trigger told in the passive: its auxiliary in the clause (cue ``passive``:
    "wurde … festgenommen", "ist … festgenommen worden", "was arrested") or a Russian short
    participle (cue ``short_passive``: «задержан»); an active clause whose subject is an
    uncoded body ("Das … Gericht hatte einen Haftbefehl beschlossen") is not one."""
    if candidate.trigger.form == "noun":
        return False
    word = doc.text[candidate.start:candidate.end]
    return bool(lexicon.cue("passive", doc.text[slice(*candidate.scope.clause)])
                or lexicon.cues["short_passive"].fullmatch(word))


def _own_relative_sides(candidate: Candidate, parties: list[Party], lexicon: Lexicon,
                        candidates: list[Candidate]) -> bool:
    """Whether the act is told in a relative clause that, with its antecedent, names two
    sides: it is theirs, not the report's main meeting's ("Tajani, der … mit Sybiha
    telefoniert hatte")."""
    return _relative_own(candidate, parties, lexicon, candidates) is not None \
        and len({p.code for p in parties if p.code}) >= 2


def _relative_subject_acts(candidate: Candidate, sides: Sides, parties: list[Party],
                           lexicon: Lexicon, candidates: list[Candidate]) -> None:
    """A directed act told in a relative clause on its subject is done by the antecedent,
    whatever case the main clause gives it («Молдавию, которая обвинила Москву …»: Moldova
    accuses); the clause's other parties are acted on. So where the clause's pronoun may be
    its subject and no other side acts ("Belarus, das Litauen … vorgeworfen hatte": the
    verb's frame makes both recipients)."""
    clause = _relative_clause(candidate, lexicon)
    if clause is None or candidate.trigger.sides != "directed" or not (
            clause[2] or not sides.actors):
        return
    start, end, _ = clause
    spans = antecedents([(p.start, p.end) for p in parties], start, candidate, candidates,
                        lexicon)
    antecedent = [p for p in parties if (p.start, p.end) in spans]
    inside = [p for p in parties if start <= p.start < end and p.code
              and p.code not in {a.code for a in antecedent}]
    if antecedent and inside:
        sides.actors, sides.recipients = antecedent, inside


def _relative_parties(candidate: Candidate, parties: list[Party], relative: tuple[int, int],
                      candidates: list[Candidate], lexicon: Lexicon) -> list[Party]:
    """"Sheikh Mohammed, who is on a visit to New Delhi, thanked India": an act told in a
    relative clause is done by the clause's antecedent (the party its comma follows) and
    names its other sides inside the clause; the main clause's parties are not its."""
    start, end = relative
    spans = antecedents([(p.start, p.end) for p in parties], start, candidate, candidates,
                        lexicon)
    return [p for p in parties if (p.start, p.end) in spans or start <= p.start < end]


def _headed(before: str) -> bool:
    """Whether a clause opens after a short head and a colon ("Turkey: Chief of Armed Forces
    Declines …", "GAZA CITY, Palestinian Territories: …"), which names its subject, and not
    after a score ("2:5") or a long statement the colon explains."""
    head, colon, rest = before.rpartition(":")
    return bool(colon) and not rest and len(head.split()) <= HEAD_WORDS


def _not_at_itself(sides: Sides) -> None:
    """A state does not act on itself: a recipient with an actor's code goes ("Der Minister
    rief die USA auf, Russland … zu versorgen": the minister named back is Russia's)."""
    acting = {p.code for p in sides.actors if p.code}
    sides.recipients = [p for p in sides.recipients if p.code not in acting]


def _add_speaker(candidate: Candidate, sides: Sides, parties: list[Party]) -> None:
    """An official of the acting state named after a directed verbal act, in its attribution,
    is the one who made it ("Moscow condemned the expulsion, spokeswoman Maria Zakharova
    said"): a person on the acting side. Who announces a deed (an expulsion) need not be who
    did it."""
    acting = {p.code for p in sides.actors if p.code}
    named = {p.actor.name for p in (*sides.actors, *sides.recipients)}
    if candidate.trigger.sides == "directed" and candidate.event_type in VERBAL:
        sides.actors += [p for p in parties if p.start >= candidate.end and p.code in acting
                         and p.actor.kind == "person" and p.actor.sector != "CVL"
                         and p.actor.name not in named]


def _date_status(candidate: Candidate, date: EventDate | None, anchor: dt.date | None) -> None:
    """A cooperative act dated after publication is planned; one dated well before it is
    recalled background ("builds on a similar MOU signed in 2016")."""
    if date is None or not date.start or anchor is None or candidate.status != "occurred":
        return
    if is_future(dt.date.fromisoformat(date.start), anchor):
        make_planned(candidate)
    elif dt.date.fromisoformat(date.end or date.start) < anchor - BACKGROUND_AGE:
        candidate.background = True


def _evidence_text(draft: Draft) -> str:
    return " ".join(span.text for span in draft.evidence)


def _directed_ok(candidate: Candidate, sides: Sides, lexicon: Lexicon) -> bool:
    """A directed act needs a state or IGO that acts, and one it is directed at, unless
    several act together ("Finland and the United States opposed the initiative"); an
    NGO criticising the EU, a minister criticising no one, sides voicing concern about no
    state, or leaders calling on the world at large ("the international community",
    «мировое сообщество») is no interstate act."""
    if candidate.trigger.sides != "directed":
        return True
    acting = {p.code for p in sides.actors if p.code}
    target = {p.code for p in sides.recipients if p.code}
    if target - acting:
        return bool(acting)
    if candidate.trigger.outcome == "concern expressed":
        return False    # concern addressed to no state is a shared view (spec section 3)
    sentence = candidate.sentence
    after = sentence.text[candidate.end - sentence.start:candidate.scope.clause[1] - sentence.start]
    return len(acting) >= 2 and lexicon.cue("general_addressee", after) is None


def uncodable(candidate: Candidate, sides: Sides, lexicon: Lexicon) -> str | None:
    """Why a candidate with these sides gives no event, or None when it gives one."""
    if not _codable(sides):
        return "not codable: fewer than two sides"
    if not _directed_ok(candidate, sides, lexicon):
        return "directed act without an acting state or one it is directed at"
    if candidate.event_type == "CONSULT" and candidate.trigger.sides == "visit" \
            and not any(p.code for p in sides.actors):
        # "Er reiste nach Deutschland und Belgien": places gone to, no visitor named (a
        # planned trip, AGREE, may still name its traveller among the parties); a
        # traveller that is no state's ("ein Kommandeur der Miliz sei in Syrien
        # eingetroffen") pays no visit between states either
        return "visit without a visitor"
    return None


def _codable(sides: Sides) -> bool:
    """An interstate act: two sides, or an IGO acting on its own (a UN body adopting)."""
    codes = sides.codes()
    parties = [*sides.actors, *sides.recipients]
    has_igo = any(p.actor.kind == "igo" or (p.actor.igo and not p.actor.country)
                  for p in parties)
    return len(codes) >= 2 or (has_igo and len(codes) >= 1)


def _location(doc: Document, candidate: Candidate, lexicon: Lexicon,
              places: Gazetteer) -> Location | None:
    # a call is remote by its word ("held a call", "rief … an", «позвонил»), a meeting by its
    # sentence ("by video link"): either sat nowhere (spec §3: location virtual)
    if (candidate.remote and candidate.event_type in ("CONSULT", "AGREE", "SUPPORT")) \
            or candidate.mode == "phone":
        return Location(None, None, True)
    return sentence_location(doc, candidate, lexicon, places)


def _evidence(doc: Document, candidate: Candidate) -> Span:
    """The trigger's sentence, without a leading dateline ("MINSK, 23. November (BelTA) -")."""
    end = candidate.sentence.end
    start = dateline_end(doc, candidate.sentence.start, end)
    if start > candidate.start:
        start = candidate.sentence.start
    return Span(start, end, doc.text[start:end])


def _mode(draft: Draft) -> str | None:
    if draft.event_type != "CONSULT":
        own = [c.trigger.mode for c in draft.candidates if c.trigger.event_type ==
               draft.event_type and c.trigger.mode]
        return own[0] if own else None
    if draft.remote or (draft.location is not None and draft.location.virtual) or any(
            c.trigger.mode == "phone" for c in draft.candidates):
        return "phone"          # a call ("rief … an", "позвонил") is remote by its word
    parties = [*draft.sides.actors, *draft.sides.recipients]
    states = {p.code for p in parties if p.actor.kind != "igo" and p.code}
    directed = bool(draft.sides.recipients and draft.sides.actors)
    if (any(p.actor.kind == "igo" for p in parties) and not _igo_visit(draft, directed)) \
            or len(states) >= 3:
        return "multilateral"
    return "visit" if directed else None


def _igo_visit(draft: Draft, directed: bool) -> bool:
    """One IGO and one state, one visiting or receiving the other by a visit's word ("Eine
    Delegation der EU hat Astana besucht", "Stoltenberg empfing Niinistö"): a visit, not a
    multilateral meeting (a session of the IGO hosted by a state stays multilateral)."""
    return directed and len(draft.codes()) == 2 and any(
        c.trigger.sides in ("visit", "host") for c in draft.candidates)


def _actors(parties: list[Party]) -> list[Actor]:
    """Persons with their roles, and the state or IGO for each side no person stands for."""
    parties = [p for p in parties if p.resolved]    # unresolved names only took a side
    persons = [p.actor for p in parties if p.actor.kind == "person"]
    covered = {a.code for a in persons}
    others: dict[str | None, Actor] = {}
    for party in parties:
        if party.actor.kind != "person" and party.code not in covered:
            current = others.get(party.code)
            if current is None or (current.kind == "organization" and party.actor.kind in
                                   ("state", "igo")):
                others[party.code] = party.actor
    return [_bare(a) for a in (*persons, *others.values())]


def _bare(actor: Actor) -> Actor:
    """The actor without its document span (events carry evidence spans instead)."""
    return Actor(actor.text, actor.name, actor.kind, actor.role, actor.country, actor.igo,
                 actor.sector, actor.wikidata)


def _event_id(doc: Document, draft: Draft) -> str:
    """Stable: the same input gives the same id (document, type, sides, date, evidence)."""
    key = "|".join([doc.doc_id, draft.event_type, draft.status,
                    "+".join(sorted(draft.codes())), (draft.date and draft.date.start) or "",
                    ",".join(str(span.start) for span in draft.evidence)])
    return "evt-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _unique_ids(events: list[Event]) -> None:
    """Two events with the same key (same sentence, sides and date) get -2, -3… in order."""
    seen: dict[str, int] = {}
    for event in events:
        count = seen.get(event.id, 0) + 1
        seen[event.id] = count
        if count > 1:
            event.id = f"{event.id}-{count}"

