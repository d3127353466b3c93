"""Drafts: candidates with sides, date and place, merged into one draft per act.

Spec section 3: within a document, acts of the same type between the same
sides on the same date (or with no date) are one event, whatever the number
of sentences that report them. A recalled background act is never merged
with the act the document reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from communique.events.bodies import bodies_of
from communique.events.candidates import COMPLEMENT, COOPERATIVE, VERBAL, Candidate
from communique.events.participants import Party, Sides
from communique.model import EventDate, Location, Span

PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
# days a guest's arrival may precede the talks of the same visit ("ist am Sonntag zu einem
# zweitägigen Besuch eingetroffen. Am Montag führte sie Gespräche …"): a state or official
# visit lasts up to three days in the probes' reports (de_fields, loc5, de_agency)
VISIT_DAYS = 3


# A SUPPORT outcome that describes any other ("deepen their cooperation … signed a
# declaration"): one act with it.
GENERAL_SUPPORT = {"cooperation expanded"}
# AGREE outcomes that are offers: an act of their own, never absorbed into a signing.
OFFERS = {"proposal made", "proposal presented", "offer made", "invitation extended"}
# AGREE outcomes one side gives another: with a recipient, never what both sides agreed
UNDERTAKINGS = {"promise made", "offer made", "proposal made", "readiness expressed",
                "invitation extended"}
# the outcome of an agreement both sides reached (lang/*/events.yaml)
AGREED = "agreement reached"
# the flag of aid told in the future, a pledge (candidates.make_planned)
PLEDGED = "planned-aid"
PLANNED_MEETING = "planned-consult"     # a meeting to come (``candidates.make_planned``)
# Acts done at a meeting by its sides, what they agreed, signed or set up there: the
# meeting's participants and officials carry to them (resolve.py, meeting_persons.py).
OUTCOME_TYPES = ("AGREE", "SUPPORT", "COOPERATE")
# Acts done by announcing them: the verbal ones and a government's decision to sanction; a
# delivery, an arrest or a strike is done where it happens, not where it is announced.
ANNOUNCED = VERBAL | {"SANCTION"}

@dataclass
class Draft:
    """One act being assembled from one or more candidates."""

    candidates: list[Candidate]
    sides: Sides
    date: EventDate | None = None
    location: Location | None = None
    date_inherited: bool = False
    evidence: list[Span] = field(default_factory=list)

    @property
    def first(self) -> Candidate:
        return self.candidates[0]

    @property
    def event_type(self) -> str:
        return self.first.event_type

    @property
    def status(self) -> str:
        return self.first.status

    @property
    def background(self) -> bool:
        return all(c.background for c in self.candidates)

    @property
    def remote(self) -> bool:
        return any(c.remote for c in self.candidates)

    def codes(self) -> set[str]:
        return self.sides.codes()

    def meeting(self) -> bool:
        """A meeting held, or one planned (an AGREE of a meeting to come)."""
        return self.event_type == "CONSULT" or any(PLANNED_MEETING in c.flags
                                                   for c in self.candidates)

    def persons(self) -> list[Party]:
        return [p for p in (*self.sides.actors, *self.sides.recipients)
                if p.actor.kind == "person"]

    def unstaffed(self) -> set[str]:
        """The codes of the sides no official of their own sits for: whose an official of no
        stated state may be."""
        parties = (*self.sides.actors, *self.sides.recipients)
        staffed = {p.code for p in parties if p.actor.kind == "person"}
        return {c for p in parties if (c := p.code) and c not in staffed}


def dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    """Unknown is compatible with anything; known dates must nest (day within month…)."""
    if a is None or b is None or a.start is None or b.start is None:
        return True
    short, long_ = sorted((a.gold_form() or "", b.gold_form() or ""), key=len)
    return long_.startswith(short)


def more_precise(a: EventDate | None, b: EventDate | None) -> EventDate | None:
    if a is None or a.start is None:
        return b if b is not None and b.start is not None else a or b
    if b is None or b.start is None:
        return a
    return a if PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] else b


def _same_act(a: Draft, b: Draft) -> bool:
    if (a.event_type, a.status, a.background) != (b.event_type, b.status, b.background):
        return False
    codes_a, codes_b = a.codes(), b.codes()
    if not (codes_a <= codes_b or codes_b <= codes_a):
        return False
    if len(codes_a & codes_b) * 2 < len(codes_a | codes_b):
        return False
    if _opposed(a, b) or _opposed(b, a) or _one_sided(a, b) or _one_sided(b, a):
        return False        # spec 3: one act has one direction and one mode
    bodies_a, bodies_b = bodies_of(a.candidates), bodies_of(b.candidates)
    if bodies_a and bodies_b:   # the foreign and the defence ministers' councils: two meetings
        return bool(bodies_a & bodies_b) and dates_compatible(a.date, b.date)
    if a.event_type == "SUPPORT" and not (_labels(a) & _labels(b)
                                          or GENERAL_SUPPORT & (_labels(a) | _labels(b))):
        return False        # signing 18 documents and adopting a joint statement: two acts
    # officials do not tell apart statements addressed to a state: the ambassador's charge on
    # television and his ministry's summons the same day are one accusation (spec 3)
    addressed = a.event_type in VERBAL and bool(a.sides.recipients and b.sides.recipients)
    if not addressed and _other_officials(a, b) and not (
            codes_a == codes_b and _one_sentence(a, b)):
        return False        # the presidents' call and the ministers' call of the same day
    return dates_compatible(a.date, b.date)


def _other_officials(a: Draft, b: Draft) -> bool:
    """Whether two drafts seat other officials, none in common ("Putin and Merkel spoke" /
    "Lavrov and Gabriel spoke"). In a directed act the officials of its two sides do not
    tell two acts: the summoned ambassador in one sentence, the state secretary who
    received him in the next ("X wurde einbestellt. Staatssekretär Y übermittelte ihm …").
    Nor, in a meeting held or planned, do the officials of one side in one sentence and of
    the other in the next ("Kerry besuchte Ägypten … In Kairo traf er mit Shukri zusammen").
    What sides agree on (no recipient) stays two acts with other officials: each side's
    pledge in its own sentence."""
    persons_a = {p.actor.name for p in a.persons()}
    persons_b = {p.actor.name for p in b.persons()}
    if not persons_a or not persons_b or persons_a & persons_b:
        return False
    states_a = {p.code for p in a.persons() if p.code}
    states_b = {p.code for p in b.persons() if p.code}
    if states_a & states_b or not (states_a and states_b):
        return True
    # the officials of one side here, of the other there
    return not (a.sides.recipients and b.sides.recipients) and not (a.meeting() and b.meeting())


def _one_sentence(a: Draft, b: Draft) -> bool:
    """A visit noun and a meeting of its sentence that share the sentence's two persons out
    between them tell one act («В ходе визита в Монголию Путин провёл переговоры с
    Президентом Монголии …»); two calls of one sentence stay two. Only between the same
    sides: Kerry's visit to Havana and his talks there with Colombia's negotiators are two.
    So do a meeting noun and the one that complements it ("MA Zhaoxu held the sixth round of
    the strategic dialogue with … Amna BALOCH": the round takes Ma, the dialogue Baloch)."""
    def visits(draft: Draft) -> set[int]:
        return {c.sentence_index for c in draft.candidates
                if c.trigger.sides == "visit" and c.trigger.form == "noun"}

    def sentences(draft: Draft) -> set[int]:
        return {c.sentence_index for c in draft.candidates}

    def complements(draft: Draft) -> set[int]:
        return {c.sentence_index for c in draft.candidates if COMPLEMENT in c.flags}

    return bool(visits(a) & sentences(b) or visits(b) & sentences(a)
                or complements(a) & sentences(b) or complements(b) & sentences(a))


def _one_sided(a: Draft, b: Draft) -> bool:
    """A pledge, promise, offer or invitation one side made to the other and what both
    sides agreed («Россия предоставит Лаосу зерно»; "Japan offered Manila radars"; «Стороны
    договорились встретиться в 2025 году») are two acts: the direction differs (spec 3).
    Only such directed acts: a planned visit is told both ways ("the upcoming visit of Xi
    to Kazakhstan", "Tokayev and Xi are expected to meet"). And only an agreement told by a
    verb of both sides in a sentence of its own: the visit, meeting or exercise an
    invitation names in its own sentence ("lud Erdoğan zu einem Besuch nach Berlin ein") is
    what it invites to, one act with it."""
    own = {c.sentence_index for c in a.candidates}
    return (a.event_type == "AGREE" and bool(a.sides.recipients) and not b.sides.recipients
            and len({p.code for p in b.sides.actors if p.code}) > 1
            and all(PLEDGED in c.flags or c.trigger.outcome in UNDERTAKINGS
                    for c in a.candidates)
            and any(c.trigger.sides == "symmetric" and c.trigger.form == "verb"
                    and c.sentence_index not in own for c in b.candidates))


def _opposed(a: Draft, b: Draft) -> bool:
    """A acts on whom B acts for: "A summoned B's envoy" and "B summoned A's" are two acts."""
    acting = {p.code for p in a.sides.actors if p.code}
    return bool(a.sides.recipients and b.sides.recipients
                and acting & {p.code for p in b.sides.recipients if p.code})


def _labels(draft: Draft) -> set[str]:
    return {c.trigger.outcome for c in draft.candidates if c.trigger.outcome}


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Fold every draft into the first earlier draft that reports the same act."""
    merged: list[Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _same_act(m, draft)), None)
        if target is None:
            merged.append(draft)
            continue
        _absorb(target, draft)
    return merged


def fold_headline_echoes(drafts: list[Draft], headlines: set[int]) -> list[Draft]:
    """A headline summarises its report: an act told only in headlines, of the type, status
    and sides of an act the body tells, is that act even when the headline's compressed
    wording turns its direction or names it another way ("Canberra welcomes Tokyo's
    support" over "Japan pledged its support to Australia"). The body's fuller sentence
    keeps the direction; the headline becomes one more piece of its evidence. Cooperative
    acts only: a hostile act and its reverse are a step and its answer (sanctions met by
    counter-sanctions), two acts even in a headline."""
    kept: list[Draft] = []
    for draft in drafts:
        body = None
        if all(c.sentence_index in headlines for c in draft.candidates):
            body = next((d for d in drafts if d is not draft and _echoes(draft, d, headlines)),
                        None) or next((d for d in drafts if _meetings_agreed(draft, d, headlines)),
                                      None)
        if body is None:
            kept.append(draft)
        else:
            _absorb(body, draft)
    return kept


def fold_visit_arrivals(drafts: list[Draft]) -> list[Draft]:
    """A visit told by the guest's arrival or stay ("ist am Sonntag zu einem dreitägigen
    Besuch nach China gereist", "hält sich vom 8. bis 9. April zu einem Besuch in China
    auf") and the talks held during it up to ``VISIT_DAYS`` later ("In Peking traf er am
    Montag Xi") are one CONSULT, dated by its talks: one act told twice, not two meetings."""
    kept: list[Draft] = []
    for draft in drafts:
        talks = next((d for d in drafts if d is not draft and _arrival_before(draft, d)), None)
        if talks is None:
            kept.append(draft)
        else:
            _absorb(talks, draft)       # both dated by day: the talks' date stays
    return kept


def _arrival_before(arrival: Draft, talks: Draft) -> bool:
    """``arrival`` is a visit told only by visit words, of the sides of ``talks``, which
    are no visit words alone and fall on one of the visit's days after the arrival."""
    if not all(d.event_type == "CONSULT" and d.status == "occurred" and not d.background
               for d in (arrival, talks)) or arrival.codes() != talks.codes():
        return False
    if not all(c.trigger.sides == "visit" for c in arrival.candidates) or all(
            c.trigger.sides == "visit" for c in talks.candidates):
        return False
    days = _days_between(arrival.date, talks.date)
    return days is not None and 0 < days <= VISIT_DAYS and not (
        _opposed(arrival, talks) or _opposed(talks, arrival))


def _days_between(a: EventDate | None, b: EventDate | None) -> int | None:
    """Days from day ``a`` to day ``b``; None unless both are days."""
    if a is None or b is None or a.start is None or b.start is None \
            or a.precision != "day" or b.precision != "day":
        return None
    return (dt.date.fromisoformat(b.start) - dt.date.fromisoformat(a.start)).days


def _echoes(headline: Draft, body: Draft, headlines: set[int]) -> bool:
    return (headline.event_type in COOPERATIVE
            and not all(c.sentence_index in headlines for c in body.candidates)
            and (headline.event_type, headline.status, headline.background)
            == (body.event_type, body.status, body.background)
            and headline.codes() == body.codes()
            and (_opposed(headline, body) or _opposed(body, headline))
            and dates_compatible(headline.date, body.date))


def _meetings_agreed(headline: Draft, body: Draft, headlines: set[int]) -> bool:
    """A headline's agreement ("Japan, South Korea agree to resume shuttle diplomacy") over
    the body's agreement to hold meetings, which spec 3 codes planned ("agreed to resume
    regular visits between their leaders"): one act, the headline's compressed wording
    reading no meeting in it (precise8)."""
    return (headline.event_type == body.event_type == "AGREE"
            and (headline.status, body.status) == ("occurred", "planned")
            and headline.background == body.background
            and not all(c.sentence_index in headlines for c in body.candidates)
            and headline.codes() == body.codes())


def absorb_signed_agreements(drafts: list[Draft], agreed_act: re.Pattern[str],
                             headlines: frozenset[int] = frozenset(),
                             another_act: re.Pattern[str] | None = None) -> list[Draft]:
    """An agreement reported with the signing of its document is that one signing act
    ("vereinbarten eine Absichtserklärung … Dieses Dokument wurde unterzeichnet"). One
    whose words right after it name an action, not a document (``agreed_act``, «договорились
    о расширении обмена информацией», "agreed to set up …"), is an agreement of its own
    beside the signing, unless only a headline tells it: a headline's "agree to expand
    trade" sums up the agreement the body says was signed (``headlines``: sentence indexes). A
    signing its own sentence tells as one more act (``another_act``) is of another document."""
    signings = [d for d in drafts if d.event_type == "SUPPORT" and "document signed" in _labels(d)]
    kept = []
    for draft in drafts:
        signing = next((s for s in signings if _reported_with(draft, s)), None)
        if (draft.event_type == "AGREE" and draft.status == "occurred" and signing is not None
                and not _labels(draft) & OFFERS and not _on_action(draft, agreed_act, headlines)
                and not _promise_to(draft) and not _signed_besides(draft, signing, another_act)):
            _absorb(signing, draft)
        else:
            kept.append(draft)
    return kept


def _on_action(draft: Draft, agreed_act: re.Pattern[str], headlines: frozenset[int]) -> bool:
    """An agreement reached (not a readiness or a promise) on an action, told in the body."""
    return any(c.trigger.outcome == AGREED and c.sentence_index not in headlines
               and agreed_act.match(c.sentence.text, c.end - c.sentence.start)
               for c in draft.candidates)


def _signed_besides(draft: Draft, signing: Draft, another_act: re.Pattern[str] | None) -> bool:
    """A signing told in another sentence as one more act ("unterzeichneten außerdem eine
    Absichtserklärung über Wasserstoff" after "verständigten sich auf einen Fahrplan für
    Rohstoffe") signs another document than the one agreed (issue 12, deagree10)."""
    if another_act is None:
        return False
    mine = {c.sentence_index for c in draft.candidates}
    return any(c.sentence_index not in mine and another_act.search(c.sentence.text)
               for c in signing.candidates)


def _promise_to(draft: Draft) -> bool:
    """One side's promise or readiness to another ("Deutschland sagte Moldau 25 Millionen
    Euro zu", «Китай готов предоставить Вьетнаму кредиты» beside a signed declaration) is an
    act of its own, unlike a promise the signers share."""
    return bool(_labels(draft) & UNDERTAKINGS and draft.sides.recipients)


def _reported_with(draft: Draft, signing: Draft) -> bool:
    """Same sides, in the same or the next sentence, at dates that nest: "signed a nuclear
    agreement in 2008. In June, … the two sides agreed on …" are two acts (spec section 3:
    acts on different dates are never merged)."""
    mine_codes, their_codes = draft.codes(), signing.codes()
    if len(mine_codes & their_codes) * 2 < len(mine_codes | their_codes):
        return False
    if not dates_compatible(draft.date, signing.date):
        return False
    mine = {c.sentence_index for c in draft.candidates}
    theirs = {c.sentence_index for c in signing.candidates}
    return any(abs(a - b) <= 1 for a in mine for b in theirs)


def _absorb(target: Draft, other: Draft) -> None:
    """Merge ``other`` into ``target``. A side one report gives (the host who received the
    ambassador) is kept when the other report names everyone as acting ("during the
    conversation, the sides discussed …")."""
    target.candidates.extend(other.candidates)
    if other.sides.recipients and not target.sides.recipients:
        target.sides, other_sides = other.sides, target.sides
    else:
        other_sides = other.sides
    for side_name, opposite in (("actors", "recipients"), ("recipients", "actors")):
        side, facing_side = getattr(target.sides, side_name), getattr(target.sides, opposite)
        facing = {p.code for p in facing_side if p.code}
        for party in getattr(other_sides, side_name):
            # an official of a state the target has on the other side sits there: the
            # visit's host received, the talks named him acting with the guest
            joins = facing_side if party.code in facing else side
            if (party.actor.kind == "person" or joins is side) and (
                    party.actor.kind, party.actor.name) not in {
                    (p.actor.kind, p.actor.name) for p in (*side, *facing_side)}:
                joins.append(party)
    actor_codes = {p.code for p in target.sides.actors}
    target.sides.recipients = [p for p in target.sides.recipients
                               if p.code is None or p.code not in actor_codes]
    target.date = more_precise(target.date, other.date)
    target.location = target.location or other.location
    seen = {(s.start, s.end) for s in target.evidence}
    target.evidence.extend(s for s in other.evidence if (s.start, s.end) not in seen)
