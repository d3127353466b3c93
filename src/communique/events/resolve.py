"""Document-level resolution: what one sentence leaves open, the report as a whole tells.

Outcomes reported after a meeting share its date and place; the dateline
dates and places the main meeting only when its sentences do not; a role
noun ("der stellvertretende Minister") stands for the official named before.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from communique.document import Document, Mention, Sentence
from communique.events.anaphora import story_break
from communique.events.attributes import dateline_place, lead_place, opening_city, venue
from communique.events.bodies import bodies_of
from communique.events.candidates import Candidate
from communique.events.drafts import ANNOUNCED, OUTCOME_TYPES, Draft, dates_compatible
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.meeting_persons import names_representatives
from communique.events.metonymy import first_person
from communique.events.participants import (
    Party,
    Sides,
    ends_line,
    is_headline,
    is_party,
    is_place_of_act,
    is_report_source,
    masthead_party,
    owner,
    party_of,
)
from communique.events.scopes import topic_spans
from communique.gazetteer import Gazetteer
from communique.lang import LANGUAGES, defaults
from communique.model import Actor, EventDate, Location
from communique.nlp import date_setting, resolve_times

COUNTERPART_DISTANCE = 3    # characters between "deutschen" and "Amtskollegen"
# Words before a counterpart that opens its sentence ("Sein ungarischer Amtskollege").
COUNTERPART_OPENING = 2
# Words joining a role noun to the states it names ("Außenminister Russlands und Chinas",
# "the Ambassador of Norway", «министры России и Китая»).
STATE_LIST_WORDS = frozenset({"und", "and", "и", "of", "der", "des", "the", "von"})
# The first letters of a role noun its inflected forms share ("Minister", "Ministern").
ROLE_STEM = 5
ROLE_CONTEXT = 150          # characters around a person mention searched for the role word
# A quote that follows the account of a meeting is of the meeting for this many sentences
# (the lead, a sentence of detail, the quote: issue 13's "two sentences later").
QUOTE_REACH = 2
# Characters between a reporting verb and the speaker it names ("said Wang Lei, the
# coordinator …", "„…“, sagte der Sonderbeauftragte des chinesischen Außenministeriums Wang Lei"):
# the longest title of the role lexicon with its name fits.
SPEAKER_DISTANCE = 80
# A closing quotation mark (after the quoted words, not before them) and the attribution.
_QUOTE_END = re.compile(r"(?<=\S)[“”»\"][,.]?\s*(?:[-–—]\s*)?\w")


def add_anaphoric_persons(doc: Document, candidate: Candidate, sides: Sides,
                          lexicon: Lexicon, rivals: list[Candidate]) -> None:
    """Add the officials that role nouns of the trigger's part of the sentence refer back
    to: "der stellvertretende Minister", "seinen deutschen Amtskollegen"."""
    _add_counterpart(doc, candidate, sides, lexicon, rivals)
    _add_role_anaphor(doc, candidate, sides, lexicon, rivals)
    _add_plural_role_anaphor(doc, candidate, sides, lexicon, rivals)


def add_reporting_official(doc: Document, candidate: Candidate, sides: Sides,
                           lexicon: Lexicon) -> None:
    """An official of an acting state who reports the act speaks for the state that acts: a
    person on the acting side. As the subject of the reporting verb before the act in its
    sentence ("Der chinesische Botschafter in Kuba, Hua Xin, sagte bei der Übergabe, China
    werde Kuba unterstützen"), or, when the act names no person, in the attribution after a
    comma of the next sentence ("Die Diplomaten müssen Deutschland verlassen, wie
    Außenministerin Annalena Baerbock mitteilte", "…, sagte Außenminister Sikorski") or in
    a next sentence that reports it back ("Das kündigte Außenminister Sikorski an"). A
    statement the next sentence opens with ("Borrell erklärte: „…“") is no such report."""
    acting = {p.code for p in sides.actors if p.code}
    named = {p.actor.name for p in (*sides.actors, *sides.recipients)}
    sentence = candidate.sentence
    reporting = lexicon.cues["reporting"]
    # (verb start, whether the speaker comes before the verb)
    said = [(sentence.start + m.start(), True)
            for m in reporting.finditer(sentence.text, 0, candidate.start - sentence.start)]
    nxt = _next_sentence(doc, candidate)
    end, back = sentence.end, False
    if nxt is not None and not any(p.actor.kind == "person"
                                   for p in (*sides.actors, *sides.recipients)):
        end = nxt.end
        said += [(nxt.start + m.start(), before) for m in reporting.finditer(nxt.text)
                 if "," in nxt.text[:m.start()] for before in (True, False)]
        opening = lexicon.cues["report_back"].match(nxt.text)
        if opening is not None:             # the speaker follows the verb
            back = True
            said.append((nxt.start + opening.end(), False))
    for mention in mention_index(doc).starting(sentence.start, end):
        actor = mention.actor
        if (actor is None or actor.kind != "person" or actor.code not in acting
                or actor.name in named
                or not any(_speaks(mention.start, mention.end, verb, before)
                           for verb, before in said)
                or (mention.start >= sentence.end and not back
                    and "," not in doc.text[sentence.end:mention.start])):
            continue
        sides.actors.append(Party(actor, mention.start, mention.end))
        named.add(actor.name)


def add_first_person_side(doc: Document, candidate: Candidate, sides: Sides,
                          lexicon: Lexicon) -> None:
    """An act whose subject is the speaking "we" ("We urge the US to …", "Wir rufen Nordkorea
    auf", «Призываем США …») is done by the state of whoever speaks: the speaker of the
    sentence's attribution ("…, Zakharova said"), else the speaker a heading line names
    («Официальный представитель МИД России М.В.Захарова:»), else who issues the page a
    statement's headline opens («Комментарий официального представителя МИД России …»,
    "Statement by the Foreign Ministry of Japan"). With none of them, no side is guessed."""
    if sides.actors or not first_person(candidate, lexicon):
        return
    head = _statement_head(doc, lexicon)
    speaker = (_attributed_speaker(doc, candidate, lexicon) or _heading_speaker(doc, candidate)
               or _issuer(doc, head))
    if speaker is None:
        return
    sides.recipients = [p for p in sides.recipients if p.code != speaker.code]
    sides.actors.append(speaker)
    if not sides.recipients and candidate.trigger.sides == "directed" and head is not None:
        # «Комментарий … в связи с решением властей Эстонии … Настаиваем на отмене
        # ограничений»: the statement answers the one other state its headline names
        named = [party_of(m) for m in doc.mentions
                 if _coded(m) and head.start <= m.start < head.end]
        others = {p.code: p for p in named if p.code != speaker.code}
        if len(others) == 1:
            sides.recipients.extend(others.values())


def _coded(mention: Mention) -> bool:
    return mention.actor is not None and bool(mention.actor.code)


def _attributed_speaker(doc: Document, candidate: Candidate, lexicon: Lexicon) -> Party | None:
    """The coded party right before or after a reporting verb of the act's sentence, the
    nearest to its verb ("…, Russian Foreign Ministry spokeswoman Maria Zakharova said")."""
    sentence = candidate.sentence
    verbs = [sentence.start + m.start()
             for m in lexicon.cues["reporting"].finditer(sentence.text)]
    near = [(min(abs(verb - m.end) if m.end <= verb else abs(m.start - verb)
                 for verb in verbs), m)
            for m in doc.mentions
            if _coded(m) and sentence.start <= m.start < sentence.end
            and any(_speaks(m.start, m.end, verb, before)
                    for verb in verbs for before in (True, False))]
    return party_of(min(near, key=lambda pair: pair[0])[1]) if near else None


def _heading_speaker(doc: Document, candidate: Candidate) -> Party | None:
    """The first coded party of the nearest line before the act that ends with a colon and
    so heads what follows («Официальный представитель МИД России М.В.Захарова:»); a
    headline between them ends the search."""
    for sentence in reversed(doc.sentences[:candidate.sentence_index]):
        if sentence.text.rstrip().endswith(":") and ends_line(doc, sentence.end):
            return next((party_of(m) for m in doc.mentions
                         if _coded(m) and sentence.start <= m.start < sentence.end), None)
        if is_headline(doc, sentence):
            return None
    return None


def _statement_head(doc: Document, lexicon: Lexicon) -> Sentence | None:
    """The headline that opens with the kind of statement the page is («Комментарий
    официального представителя МИД России …», "Statement by …"), in the run of lines that
    opens the page: it may follow the page's own lines (the ministry's name, a breadcrumb)."""
    for head in doc.sentences:
        if not is_headline(doc, head):
            return None
        if lexicon.cues["statement_head"].match(head.text.lstrip()) is not None:
            return head
    return None


def _issuer(doc: Document, head: Sentence | None) -> Party | None:
    """Who issues a statement: the first coded party of its headline."""
    if head is None:
        return None
    return next((party_of(m) for m in doc.mentions
                 if _coded(m) and head.start <= m.start < head.end), None)


def _speaks(start: int, end: int, verb: int, before: bool) -> bool:
    """Whether the person at ``start``–``end`` is the subject of the reporting verb at
    ``verb``: right before it ("X sagte"), or right after it ("sagte X")."""
    if before:
        return end <= verb <= end + SPEAKER_DISTANCE
    return start - SPEAKER_DISTANCE <= verb <= start


def implicit_sides(doc: Document) -> bool:
    """Whether the rules of implicit sides run for the document's language
    (``LanguageDefaults.implicit_sides``)."""
    return doc.language in LANGUAGES and defaults(doc.language).implicit_sides


def _next_sentence(doc: Document, candidate: Candidate) -> Sentence | None:
    index = next((i for i, s in enumerate(doc.sentences) if s is candidate.sentence), None)
    return doc.sentences[index + 1] if index is not None and index + 1 < len(
        doc.sentences) else None


# How far before a state's name its diplomat's title may stand («временному поверенному
# в делах Литвы»: 30 characters).
TITLE_REACH = 40
# «в Молдавии», «во Франции»: the place of posting; the longest such name is three words
POSTING_REACH = 40
_POSTED_IN = re.compile(r"\s(?:в|во)\s+([A-ZА-ЯЁ][\w-]+)")


def add_posting_state(doc: Document, candidate: Candidate, sides: Sides, lexicon: Lexicon,
                      places: Gazetteer) -> None:
    """An act that names only a diplomat or an embassy of one state is done between that
    state and the one it is posted in: «Посол Индии в России встретился с заместителем
    главы МИД», «Посол России в Молдавии был вызван в министерство … республики» (Moldova
    acts), «Посольство России в Польше направило ноту протеста в МИД республики» (Poland
    is protested to). With no place of posting, the
    diplomat serves where the report is filed («МОСКВА … временному поверенному в делах
    Литвы была вручена нота»: Russia acts). The host takes a directed act's empty side."""
    codes = sides.codes()
    if (not implicit_sides(doc) or len(codes) != 1
            or (sides.actors and sides.recipients)):
        return
    named = [p for p in (*sides.actors, *sides.recipients) if p.code]
    if not all(_is_diplomat(doc, p, lexicon) for p in named):
        return
    host = _posting(doc, named[0], candidate, places) or _filed_in(doc, places, codes)
    entry = places.state(host) if host is not None and host not in codes else None
    if entry is None:
        return
    party = Party(Actor(entry.name, entry.name, "state", country=entry.country, sector="GOV",
                        wikidata=entry.wikidata), candidate.start, candidate.end)
    directed = candidate.trigger.sides == "directed"
    (sides.recipients if directed and sides.actors else sides.actors).append(party)


def _is_diplomat(doc: Document, party: Party, lexicon: Lexicon) -> bool:
    """Whether the party is a diplomat or a mission: its title before the state's name
    («поверенному в делах Литвы») or as its own first word («Посол России …»)."""
    first = doc.text[party.start:party.end].split(maxsplit=1)[0]
    lead = doc.text[max(0, party.start - TITLE_REACH):party.start] + first + " "
    return lexicon.cue("posted", lead) is not None


def _posting(doc: Document, party: Party, candidate: Candidate, places: Gazetteer) -> str | None:
    """The state of the place named after «в» within or right after the party («Посол
    России в Молдавии Олег Озеров», «Посольство России в Польше», «Посол Франции в
    Москве»); a lower-case word after «в» is no place («поверенный в делах»)."""
    text = doc.text[party.start:min(candidate.sentence.end, party.end + POSTING_REACH)]
    for match in _POSTED_IN.finditer(text):
        if party.start + match.start() > party.end:
            break
        place = places.place(match.group(1), doc.language or "")
        if place is not None and place.country:
            return place.country
    return None


def _filed_in(doc: Document, places: Gazetteer, codes: set[str]) -> str | None:
    """The state of the dateline's city."""
    if not doc.dateline:
        return None
    place = dateline_place(doc.dateline, doc.language or "", places, codes)
    return place.country if place is not None else None


# "Deputy Minister of Foreign Affairs", "Spokesperson of the Ministry of Foreign Affairs":
# the ministry a role names (gazetteer/data/roles.yaml)
_DEPARTMENT = re.compile(r"\bMinist(?:er|ry) of ([A-Z][\w ]*?)(?: of |$)")


def own_ministry(doc: Document, parties: list[Party]) -> list[Party]:
    """An official whose title names a ministry but no state is of the ministry named
    before: a ministry's own page («Министерство иностранных дел Российской Федерации …
    заместитель Министра иностранных дел А.Ю.Руденко принял Посла Японии»), or a report
    that named it («МИД Казахстана … Заместитель министра иностранных дел Р.Василенко»)."""
    if not implicit_sides(doc):
        return parties
    return [_of_ministry(doc, p) for p in parties]


def genitive_states(doc: Document, parties: list[Party]) -> list[Party]:
    """A body no list resolves, followed by the states it belongs to in the genitive
    («Главы МИД России и Египта поддержали …», «ведомства Армении и Азербайджана»), is
    those states: it takes no side of its own before them."""
    if not implicit_sides(doc):
        return parties
    return [p for i, p in enumerate(parties) if p.code or p.actor.kind == "person"
            or i + 1 == len(parties) or parties[i + 1].actor.kind != "state"
            or doc.text[p.end:parties[i + 1].start].strip()]


def _of_ministry(doc: Document, party: Party) -> Party:
    actor = party.actor
    department = _DEPARTMENT.search(actor.role or "") if actor.kind == "person" else None
    if department is None or actor.code:
        return party
    ministry = f"Ministry of {department.group(1)}"
    body = next((m.actor for m in reversed(doc.mentions) if m.end <= party.start
                 and m.actor is not None and m.actor.kind == "organization"
                 and m.actor.country and m.actor.name.startswith(ministry)), None)
    if body is None:
        return party
    return replace(party, actor=replace(actor, country=body.country))


def named_before(doc: Document, candidate: Candidate, sides: Sides, lexicon: Lexicon) -> None:
    """«Участники саммита подписали декларацию», «Стороны обсудили …» after a sentence that
    names who met but no act of theirs («Лидеры стран ШОС собрались в Астане»): a joint act
    that names nobody and refers back to its sides is done by the parties of the sentence
    before, when they are two states or more, or an IGO."""
    if (not implicit_sides(doc) or sides.codes() or candidate.sentence_index == 0
            or candidate.trigger.sides != "symmetric"
            or lexicon.cue("sides", candidate.sentence.text) is None):
        return
    before = doc.sentences[candidate.sentence_index - 1]
    parties: dict[str, Party] = {}
    for mention in doc.mentions:
        if (before.start <= mention.start < before.end and mention.actor is not None
                and mention.actor.code and is_party(mention)
                and not is_report_source(doc, mention, lexicon)):
            parties.setdefault(mention.actor.code, party_of(mention))
    if len(parties) >= 2 or any(p.actor.kind == "igo" for p in parties.values()):
        sides.actors = list(parties.values())
        sides.inherited = True


def _with_phrase(doc: Document, candidate: Candidate, parties: list[Party],
                 lexicon: Lexicon) -> tuple[list[Party], list[Party]] | None:
    """The coded parties of a meeting's clause before the first word of the cue ``partners``
    after its trigger («с», «со»: its subject) and after it (its partners); None when no
    such word follows the trigger."""
    end = candidate.scope.clause[1]
    match = lexicon.cues["partners"].search(doc.text, candidate.end, end)
    if match is None:
        return None
    at = match.start()
    coded = [p for p in parties if p.code and candidate.scope.clause[0] <= p.start < end]
    return [p for p in coded if p.end <= at], [p for p in coded if p.start >= at]


def add_meeting_anchor(doc: Document, candidate: Candidate, parties: list[Party], sides: Sides,
                       earlier: list[tuple[Candidate, Sides]], lexicon: Lexicon) -> None:
    """A meeting whose clause names only who was met («Также состоялась встреча с Министром
    иностранных дел Бразилии», «На полях консультаций состоялись встречи с представителями
    Таиланда») is held by the acting side the report named last: the first state acting in
    the latest sentence before with an act of another state, in the same story (no
    headline or dateline between), never an organisation (its members meet, not it)."""
    if (not implicit_sides(doc) or candidate.event_type != "CONSULT"
            or candidate.trigger.sides != "symmetric"):
        return
    split = _with_phrase(doc, candidate, parties, lexicon)
    if split is None or split[0] or not split[1]:
        return
    partners = {p.code for p in split[1]}
    if not sides.codes() <= partners:
        return
    acting = [(c.sentence_index, c.start, p) for c, s in earlier
              if c.sentence_index < candidate.sentence_index
              and not story_break(doc, c.end, candidate.start)
              for p in s.actors if p.code and p.code not in partners and p.actor.kind != "igo"]
    if not acting:
        return
    last = max(index for index, _, _ in acting)
    anchor = min((a for a in acting if a[0] == last), key=lambda a: a[1])[2]
    sides.actors, sides.recipients, sides.inherited = [anchor, *split[1]], [], False


def add_masthead_side(doc: Document, candidate: Candidate, sides: Sides,
                      lexicon: Lexicon) -> None:
    """A meeting whose clause names only who was met, after «с», and no one who met them
    («12 мая в Москве прошли консультации с делегацией Ирана», «состоялись консультации с
    иранской стороной»), or that takes its one side from the report («Состоялись
    консультации. Иранскую делегацию возглавлял …»), is held by the state whose ministry's
    page it is: a first line that names one state's body («Министерство иностранных дел
    Российской Федерации»). The place is no such cue: a meeting in Beijing with Iran's
    delegation need not be China's."""
    if (not implicit_sides(doc) or candidate.event_type != "CONSULT"
            or candidate.trigger.sides != "symmetric" or sides.recipients
            or len(sides.codes()) != 1 or any(p.actor.kind == "igo" for p in sides.actors)
            or not (sides.inherited or lexicon.cues["partners"].search(
                doc.text, candidate.end, candidate.scope.clause[1]))):
        return
    own = masthead_party(doc)
    if own is not None and own.code not in sides.codes():
        sides.actors.append(own)


def one_each(doc: Document, candidate: Candidate, parties: list[Party], sides: Sides,
             lexicon: Lexicon) -> list[Sides]:
    """Bilateral meetings with several states («провёл двусторонние встречи с министрами
    иностранных дел Индии и Пакистана») are one meeting with each: the sides once per
    state named after «с», each with the meeting's own side."""
    sentence = candidate.sentence
    clause = sentence.text[candidate.scope.clause[0] - sentence.start:
                           candidate.scope.clause[1] - sentence.start]
    if (not implicit_sides(doc) or candidate.event_type != "CONSULT"
            or lexicon.cue("bilateral", clause) is None):
        return [sides]
    split = _with_phrase(doc, candidate, parties, lexicon)
    partners = {p.code: p for p in split[1]} if split else {}
    own = [p for p in (*sides.actors, *sides.recipients) if p.code not in partners]
    if len(partners) < 2 or not any(p.code for p in own):
        return [sides]
    return [Sides(actors=[*own, partner]) for partner in partners.values()]


def headline_sides(doc: Document, candidate: Candidate, sides: Sides, lexicon: Lexicon) -> None:
    """«О переговорах С.В.Лаврова с Министром иностранных дел Пакистана И.Даром» over «10
    апреля в Москве состоялись переговоры»: a press release's headline names the meeting
    its body dates and places. A meeting noun whose sentence names fewer than two states takes
    the states of the nearest headline before it (a line with no closing punctuation) that
    names a meeting and two states or more."""
    if (not implicit_sides(doc) or candidate.event_type != "CONSULT"
            or candidate.trigger.sides != "symmetric" or candidate.trigger.form != "noun"
            or len(sides.codes()) >= 2):
        return
    headline = next((s for s in reversed(doc.sentences[:candidate.sentence_index])
                     if is_headline(doc, s)), None)
    if headline is None or lexicon.meeting.search(headline.text) is None:
        return
    parties: dict[str, Party] = {}
    for mention in doc.mentions:
        if (headline.start <= mention.start < headline.end and mention.actor is not None
                and mention.actor.code and is_party(mention)):
            parties.setdefault(mention.actor.code, party_of(mention))
    if len(parties) < 2:
        return
    codes = sides.codes()
    sides.actors += [p for code, p in parties.items() if code not in codes]


def _add_counterpart(doc: Document, candidate: Candidate, sides: Sides, lexicon: Lexicon,
                     rivals: list[Candidate]) -> None:
    """'lud seinen deutschen Amtskollegen ein', 'his Russian counterpart': the last official
    named of that state (or of the other side), on the side the phrase stands."""
    sentence = candidate.sentence
    match = lexicon.cue("counterpart", sentence.text)
    if match is None:
        return
    start, end = sentence.start + match.start(), sentence.start + match.end()
    if owner(start, end, rivals) is not candidate:
        return
    adjective = next((m for m in doc.mentions if m.actor is not None and m.actor.kind == "state"
                      and 0 <= start - m.end <= COUNTERPART_DISTANCE), None)
    acting = {p.code for p in sides.actors if p.code}
    target = adjective.actor.code if adjective and adjective.actor else None
    own_roles = {w for p in sides.actors if p.actor.role for w in p.actor.role.casefold().split()}
    officials = [m.actor for m in doc.mentions
                 if m.start < start and m.actor is not None and m.actor.kind == "person"
                 and m.actor.code is not None
                 and (m.actor.code == target if target else m.actor.code not in acting)]
    if not officials:
        return
    # the counterpart holds the same office: most role words shared, then the latest named
    best = max(reversed(officials), key=lambda a: len(own_roles & set(
        (a.role or "").casefold().split())))
    if best.name not in {p.actor.name for p in (*sides.actors, *sides.recipients)}:
        directed = end > candidate.start and candidate.trigger.sides != "symmetric"
        (sides.recipients if directed else sides.actors).append(Party(best, start, end))


def _add_role_anaphor(doc: Document, candidate: Candidate, sides: Sides, lexicon: Lexicon,
                      rivals: list[Candidate]) -> None:
    sentence = candidate.sentence
    match = lexicon.cue("anaphor", sentence.text)
    if match is None:
        return
    start = sentence.start + match.start()
    if owner(start, sentence.start + match.end(), rivals) is not candidate:
        return
    if any(m.start <= start < m.end for m in doc.mentions if m.actor and
           m.actor.kind == "person"):
        return
    words = match.group(0).split()
    stems = [word.casefold()[:ROLE_STEM] for word in words[1:] or words]
    # "Die Außenminister Aserbaidschans und Armeniens", "der russische Außenminister": an
    # official of the states named
    named = _states_after(doc, sentence.start + match.end()) or {
        m.actor.country or "" for m in doc.mentions if m.actor is not None
        and m.actor.kind == "state" and start <= m.start < sentence.start + match.end()}
    person = _last_person_with_role(doc, start, stems, named)
    if person is None:
        return
    party = Party(person, start, sentence.start + match.end())
    if any(p.actor.name == person.name for p in (*sides.actors, *sides.recipients)):
        return
    before_trigger = party.end <= candidate.start
    reverse = candidate.trigger.sides == "host"
    own = ([side for side in (sides.actors, sides.recipients)
            if person.code in {p.code for p in side}] if candidate.trigger.sides == "visit"
           else [])
    if own:     # a visitor after the verb ("Am Montag reiste der armenische Außenminister
        own[0].insert(0, party)     # nach Paris"): the side of its state
    elif candidate.trigger.sides == "symmetric" or before_trigger != reverse:
        sides.actors.insert(0, party)
    else:
        sides.recipients.insert(0, party)


def _add_plural_role_anaphor(doc: Document, candidate: Candidate, sides: Sides,
                             lexicon: Lexicon, rivals: list[Candidate]) -> None:
    """"Die Minister hatten den Besuch vereinbart", "beide Minister wurden empfangen": the
    latest official of each side's state whose title names that office, on that side.
    Only states already at the act with no official of their own there, and a title as
    written or resolved ("Außenminister Maxim Ryschenkow", "Minister of Foreign Affairs"):
    "die Seiten" names no office, so no official."""
    sentence = candidate.sentence
    match = lexicon.cue("sides", sentence.text)
    if match is None:
        return
    start, end = sentence.start + match.start(), sentence.start + match.end()
    if owner(start, end, rivals) is not candidate:
        return
    stem = match.group(0).split()[-1].casefold()[:ROLE_STEM]
    by_code = {p.code: side for side in (sides.actors, sides.recipients) for p in side if p.code}
    staffed = {p.code for p in (*sides.actors, *sides.recipients) if p.actor.kind == "person"}
    latest: dict[str, Actor] = {}
    for mention in doc.mentions:
        actor = mention.actor
        if (mention.start < start and actor is not None and actor.kind == "person"
                and actor.code in by_code and actor.code not in staffed
                and stem in f"{mention.text} {actor.role or ''}".casefold()):
            latest[actor.code] = actor
    named = {p.actor.name for p in (*sides.actors, *sides.recipients)}
    for code, actor in latest.items():
        if actor.name not in named:
            by_code[code].append(Party(actor, start, end))


def _states_after(doc: Document, end: int) -> set[str]:
    """The states named right after a role noun ("Die Außenminister Aserbaidschans und
    Armeniens", "the Ambassador of Norway"): a list of them, joined by connectors."""
    codes: set[str] = set()
    for mention in doc.mentions:
        if mention.start < end or mention.actor is None:
            continue
        gap = doc.text[end:mention.start].replace(",", " ").casefold().split()
        if mention.actor.kind != "state" or not all(w in STATE_LIST_WORDS for w in gap):
            break
        codes.add(mention.actor.country or "")
        end = mention.end
    return codes


def _last_person_with_role(doc: Document, before: int, stems: list[str],
                           states: set[str] | frozenset[str] = frozenset()) -> Actor | None:
    """The latest official before ``before`` whose title has every stem of the role noun,
    of one of the ``states`` when any are given.

    The title is the mention itself when it carries one ("Sergej Alejnik,
    stellvertretender Außenminister …"), else the text around the name.
    """
    for mention in reversed(doc.mentions):
        if mention.start >= before or mention.actor is None or mention.actor.kind != "person" \
                or (states and mention.actor.code not in states):
            continue
        title = mention.text if mention.text != (mention.normal or "") and len(
            mention.text.split()) > 3 else doc.text[max(0, mention.start - ROLE_CONTEXT):
                                                    mention.end + ROLE_CONTEXT]
        folded = title.casefold()
        if all(stem in folded for stem in stems):
            return mention.actor
    return None


def attach_participants(doc: Document, main: Draft | None, lexicon: Lexicon) -> None:
    """Who a sentence names as taking part (co-chairs, heads and members of delegations,
    attending states) takes part in the main meeting; not who it says stayed away.

    An official who is not of a state already at the table, nor of one the sentence names
    as attending ("an dem aus Österreich … Mikl-Leitner teilnahm"), sits there for the
    meeting's IGO, if it has one and a state faces it (a Cambodian co-chairing the
    Russia–ASEAN dialogue); officials of two or more such states, or any at a meeting of
    the IGO alone, are its members taking part, each for his own state (spec: the IGO plus
    the states the text names as taking part).
    """
    if main is None:
        return
    igos = [p.actor.igo for p in (*main.sides.actors, *main.sides.recipients)
            if p.actor.kind == "igo" and p.actor.igo]
    for sentence in doc.sentences:
        if not (lexicon.cue("participation", sentence.text)
                or names_representatives(doc.language, sentence.text)) or lexicon.cue(
                    "background", sentence.text) or lexicon.cue("absence", sentence.text):
            continue
        topics = topic_spans(sentence, lexicon, [], doc.times,
                             [(m.start, m.end) for m in doc.mentions if m.actor is not None])
        present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
        codes = main.codes()
        named = _heads_of_side([(m, actor) for m in doc.mentions if (actor := m.actor)
                                is not None and sentence.start <= m.start < sentence.end],
                               _open_side(main))
        members = len({a.code for _, a in named if a.kind == "person"
                       and a.code not in codes}) >= 2 or codes <= set(igos)
        attending = {a.code for _, a in named if a.kind != "person" and _attends(a)}
        for mention, actor in named:
            if (actor.name in present or actor.code is None
                    or any(s <= mention.start < e for s, e in topics)
                    or is_report_source(doc, mention, lexicon)
                    or is_place_of_act(doc, mention, lexicon)):
                continue        # "nahm … in der russischen Stadt … teil": a place, no side
            if (actor.kind == "person" and actor.code not in codes | attending
                    and len(igos) == 1 and not members):
                actor = replace(actor, igo=igos[0])
            elif actor.kind != "person" and (actor.code in codes or not _attends(actor)):
                continue        # states attending; bodies and IGOs named in roles are not
            _side_of(main.sides, actor.code).append(Party(actor, mention.start, mention.end))
            present.add(actor.name)
    _attach_quoted_officials(doc, main, lexicon)
    _attach_counterparts(doc, main, lexicon)
    _attach_partners(doc, main, lexicon)
    _attach_igo_officials(doc, main, lexicon, set(igos))


def _open_side(main: Draft) -> set[str]:
    """The side an official joins whose side nothing names: the meeting's one side that no
    official of its own sits for yet, else its one host, whose staff sit in on a visitor's
    talks ("An dem Gespräch nahm auch der Direktor der Ersten Asienabteilung … teil")."""
    unstaffed = main.unstaffed()
    return unstaffed if len(unstaffed) == 1 else {c for p in main.sides.recipients
                                                  if (c := p.code)}


def _heads_of_side(named: list[tuple[Mention, Actor]],
                   open_side: set[str]) -> list[tuple[Mention, Actor]]:
    """An official whose title names no state, in a sentence that tells who headed or
    represented a side, is of the one state whose side or delegation it names ("The Indian
    delegation was led by Joint Secretary … Das", «Белорусскую сторону представлял
    заместитель министра …»); with two states named, nothing says whose he is. A sentence
    naming no state names the side of its one official, or else ``open_side``."""
    states = {a.country for _, a in named if a.kind != "person" and _attends(a)}
    # none named: the side of the one official he accompanies or deputises for
    # («Министра сопровождал его заместитель …»; persons8, issue 13)
    states = states or {a.code for _, a in named if a.kind == "person" and a.code}
    # nor any official: the one side still without one ("… empfing eine Delegation aus
    # Georgien. Angeführt wurde sie von Vizeaußenminister …"), else the host
    states = states or set(open_side)
    if len(states) != 1:
        return named
    state = states.pop()
    return [(m, _of_state(a, state) if a.kind == "person" and a.code is None else a)
            for m, a in named]


def _of_state(actor: Actor, code: str | None) -> Actor:
    """The official as one of ``code``'s: its country, or the IGO he sits for."""
    if code is not None and Gazetteer.load().state(code) is None:
        return replace(actor, igo=code, sector="IGO")
    return replace(actor, country=code)


def _side_of(sides: Sides, code: str | None) -> list[Party]:
    """The side an official joins: his state's, when it is a recipient only (the host's
    minister who received a visiting delegation), else the actors."""
    recipients = {p.code for p in sides.recipients}
    actors = {p.code for p in sides.actors}
    return sides.recipients if code in recipients and code not in actors else sides.actors


def _attends(actor: Actor) -> bool:
    """A state, or a body of one («Российскую делегацию возглавил …», "the Russian
    delegation included …"): the state takes part in the meeting (spec: the IGO plus the
    states the text names as taking part); an IGO or its body named in a role does not."""
    return actor.kind == "state" or (actor.kind == "organization" and actor.igo is None
                                     and actor.country is not None)


def _attach_quoted_officials(doc: Document, main: Draft, lexicon: Lexicon) -> None:
    """An official of a side at the table quoted just after the meeting is told ("„Wir sind
    zufrieden“, sagte der Sonderbeauftragte … Wang Lei") spoke there: he takes part. Only
    a speaker named after the quote counts: "X erklärte: „…“" opens a press release's
    statement, often by a principal who was not at the table."""
    codes = main.codes()
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    for sentence in _told_after(doc, main):
        if lexicon.cue("background", sentence.text):
            continue
        said = [(sentence.start + m.start(), sentence.start + m.end())
                for m in lexicon.cues["reporting"].finditer(sentence.text)]
        for mention in doc.mentions:
            actor = mention.actor
            if (actor is None or actor.kind != "person" or actor.code not in codes
                    or actor.name in present
                    or not sentence.start <= mention.start < sentence.end
                    or not _QUOTE_END.search(doc.text, sentence.start, mention.start + 1)
                    or not any(mention.start - SPEAKER_DISTANCE <= end and start <= mention.end
                               + SPEAKER_DISTANCE for start, end in said)):
                continue
            main.sides.actors.append(Party(actor, mention.start, mention.end))
            present.add(actor.name)


def _attach_igo_officials(doc: Document, main: Draft, lexicon: Lexicon, igos: set[str]) -> None:
    """An official of the meeting's own IGO opening one of the sentences just after the
    meeting is told ("CSTO Secretary General … presented a report", «Генеральный секретарь
    ШОС … выступил …») was at its table: he takes part, for the IGO. Not one who speaks
    ("Josep Borrell … erklärte: „…“"): a statement is often a principal's, not a sitter's."""
    if not igos:
        return
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    for sentence in _told_after(doc, main):
        if lexicon.cue("background", sentence.text) or lexicon.cue("reporting", sentence.text) \
                or ":" in sentence.text:
            continue
        opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(' "«„'))
        for mention in doc.mentions:
            actor = mention.actor
            if (actor is not None and actor.kind == "person" and actor.igo in igos
                    and actor.name not in present and mention.start == opening):
                main.sides.actors.append(Party(actor, mention.start, mention.end))
                present.add(actor.name)


def _attach_counterparts(doc: Document, main: Draft, lexicon: Lexicon) -> None:
    """An official of a side at the table introduced as the counterpart, opening one of the
    sentences just after the meeting is told ("Sein ungarischer Amtskollege Péter Szijjártó
    betonte …"), was the other one there: he takes part. Not a counterpart further on in
    the sentence ("В среду он встретится с турецким коллегой …": another meeting)."""
    codes = main.codes()
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    for sentence in _told_after(doc, main):
        cue = lexicon.cue("counterpart", sentence.text)
        if (cue is None or len(sentence.text[:cue.start()].split()) > COUNTERPART_OPENING
                or lexicon.cue("background", sentence.text)):
            continue
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        for mention in doc.mentions:
            actor = mention.actor
            if (actor is not None and actor.kind == "person" and actor.code in codes
                    and actor.name not in present
                    and mention.start <= end + 1 and mention.end > start):
                main.sides.actors.append(Party(actor, mention.start, mention.end))
                present.add(actor.name)


def _attach_partners(doc: Document, main: Draft, lexicon: Lexicon) -> None:
    """An official of a side that has none at the table yet, coordinated with one who is
    there in one of the sentences just after the meeting is told ("… hat seinen chinesischen
    Amtskollegen getroffen. Wadephul und Wang Yi sprachen über …", «Лавров и Фидан обсудили
    …»), is that side's official there: he takes part."""
    open_sides = main.unstaffed()
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    for sentence in _told_after(doc, main):
        if lexicon.cue("background", sentence.text):
            continue
        persons = [m for m in doc.mentions if m.actor is not None and m.actor.kind == "person"
                   and sentence.start <= m.start < sentence.end]
        for left, right in pairwise(persons):
            if lexicon.cues["conjunction"].fullmatch(doc.text[left.end:right.start].strip()) \
                    is None:
                continue
            for known, other in ((left, right), (right, left)):
                actor = other.actor
                if (known.actor is not None and known.actor.name in present
                        and actor is not None and actor.code in open_sides
                        and actor.name not in present):
                    _side_of(main.sides, actor.code).append(Party(actor, other.start, other.end))
                    present.add(actor.name)
                    open_sides.discard(actor.code)


def _told_after(doc: Document, main: Draft) -> list[Sentence]:
    """The sentences just after the one that tells the meeting, where its officials are
    quoted or named (``QUOTE_REACH``)."""
    lead = next((i for i, s in enumerate(doc.sentences) if s is main.first.sentence), None)
    return [] if lead is None else doc.sentences[lead + 1:lead + 1 + QUOTE_REACH]


def persons_of_outcomes(main: Draft | None, drafts: list[Draft]) -> None:
    """Officials who signed or agreed something at the meeting took part in it."""
    if main is None:
        return
    present = {p.actor.name for p in (*main.sides.actors, *main.sides.recipients)}
    for draft in drafts:
        if (draft is main or draft.background or draft.status != "occurred"
                or draft.event_type not in OUTCOME_TYPES or not dates_compatible(draft.date,
                                                                                 main.date)):
            continue
        for person in draft.persons():
            if person.actor.name not in present and person.code in main.codes():
                main.sides.actors.append(person)
                present.add(person.actor.name)


def carry_members(main: Draft | None, drafts: list[Draft], places: Gazetteer) -> None:
    """An outcome of an IGO meeting whose acting side names only the IGO ("ASEAN adopted a
    statement", "Die Teilnehmer verabschiedeten …" after "unter Teilnahme von Russland,
    Belarus …"), or the IGO and some states at its table (the chair the outcome inherited
    before the members were listed: «По итогам сессии главы государств подписали …»), is
    the act of the meeting's participants: the IGO and the states the report names at the
    table (spec: an IGO meeting's participants are its code and those states).
    So is the next meeting it agreed to hold at one of theirs."""
    if main is None:
        return
    igos, members = _table(main, places)
    if not igos or not members:
        return
    members_codes = {p.code for p in members}
    for draft in drafts:
        acting = {p.code for p in draft.sides.actors if p.code}
        # the next meeting, agreed on at this one and hosted by one at its table («Следующее
        # заседание решено провести в Москве»); one hosted by a state not at the table is
        # that state's and the IGO's (probe ru_pages); one with no host named is the IGO's
        # ("will be discussed at the session of the CIS Heads of State Council", dev en-020)
        planned = (draft.status == "planned" and draft.event_type == "AGREE"
                   and draft.location is not None
                   and draft.location.country in members_codes)
        if (draft is main or draft.background or (draft.status != "occurred" and not planned)
                or draft.event_type not in OUTCOME_TYPES or not acting & igos
                or not acting <= igos | members_codes
                or draft.first.start < main.first.start
                or not (planned or dates_compatible(draft.date, main.date))):
            continue
        present = draft.codes()
        draft.sides.actors += [p for p in members if p.code not in present]


def carry_to_bodies(main: Draft | None, drafts: list[Draft], places: Gazetteer) -> None:
    """The meetings of an IGO's other bodies told with the main one («состоялись заседания
    СМИД, СМО и КССБ ОДКБ. В заседаниях приняли участие делегации …») sit with the same
    members: the states at the main meeting's table join each, as states (their officials
    stay at their own meeting)."""
    if main is None:
        return
    igos, members = _table(main, places)
    if not igos or not members:
        return
    for draft in drafts:
        if (draft is main or draft.event_type != "CONSULT" or draft.status != "occurred"
                or draft.background or not bodies_of(draft.candidates)
                or not draft.codes() & igos or not dates_compatible(draft.date, main.date)):
            continue
        present = draft.codes()
        draft.sides.actors += [p for p in members if p.code not in present]


def _table(main: Draft, places: Gazetteer) -> tuple[set[str], list[Party]]:
    """The IGOs at the main meeting's table and its other participants as states, one each
    (an official stands for his state)."""
    sitting = [*main.sides.actors, *main.sides.recipients]
    igos = {p.code for p in sitting if p.actor.kind == "igo" and p.code}
    members = [state for p in _one_each([p for p in sitting if p.code and p.code not in igos])
               if (state := _as_state(p, places)) is not None]
    return igos, members


def _one_each(parties: list[Party]) -> list[Party]:
    """One party of each code, a state or body before a person."""
    seen: dict[str | None, Party] = {}
    for party in sorted(parties, key=lambda p: p.actor.kind == "person"):
        seen.setdefault(party.code, party)
    return list(seen.values())


def _as_state(party: Party, places: Gazetteer) -> Party | None:
    """The state a member's party sits for: itself, or the state of its official (an
    outcome is the states' act; the officials at the table are the meeting's)."""
    if party.actor.kind != "person":
        return party
    entry = places.state(party.actor.country) if party.actor.country else None
    if entry is None:
        return None
    state = Actor(entry.name, entry.name, "state", country=party.actor.country, sector="GOV",
                  wikidata=entry.wikidata)
    return Party(state, party.start, party.end)


def dateline_fallback(doc: Document, main: Draft | None, places: Gazetteer) -> None:
    """Date and place the main meeting from the dateline when its sentences do not; a place
    the report's lead sets the meeting in ("zu einem Besuch in Moskau") comes before the
    dateline's, which is only where the report was filed."""
    if main is None:
        return
    if main.date is None or main.date.start is None:
        main.date = dateline_date(doc) or main.date
    if main.location is None and not main.remote:
        lead = lead_place(doc, main.first.sentence.end, load_lexicon(doc.language or ""), places)
        if lead is not None:
            main.location = venue(lead, main.event_type, main.status, places)
        elif doc.dateline:
            place = dateline_place(doc.dateline, doc.language or "", places, main.codes())
            if place is not None:
                main.location = Location(place.name, place.country, False)


def opening_seat(doc: Document, drafts: list[Draft], main: Draft | None, lexicon: Lexicon,
                 places: Gazetteer) -> None:
    """In a report with no dateline, an act told with no place of its own, by a state whose
    city the report's headline or lead names ("Sikorski in Warschau: Polen …", "In Warschau
    hat die Regierung am Montag …"), was done there: the opening sets the report's scene as a
    dateline would. A report with a dateline is placed by the dateline rules, its lead's
    places being those of the news it files ("DAMASCUS (Reuters) - Israeli warplanes struck
    a building in Damascus"). A city of another state is where one side went or where
    something else happened; a deed (a delivery, an arrest: not ``ANNOUNCED``) is done where
    it happens, a meeting where the meeting rules place it; an act recalled, planned or held
    remotely has no place there,
    nor an act of the main meeting's sides that ``inherit_from_main`` left without the
    meeting's place (another day's). Calibrated on every probe, dev and check: with a
    dateline too, or for every act, 11 probe places more were wrong than right."""
    city = None if doc.dateline else opening_city(doc, lexicon, places)
    if city is None:
        return
    for draft in drafts:
        if (draft.location is None and draft.event_type in ANNOUNCED and not draft.background
                and draft.status == "occurred" and not draft.remote
                and not (main is not None and draft.codes() & main.codes())
                and city.country in {p.actor.country for p in draft.sides.actors}):
            draft.location = Location(city.name, city.country, False)


def dateline_date(doc: Document) -> EventDate | None:
    """The date the dateline gives ("MINSK, 23. November (BelTA)"), resolved against the
    publication date for its year. A dateline day after the day of publication contradicts
    it (a local date ahead of the feed's clock, a re-filed story) and dates nothing: a
    report cannot tell an act done after it was published."""
    if not doc.dateline_date:
        return None
    anchor = doc.published.date() if doc.published else None
    times = resolve_times(doc.dateline_date, doc.language or "", anchor) if anchor else [
        t for t in doc.times
        if doc.dateline_span and doc.dateline_span.start <= t.start < doc.dateline_span.end]
    start = times[0].date_start if times else None
    if start is None or (anchor is not None and doc.published_precision == "day"
                         and start > anchor):
        return None
    end = times[0].date_end or start
    return EventDate(start.isoformat(), end.isoformat(), times[0].precision, times[0].text)


def inherit_from_main(doc: Document, drafts: list[Draft], main: Draft | None) -> None:
    """Acts that share a side with the main meeting share its place and date unless they
    name another day; a meeting of those sides on another day (the visit's second day)
    still shares its place. The EU's aid to Chile in a report on Russian-Chinese talks
    takes neither. Without a main meeting, an act
    the report tells with no date of its own follows the last act it dated to the day
    ("France recalled its ambassador on Thursday … Paris rejected the demand"), else the
    dateline's day, else the month of publication. An undated earlier act the report
    recalls ("Zuvor hatte Moskau … ausgewiesen") is not the story's: it is dated on or
    before the publication, to its month, and never at the main meeting."""
    for draft in drafts:
        if draft.status == "planned":
            continue
        if draft.background:
            if (draft.date is None or draft.date.start is None) and doc.published is not None:
                draft.date = publication_month(doc.published.date())
                draft.date_inherited = True
            continue
        if draft is not main and main is not None and draft.codes() & main.codes():
            other_day = _other_day(draft.date, main.date)
            if (draft.date is None or draft.date.start is None) and not other_day:
                draft.date, draft.date_inherited = main.date, True
            if draft.location is None and (not other_day or draft.event_type == "CONSULT"):
                draft.location = main.location
        if draft.date is None or draft.date.start is None:
            story = _story_date(doc, draft, drafts)
            if story is None and doc.published is not None:
                story = publication_month(doc.published.date())
            if story is not None:
                draft.date, draft.date_inherited = story, True


def _other_day(own: EventDate | None, meeting: EventDate | None) -> bool:
    """Whether an act's own date words name another day than the meeting's: an act "on
    Monday" where the talks were "on Friday" keeps its day even when neither resolves (no
    publication date to count the weekday from)."""
    if own is None or not own.text:
        return False
    if meeting is None:
        return True
    return own.start != meeting.start if own.start is not None else own.text != meeting.text


def _story_date(doc: Document, draft: Draft, drafts: list[Draft]) -> EventDate | None:
    """The day a report's undated act is told of, where the language's wires date such acts
    by the story (``undated_acts`` in its dates.yaml: ``story`` or ``release``): English and
    Russian wires tell follow-ups ("Moscow vowed a response") on the day of the lead; German
    ones leave them to the month (probe corpora, docs/events.md). With ``release`` a report
    with neither takes its day of publication: a Russian ministry's release ("Состоялся
    телефонный разговор …") tells that day's act, an English one is dated to the month. An
    act in the first person is the statement's own, of the day of publication."""
    if first_person(draft.first, load_lexicon(doc.language or "")):
        # «Настаиваем на отмене ограничений», "We urge …": the statement is the act, made
        # the day it is released, not on the day of the step it answers
        return publication_day(doc)
    setting = date_setting(doc.language or "", "undated_acts", "month")
    if setting not in ("story", "release"):
        return None
    story = _previous_day(draft, drafts) or dateline_date(doc)
    return story or (publication_day(doc) if setting == "release" else None)


def publication_day(doc: Document) -> EventDate | None:
    """The day of publication, where the page gives one (not a month only)."""
    if doc.published is None or doc.published_precision != "day":
        return None
    day = doc.published.date().isoformat()
    return EventDate(day, day, "day", None)


def _previous_day(draft: Draft, drafts: list[Draft]) -> EventDate | None:
    """The day of the latest act reported as done before ``draft``'s first mention."""
    before = [d for d in drafts if d.first.start < draft.first.start and not d.background
              and d.status == "occurred" and not d.date_inherited
              and d.date is not None and d.date.precision == "day"]
    return max(before, key=lambda d: d.first.start).date if before else None


def publication_month(published: date) -> EventDate:
    """An act reported as done, with no date of its own: the month it was reported in."""
    last = calendar.monthrange(published.year, published.month)[1]
    return EventDate(published.replace(day=1).isoformat(),
                     published.replace(day=last).isoformat(), "month", None)


def orient_visit(draft: Draft) -> None:
    """A bilateral meeting in one side's country: the other side is the visitor (actor)."""
    if draft.event_type != "CONSULT" or draft.remote or draft.location is None:
        return
    host = draft.location.country
    codes = draft.codes()
    if host is None or host not in codes or len(codes) != 2 or draft.sides.recipients:
        return
    everyone = [*draft.sides.actors, *draft.sides.recipients]
    draft.sides.actors = [p for p in everyone if p.code != host]
    draft.sides.recipients = [p for p in everyone if p.code == host]


def outcomes(main: Draft, drafts: list[Draft]) -> list[str]:
    """Short phrases for what the meeting produced: the acts reported with it."""
    found: list[str] = []
    for draft in drafts:
        if draft is main or draft.background or draft.event_type not in OUTCOME_TYPES:
            continue
        if draft.meeting():
            label = "agreed to meet again"
            if draft.date and draft.date.text:
                label += f" ({draft.date.text})"
        else:
            label = next((c.trigger.outcome for c in draft.candidates if c.trigger.outcome),
                         draft.event_type.lower())
        if label not in found:
            found.append(label)
    return found
