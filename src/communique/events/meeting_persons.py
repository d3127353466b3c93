"""Officials of a meeting carried to what its sides did there (issue 13).

A report names the officials once, where it tells the meeting ("Die Ko-Vorsitzenden waren
Staatssekretär Sven Giegold … und … Laziz Kudratow"), and then tells the outcome by its
sides only ("Beide Seiten unterzeichneten ein Protokoll", «стороны подписали протокол»,
"The two sides agreed to …"): the outcome was the act of the officials at the table.
"""

from __future__ import annotations

from dataclasses import replace

from communique.document import Document, Mention, Sentence
from communique.events.anaphora import story_break
from communique.events.candidates import VERBAL
from communique.events.drafts import OUTCOME_TYPES, Draft, dates_compatible
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon
from communique.events.participants import Party, Sides, is_report_source
from communique.events.scopes import topic_spans
from communique.gazetteer.persons import person_cue

# An outcome told this many sentences after the meeting's first is still the meeting's: the
# lead, the sentence that names the officials, the outcome (as for quotes, resolve.py). The
# heads of delegation may take that many sentences more («Российскую делегацию возглавил …
# С китайской стороны переговоры вел …»): the reach counts from the last that names one.
OUTCOME_REACH = 2
# Sentences after an act's own in which the official who did it may be named: the act, a
# sentence of its setting or source ("Das teilte das EDA am Montag mit"), the quote with its
# speaker, the counterpart's quote (depersons9: the wire and ministry reports of the blind set
# name them no later).
TOLD_AFTER = 3
# Characters before a name read for its title of office: one compound title and its comma.
OFFICE_REACH = 40


def persons_to_outcomes(doc: Document, main: Draft | None, drafts: list[Draft]) -> None:
    """Give the meeting's officials to an outcome its sides did there: an outcome of the
    same sides told just after the meeting with the sides as its subject, on its day (or
    planned there for later: «Стороны договорились продолжить консультации в следующем
    году»), or told in a sentence of the meeting's own ("Russland und Indien haben bei
    Gesprächen in Moskau … vereinbart") or as the lead just before it, whose own sentence
    names no person."""
    if main is None or not main.persons():
        return
    officials = {p.actor.name for p in main.persons()}
    lead = _sentence_index(doc, main)
    last = _told_on(doc, main, min(_last_named(doc, main), lead + OUTCOME_REACH))
    for draft in drafts:
        if (draft is main or draft.background or draft.event_type not in OUTCOME_TYPES
                or draft.codes() != main.codes()
                or not (draft.status == "planned" or dates_compatible(draft.date, main.date))
                or _names_a_person(doc, draft, officials if _by_the_table(doc, draft) else set())):
            continue
        if not (_told_as_lead(doc, main, draft) or (
                lead <= _sentence_index(doc, draft) <= last + OUTCOME_REACH
                and (_told_with(main, draft) or _by_the_table(doc, draft)
                     or any(_cue(doc.language, "sides_subject", c.sentence.text)
                            for c in draft.candidates)))):
            continue
        present = {p.actor.name for p in draft.persons()}
        for person in main.persons():
            if person.actor.name not in present:
                _side_for(draft.sides, person.code).append(person)
                present.add(person.actor.name)


def seat_unplaced(doc: Document, main: Draft | None, lexicon: Lexicon) -> None:
    """An official whose state the text does not say, named in a sentence that tells the
    meeting ("… im Auswärtigen Amt mit der Leiterin der Abteilung …, Anke Konrad,
    zusammengetroffen", «переговоры, которые Лавров и Кошербаев провели …»), sits for the
    meeting's one side that has no official of its own: the other side is staffed, so the
    name is its counterpart's. Not a name inside a topic (a case the sides discussed), nor
    the report's source; with two sides unstaffed nothing says whose he is."""
    if main is None or not main.persons() or len(unstaffed := main.unstaffed()) != 1:
        return
    code = unstaffed.pop()
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    names = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    for sentence in {c.sentence_index: c.sentence for c in main.candidates}.values():
        topics = topic_spans(sentence, lexicon, [], doc.times, names)
        for mention in mention_index(doc).starting(sentence.start, sentence.end):
            actor = mention.actor
            if (actor is None or actor.kind != "person" or actor.code is not None
                    or actor.name in present or len(actor.name.split()) < 2
                    or any(s <= mention.start < e for s, e in topics)
                    or is_report_source(doc, mention, lexicon)):
                continue
            _side_for(main.sides, code).append(
                Party(replace(actor, country=code), mention.start, mention.end))
            present.add(actor.name)
            return                      # one counterpart: a second name is no one's guess


def participation_echoes(doc: Document, main: Draft | None, drafts: list[Draft],
                         lexicon: Lexicon) -> list[Draft]:
    """The drafts without the meetings a sentence that says who took part in the main one
    makes of its own verb («В заседании также участвовали премьер Госсовета КНР … и …»,
    "An der Sitzung nahmen auch … teil"): the officials took part in the main meeting
    (``attach_participants`` seats them there), no other meeting of theirs. So too a
    sentence that names the visitor back as the host's guest ("Der Minister und sein Gast
    sprachen über …", cue ``guest_back``): the talks of the visit told again. Only of states
    at the main meeting, after it is told, on its day."""
    if main is None:
        return drafts
    lead = _sentence_index(doc, main)
    return [d for d in drafts if not (
        d is not main and d.event_type == "CONSULT" and not d.background
        and d.status == "occurred" and d.codes() <= main.codes()
        and dates_compatible(d.date, main.date) and _sentence_index(doc, d) > lead
        and all((lexicon.cue("participation", c.sentence.text)
                 or _cue(doc.language, "guest_back", c.sentence.text))
                and not lexicon.cue("absence", c.sentence.text) for c in d.candidates))]


def _last_named(doc: Document, main: Draft) -> int:
    """The last sentence that tells the meeting: its own first one, or a later one naming an
    official it took part with ("Российскую делегацию возглавил …", "С китайской стороны
    переговоры вел …"): an outcome told just after the heads are listed is theirs."""
    last = _sentence_index(doc, main)
    for party in main.persons():
        index = next((i for i, s in enumerate(doc.sentences)
                      if s.start <= party.start < s.end), -1)
        last = max(last, index)
    return last


def _told_on(doc: Document, main: Draft, last: int) -> int:
    """The meeting's account runs on through the sentences just after ``last`` that tell
    it: one the meeting's own draft is evidenced in, or one with the sides as subject
    («Стороны провели обмен мнениями …», "The two sides reviewed …"): an outcome told after
    them is still the meeting's. A sentence naming a delegation does not carry it on: on
    the held-out check set that gave English outcomes officials who were not theirs."""
    told = {c.sentence.start for c in main.candidates}
    for index in range(last + 1, len(doc.sentences)):
        text = doc.sentences[index].text
        if not (doc.sentences[index].start in told
                or _cue(doc.language, "sides_subject", text)):
            break
        last = index
    return last


def _told_as_lead(doc: Document, main: Draft, draft: Draft) -> bool:
    """Whether the outcome is the report's lead, told in the sentence just before the
    meeting's, on its day ("Russland und Indien haben … vereinbart. Lawrow empfing dazu …"):
    its subject, the meeting's own states, stands for the officials at the table."""
    return (draft.status == "occurred" and dates_compatible(draft.date, main.date)
            and _sentence_index(doc, draft) == _sentence_index(doc, main) - 1)


def _told_with(main: Draft, draft: Draft) -> bool:
    """Whether the outcome is told in a sentence that tells the meeting too (a wire lead:
    «Минск и Баку договорились … на переговорах»): its subject is the meeting's sides."""
    told = {c.sentence.start for c in main.candidates}
    return any(c.sentence.start in told for c in draft.candidates)


def _sentence_index(doc: Document, draft: Draft) -> int:
    sentence = draft.first.sentence
    return next((i for i, s in enumerate(doc.sentences) if s is sentence), -1)


def _by_the_table(doc: Document, draft: Draft) -> bool:
    """Whether the outcome is told in a quotation opening with "we" (cue ``we_quote``)."""
    return any(_cue(doc.language, "we_quote", c.sentence.text) for c in draft.candidates)


def _names_a_person(doc: Document, draft: Draft, officials: set[str]) -> bool:
    """Whether a sentence of the outcome names a person of its own (a signatory), other than
    the meeting's ``officials`` given ("„Мы … договорились о дальнейших контактах“, — сказал
    … Михаил Богданов": one head of delegation speaks for the table)."""
    return any(m.actor is not None and m.actor.kind == "person"
               and m.actor.name not in officials
               and c.sentence.start <= m.start < c.sentence.end
               for c in draft.candidates for m in doc.mentions)


def _side_for(sides: Sides, code: str | None) -> list[Party]:
    """The side of the outcome that holds the official's state: the recipients only where
    his state receives and does not act."""
    acting = {p.code for p in sides.actors}
    receiving = {p.code for p in sides.recipients}
    return sides.recipients if code in receiving and code not in acting else sides.actors


def _cue(language: str | None, name: str, text: str) -> bool:
    cue = person_cue(language or "", name)
    return cue is not None and cue.search(text) is not None


def names_representatives(language: str | None, text: str) -> bool:
    """Whether a sentence names who represented a side ("die kasachische Seite vertrat …",
    «Китайскую сторону представлял …»): the words of ``represents`` in the language's
    person_cues.yaml."""
    return _cue(language, "represents", text)


def officials_told_after(doc: Document, drafts: list[Draft], lexicon: Lexicon) -> None:
    """A verbal act (a statement, a protest, a signing) whose acting states have no official
    of their own takes the officials who tell it in the sentences right after, as their
    first person named outside a quote: the speaker of a quote ("„…“, schrieb
    Staatssekretär Alexandre Fasel"), the subject who reports it ("Der Leiter der Abteilung
    …, Botschafter X, machte deutlich, …") or tells it again ("Vizeaußenminister Sun Weidong
    habe … Protest eingelegt, teilte das Ministerium mit"). An official of an acting state
    takes its side; one of no stated state, named with a title (cue ``office_before``), the
    one acting state left without an official. Journalists and experts carry no title of
    office and are passed over. Not an act of the sides named back ("Beide Seiten
    vereinbarten …", cue ``sides_subject``): one side's speaker after it speaks for himself.
    Only where the language has the cue ``speaks``, and up to a sentence that tells another
    act."""
    if person_cue(doc.language or "", "speaks") is None:
        return
    for draft in drafts:
        if draft.background or draft.event_type not in VERBAL:
            continue        # a meeting has its own rules; a deed is not done by speaking
        lacking = _lacking(draft)
        if not lacking or any(_cue(doc.language, "sides_subject", c.sentence.text)
                              for c in draft.candidates):
            continue    # what "beide Seiten" did, one speaker after it does not tell
        stateless: list[Mention] = []
        for sentence in _told_after(doc, draft, drafts):
            speaker = _teller(doc, sentence)
            if speaker is None or speaker.actor is None:
                continue
            code = speaker.actor.code
            if code in lacking:
                _seat(draft, speaker, code)
                lacking.discard(code)
            elif code is None and _titled(doc, speaker):
                stateless.append(speaker)
        if len(lacking) == 1 and stateless:
            _seat(draft, stateless[0], lacking.pop())


def _lacking(draft: Draft) -> set[str]:
    """The acting states of the draft with no official of their own on it."""
    return draft.unstaffed() & {p.code for p in draft.sides.actors if p.code}


def _told_after(doc: Document, draft: Draft, drafts: list[Draft]) -> list[Sentence]:
    """The sentences that may tell the act after its first: its own later ones and up to
    ``TOLD_AFTER`` more, within the story, up to one that tells another act."""
    told = {c.sentence.start for c in draft.candidates}
    others = {c.sentence.start for d in drafts if d is not draft for c in d.candidates
              if c.sentence.start not in told}
    first = _sentence_index(doc, draft)
    last = max(i for i, s in enumerate(doc.sentences) if s.start in told)
    out: list[Sentence] = []
    for index in range(first + 1, min(len(doc.sentences), last + TOLD_AFTER + 1)):
        sentence = doc.sentences[index]
        if sentence.start in others or story_break(doc, draft.first.sentence.end, sentence.end):
            break
        out.append(sentence)
    return out


def _teller(doc: Document, sentence: Sentence) -> Mention | None:
    """The first person the sentence names outside a quote, where the sentence reports
    speech (cue ``speaks``) and no person of the quote or topic comes before him."""
    if not _cue(doc.language, "speaks", sentence.text):
        return None
    for mention in mention_index(doc).starting(sentence.start, sentence.end):
        if mention.actor is None or mention.actor.kind != "person":
            continue
        if not _in_quote(doc.text[sentence.start:mention.start]):
            return mention
    return None


def _in_quote(before: str) -> bool:
    """Whether a quote opened in ``before`` is still open: „…“ (German), «…», "…", and
    “…” where no German opening mark is used."""
    return (before.count("„") > before.count("“") or before.count("«") > before.count("»")
            or before.count('"') % 2 == 1
            or ("„" not in before and before.count("“") > before.count("”")))


def _titled(doc: Document, mention: Mention) -> bool:
    """Whether the person is named with a title of office: resolved, or a word of the
    language's ``office_before`` cue right before the name ("Bundesumweltminister X")."""
    if mention.actor is not None and mention.actor.role:
        return True
    cue = person_cue(doc.language or "", "office_before")
    head = doc.text[max(0, mention.start - OFFICE_REACH):mention.start]
    return cue is not None and cue.search(head) is not None


def _seat(draft: Draft, mention: Mention, code: str) -> None:
    actor = mention.actor
    assert actor is not None
    party = Party(replace(actor, country=code) if actor.code is None else actor,
                  mention.start, mention.end)
    _side_for(draft.sides, code).append(party)
