"""Who took part in an act, and on which side.

Participants are the resolved actor mentions of the trigger's sentence, minus
those named only as the topic of talks ("über die Lage in Syrien"). Words
that refer back to the parties ("die Seiten", "стороны", "the ministers") and
sentences that name nobody take the document's main parties: the sides of its
first reported meeting. Sides follow the trigger entry: symmetric acts make
everyone an actor; directed acts put the subject before the trigger as actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from communique.clean.dateline import find_dateline
from communique.document import Document, Mention, Sentence
from communique.events.act_phrase import (
    PHRASE_SIDES,
    act_phrase,
    opens_with_act_phrase,
)
from communique.events.anaphora import (
    agency_subjects,
    antecedent,
    is_mediator,
    is_sponsor,
    load_references,
    member_subjects,
    pronoun_subject,
    story_break,
    titled_persons,
)
from communique.events.attributes import dateline_end
from communique.events.candidates import (
    ASIDE,
    COOPERATIVE,
    TOPICAL,
    VERBAL,
    Candidate,
    is_finite_or_participle,
    threat_clause_start,
)
from communique.events.context import CodingContext
from communique.events.frames import LemmaTrigger
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon
from communique.events.origins import without_origins
from communique.events.scopes import inserted_close, setting_window, topic_spans
from communique.gazetteer import Gazetteer
from communique.lang import defaults
from communique.model import Actor, Location
from communique.nlp.lemmas import indeclinable, participle_agent

ORIGIN_DISTANCE = 80        # characters before a state searched for "aus", "from", "из"
EXPELLED_WORDS = 4          # words between a word of expelling and "из": who is expelled
                            # («корреспондентов ТАСС», "of two TASS correspondents")
HEAD_WORDS = 3              # words after a state adjective among which its head stands
HEAD_DISTANCE = 60          # characters after a state adjective searched for its head word
# the marks that close a sentence of a body: a line without one is a headline
HEADLINE_STOPS = ".!?…»\"“”"
TARGET_DISTANCE = 40        # characters between "gegen" and the target it introduces
ORGAN_ARTICLE = re.compile(r"(?:der|die|das|the)\s+", re.IGNORECASE)   # before an organ's name
# the acts whose trigger's object may be the deed a topic phrase names ("flogen Luftangriffe
# gegen Syrien"); other acts are about such a deed ("verurteilte die Angriffe auf Syrien")
DEED_ACTS = frozenset({"ASSAULT"})
OBJECT_WORDS = 2            # words between the trigger and its deed's noun: "schwere neue"
LOCATIVE_DISTANCE = 40      # characters before a state read for "in", "nach", "в"
SOURCE_DISTANCE = 30        # characters between a reporting verb and the source it names
# a news source phrase's words before its source: «по данным Объединенного комитета начальников
# штабов Южной Кореи» has four, "nach Angaben des südkoreanischen Generalstabs" two
NEWS_SOURCE_WORDS = 4
NEWS_SOURCE_DISTANCE = 60   # characters before a mention searched for a news source phrase
# characters between a reporting source and the pronoun that opens its reported clause:
# "teilte am Montag mit, " and "said on Monday that " fit with room for a weekday or date
REPORTED_DISTANCE = 45
# A quotation that opens a sentence and the speaker named after it ("„Wir haben …“, sagte
# der litauische Außenminister", "«Мы …», заявил …"): the closing mark, then the verb
COMPOUND_TITLE = re.compile(r"-\w+\s+")    # "EU-Ratspräsident ": the IGO, a hyphen, the title
COMPOUND_REST = re.compile(r"(?:-\w+)+")     # "-Syrien-Fonds": the parts after a name
QUOTE = re.compile(r"^\s*[„“\"«](?P<quote>[^„“”\"«»]+)[“”\"»]")
LINE_END = re.compile(r"[ \t]*\n")      # only spaces, then a line break (``ends_line``)
# characters around a name read for an extended attribute: "einen in " before, a participle after
ATTRIBUTE_DISTANCE = 20
CONJUNCTION_REACH = 12      # characters before a clause's scope that hold its conjunction
                            # ("nachdem " is the longest, with its comma and space)
AGENT_DISTANCE = 12         # characters before a party read for "von", "by": "von der " fits
# characters before a capital read for a government word ("von der Regierung in Kiew"): the
# longest seat phrase of the cues and its agent preposition fit
SEAT_DISTANCE = 40
# characters before a place read for the preposition of an act's goal: the longest goal
# phrase of the cues ("from" + eight words + "in") is shorter
GOAL_DISTANCE = 80
# names coordinated after a goal's preposition share it ("nach Deutschland, Belgien, die
# Niederlande und Marokko"): capitalised names, each closed by a comma or a conjunction
GOAL_LIST = re.compile(r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*(?:,|\s(?:und|sowie|oder))"
                       r"\s+(?:(?:die|den|das|der|dem)\s+)?)+")
# Acts whose side a state's people may be (PLOVER codes them as the state, sector CVL):
# crowds protest, citizens are arrested, attacked or released, villages receive aid, a
# state's citizens, companies and banks are sanctioned, and sanctions on them lifted (their
# nouns: cue ``people_head``)
PEOPLE_ACTS = frozenset({"PROTEST", "COERCE", "ASSAULT", "AID", "RETREAT", "SANCTION",
                         "CONCEDE"})
# words of the noun an adjective qualifies before a passive auxiliary: "fishing boat",
# "coast guard vessel"; a longer stretch is another clause's subject
SUBJECT_WORDS = 3
# words between a conjunction, the subject of its conjunct and the verb: an article, an
# auxiliary or an adverb ("and then urged", "und die Türkei kritisierte"); more is a
# verb-final conjunct, its objects before the verb (one word kept every test case and the
# German check figure at baseline; two let a German conjunct's object pass for a subject)
CONJUNCT_WORDS = 1
# characters read before a name for the phrase of backing that governs it: "mit der
# militärischen Unterstützung durch die " is 41, "with the support of the " 24
SUPPORTER_REACH = 48
# Acts whose place after the verb is the state acted on ("air strikes in Idlib", "struck
# targets in southern Lebanon"; cue ``conflict_place``); a meeting's place is never a side
CONFLICT_ACTS = frozenset({"ASSAULT"})
# Collective action (PLOVER PROTEST: a crowd demonstrates, strikes, boycotts; a state's
# protest to a state is ACCUSE): its acting side is the crowd its clause names, never one
# of the report's states handed on
COLLECTIVE = frozenset({"PROTEST"})
# characters between a word of leaving out and its party: article, adjective and title
# before a name ("ohne den griechischen Ressortchef " is 34; 45 leaves room for a longer
# title and stays inside one phrase)
WITHOUT_DISTANCE = 45
# A legislature's sector (gazetteer bodies.yaml): a vote of its is its own state's act
LEGISLATURE = "LEG"
# acts a threat of retaliation answers (decision_recipients)
HOSTILE_ACTS = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"})
# acts whose undoing a demand with no addressee asks of their maker (decision_recipients):
# persons or property held, sanctions imposed (PLOVER REQUEST "release", "ease sanctions")
UNDONE_ACTS = frozenset({"COERCE", "SANCTION"})
# Acts said to an addressee named before what is asked or charged (``content_span``)
ADDRESSED_ACTS = frozenset({"REQUEST", "ACCUSE"})
# acts done by saying them: a quotation that tells one is its speaker's act (_said_unnamed)
SAID_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})
CONTENT_END = re.compile(r"[,;]")     # the attribution after a content ("…, Blinken said")
# characters before a state within which a place "X," before it starts: a place name and
# the spaces around its comma are far shorter
PLACE_BEFORE_REACH = 1000


@dataclass
class Party:
    """A participant as seen in the text: the actor and where it was named."""

    actor: Actor
    start: int
    end: int
    meeting: bool = False       # named as a side of the document's main meeting
    resolved: bool = True       # False: an organisation only NER found (it takes a side)
    goal: bool = False          # the place the act goes to or comes from: a recipient

    @property
    def code(self) -> str | None:
        return self.actor.code


@dataclass
class Sides:
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    inherited: bool = False         # filled from the document's main parties

    def codes(self) -> set[str]:
        return {c for p in (*self.actors, *self.recipients) if (c := p.code)}


def is_party(mention: Mention) -> bool:
    actor = mention.actor
    if actor is None:
        return mention.label == "ORG"       # a non-state actor: a party, a newspaper, an NGO
    if actor.kind == "person":      # a bare name NER found with no title or state is too weak
        return actor.code is not None or actor.role is not None or mention.source != "ner"
    return actor.code is not None


def party_of(mention: Mention) -> Party:
    """The mention as a party; an unresolved organisation acts as itself, with no code."""
    if mention.actor is not None:
        return Party(mention.actor, mention.start, mention.end)
    return Party(Actor(mention.text, mention.text, "organization"), mention.start, mention.end,
                 resolved=False)


def _names_the_setting(mention: Mention | Party, sentence: Sentence, lexicon: Lexicon) -> bool:
    """An IGO naming the occasion of an act ("on the sidelines of the SCO summit", «на полях
    сессии Генассамблеи ООН»): the venue (spec: a bilateral meeting's sides are its two
    states); a person or a state there is a side still («на полях сессии казахстанский
    дипломат провел встречу»)."""
    return mention.actor is not None and mention.actor.kind == "igo" and \
        setting_window(sentence, mention.start, lexicon) is not None


def _without_setting(parties: list[Party], candidate: Candidate,
                     lexicon: Lexicon) -> list[Party]:
    """The parties of an act less the IGO of its occasion. The occasion's own noun keeps it
    where it names no one else: the summit is then the act reported ("Der Streit wurde am
    Rande des EU-Gipfels beigelegt"); with a subject named too, it is the act's setting and
    joins it («В кулуарах сессии ГА ООН глава МИД Ирана провел беседу с …»)."""
    sentence = candidate.sentence
    others = [p for p in parties if not _names_the_setting(p, sentence, lexicon)]
    own = setting_window(sentence, candidate.start, lexicon) is not None
    return parties if own and not others else others


def sentence_parties(doc: Document, candidate: Candidate, lexicon: Lexicon,
                     candidates: list[Candidate]) -> list[Party]:
    """Resolved mentions of the candidate's sentence, less topics and the report's source.

    Two acts of one type in a sentence ("after the call of Putin and Merkel, the
    ministers discussed…") each take the mentions nearest to them. A trigger
    inside a topic phrase ("discussed the upcoming G20 meeting") takes only the
    mentions of that phrase.
    """
    sentence, scope = candidate.sentence, candidate.scope
    rivals = [c for c in candidates if c.sentence is sentence
              and c.event_type == candidate.event_type]
    # "Wie das Außenministerium mitteilte, wurden zwei Diplomaten ausgewiesen": in an
    # agentless passive the ministry that reports the act is the one that did it, unless the
    # clause names the state it was done in ("… in Iran festgenommen worden, teilte das
    # Auswärtige Amt mit"): that state did it, the ministry only tells it
    passive = (candidate.trigger.sides == "directed"
               and _passive_auxiliary(candidate, lexicon) is not None)
    reporter_acts = ((passive and not _done_in_state(doc, candidate, lexicon))
                     or _source_is_subject(doc, candidate, lexicon))
    condition = _condition(candidate, lexicon)
    # the dateline's place and agency ("BERLIN (dpa) - ") say where and who reported
    body = dateline_end(doc, sentence.start, sentence.end)
    parties: list[Party] = []
    officials = igo_officials(doc, lexicon)
    phrase = act_phrase(sentence, body, lexicon, candidates)
    # a visit's place in its own phrase of time is its host ("Während des Besuchs von
    # Papst Franziskus in Kuba | …")
    hosted = (phrase if phrase is not None and candidate.trigger.sides == "visit"
              and phrase[0] <= candidate.start < phrase[1] else (0, 0))
    content = content_span(doc, candidate, lexicon)
    contents = _other_contents(doc, candidate, candidates, lexicon)
    mentions = mention_index(doc).starting(body, sentence.end)
    named = [(m.start, m.end) for m in mentions if is_party(m)]
    for mention in mentions:
        if not is_party(mention) or condition[0] <= mention.start < condition[1] \
                or content[0] <= mention.start < content[1] \
                or any(lo <= mention.start < hi for lo, hi in contents):
            continue
        party = acting_for(party_of(mention), officials)
        if scope.own_topic is not None:
            if not scope.own_topic[0] <= mention.start < scope.own_topic[1]:
                continue
        elif ((scope.is_topic(mention.start) and not (
                candidate.trigger.sides == "directed"
                and _after_target_word(candidate, party, lexicon)))
              or (is_report_source(doc, mention, lexicon) and not reporter_acts)
              or (not is_goal(doc, mention.start, candidate, lexicon) and not passive
                  and not hosted[0] <= mention.start < hosted[1] and (
                  is_place_of_act(doc, mention, lexicon)
                  or (is_origin_of_people(doc, mention, lexicon)
                      and not _people_targeted(candidate, party, lexicon))))
              or not (names_the_state(doc, mention, lexicon)
                      or names_its_people(doc, mention, candidate, lexicon)
                      or qualifies_object(doc, mention, candidate, lexicon)
                      or _struck_place(doc, mention, candidate, lexicon))
              or _ends_a_title(doc, mention, lexicon) or _in_topic_compound(doc, mention, lexicon)
              or _names_the_mechanism(doc, mention, candidate, lexicon)
              or _in_attribute(doc, mention, candidate, lexicon)
              or is_mediator(doc, mention, candidate)
              or is_sponsor(doc, mention, candidate)
              or _in_speech_after(candidate, mention, lexicon)
              or _compared(doc, mention, candidate, lexicon)
              or _predicative(doc, mention, candidate, lexicon)):
            continue
        holder = owner(mention.start, mention.end, _outside_relatives(mention, rivals, lexicon))
        if (holder is not candidate and not interrupted_subject(mention, candidate, lexicon)
                and not (of_relative_act(mention, named, candidate, candidates, lexicon)
                         and not _restated(holder, mention))):
            continue
        if names_its_people(doc, mention, candidate, lexicon):
            party = replace(party, actor=replace(party.actor, sector="CVL"))
        party.goal = is_goal(doc, mention.start, candidate, lexicon)
        parties.append(party)
    parties = _seated_bodies(doc, _without_setting(parties, candidate, lexicon), lexicon)
    parties = _without_beneficiary(parties, candidate, lexicon)
    buildings = [p for p in parties if _hosting_building(doc, p, candidate, lexicon)]
    parties = [p for p in parties if p not in buildings
               or not any(q.code == p.code for q in parties if q not in buildings)]
    parties += [p for p in pronoun_parties(doc, candidate, lexicon)
                if owner(p.start, p.end, rivals) is candidate]
    quoted = _quoted_speaker(doc, candidate, lexicon)
    if quoted is not None:      # the attribution names the speaker: no other side of the act
        speaker, end = quoted
        parties = [p for p in parties if p.start < end] + [speaker]
    parties = _without_deed_complements(doc, candidate, parties, lexicon)
    return sorted(_without_topic_partners(candidate, parties, lexicon), key=lambda p: p.start)


def _other_contents(doc: Document, candidate: Candidate, candidates: list[Candidate],
                    lexicon: Lexicon) -> list[tuple[int, int]]:
    """What the sentence's other demands and charges say (``content_span``: "… Russland
    aufgefordert, | Beobachtern Zugang zu den Gebieten der Ukraine zu gewähren|"): a meeting
    the demand was made at ("Auf einer Sitzung der OSZE haben …") takes no side from it
    either (branch desides9)."""
    if lexicon.language != "de":
        return []
    return [span for other in candidates
            if other is not candidate and other.sentence is candidate.sentence
            and other.event_type != candidate.event_type
            and (span := content_span(doc, other, lexicon)) != (0, 0)]


GOVERNMENT = re.compile(r"\bGovernment\b")     # canonical (English) names of governments


def _seated_bodies(doc: Document, parties: list[Party], lexicon: Lexicon) -> list[Party]:
    """A government body named with its seat acts for the seat's state (branch desides7): one
    the gazetteer gives no state takes the state named after it ("Sanktionen gegen die
    Militärjunta in Myanmar"; cue ``seat``), and one it gives a state takes another state's
    capital after it ("Die Bundesregierung in Wien": Austria's, not Germany's)."""
    out: list[Party] = []
    for party in parties:
        seat = next((p for p in parties if p.start > party.end and p.code
                     and lexicon.cues["seat_link"].fullmatch(doc.text[party.end:p.start])
                     and lexicon.cue("seat", doc.text[party.start:p.start])), None)
        if not party.code and seat is not None:
            out.append(Party(seat.actor, party.start, seat.end, goal=party.goal))
        elif not any(o.end == party.end and o.start < party.start for o in out):
            out.append(_capital_seat(doc, party, lexicon))
    return out


def _capital_seat(doc: Document, party: Party, lexicon: Lexicon) -> Party:
    """The party as the body of the state whose capital is named right after it as its seat,
    where that is another state than the gazetteer's and the words naming the body name no
    state ("die Bundesregierung in Wien")."""
    actor = party.actor
    if actor.kind != "organization" or not GOVERNMENT.search(actor.name) or not actor.country:
        return party    # not an embassy: it sits in the host's capital ("die Botschaft in Bern")
    places = Gazetteer.load()
    if any(places.country_of_adjective(word, doc.language or "") for word in actor.text.split()):
        return party    # its state named ("a delegation of the Chinese government in Astana")
    link = lexicon.cues["seat_link"].match(doc.text, party.end)
    city = next((m for m in mention_index(doc).starting(party.end, party.end + LOCATIVE_DISTANCE)
                 if link is not None and m.start == link.end() and m.actor is None
                 and m.label == "LOC"), None)
    place = places.place(city.normal or city.text, doc.language or "") if city else None
    capital = places.capital(place.country) if place and place.country else None
    if place is None or place.country is None or capital is None \
            or capital.name != place.name or place.country == actor.country:
        return party
    code = place.country
    state = places.state(code)
    name = f"Government of {state.name if state else code}"
    return replace(party, actor=replace(actor, name=name, country=code, wikidata=None))


def _predicative(doc: Document, mention: Mention, candidate: Candidate,
                 lexicon: Lexicon) -> bool:
    """A name NER found with no entry that is what the act calls its object ("wies die
    Forderung als „Propaganda“ zurück", "bezeichnete das Treffen als „Farce“"; cue
    ``desides9_predicative`` right before it): a word quoted, no organisation taking a
    side (branch desides9)."""
    return mention.actor is None and "desides9_predicative" in lexicon.cues and \
        lexicon.cues["desides9_predicative"].search(
            doc.text[candidate.sentence.start:mention.start]) is not None


def _compared(doc: Document, mention: Mention, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A state the act is compared with ("Ähnlich wie zuvor Polen und Rumänien verlangte
    Litauen …", "wie bereits Usbekistan"; cue ``desides9_comparison`` before the chain of names
    the mention ends, joined by ``desides9_between_joiner``) did the like before or elsewhere:
    no side of this act (branch desides9)."""
    if "desides9_comparison" not in lexicon.cues:
        return False
    start = mention.start
    lo = candidate.sentence.start
    for other in reversed(mention_index(doc).starting(lo, mention.start)):
        gap = doc.text[other.end:start]
        joined = not gap or lexicon.cues["desides9_between_joiner"].fullmatch(gap) is not None
        if other.end > start or not joined:
            break
        start = other.start
    return lexicon.cues["desides9_comparison"].search(doc.text[lo:start]) is not None


def _in_speech_after(candidate: Candidate, mention: Mention, lexicon: Lexicon) -> bool:
    """A party in what is said after a meeting noun ("Zu Besuch in Sarajevo stellte Kurz
    klar: Wir koppeln die Annäherung an die EU …", "During his visit, Lavrov said that China
    …"; cue ``speech_content``) is the speech's, no side of the meeting."""
    if candidate.trigger.event_type != "CONSULT" or candidate.trigger.form != "noun" \
            or mention.start < candidate.end:
        return False
    sentence = candidate.sentence
    speech = lexicon.cues["speech_content"].search(sentence.text, candidate.end - sentence.start)
    return speech is not None and sentence.start + speech.start() <= mention.start


def _hosting_building(doc: Document, party: Party, candidate: Candidate,
                      lexicon: Lexicon) -> bool:
    """A body named after a locative in a reception or a visit ("empfing … Macron und Meloni
    im Kanzleramt", "im Auswärtigen Amt"): the building where the host received, the place
    of the act; the caller drops it where another party names its state (the host), and
    keeps it as the host's state where none does ("Staatsminister Lindner hat im
    Auswärtigen Amt … empfangen")."""
    if candidate.trigger.sides not in ("host", "visit") or party.actor.kind != "organization":
        return False
    before = doc.text[max(0, party.start - LOCATIVE_DISTANCE):party.start]
    return any(not before[m.end():].strip() for m in lexicon.cues["locative"].finditer(before))


def _without_beneficiary(parties: list[Party], candidate: Candidate,
                         lexicon: Lexicon) -> list[Party]:
    """A symmetric act of two or more states about what they do for another ("Deutschland,
    Frankreich und Italien verständigten sich auf eine Abstimmung ihrer Hilfe für die
    Ukraine"; cue ``beneficiary``): the state it is for is no side of their agreement or
    meeting."""
    if candidate.trigger.sides != "symmetric":
        return parties
    text, base = candidate.sentence.text, candidate.sentence.start
    served = [p for p in parties if lexicon.cues["beneficiary"].search(text[:p.start - base])]
    if len({p.code for p in parties if p not in served}) < 2:
        return parties
    return [p for p in parties if p not in served]


def _done_in_state(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act's clause names a state as where it happened ("in Iran", "в Китае")."""
    lo, hi = candidate.scope.clause
    return any(is_party(m) and is_place_of_act(doc, m, lexicon)
               for m in mention_index(doc).starting(lo, hi))


def _we_parties(doc: Document, candidate: Candidate, lexicon: Lexicon) -> list[Party]:
    """The states a joint statement's "we" stands for, where the act's clause opens with "wir"
    (cue ``we``) and the document names them in an apposition to it before (cue
    ``we_apposition``: "Wir, die Außenminister Frankreichs, Deutschlands und des Vereinigten
    Königreichs, haben …"): the parties coordinated right after the apposition's head."""
    sentence = candidate.sentence
    clause = doc.text[max(candidate.scope.clause[0], sentence.start):candidate.start]
    we = lexicon.cue("we", clause)
    if we is None or clause[:we.start()].strip():
        return []
    head = lexicon.cues["we_apposition"].search(doc.text, 0, candidate.start)
    if head is None:
        return []
    chain: list[Party] = []
    for mention in mention_index(doc).starting(head.end(), candidate.start):
        if mention.actor is None or not mention.actor.code:
            continue
        if chain and not lexicon.cues["conjunction"].fullmatch(
                doc.text[chain[-1].end:mention.start].strip()):
            break
        chain.append(Party(mention.actor, mention.start, mention.end))
    return chain


def _without_deed_complements(doc: Document, candidate: Candidate, parties: list[Party],
                              lexicon: Lexicon) -> list[Party]:
    """A state named after the preposition of a deed noun that is not the trigger (cue
    ``deed_complement``: "kritisiert US-Waffenlieferungen an Taiwan", "lobte Kanadas
    Unterstützung für die Ukraine", "welcomed Indonesia's role in BRICS") is the deed's
    partner, not the act's, where another state owns the deed just before its noun (a
    compound, possessive or adjective) or between it and the preposition ("die
    Waffenlieferungen der USA an die Ukraine", "the arms sales of the United States to
    Taiwan"): the owner is the act's side. Without an owner the
    complement may be the act's own recipient ("verhängte Sanktionen gegen Russland"), and
    so it is in a deed act (only verbal acts judge a deed): "übernimmt EU-Sanktionen gegen
    Iran" sanctions Iran."""
    if candidate.event_type not in VERBAL:
        return parties
    text, base = candidate.sentence.text, candidate.sentence.start
    owners = [(m, code) for m in mention_index(doc).starting(base, candidate.sentence.end)
              if m.actor is not None and (code := m.actor.code) is not None]
    dropped: set[int] = set()
    for match in lexicon.cues["deed_complement"].finditer(text):
        start, end = base + match.start(), base + match.end()
        if start <= candidate.start < end:
            continue        # the trigger's own complement names its recipient
        third = next((p for p in parties if p.start == end), None)
        if third is not None and any(code != third.code and (
                _owns(text, base, m, start) or start < m.start < end) for m, code in owners):
            dropped.add(id(third))
    return [p for p in parties if id(p) not in dropped]


def _owns(text: str, base: int, mention: Mention, deed: int) -> bool:
    """Whether ``mention`` names the owner of the deed noun at ``deed``: inside its compound
    ("US-Waffenlieferungen") or right before it ("Kanadas", "Russia's", "amerikanische";
    with a word between, it may be a verb's subject: "Frankreich verhängten Sanktionen
    gegen")."""
    if mention.start == deed:
        return True
    between = text[mention.end - base:deed - base]
    return mention.end <= deed and between.replace("'s", "").replace("’s", "").strip() == ""


def _without_topic_partners(candidate: Candidate, parties: list[Party],
                            lexicon: Lexicon) -> list[Party]:
    """A cooperative act whose clause names two states before its topic word: a 'with'- or
    'between'-phrase inside the topic names the topic's parties ("Lavrov and Fidan discussed
    relations between Ukraine and NATO", "Lawrow sprach mit Fidan über die Beziehungen zwischen
    der Ukraine und der Nato"), not the act's. With one state before the topic word the
    phrase may name the partner ("Lavrov discussed trade with China")."""
    if candidate.trigger.sides != "symmetric":
        return parties
    sentence, clause = candidate.sentence, candidate.scope.clause
    # the trigger may be the topic word itself ("discussed")
    topic = lexicon.cues["topic"].search(sentence.text, candidate.start - sentence.start)
    if topic is None:
        return parties
    named = {p.code for p in parties
             if p.code and clause[0] <= p.start and p.end <= sentence.start + topic.start()}
    partner = lexicon.cues["with"].search(sentence.text, topic.end())
    if len(named) < 2 or partner is None:
        return parties
    cut = sentence.start + partner.start()
    return [p for p in parties if p.start < cut or p.code in named]


def content_span(doc: Document, candidate: Candidate, lexicon: Lexicon) -> tuple[int, int]:
    """What a demand or a charge says after its addressee (cue ``content``: "urged China |
    to stop supporting Russia|, Blinken said", "forderte Russland auf|, seine Truppen aus
    Georgien abzuziehen|", «потребовал от Японии|, чтобы …»), up to the next comma after
    the cue: it names no side. Only once a state or body stands between trigger and
    content; "urged the world to isolate Russia" keeps Russia. (0, 0) where there is none."""
    if candidate.event_type not in ADDRESSED_ACTS:
        return 0, 0
    sentence = candidate.sentence
    match = lexicon.cues["content"].search(sentence.text, candidate.end - sentence.start)
    if match is None:
        return 0, 0
    start = sentence.start + match.start()
    # German: a capital standing for its addressee ("warf Minsk vor, …") is one too
    # (metonymy.py); English keeps what "wants Ankara to ratify Sweden's bid" names
    capital = lexicon.language == "de"
    # German verb-final: the sides stood before the clause-final participle, and its
    # infinitive content follows right after the comma ("hat Lawrow die Entscheidung Jerewans
    # kritisiert, | seine Teilnahme an der OVKS einzufrieren"); only after a finite auxiliary
    # and where the clause names a side before it (a "dass" clause opens with its addressee:
    # "verlangt, dass Griechenland …")
    lo = candidate.scope.clause[0] - sentence.start
    final = capital and not sentence.text[candidate.end - sentence.start:match.start()].strip() \
        and lexicon.cue("request_clause", match.group()) is None \
        and lexicon.cues["finite_auxiliary"].search(
            sentence.text, lo, candidate.start - sentence.start) is not None \
        and any(is_party(m) for m in mention_index(doc).starting(candidate.scope.clause[0],
                                                                candidate.start))
    if not final and not any(
            is_party(m) or (capital and m.label == "LOC")
            for m in mention_index(doc).starting(candidate.end, start) if m.end <= start):
        return 0, 0
    stop = CONTENT_END.search(sentence.text, match.end())
    return start, sentence.start + stop.start() if stop else sentence.end


def _condition(candidate: Candidate, lexicon: Lexicon) -> tuple[int, int]:
    """The conditional clause that opens the sentence ("Falls Russland die Ukraine angreift,
    wird die EU …", «Если Россия …, ЕС …»), when the trigger is outside it: its parties are
    the condition's, not the act's. An empty span when there is none."""
    sentence = candidate.sentence
    opening = lexicon.cues["condition"].match(sentence.text.lstrip())
    comma = sentence.text.find(",")
    end = sentence.start + comma
    if opening is None or comma < 0 or candidate.start < end:
        return (0, 0)
    return (sentence.start, end)


def _source_is_subject(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """«МИД Болгарии заявил о высылке двух российских дипломатов»: a ministry reporting a
    directed act with no other party before the trigger is its subject, the one that acts."""
    sentence = candidate.sentence
    if candidate.trigger.sides != "directed":
        return False
    before = [m for m in mention_index(doc).starting(sentence.start, candidate.start)
              if m.end <= candidate.start and is_party(m)]
    return bool(before) and all(is_report_source(doc, m, lexicon) for m in before)


def pronoun_parties(doc: Document, candidate: Candidate, lexicon: Lexicon) -> list[Party]:
    """Singular personal pronouns of the trigger's clause as the parties they stand for.

    An object pronoun ("gegen ihn", "against him", "против него") is the last official
    named before it; a subject pronoun opening the sentence ("Sie wirft ihm vor …",
    "He met …") is the first party of the sentence before (the subject it continues); one
    opening a reported clause ("Das Amt teilte mit, es habe …") is the reporting source.
    """
    sentence = candidate.sentence
    lo, hi = (offset - sentence.start for offset in candidate.scope.clause)
    named = _outside(doc, sentence)
    out = []
    for match in lexicon.cues["object_pronoun"].finditer(sentence.text, lo, hi):
        start = sentence.start + match.start()
        person = next((m.actor for m in reversed(doc.mentions) if m.start < start
                       and m.actor is not None and m.actor.kind == "person" and m.actor.code),
                      None)
        if person is not None:
            out.append(Party(person, start, sentence.start + match.end()))
    for match in lexicon.cues["reported_subject"].finditer(sentence.text, lo, hi):
        start = sentence.start + match.start()
        source = _reporting_source(doc, sentence, start, lexicon)
        if source is not None and start < candidate.start:
            out.append(Party(source, start, sentence.start + match.end()))
    resolved = pronoun_subject(doc, candidate, lexicon, {p.start for p in out})
    opening = lexicon.cues["subject_pronoun"].match(sentence.text)
    if resolved is not None:
        out.append(Party(*resolved))
    elif opening is not None and lo == 0:
        subject = _first_party_before(doc, sentence.start, named, lexicon)
        if subject is not None:
            out.append(Party(subject, sentence.start, sentence.start + opening.end()))
    out += [Party(body, start, end) for body, start, end in agency_subjects(doc, candidate)
            if not reports_at(doc, start, end, lexicon)]     # "the ministry said": a source
    out += [Party(person, start, end) for person, start, end in titled_persons(doc, candidate)
            if not reports_at(doc, start, end, lexicon)]
    out += [Party(igo, start, end) for igo, start, end in member_subjects(doc, candidate)]
    return out


def _quoted_speaker(doc: Document, candidate: Candidate,
                    lexicon: Lexicon) -> tuple[Party, int] | None:
    """"Wir", "we", "мы" opening the quotation that holds the trigger as the speaker's state,
    and where the quotation ends, when the rest of the sentence is its attribution: a
    reporting verb and a coded party ("…“, sagte der litauische Außenminister") or a
    pronoun for the subject of the sentence before ("…“, sagte er")."""
    sentence = candidate.sentence
    quote = QUOTE.match(sentence.text)
    if quote is None:
        return None
    words = quote.group("quote").lstrip()
    pronoun = lexicon.cues["first_person"].match(words)
    begin = sentence.start + quote.start("quote") + len(quote.group("quote")) - len(words)
    end = sentence.start + quote.end()
    if not begin <= candidate.start < end or (
            pronoun is None and not _said_unnamed(doc, candidate, begin)):
        return None
    verb = lexicon.cues["reporting"].search(sentence.text, quote.end())
    # the person the attribution names, else its first coded party: a state inside the
    # speaker's long title («спецпредставитель президента РФ …, замглавы МИД Михаил
    # Богданов») is his, not the speaker
    named = [m.actor for m in mention_index(doc).starting(end, sentence.end)
             if m.actor is not None and m.actor.code]
    speaker = next((a for a in named if a.kind == "person"), named[0] if named else None)
    pronoun_after = lexicon.cues["subject_pronoun"].search(sentence.text, quote.end())
    if speaker is None and pronoun_after is not None:
        # "…“, sagte er": the speaker is the person named as a subject before, else the
        # subject of the sentence before
        feminine = load_references(doc.language or "").feminine.fullmatch(pronoun_after.group())
        speaker = (antecedent(doc, sentence, feminine is not None, lexicon)
                   or _first_party_before(doc, sentence.start, _outside(doc, sentence), lexicon))
    if verb is None or speaker is None:
        return None
    return Party(speaker, begin, begin + (pronoun.end() if pronoun is not None else 0)), end


def _said_unnamed(doc: Document, candidate: Candidate, begin: int) -> bool:
    """An act done by saying it (SAID_ACTS) in a quotation that names no party before its
    trigger («"Ответ не заставит себя ждать", — заявила Мария Захарова», "'This will not go
    unanswered,' Lavrov said"): the one the attribution names says it, so does it, as a
    quotation opened by "we" says (ruacts10). A wording whose subject is the step answered
    (sides ``host``: «шаги Вашингтона не останутся без ответа») puts its speaker after it
    already, and a quotation that names a state or a place before the trigger has its side."""
    return candidate.event_type in SAID_ACTS and candidate.trigger.sides == "directed" \
        and not any((m.actor is not None and m.actor.code) or m.label == "LOC"
                    for m in mention_index(doc).starting(begin, candidate.start))


def _reporting_source(doc: Document, sentence: Sentence, start: int,
                      lexicon: Lexicon) -> Actor | None:
    """The coded source whose reporting verb ends right before ``start``: "Das Auswärtige
    Amt teilte am Montag mit, | es habe …", "The ministry said | it had …". A source that
    names no party ("Das Ministerium teilte mit, es habe …") continues the subject of the
    sentence before."""
    if not lexicon.cues["reporting"].search(doc.text[sentence.start:start]):
        return None
    before = mention_index(doc).starting(sentence.start, start)
    if not before:
        return _first_party_before(doc, sentence.start, _outside(doc, sentence), lexicon)
    source = next((m for m in reversed(before) if m.end <= start), None)
    actor = None if source is None else source.actor or _capital_state(doc, source)
    if (source is None or actor is None or not actor.code
            or start - source.end > REPORTED_DISTANCE
            or not is_report_source(doc, source, lexicon)):
        return None
    between = doc.text[source.end:start]
    return actor if lexicon.cues["reporting"].search(between) else None


def _capital_state(doc: Document, city: Mention) -> Actor | None:
    """The government a capital stands for as the source of a report ("Warschau teilte mit,
    man habe …": the capital speaks for its state, as it acts for it in metonymy.py); None
    for any other place (branch defix9)."""
    if city.label != "LOC":
        return None
    places = Gazetteer.load()
    place = places.place(city.normal or city.text, doc.language or "")
    capital = places.capital(place.country) if place and place.country else None
    if place is None or place.country is None or capital is None or capital.name != place.name:
        return None
    state = places.state(place.country)
    return None if state is None else Actor(city.text, state.name, "state", country=place.country,
                                            sector="GOV", wikidata=state.wikidata,
                                            start=city.start, end=city.end)


def _outside(doc: Document, sentence: Sentence) -> list[Mention]:
    return [m for m in doc.mentions if m.start < sentence.start or m.start >= sentence.end]


def _first_party_before(doc: Document, start: int, named: list[Mention],
                        lexicon: Lexicon) -> Actor | None:
    """The first coded party of the sentence that ends right before ``start``, outside its
    topics ("Die Seiten besprachen Fragen … des Unionsstaates. Sie unterzeichneten …":
    "Sie" are the sides, not the Union State)."""
    previous = next((s for s in reversed(doc.sentences) if s.end <= start), None)
    if previous is None:
        return None
    names = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    topics = topic_spans(previous, lexicon, [], doc.times, names)
    return next((m.actor for m in named if previous.start <= m.start < previous.end
                 and m.actor is not None and m.actor.code
                 and not any(a <= m.start < b for a, b in topics)), None)


def _ends_a_title(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """A state or IGO right before an official's name ends that official's title
    ("Permanent Representative to the UN Vassily Nebenzia", "EU-Ratspräsident Donald
    Tusk"): the official is the party."""
    if mention.actor is None or mention.actor.kind not in ("state", "igo"):
        return False
    following = next((m for m in doc.mentions if m.start >= mention.end), None)
    if following is None or following.actor is None or following.actor.kind != "person":
        return False
    return ((following.actor.role is not None
             and not doc.text[mention.end:following.start].strip())
            or _titles_for_igo(doc, mention, following, lexicon))


def _in_topic_compound(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """A name that a hyphen joins to the head of a compound naming a thing for or about the
    state ("EU-Syrien-Fonds", "Ukraine-Krise", "Griechenland-Hilfe"; cue ``compound_topic``)
    is that thing's topic, no side. An abbreviation that opens the compound owns the thing
    ("EU-Syrien-Fonds", "US-Hilfe"), and a meeting's or an office's compound keeps its
    parties ("EU-Türkei-Gipfel", "US-Außenminister")."""
    rest = COMPOUND_REST.match(doc.text, mention.end)
    if rest is None or (mention.text.isupper() and doc.text[mention.start - 1:mention.start]
                        != "-"):
        return False
    return lexicon.cues["compound_topic"].fullmatch(rest.group().rsplit("-", 1)[-1]) is not None


def _names_the_mechanism(doc: Document, mention: Mention, candidate: Candidate,
                         lexicon: Lexicon) -> bool:
    """An office named by its generic name right before a capitalised meeting noun (cue
    ``mechanism_office``: "India-Vietnam Foreign Office Consultations", South Asia's word for
    the foreign ministries' regular talks) names the mechanism, not the UK's Foreign Office:
    no side; the states are named apart."""
    return (candidate.trigger.form == "noun" and doc.text[mention.end:candidate.start] == " "
            and doc.text[candidate.start:candidate.start + 1].isupper()
            and lexicon.cues["mechanism_office"].fullmatch(mention.text) is not None)


def _in_attribute(doc: Document, mention: Mention, candidate: Candidate,
                  lexicon: Lexicon) -> bool:
    """Whether the mention is inside an extended attribute of a noun ("ein in Belgien
    gesuchter Algerier", "die aus Polen gelieferten Waffen"): a preposition right after a
    determiner opens a phrase that qualifies the noun after its participle, no side or
    place of the act (cue ``attribute_open`` before the name, a lower-case inflected word
    after it). The agent of the act's own participle is its side ("die von Japan
    zugesagte Hilfe": Japan promised)."""
    before = doc.text[max(0, mention.start - ATTRIBUTE_DISTANCE):mention.start]
    after = doc.text[mention.end:mention.end + ATTRIBUTE_DISTANCE].split(maxsplit=1)
    if _attribute_agent(doc.text, 0, mention, candidate, lexicon):
        return False
    return (lexicon.cues["attribute_open"].search(before) is not None and bool(after)
            and after[0].islower() and after[0].endswith(("e", "en", "er", "es", "em")))


def _attribute_agent(text: str, base: int, party: Mention | Party, candidate: Candidate,
                     lexicon: Lexicon) -> bool:
    """Whether the name is the passive agent right before the act's own participle, which
    qualifies the noun after it ("die von Japan zugesagte Hilfe"; not "den Botschafter von
    Belarus einbestellt"); ``text`` starts at the absolute offset ``base``."""
    word = text[candidate.start - base:candidate.end - base]
    following = text[candidate.end - base:].split(maxsplit=1)
    return party.end <= candidate.start and \
        word.endswith(lexicon.frames.word_class.attributive_endings) and \
        bool(following) and following[0][:1].isupper() and \
        not text[party.end - base:candidate.start - base].strip() and \
        _after_agent(text, party.start - base, lexicon)


def _titles_for_igo(doc: Document, igo: Mention, person: Mention, lexicon: Lexicon) -> bool:
    """An IGO joined to the title before a name ("EU-Ratspräsident Donald Tusk",
    "Nato-Generalsekretär Jens Stoltenberg") names the organisation the official acts for;
    a posted title ("UN-Botschafter Wassili Nebensja") names where a state's envoy serves."""
    gap = doc.text[igo.end:person.start]
    return (igo.actor is not None and igo.actor.kind == "igo" and igo.actor.igo is not None
            and COMPOUND_TITLE.fullmatch(gap) is not None
            and not lexicon.cues["posted"].search(gap[1:]))


def igo_officials(doc: Document, lexicon: Lexicon) -> dict[str, str]:
    """The persons the document names as acting for an IGO, with its code: by their title
    (resolved by the gazetteer, or an IGO compound) in any of their mentions. A person
    acting for an international organisation acts for it, not for the home state the
    officials table gives (Tusk as President of the European Council is the EU, not Poland),
    in every mention of the report ("Tusk sagte …")."""
    persons = [m.actor for m in doc.mentions if m.actor is not None and m.actor.kind == "person"]
    envoys = {a.name for a in persons if a.igo and a.country}   # "Russia's UN ambassador"
    found = {a.name: a.igo for a in persons
             if a.igo and not a.country and a.name not in envoys}
    for left, right in pairwise(doc.mentions):
        if (right.actor is not None and right.actor.kind == "person" and left.actor is not None
                and left.actor.igo and _titles_for_igo(doc, left, right, lexicon)):
            found[right.actor.name] = left.actor.igo
    return found


def acting_for(party: Party, officials: dict[str, str]) -> Party:
    """The party with the IGO its person acts for in this report (``igo_officials``)."""
    actor = party.actor
    igo = officials.get(actor.name) if actor.kind == "person" else None
    if igo is None or (actor.igo == igo and actor.country is None):
        return party
    return replace(party, actor=replace(actor, igo=igo, country=None, sector="IGO"))


def incident_target(candidate: Candidate, sides: Sides, lexicon: Lexicon) -> None:
    """An accusation whose object is an attack («осудила теракт в Стамбуле и выразила
    соболезнования народу Турции», "condemned the attack in Istanbul") targets only a
    perpetrator named in the attack's phrase («нападение Украины на», "the attack by"): not
    the people of a coordinated clause, nor the main parties it would be filled with."""
    sentence = candidate.sentence
    if candidate.event_type != "ACCUSE" or candidate.trigger.form != "verb":
        return
    rest = sentence.text[candidate.end - sentence.start:candidate.scope.clause[1] - sentence.start]
    stripped = rest.lstrip()
    phrase = lexicon.cues["incident"].match(stripped)
    if phrase is not None:
        reach = candidate.end + len(rest) - len(stripped) + phrase.end()
        sides.recipients[:] = [p for p in sides.recipients if candidate.end <= p.start < reach]


def interrupted_subject(mention: Mention, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the mention is the subject of the candidate's clause that a relative clause on
    it interrupts («Мирзоян, который на прошлой неделе посетил Париж, провел переговоры …»,
    "Lavrov, who had visited Ankara, held talks …"): the act of the inserted clause is nearer,
    but the subject is the main clause's too."""
    text, base = candidate.sentence.text, candidate.sentence.start
    if not base <= mention.end <= candidate.start:
        return False
    if lexicon.cues["relative_subject"].match(text, mention.end - base) is None:
        return False
    clause = lexicon.cues["relative"].match(text, mention.end - base)
    if clause is None:
        return False
    between = text[clause.end():candidate.start - base].lstrip()    # the comma closing it
    return between.startswith(",") and "," not in between[1:]


def relative_span(candidate: Candidate, lexicon: Lexicon) -> tuple[int, int] | None:
    """The relative clause (cue ``relative``) the candidate's trigger stands in, as absolute
    offsets up to the comma or stop that closes it."""
    sentence = candidate.sentence
    for start, end in relative_clauses(sentence, lexicon):
        if start < candidate.start and candidate.end <= end:
            return start, end
    return None


def on_subject(sentence: Sentence, clause: int, lexicon: Lexicon) -> bool:
    """Whether the relative clause opening at ``clause`` is on its subject: its pronoun is
    one (cue ``relative_subject``) or reads as one (cue ``relclause_subject``: German der,
    die, das before a lower-case word)."""
    at = clause - sentence.start
    return any(lexicon.cues[cue].match(sentence.text, at) is not None
               for cue in ("relative_subject", "relclause_subject"))


def relative_clauses(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The sentence's relative clauses (cue ``relative``) as absolute offsets."""
    return [(sentence.start + m.start(), sentence.start + m.end())
            for m in lexicon.cues["relative"].finditer(sentence.text)]


def antecedents(named: list[tuple[int, int]], clause: int, candidate: Candidate,
                candidates: list[Candidate], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Which of the spans ``named`` are the antecedent of the relative clause opening at
    ``clause``: the one before its comma, where only a closing bracket or quote, or the main
    clause's own trigger put after its object, stands between ("Indien gelobt, mit dem …"),
    and those joined to it by a conjunction ("Armenia and Azerbaijan, which …")."""
    text, base = candidate.sentence.text, candidate.sentence.start
    verbs = [(c.start, c.end) for c in candidates if c.sentence is candidate.sentence]
    found: list[tuple[int, int]] = []
    reach = clause
    for start, end in sorted(named, key=lambda span: -span[1]):
        if end > reach:
            continue
        between = text[end - base:reach - base]
        for lo, hi in verbs:
            if end <= lo and hi <= reach and not found:
                between = between.replace(text[lo - base:hi - base], "")
        between = between.strip(" )»”\"'")
        joined = not between if not found else lexicon.cues[
            "relclause_conjunction"].fullmatch(between.strip(" ,")) is not None
        if not joined:
            break
        found.append((start, end))
        reach = start
    return found


def _outside_relatives(mention: Mention, rivals: list[Candidate],
                       lexicon: Lexicon) -> list[Candidate]:
    """The rivals that may own a mention: not one told in a relative clause the mention
    stands outside of ("Die Schweiz hat Armenien und Aserbaidschan, die sich … geeinigt
    hatten, … eingeladen": Switzerland is the inviting's). Its antecedent is the clause's
    too (``of_relative_act``)."""
    def may_own(rival: Candidate) -> bool:
        clause = relative_span(rival, lexicon)
        return clause is None or clause[0] <= mention.start < clause[1]
    return [r for r in rivals if may_own(r)] or rivals


def _restated(holder: Candidate, mention: Mention) -> bool:
    """Whether a noun act of the relative clause's own type names the mention before it: the
    clause restates that act ("Nach einem Telefonat … der deutschen Kanzlerin, Angela Merkel,
    das am selben Tag stattgefunden hatte"), its antecedent is the noun, not the party."""
    return holder.trigger.form == "noun" and holder.end <= mention.start


def of_relative_act(mention: Mention, named: list[tuple[int, int]], candidate: Candidate,
                    candidates: list[Candidate], lexicon: Lexicon) -> bool:
    """Whether the mention is a side of the act told in the relative clause the candidate
    stands in, though the main clause's trigger is nearer: named in that clause ("…, mit
    dem die EU ein Abkommen unterzeichnet hatte") or its antecedent, where the clause is on
    its subject or names a side of its own («Узбекистан, чей президент подписал с
    Таджикистаном …»; not «представителей Евросоюза, которым запрещен въезд»: that
    restates the main clause's act, nor "talks … with Kommasith, who will be in Russia on a
    working visit": the visit is the talks told before it)."""
    clause = relative_span(candidate, lexicon)
    if clause is None:
        return False
    if clause[0] <= mention.start < clause[1]:
        return True
    if candidate.trigger.sides == "visit" and any(
            c.sentence is candidate.sentence and c.event_type == candidate.event_type
            and c.end <= clause[0] for c in candidates):
        return False    # a guest's stay told on the guest after the meeting is that meeting
    own = on_subject(candidate.sentence, clause[0], lexicon) \
        or any(clause[0] <= start < clause[1] for start, _ in named)
    return bool(own) and (mention.start, mention.end) in antecedents(
        named, clause[0], candidate, candidates, lexicon)


def owner(start: int, end: int, rivals: list[Candidate]) -> Candidate:
    """Which of a sentence's triggers a phrase at ``start:end`` belongs to.

    A noun takes what follows it in its clause ("das Telefonat zwischen Putin
    und Merkel"); otherwise the nearest trigger wins.
    """
    preceding = [c for c in rivals if c.end <= start]
    if preceding:
        last = max(preceding, key=lambda c: c.end)
        if last.trigger.form == "noun" and start < last.scope.clause[1]:
            return last
    own = [c for c in rivals if c.scope.clause[0] <= start < c.scope.clause[1]]
    if len(own) == 1:   # the trigger of its own clause («…посольства России, объявив их …»)
        return own[0]
    return min(rivals, key=lambda c: c.start - end if end <= c.start else max(0, start - c.end))


def is_place_of_act(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """A state named as where something happens ("in Singapore", "Ashgabat, Turkmenistan",
    "в Китае") is the place of the act; the coder makes it the host where the act is a visit."""
    if mention.actor is None or mention.actor.kind not in ("state", "igo"):
        return False
    before = doc.text[max(0, mention.start - LOCATIVE_DISTANCE):mention.start]
    if lexicon.cue("seat", before):     # "die Regierung in Kiew": the state, not a place
        return False
    if any(not before[m.end():].strip() for m in lexicon.cues["locative"].finditer(before)):
        return True
    nearby = mention_index(doc).starting(mention.start - PLACE_BEFORE_REACH, mention.start)
    return any(m.end <= mention.start and m.actor is None and m.label == "LOC"
               and doc.text[m.end:mention.start].strip() == ","
               and _in_state(m, mention.actor.code) for m in nearby)


def _in_state(place: Mention, code: str | None) -> bool:
    """Whether a place the gazetteer knows lies in the state ``code`` ("Ashgabat,
    Turkmenistan"); one it does not know may. "During his visit to Hanoi, Japan said …":
    Japan is the subject, not where Hanoi is."""
    entry = Gazetteer.load().entries.get(place.entry_id or "")
    return entry is None or entry.kind != "place" or entry.country in (None, code)


def is_goal(doc: Document, start: int, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A place the trigger's act goes to or comes from ("schickte Truppen nach Belarus",
    «направила в Сирию помощь», "recalled its ambassador from Beijing"): for a frame with
    ``goal: recipient`` a place after a preposition of direction in its clause is the
    party acted on, not where the act happened; with ``source: recipient`` only a place
    after a preposition of source ("forderte von Belarus", «потребовала от Белоруссии»)."""
    trigger = candidate.trigger
    lo, hi = candidate.scope.clause
    cues = ["goal"] if trigger.goal else ["source"] if trigger.source else []
    if (is_conflict_act(candidate) and _passive_auxiliary(candidate, lexicon) is None
            and (candidate.end <= start or _middle_field(doc, start, candidate, lexicon))):
        # "air strikes in Idlib": the place's state is attacked; in a passive ("soldiers
        # were killed in Ukraine") the place is the side that acted (see sentence_parties).
        # A verb-final participle has its object and the place in the middle field before
        # it ("hat ein Lager in Libyen angegriffen")
        cues.append("conflict_place")
    if lo <= start < hi and _addressed_seat(doc, start, candidate, lexicon):
        return True
    if not cues or not lo <= start < hi:
        return False
    before = doc.text[max(lo, start - GOAL_DISTANCE):start]
    agent = lexicon.cues["agent"]
    # "die von der Regierung in Kiew geforderte Aufnahme", "wurde von Kiew gefordert": "von"
    # before the verb or in the passive is its agent
    agentive = start < candidate.start or _passive_auxiliary(candidate, lexicon) is not None
    return any((not before[m.end():].strip() or _goal_list(before[m.end():]))
               and not (agentive and agent.match(before, m.start()))
               for cue in cues for m in lexicon.cues[cue].finditer(before))


# The phrase right before a state that makes it the one a directed act is addressed to, per
# act type (cues of lang/ru/event_cues.yaml; optional, so other languages never match): the
# deployment a threat answers is made there (ruacts9), the people a demand is about are held
# there, the seizure or arrest a threat or a retaliation answers is done there (ruacts10)
DEPLOYMENT_CUE = "ruacts9_answered_deployment"     # its phrase may name the deploying state
_HOST_PHRASES = {
    "THREATEN": (DEPLOYMENT_CUE, "ruacts10_answered_deed"),
    "SANCTION": ("ruacts10_answered_deed",),
    "REQUEST": ("ruacts10_held_in",),
}


def _addressed_seat(doc: Document, start: int, candidate: Candidate, lexicon: Lexicon) -> bool:
    """The state a deployment a threat answers is made in («ответит на размещение ракет в
    Финляндии», cue ``ruacts9_answered_deployment``): threatened, as where the threat says the
    weapons will stand; where the phrase names the deploying state («размещение складов оружия
    США в Финляндии»), that state is the one answered and the place stays a place (ruacts9).
    So is the state people are held in that a demand is about («настаивает на
    освобождении моряков, задержанных в Финляндии», cue ``ruacts10_held_in``): the state that
    holds them is asked, as «потребовала от Финляндии освободить» says; and the state a
    seizure, an arrest or a closure answered by a threat or a retaliation is done in («пообещала
    ответить на конфискацию российских активов в Бельгии», cue ``ruacts10_answered_deed``)
    (ruacts10)."""
    cues = _HOST_PHRASES.get(candidate.event_type, ())
    if not cues or candidate.trigger.sides != "directed" or start < candidate.end:
        return False
    before = doc.text[max(candidate.end, start - GOAL_DISTANCE):start]
    found = [(cue, m) for cue in cues for m in lexicon.cues[cue].finditer(before)
             if m.end() == len(before)]
    if not found:
        return False
    cue, phrase = found[0]
    if cue != DEPLOYMENT_CUE:
        return True     # «конфискацию российских активов в Бельгии»: a state named is the victim
    opened = start - len(before) + phrase.start()
    return not any(m.actor is not None and m.actor.code
                   for m in mention_index(doc).starting(opened, start) if m.end <= start)


def _goal_list(between: str) -> bool:
    """What stands between a goal's preposition and a place is a list of names before it."""
    return GOAL_LIST.fullmatch(between) is not None


def _struck_place(doc: Document, mention: Mention, candidate: Candidate,
                  lexicon: Lexicon) -> bool:
    """A state adjective in the place an attack strikes ("griffen ein Lager in der libyschen
    Stadt Sabratha an", "im nordirakischen Dorf"; cue ``conflict_place``) names the state
    whose territory is attacked, as the state's name there would (branch gnad8)."""
    return mention.label == "MISC" and is_conflict_act(candidate) \
        and is_goal(doc, mention.start, candidate, lexicon)


def is_conflict_act(candidate: Candidate) -> bool:
    """A directed attack: the state of the place it strikes after the verb is its target."""
    return candidate.event_type in CONFLICT_ACTS and candidate.trigger.sides == "directed"


def names_the_state(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """A state adjective names the state only when it qualifies a government word or a
    meeting ("die russische Seite", "belarussisch-russische Beratungen"); "syrische
    Asylwerber" or "Russian tourists" are people, not the state."""
    actor = mention.actor
    if actor is None or actor.kind != "state" or mention.label != "MISC":
        return True
    end = mention.end
    while doc.text[end:end + 1] == "-":     # "belarussisch-russischen", "российско-иранские"
        nxt = re.match(r"-\w+", doc.text[end:])
        end += nxt.end() if nxt else 1
    following = doc.text[end:end + HEAD_DISTANCE].lstrip()
    head_words = " ".join(following.split()[:HEAD_WORDS])
    return bool(lexicon.cues["state_head"].match(following) or lexicon.meeting.search(head_words))


def qualifies_object(doc: Document, mention: Mention, candidate: Candidate,
                     lexicon: Lexicon) -> bool:
    """A state adjective in the object of a directed act names the state acted on, whatever
    noun it qualifies ("imposed sanctions on Russian banks", "condemned the Russian strikes",
    "rejected the Ukrainian plan"; in the passive the subject: "A Japanese fishing boat was
    seized by …"): PLOVER codes the state (RUSBUS, RUSMIL) as the target. Only a short
    object phrase may stand between (cue ``object_adjective``, optional); after a verb of
    movement (``goal: recipient``) only in its goal or target phrase ("supplies to Turkish
    victims", not "extradited a Russian citizen to the United States"). State words
    coordinated before it share its object phrase ("urged Israelis and Palestinians"). The
    object of "gegen" may stand after adverbs and carry adjectives of its own ("hat am
    Donnerstag scharf gegen die jüngsten amerikanischen Rüstungsexporte protestiert"; cue
    ``desides9_against``, branch desides9)."""
    actor = mention.actor
    lo, hi = candidate.scope.clause
    if (candidate.trigger.sides != "directed" or actor is None or actor.kind != "state"
            or mention.label != "MISC" or not lo <= mention.start < hi):
        return False
    auxiliary = _passive_auxiliary(candidate, lexicon)
    first, _ = _state_chain(doc, mention, lo, mention.start, lexicon)
    if candidate.end <= mention.start:
        if _after_fronted_clause(doc, candidate, lexicon):
            return False    # "Wie … mitteilte, bombardierten die russischen Kampfjets": subject
        gap = doc.text[candidate.end:first].strip()
        if candidate.trigger.goal and not (lexicon.cue("goal", gap + " ")
                                           or lexicon.cue("target", gap + " ")):
            return False    # "extradited a Russian citizen to …": what is moved, no side
    elif auxiliary is not None and _heads_subject(doc.text[mention.end:auxiliary]):
        gap = doc.text[max(lo, candidate.sentence.start):mention.start].strip()
    elif (middle := _middle_field(doc, first, candidate, lexicon)) is not None:
        gap = middle
    else:
        return False
    # the cue opens with the space before the phrase, so an empty gap needs it too
    spaced = " " + (gap + " " if gap else "")
    return lexicon.cues["object_adjective"].fullmatch(spaced) is not None or (
        "desides9_against" in lexicon.cues
        and lexicon.cues["desides9_against"].fullmatch(spaced) is not None)


def _state_chain(doc: Document, mention: Mention, low: int, high: int,
                 lexicon: Lexicon) -> tuple[int, int]:
    """Where the state words coordinated with a state word start and end, between ``low``
    and ``high`` ("urged Israelis and Palestinians", "sanctions on Russian and Belarusian
    banks", «против российских и белорусских банков»): each is read as the first is read
    before the chain and as the last is read after it."""
    def joined(left: int, other: Mention, right: int) -> bool:
        actor = other.actor
        return other.label == "MISC" and actor is not None and actor.kind == "state" \
            and lexicon.cues["conjunction"].fullmatch(doc.text[left:right].strip()) is not None
    start, end = mention.start, mention.end
    index = mention_index(doc)
    for earlier in reversed(index.starting(low, mention.start)):
        if not joined(earlier.end, earlier, start):
            break
        start = earlier.start
    for later in index.starting(mention.end, high):
        if not joined(end, later, later.start):
            break
        end = later.end
    return start, end


def _after_fronted_clause(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A finite verb right after a fronted clause's comma, in a language whose subject then
    follows the verb (``subject_after_fronted_clause``): the phrase after it is the subject."""
    before = doc.text[candidate.sentence.start:candidate.start].rstrip()
    return defaults(lexicon.language).subject_after_fronted_clause and \
        candidate.trigger.form != "noun" and before.endswith(",")


def _middle_field(doc: Document, start: int, candidate: Candidate, lexicon: Lexicon) -> str | None:
    """What stands between the finite auxiliary and a name before a clause-final participle
    ("Schallenberg hat den russischen Raketenangriff … verurteilt": "den"): the name is in the
    middle field, among the participle's objects. None when no auxiliary precedes it."""
    lo = max(candidate.scope.clause[0], candidate.sentence.start)
    if not is_finite_or_participle(candidate.sentence, candidate.start):
        return None
    auxiliary = lexicon.cues["finite_auxiliary"].search(doc.text[lo:start])
    if auxiliary is None:
        return _final_clause_middle(doc, lo, start, lexicon)
    return doc.text[lo + auxiliary.end():start].strip()


def _final_clause_middle(doc: Document, lo: int, start: int, lexicon: Lexicon) -> str | None:
    """German verb-final subordinate clause ("…, dass die USA den israelischen Siedlungsbau
    als illegal betrachteten"; cue ``gnad8_final_clause``): its subject, the first party
    after the conjunction, opens the middle field, and what stands between it and a name
    before the clause-final verb is that field (branch gnad8)."""
    # the clause's scope starts at its conjunction or right after it
    words = doc.text[max(0, lo - CONJUNCTION_REACH):lo].split()[-1:] + \
        doc.text[lo:start].replace(",", " ").split()[:1]
    if not any(lexicon.cues["gnad8_final_clause"].fullmatch(word) for word in words):
        return None
    subject = next((m for m in mention_index(doc).starting(lo, start)
                    if is_party(m) and m.end <= start), None)
    return None if subject is None else doc.text[subject.end:start].strip()


def _heads_subject(between: str) -> bool:
    """Whether an adjective's noun runs straight to the passive auxiliary ("A Japanese
    fishing boat was seized"), so that the adjective is in the subject acted on."""
    words = between.split()
    return 0 < len(words) <= SUBJECT_WORDS and all(word.isalpha() for word in words)


def names_its_people(doc: Document, mention: Mention, candidate: Candidate,
                     lexicon: Lexicon) -> bool:
    """A state adjective before a people noun ("two French citizens", "georgische
    Demonstranten", «российских граждан», "Lebanese villages") or a people noun of its own
    ("Armenians", "Georgier", gazetteer ``peoples.tsv``) names the state's people, a side of
    the acts people take part in (PEOPLE_ACTS); elsewhere they are no party."""
    actor = mention.actor
    if (candidate.event_type not in PEOPLE_ACTS or actor is None or actor.kind != "state"
            or mention.label != "MISC"):
        return False
    if actor.sector == "CVL":       # a people noun ("Armenians", "Georgier", «грузины»)
        return True
    _, last = _state_chain(doc, mention, mention.start, candidate.sentence.end, lexicon)
    following = doc.text[last:last + HEAD_DISTANCE].lstrip()
    return lexicon.cues["people_head"].match(following) is not None


def _people_targeted(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether the people a state is named as the origin of are what a people's act is directed
    at ("Sanktionen gegen sechs Personen aus Russland und China"): then the state is its
    target, as with a state adjective ("gegen russische Personen", ``names_its_people``)."""
    return (candidate.event_type in PEOPLE_ACTS and candidate.trigger.sides == "directed"
            and _after_target_word(candidate, party, lexicon))


def is_origin_of_people(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """'fünf Männer aus Deutschland und Russland' names where people come from; 'Vertreter
    aus Singapur und Deutschland' names states (their envoys): the word before decides."""
    actor = mention.actor
    if actor is None or actor.kind != "state":
        return False
    before, origin = _last_origin(doc, mention.start, lexicon)
    if origin is None or _expelling_before(before, origin, lexicon, EXPELLED_WORDS):
        return False
    if not _only_states_between(doc, mention.start - len(before) + origin.end(), mention.start):
        return False
    head = before[:origin.start()].split()[-3:]
    return lexicon.cues["state_head"].search(" ".join(head)) is None


def expelled_from(doc: Document, start: int, lexicon: Lexicon,
                  reach: int = EXPELLED_WORDS) -> bool:
    """«высылка корреспондентов ТАСС из Латвии», «выслали из Эстонии»: a state right after
    ``origin`` with a word of expelling a few words before is the state that expels, not
    where the people come from ("Bürger aus Syrien"). ``reach``: the words searched."""
    before, origin = _last_origin(doc, start, lexicon)
    return origin is not None and _expelling_before(before, origin, lexicon, reach)


def _last_origin(doc: Document, start: int, lexicon: Lexicon) -> tuple[str, re.Match[str] | None]:
    """The text before ``start`` searched for "aus", "from", «из», and the last one in it."""
    before = doc.text[max(0, start - ORIGIN_DISTANCE):start]
    origins = list(lexicon.cues["origin"].finditer(before))
    return before, origins[-1] if origins else None


def _expelling_before(before: str, origin: re.Match[str], lexicon: Lexicon, reach: int) -> bool:
    if before[origin.end():].strip():
        return False
    words = before[:origin.start()].split()[-reach:]
    return lexicon.cue("expelling", " ".join(words)) is not None


def _only_states_between(doc: Document, start: int, end: int) -> bool:
    """Whether only a list of states ("Deutschland, Russland und der") fills a stretch."""
    words = [w for w in doc.text[start:end].replace(",", " ").split()
             if w.casefold() not in {"und", "and", "и", "der", "the", "die", "den"}]
    names = {m.start for m in doc.mentions if m.actor and m.actor.kind == "state"
             and start <= m.start < end}
    return len(names) >= len(words) or not words


def is_report_source(doc: Document, mention: Mention, lexicon: Lexicon) -> bool:
    """A press service or ministry quoted as the source ("the Russian Foreign Ministry said",
    "как сообщает пресс-служба МИД РФ"), or any state or body an attribution names ("nach
    Angaben Südkoreas", "according to Japan's Defence Ministry"), is where the news comes
    from, not a party to it. An official an attribution names is kept: one who tells of
    talks is most often at them ("Nach Angaben des russischen Vizeaußenministers … haben
    Russland und die Türkei … Konsultationen abgehalten")."""
    if (mention.actor is None or mention.actor.kind != "person") \
            and _named_as_source(doc, mention.start, lexicon):
        return True
    if mention.actor is not None and mention.actor.kind != "organization":
        return False
    return reports_at(doc, mention.start, mention.end, lexicon)


def _named_as_source(doc: Document, start: int, lexicon: Lexicon) -> bool:
    """Whether a phrase naming the news source (cue ``news_source``) opens the noun phrase
    that reaches ``start``."""
    low = max(0, start - NEWS_SOURCE_DISTANCE)
    return any(_source_phrase(doc, match.end(), start, lexicon)
               for match in lexicon.cues["news_source"].finditer(doc.text, low, start))


def _source_phrase(doc: Document, begin: int, start: int, lexicon: Lexicon) -> bool:
    """Whether ``begin``–``start`` is the source phrase's own noun phrase: at most
    ``NEWS_SOURCE_WORDS`` words, no punctuation, no other coded party ("Laut dem ukrainischen
    Außenministerium hat Russland …": the ministry only) and no lower-case word outside the
    phrase's words (cue ``news_source_word``: "Nach Angaben der Polizei griff Russland …"
    ends at "griff")."""
    words = doc.text[begin:start].split()
    return (not any(mark in doc.text[begin:start] for mark in ",.;:")
            and len(words) <= NEWS_SOURCE_WORDS
            and not any(m.actor is not None and m.actor.code
                        for m in mention_index(doc).starting(begin, start))
            and all(lexicon.cues["news_source_word"].fullmatch(word)
                    for word in words if word.islower()))


def reports_at(doc: Document, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a reporting verb stands right before or after ``start:end``."""
    before = doc.text[max(0, start - SOURCE_DISTANCE):start]
    after = doc.text[end:end + SOURCE_DISTANCE]
    reporting = lexicon.cues["reporting"]
    return bool(reporting.search(before)) or bool(reporting.match(after.lstrip()))


def assign_sides(context: CodingContext, candidate: Candidate, parties: list[Party],
                 main: list[Party], previous: Party | None, host: Party | None = None) -> Sides:
    """Split the parties into actors and recipients as the trigger entry says. ``host``: the
    state of the place a visit goes to, its recipient once the visitor is named, so that the
    report's other party does not fill that side ("Der russische Außenminister reiste nach
    Berlin" in a report on talks with China: RUS → DEU, not RUS → CHN + DEU)."""
    lexicon, rivals = context.lexicon, context.rivals(candidate)
    absent = [p for p in parties if _left_out(context.doc, candidate, p, lexicon)]
    if absent:      # "ohne den griechischen Ressortchef": no side, named or handed on
        parties = [p for p in parties if p not in absent]
        main = [p for p in main if p.code not in {a.code for a in absent}]
    base = candidate.sentence.start
    back = [m for m in lexicon.cues["sides"].finditer(candidate.sentence.text)
            if _refers_for(candidate, base + m.start(), base + m.end(), rivals)]
    if len({p.code for p in parties if p.code and p.end <= candidate.start}) >= 2:
        back = []   # «Министры иностранных дел Азербайджана и Армении встретятся»: named here
    # "Zugleich verurteilten sie …": the plural pronoun names the sides back as well
    refers_back = bool(back) or _plural_pronoun_subject(candidate, lexicon)
    if back and not main:
        main = _states_named_before(context.doc, candidate, lexicon)
    if main and candidate.trigger.sides == "symmetric" and any(
            candidate.scope.clause[0] <= base + m.start() < candidate.scope.clause[1]
            for m in back):
        # "Beide Seiten vereinbarten, die Zusammenarbeit mit der Ukraine auszubauen", «При
        # посредничестве России стороны договорились …»: the sides are the subject; another
        # state is what they agreed on or who brought them together, no side
        codes = {p.code for p in main}
        parties = [p for p in parties if p.code in codes]
    sides = _by_position(candidate, parties, lexicon)
    if host is not None and sides.actors and host.code not in sides.codes():
        # the report's own party of the host state, an official named before, if any
        sides.recipients += [p for p in main if p.code == host.code] or [host]
    # "aus Riad … untersagt": a place the act goes to or comes from is acted on wherever
    # it stands
    sides.recipients += [p for p in sides.actors if p.goal]
    sides.actors = [p for p in sides.actors if not p.goal]
    _arrest_sides(candidate, sides)
    _expelling_sides(context.doc, candidate, sides, lexicon)
    _drop_duplicates(sides)         # "Maas … so Maas": one side, named twice
    we = _we_parties(context.doc, candidate, lexicon) if not sides.actors else []
    if we:      # "Wir fordern Iran auf" after "Wir, die Außenminister Frankreichs, …,"
        codes = {p.code for p in we}
        sides = Sides(actors=we, recipients=[p for p in sides.recipients if p.code not in codes],
                      inherited=True)
    elif refers_back and main and not sides.actors:
        # "The two Prime Ministers welcomed the outcomes of the India-Japan Dialogue": the
        # sides named back to act; the states named after the verb are what they act on
        codes = {p.code for p in main}
        sides = Sides(actors=list(main),
                      recipients=[p for p in sides.recipients if p.code not in codes],
                      inherited=True)
    elif (refers_back or _open(candidate, sides, sides.codes(), main, lexicon)
          or _agreed_after_joint_act(context, candidate, sides, main)) \
            and PHRASE_SIDES not in candidate.flags:
        # the act of a phrase of time has its sides there ("Nach dem Gipfel in Brüssel | hat
        # Polen …"), not the report's
        sides = _fill(candidate, sides, main, previous, lexicon)
        _drop_duplicates(sides)
    return sides


def _states_named_before(doc: Document, candidate: Candidate, lexicon: Lexicon) -> list[Party]:
    """The states of the nearest earlier sentence of the story that names two or more, for
    sides named back where the report has told no act of theirs yet ("Kanada und Indien
    haben ihre Hochkommissare wieder entsandt. … Die beiden Regierungen vereinbarten …")."""
    for earlier in reversed([s for s in doc.sentences if s.end <= candidate.sentence.start]):
        if story_break(doc, earlier.end, candidate.sentence.start):
            return []
        states = without_origins(doc, [
            party_of(m) for m in mention_index(doc).starting(earlier.start, earlier.end)
            if m.actor is not None and m.actor.kind == "state" and m.actor.code], lexicon)
        if len({p.code for p in states}) >= 2:
            return _one_per_code(states)
    return []


def _left_out(doc: Document, candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether the party stands right after a word of leaving out (cue ``without``: "ohne
    den griechischen Ressortchef", "without their Greek colleague") in the act's clause: a
    few words between, no comma."""
    lo = max(candidate.scope.clause[0], party.start - WITHOUT_DISTANCE)
    if party.start < candidate.scope.clause[0]:
        return False
    gap = doc.text[lo:party.start]
    words = list(lexicon.cues["without"].finditer(gap))
    return bool(words) and "," not in gap[words[-1].end():]


def _refers_for(candidate: Candidate, start: int, end: int, rivals: list[Candidate]) -> bool:
    """Whether the words naming the sides back at ``start:end`` are the candidate's. Also
    when a meeting noun before them owns them but they head the clause of a meeting verb as
    its subject («В ходе встречи стороны обсудили …», "During the talks, the sides discussed
    …"): the noun of the phrase of time names the meeting, the sides are the verb's, one act
    with it. Only between meetings: what the sides agreed «по итогам переговоров» (a
    planned meeting's AGREE) keeps its own dating."""
    holder = owner(start, end, rivals)
    return holder is candidate or (
        holder.event_type == candidate.event_type == "CONSULT"
        and holder.trigger.form == "noun" and holder.end <= start
        and candidate.trigger.form != "noun" and end <= candidate.start
        and candidate.scope.in_clause(start))


def decision_recipients(candidate: Candidate, sides: Sides, earlier: list[tuple[Candidate, Sides]],
                        lexicon: Lexicon) -> None:
    """A directed act on a decision named back ("Das Auswärtige Amt begrüßte den Beschluss",
    "hat diesen Schritt verurteilt") is directed at who took it: the acting side of the last
    act reported before its sentence that is no such reaction itself, when that is another
    state. A threat that names no target answers the last hostile act against its maker
    ("Die russische Botschaft kündigte eine „spiegelbildliche Antwort“ an" after an expulsion
    of Russian diplomats); a demand that names none, the last arrest, seizure or sanction
    against its maker."""
    if candidate.trigger.sides != "directed" or sides.recipients or not sides.actors:
        return
    if candidate.event_type == "THREATEN":
        _answered_act(candidate, sides, earlier, HOSTILE_ACTS)
        return
    if candidate.event_type == "REQUEST" and not _appeals_to_all(candidate, lexicon):
        # a demand that names no addressee after an arrest, a seizure or a sanction against
        # its maker ("Iran hat einen Deutschen festgenommen … Berlin forderte die sofortige
        # Freilassung", «МИД России потребовал освободить журналистов») asks it of who did it
        # (PLOVER REQUEST: release persons or property, ease sanctions)
        _answered_act(candidate, sides, earlier, UNDONE_ACTS)
        if sides.recipients:
            return
    if not _on_decision(candidate, lexicon):
        return
    acts = [s for c, s in earlier if c.sentence_index < candidate.sentence_index
            and any(p.code for p in s.actors) and not _on_decision(c, lexicon)]
    if not acts:
        return
    acting = {p.code for p in sides.actors if p.code}
    deciding = [p for p in acts[-1].actors if p.code]
    if not {p.code for p in deciding} & acting:
        sides.recipients.extend(deciding)


def rejected_demand(candidate: Candidate, sides: Sides,
                    earlier: list[tuple[Candidate, Sides]]) -> None:
    """A rejection that names no one it answers ("Moskau wies sie … zurück" after "Kiews
    Forderung an Moskau") is directed at who made the last demand addressed to the
    rejecting state (PLOVER REJECT: reject a request or demand; branch desides9)."""
    if candidate.event_type != "REJECT" or sides.recipients or not sides.actors:
        return
    acting = {p.code for p in sides.actors if p.code}
    for other, other_sides in reversed(earlier):
        if other.event_type == "REQUEST" and other.sentence_index < candidate.sentence_index \
                and acting & {p.code for p in other_sides.recipients}:
            sides.recipients.extend(p for p in other_sides.actors if p.code not in acting)
            return


# acts that adopt a text (spec: sign, finalise an agreement; agree on one): its authors
ADOPTING_ACTS = frozenset({"SUPPORT", "AGREE"})


def document_authors(candidate: Candidate, sides: Sides, earlier: list[tuple[Candidate, Sides]],
                     lexicon: Lexicon) -> None:
    """A directed act told in a text adopted before it, with no agent ("Russland wird in dem
    Papier aufgefordert, …", "Darin wird Iran … verurteilt"; cue ``desides9_in_document``
    in its clause) is the act of the states that signed or agreed on that text: the acting
    side of the latest earlier signing or agreement (branch desides9)."""
    if "desides9_in_document" not in lexicon.cues or candidate.trigger.sides != "directed" \
            or sides.actors or not sides.recipients:
        return
    sentence, base = candidate.sentence, candidate.sentence.start
    lo, hi = (offset - base for offset in candidate.scope.clause)
    if lexicon.cues["desides9_in_document"].search(sentence.text, lo, hi) is None:
        return
    targets = {p.code for p in sides.recipients}
    authors = next((s.actors for c, s in reversed(earlier) if c.event_type in ADOPTING_ACTS
                    and c.sentence_index < candidate.sentence_index and s.actors), [])
    if authors and not targets & {p.code for p in authors}:
        sides.actors = list(authors)


# The canonical role of a spokesperson (gazetteer titles): whose organ speaks, the text may
# say only in the sentence before ("Das Außenministerium protestierte … Der Sprecher …")
SPOKESPERSON = "Spokesperson"


def organ_spokesperson(candidate: Candidate, sides: Sides, earlier: list[tuple[Candidate, Sides]],
                       lexicon: Lexicon) -> None:
    """A spokesperson who names no state ("Der Sprecher Lin Jian forderte Washington auf")
    speaks for the one state that acted in the sentence before ("Das Pekinger
    Außenministerium hat … protestiert"): the act is that state's (branch desides9)."""
    if lexicon.language != "de":
        return
    unstated = [p for p in sides.actors if p.code is None and p.actor.kind == "person"
                and p.actor.role == SPOKESPERSON]
    before = [s for c, s in earlier if c.sentence_index == candidate.sentence_index - 1]
    acting = {p.code for p in before[-1].actors if p.code} if before else set()
    # only with a target of its own, which the acting state is not
    if not unstated or not sides.recipients or len(acting) != 1 \
            or acting & {p.code for p in sides.recipients}:
        return
    code = acting.pop()
    sides.actors = [replace(p, actor=replace(p.actor, country=code)) if p in unstated else p
                    for p in sides.actors]


def counted_sides(candidate: Candidate, sides: Sides, parties: list[Party],
                  earlier: list[tuple[Candidate, Sides]], lexicon: Lexicon) -> None:
    """Sides named back by their number as the act's subject ("forderten die drei Staaten
    Moskau auf", "Beide Länder vereinbarten"; cue ``sides_counted``) are the acting side of
    the latest earlier act with that many acting states, when the report's parties handed on
    to the act are not that many ("Die Bereitschaft der Ukraine … ist von Deutschland,
    Frankreich und Großbritannien begrüßt worden": the three, not Ukraine); the clause's
    parties are then what they act on (branch desides7)."""
    count = _counted_subject(candidate, lexicon)
    codes = {p.code for p in sides.actors if p.code}
    if count is None or not sides.inherited or len(codes) == count:
        return
    for _, other in reversed(earlier):
        acting = _one_per_code([p for p in other.actors if p.code])
        if len(acting) == count and all(p.actor.kind == "state" for p in acting):
            named = {p.code for p in acting}
            sides.actors = acting
            # the clause's own parties are what the named-back sides act on ("Tiflis")
            sides.recipients = _one_per_code([p for p in (*sides.recipients, *parties)
                                              if p.code not in named])
            return


def _counted_subject(candidate: Candidate, lexicon: Lexicon) -> int | None:
    """The number of sides named back as the subject opening the act's clause or right after
    its verb ("Die drei Staaten forderten", "forderten die drei Staaten"), else None."""
    sentence, base = candidate.sentence, candidate.sentence.start
    lo, hi = (offset - base for offset in candidate.scope.clause)
    for match in lexicon.cues["sides_counted"].finditer(sentence.text, lo, hi):
        opening = base + match.end() <= candidate.start \
            and not sentence.text[lo:match.start()].strip()
        inverted = base + match.start() >= candidate.end \
            and not sentence.text[candidate.end - base:match.start()].strip()
        if opening or inverted:
            return next(n for name, n in NUMBERS.items() if match.group(name))
    return None


# The named groups of the cue ``sides_counted``: the number each says
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}


def counted_back(candidate: Candidate, sides: Sides, earlier: list[tuple[Candidate, Sides]],
                 lexicon: Lexicon) -> None:
    """A symmetric act whose sides its clause names back by their number in another role than
    the subject: a genitive ("nach einem Treffen der drei Außenminister"), a passive agent
    ("von den beiden Ministern unterzeichnet") or the reporters of the act ("teilten die
    Verteidigungsministerien der vier Länder nach einem Treffen mit"; cue
    ``desides9_counted``). Its sides are the states of the latest earlier act with that many,
    when the clause itself names fewer than two (branch desides9)."""
    if "desides9_counted" not in lexicon.cues or candidate.trigger.sides != "symmetric" \
            or len(sides.codes()) >= 2:
        return
    sentence, base = candidate.sentence, candidate.sentence.start
    lo, hi = (offset - base for offset in candidate.scope.clause)
    match = lexicon.cues["desides9_counted"].search(sentence.text, lo, hi)
    if match is None:
        return
    count = next(n for name, n in NUMBERS.items() if match.group(name))
    for _, other in reversed(earlier):
        # the acting states ("Frankreich, Italien und Spanien forderten Russland auf … nach
        # einem Treffen der drei Außenminister"), else all of them (a visit's two)
        for group in (other.actors, [*other.actors, *other.recipients]):
            named = _one_per_code([p for p in group if p.actor.kind == "state"])
            if len(named) == count:
                sides.actors, sides.recipients = named, []
                return


PROMISE = "promise made"    # the outcome of a promise's frames (lang/<xx>/events.yaml)


def donor_recipients(candidate: Candidate, sides: Sides,
                     earlier: list[tuple[Candidate, Sides]]) -> None:
    """Aid given or pledged that names no recipient, after aid the report told with one
    ("The EU disbursed 4.2 billion euros to Ukraine … Separately, Japan pledged an additional
    $1.5 billion in budget support"), goes to that recipient: another donor to the same
    cause, when the giver is not that recipient itself."""
    if not _aid_act(candidate) or sides.recipients or not sides.actors:
        return
    acting = {p.code for p in sides.actors if p.code}
    given = [s for c, s in earlier if c.sentence_index <= candidate.sentence_index
             and c is not candidate and _aid_act(c) and s.recipients]
    if given and not {p.code for p in given[-1].recipients} & acting:
        sides.recipients.extend(given[-1].recipients)


def _aid_act(candidate: Candidate) -> bool:
    """Aid delivered, or a promise that may pledge it (spec section 3: aid pledged is AGREE)."""
    return candidate.event_type == "AID" or (
        candidate.event_type == "AGREE" and candidate.trigger.outcome == PROMISE)


# The acts whose sides are the parties of a conflict an appeal to "all sides" addresses
HOSTILE_ACTS = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE", "MOBILIZE"})


def all_sides_recipients(candidate: Candidate, sides: Sides,
                         earlier: list[tuple[Candidate, Sides]], lexicon: Lexicon) -> None:
    """An appeal to "all sides" («все стороны», "alle Seiten", cue ``all_sides``) of a
    conflict the report told before ("Iran drohte Israel … Die Bundesregierung rief alle
    Seiten zur Zurückhaltung auf") addresses both sides of the last hostile act before it,
    when the appealing state is neither."""
    if candidate.event_type != "REQUEST" or sides.recipients or not sides.actors \
            or not _appeals_to_all(candidate, lexicon):
        return
    acting = {p.code for p in sides.actors if p.code}
    for other, other_sides in reversed(earlier):
        if other.event_type not in HOSTILE_ACTS or other.start >= candidate.start:
            continue
        parties = [p for p in (*other_sides.actors, *other_sides.recipients) if p.code]
        codes = {p.code for p in parties}
        if len(codes) >= 2 and not codes & acting:
            sides.recipients.extend(_one_per_code(parties))
        return


def _answered_act(candidate: Candidate, sides: Sides,
                  earlier: list[tuple[Candidate, Sides]], answered: frozenset[str]) -> None:
    """The acting side of the last act of the ``answered`` types reported before the threat's
    or the demand's sentence whose target is its maker: the threat's target, the one the
    demand is made of."""
    acting = {p.code for p in sides.actors if p.code}
    for other, other_sides in reversed(earlier):
        if (other.sentence_index < candidate.sentence_index
                and other.event_type in answered
                and acting & {p.code for p in other_sides.recipients}):
            sides.recipients.extend(p for p in other_sides.actors
                                    if p.code and p.code not in acting)
            return


def _appeals_to_all(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act's clause appeals to "all sides" (cue ``all_sides``): then the sides of
    the conflict are its addressees (``all_sides_recipients``)."""
    if "all_sides" not in lexicon.cues:
        return False
    sentence = candidate.sentence
    lo, hi = (offset - sentence.start for offset in candidate.scope.clause)
    return lexicon.cues["all_sides"].search(sentence.text, lo, hi) is not None


def _on_decision(candidate: Candidate, lexicon: Lexicon) -> bool:
    sentence = candidate.sentence
    return lexicon.cue("decision", sentence.text[candidate.scope.clause[0] - sentence.start:
                                                 candidate.scope.clause[1] - sentence.start]
                       ) is not None


def _expelling_sides(doc: Document, candidate: Candidate, sides: Sides,
                     lexicon: Lexicon) -> None:
    """«Корреспондентов ТАСС выслали из Эстонии»: the state people are expelled from is the
    one that expels, and those named before the verb are its object. When a state already
    acts, only where the word of expelling stands right before ("Russia's diplomats were
    expelled from Estonia"; but "Russland wies Diplomaten aus Estland aus": their origin)."""
    if candidate.trigger.mode != "expel":
        return
    reach = 1 if any(p.code for p in sides.actors) else EXPELLED_WORDS
    expelling = [p for p in sides.recipients if expelled_from(doc, p.start, lexicon, reach)]
    if expelling:
        sides.recipients = sides.actors + [p for p in sides.recipients if p not in expelling]
        sides.actors = expelling


def _arrest_sides(candidate: Candidate, sides: Sides) -> None:
    """A state's people ("zwei Russen", "a German journalist", «двое россиян») are who an
    arrest is done to, in whatever voice or word order ("Zwei Russen hat die estnische
    Polizei festgenommen"): the arresting side is a state's organ or the state of the
    place, never its citizens."""
    if candidate.trigger.mode != "arrest" or not any(
            p.actor.sector == "CVL" for p in sides.actors):
        return
    people = [p for p in sides.actors if p.actor.sector == "CVL"]
    sides.actors = [p for p in sides.actors if p.actor.sector != "CVL"]
    if not sides.actors:        # the organ that arrests was put after its object
        sides.actors = [p for p in sides.recipients if p.actor.sector != "CVL" and not p.goal]
        sides.recipients = [p for p in sides.recipients if p not in sides.actors]
    sides.recipients = people + sides.recipients


def _open(candidate: Candidate, sides: Sides, codes: set[str], main: list[Party],
          lexicon: Lexicon) -> bool:
    main_is_meeting = bool(main) and main[0].meeting
    """Whether the sentence leaves a side for the main parties to fill.

    A sentence that names nobody reports a cooperative act of the main parties
    ("during the consultations, views were exchanged", "a similar MOU was
    signed in 2016"), unless a speaker reports it of their own side ("we have
    adopted a concept") or a passive agent names who did it, no state ("die von der
    Kirche zu einer Begegnung eingeladen waren"); a bilateral act naming one side takes
    the other from the report, unless it is a recalled act (a domestic session "im
    Vorfeld").
    """
    if not codes:
        clause = candidate.sentence.text[candidate.scope.clause[0] - candidate.sentence.start:
                                         candidate.scope.clause[1] - candidate.sentence.start]
        before = clause[:candidate.start - candidate.scope.clause[0]]
        return (main_is_meeting and candidate.event_type in ("CONSULT", "AGREE", "SUPPORT")
                and lexicon.cue("first_person", clause) is None
                and lexicon.cue("named_agent", before) is None) \
            or _impersonal_report(candidate, main, lexicon)
    parties = [*sides.actors, *sides.recipients]
    if _at_home(parties):
        return False
    if candidate.trigger.sides != "symmetric":      # the missing side of a continuing story
        if lexicon.cues["own_government"].search(candidate.sentence.text[
                candidate.scope.clause[0] - candidate.sentence.start:
                candidate.scope.clause[1] - candidate.sentence.start]):
            return False    # "Kickl warf der Regierung vor, …": domestic, no other state
        return (not (sides.actors and sides.recipients) and codes <= {p.code for p in main}
                and not (candidate.event_type in COLLECTIVE and not sides.actors))
    if any(p.actor.kind == "igo" for p in parties):
        return False
    return len(codes) < 2 and not candidate.background and codes <= {p.code for p in main}


def _impersonal_report(candidate: Candidate, main: list[Party], lexicon: Lexicon) -> bool:
    """A directed act told in a communiqué's impersonal passive of speech, naming nobody
    («Было подчеркнуто, что подобные действия не останутся без ответа», «Потребовано
    прекратить …»; cue ``ruacts7_impersonal_report`` opens the sentence): the report's
    parties go on acting, as in the protest or summons the communiqué tells first; after a
    meeting such a sentence tells what was said at it, and stays as it is. So does a passive
    addressed to the summoned envoy («Посол был предупрежден о последствиях»; ruacts9)."""
    if not main or main[0].meeting or candidate.trigger.sides == "symmetric":
        return False
    sentence = candidate.sentence
    opening = sentence.text[:candidate.start - sentence.start].lstrip()
    through = sentence.text[:candidate.end - sentence.start].lstrip()     # the passive itself
    return (lexicon.cues["ruacts7_impersonal_report"].match(opening) is not None
            or lexicon.cues["ruacts9_envoy_passive"].fullmatch(through) is not None)


# the types of a joint act whose sides an agreement told next without them shares: what both
# sides agreed, signed or set up (as drafts.OUTCOME_TYPES)
JOINT_ACTS = ("AGREE", "SUPPORT", "COOPERATE")


def _agreed_after_joint_act(context: CodingContext, candidate: Candidate, sides: Sides,
                            main: list[Party]) -> bool:
    """An agreement whose sentence names nobody, right after a sentence that tells a joint
    act (a signing, an agreement) of the report's sides where no meeting is told («Армения и
    Иран подписали соглашение … Достигнута договоренность об …», "… signed a memorandum. It
    was agreed to …"): an outcome of that act, of its sides (``_open`` hands a meeting's
    sides on). A one-sided act before (a proposal) hands nothing on (issue 12, agreesides6)."""
    if (candidate.event_type != "AGREE" or sides.codes() or not main or main[0].meeting
            or candidate.sentence_index == 0 or candidate.background):
        return False
    before = context.doc.sentences[candidate.sentence_index - 1]
    clause = candidate.sentence.text[candidate.scope.clause[0] - candidate.sentence.start:
                                     candidate.scope.clause[1] - candidate.sentence.start]
    return (any(before.start <= p.start < before.end for p in main)
            and any(c.sentence is before and c.trigger.sides == "symmetric"
                    and c.event_type in JOINT_ACTS for c in context.candidates)
            and context.lexicon.cue("first_person", clause) is None)


def _at_home(parties: list[Party]) -> bool:
    """Whether the sides an act's clause names are one state's own bodies acting at home: a
    legislature alone ("Das griechische Parlament hat dem Referendum zugestimmt": a vote) or
    two bodies or more of one state ("Mitarbeiter des Kanzleramts und des Auswärtigen Amts
    kommen zusammen"). A partner of theirs would be named in the clause; the report's other
    party is none."""
    coded = [p for p in parties if p.code]
    if not coded or any(p.actor.kind != "organization" for p in coded):
        return False
    bodies = {p.actor.name for p in coded}
    return len({p.code for p in coded}) == 1 and (
        len(bodies) >= 2 or all(p.actor.sector == LEGISLATURE for p in coded))


def _by_position(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> Sides:
    speakers = _attribution(candidate, parties, lexicon)
    if not speakers:
        return _by_order(candidate, parties, lexicon)
    sides = _by_order(candidate, [p for p in parties if p not in speakers], lexicon)
    # the speaker of a trailing attribution joins the side of their own state, if any
    sides.actors += [p for p in speakers if p.code in {a.code for a in sides.actors}]
    sides.recipients += [p for p in speakers if p.code in {r.code for r in sides.recipients}
                         and p not in sides.actors]
    return sides


def _attribution(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> list[Party]:
    """The parties of an attribution that closes the sentence after the act's clause with
    its verb first ("…, sagte Baerbock", "…, teilte das Ministerium mit"): who reports the
    act, no side of it unless one of its parties."""
    text, base = candidate.sentence.text, candidate.sentence.start
    comma = text.find(",", candidate.end - base)
    while comma >= 0 and lexicon.cues["reporting"].match(text, comma + 1 + (
            len(text[comma + 1:]) - len(text[comma + 1:].lstrip()))) is None:
        comma = text.find(",", comma + 1)
    if comma < 0 or not [p for p in parties if p.end <= base + comma]:
        return []
    return [p for p in parties if p.start > base + comma]


def _by_order(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> Sides:
    if candidate.trigger.sides == "symmetric":
        return _initiative(candidate, parties, lexicon) or Sides(actors=list(parties))
    opener = _opener_parties(candidate, parties, lexicon)
    sides = _by_word_order(candidate, [p for p in parties if p not in opener], lexicon)
    if not sides.recipients:    # "Im Streit mit Russland hat die EU … verhängt": what it is on
        sides.recipients = opener
    trailing = _trailing_parties(candidate, parties, lexicon)
    named = [p for p in sides.recipients if p not in trailing]
    if named and candidate.trigger.sides == "directed":
        sides.recipients = named
    return sides


def _by_word_order(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> Sides:
    how = candidate.trigger.sides
    before = [p for p in parties if p.end <= candidate.start]
    after = [p for p in parties if p.start >= candidate.end]
    text, base = candidate.sentence.text, candidate.sentence.start
    if (close := _subordinate_close(candidate, lexicon)) is not None:
        after = [p for p in after if p.start < close]
    if (agent := _instrumental_agent(candidate, after)) is not None:
        # «Введенные Японией санкции затронули российские компании»: the participle's agent acts
        return Sides(actors=[p for p in parties if p.code == agent.code],
                     recipients=[p for p in parties if p.code != agent.code])
    auxiliary = _passive_auxiliary(candidate, lexicon)
    agents: list[Party] = []
    if auxiliary is not None:
        # the agent follows the auxiliary: after the verb ("was visited by Lavrov") or
        # before a verb-final participle ("wurde von der Regierung in Kiew gefordert")
        agents = [p for p in parties
                  if (p.start > auxiliary and _after_agent(text, p.start - base, lexicon))
                  or _opening_agent(candidate, p, auxiliary, lexicon)
                  or _owns_act_noun(candidate, p, lexicon)]
        agents += _coordinated_agents(text, base, agents, parties, lexicon)
        before = [p for p in before if p not in agents]
        after = [p for p in after if p not in agents]
        if how == "directed":
            # "Wie X mitteilte, wurden …", "…, nachdem der Botschafter einbestellt wurde"
            if text[:auxiliary - base].rstrip().endswith(",") or \
                    base < auxiliary == candidate.scope.clause[0]:
                before = [p for p in before if p.start > auxiliary] + \
                         [p for p in before if p.start < auxiliary]
            # "Germany said two Russian diplomats were expelled": who reports the agentless
            # passive is no subject of it; its subject follows the reporting verb
            reported = [base + m.end() for m in lexicon.cues["reporting"].finditer(
                text, 0, candidate.start - base)]
            if reported and any(p.start >= reported[-1] for p in before):
                before = [p for p in before if p.start >= reported[-1]] + \
                         [p for p in before if p.start < reported[-1]]
            seats = [p for p in before if not agents and _at_seat(text, p.start - base, lexicon)]
            if seats:       # «В МИД Польши был вызван посол …»: the seat named acted
                codes = {p.code for p in seats}
                return Sides(actors=seats,
                             recipients=[p for p in before + after if p.code not in codes])
            targets = [p for p in after if _after_target_word(candidate, p, lexicon)]
            aimed = [p for p in before if _after_target_word(candidate, p, lexicon)]
            if aimed and not agents and not after:
                # "Die Sanktionen der EU gegen Russland wurden verlängert": the subject's
                # target phrase is acted on; the rest of the subject owns the act
                return Sides(actors=[p for p in before if p not in aimed], recipients=aimed)
            return _passive_sides(before, after, agents, targets)
        if agents:      # "Germany was visited by Lavrov": the agent is the active subject
            before, after = agents, before + after
    elif (agent := next((p for p in before
                         if _attribute_agent(text, base, p, candidate, lexicon)), None)):
        # "die von Japan zugesagte Hilfe": the attribute's agent did the act
        return Sides(actors=[p for p in parties if p.code == agent.code],
                     recipients=[p for p in parties if p.code != agent.code])
    if before and after and how == "directed" and _reported_before(candidate, after[0], lexicon):
        # "Südkorea müsse sich entschuldigen, forderte Nordkorea": the speaker acts on the
        # parties of the reported clause before the verb
        speaker = after[0].code
        return Sides(actors=[p for p in after if p.code == speaker],
                     recipients=before + [p for p in after if p.code != speaker])
    if before and after and how in ("directed", "visit") and _titled_subject_after(
            candidate, after[0], lexicon):
        # "Seine Heimat Argentinien besucht der Papst", "Polen kritisierte der deutsche
        # Außenminister": the object stands first, the titled subject after the verb
        return Sides(actors=after[:1], recipients=before + after[1:])
    objects = [p for p in before if _object_case(text, p.start - base, lexicon)]
    if objects and after:   # «Германию посетил Лавров»: the object stands first
        before, after = [p for p in before if p not in objects] + after, objects
    elif objects and len(objects) == len(before) and how == "directed":
        # «Германской стороне указано, что … не останутся без ответа»: no subject is named;
        # the object is acted on, the acting side is the story's
        return Sides(recipients=objects)
    targets = [p for p in before if _after_target_word(candidate, p, lexicon)]
    if targets:         # verb-final: "die EU hat Sanktionen gegen … verhängt"
        before, after = [p for p in before if p not in targets], targets + after
        if not before:  # "Gegen Russland verhängte die EU …": the subject follows the verb
            return Sides(actors=[p for p in after if p not in targets], recipients=targets)
    # what is asked or charged after the comma names no side ("…, den sudanesischen
    # Staatschef zu verhaften")
    own_after = [p for p in after if "," not in text[candidate.end - base:p.start - base]]
    if how == "directed" and before and not own_after and auxiliary is None and \
            _uncoded_subject(candidate, before, lexicon):
        return Sides(recipients=before)
    if how == "directed" and before and adjunct_participle(candidate, lexicon):
        # "Niger suspended French broadcasters, accusing them of …": the clause's subject acts
        subject = before[0].code
        return Sides(actors=[p for p in before if p.code == subject],
                     recipients=[p for p in (*before, *after) if p.code != subject])
    if not after and len({p.code for p in before}) >= 2:
        return _verb_final(candidate, before, how == "host", lexicon)
    if before and after and how == "directed" and _prefield_owner(candidate, after[0], lexicon):
        # "Nach dem Verzicht Österreichs begrüßte Italien den Schritt": the adverbial's party
        # is no subject; the subject follows the verb, the adverbial's state is acted on
        sides = _inverted(candidate, after, False, lexicon)
        acting = {p.code for p in sides.actors}
        sides.recipients += [p for p in before if p.code not in acting]
        return sides
    if not before and after and (_act_prefield(candidate, lexicon) or fronted_report(
            text[:candidate.start - base], lexicon)):    # "Wie … mitteilte, behält sich Minsk"
        return _inverted(candidate, after, how == "host", lexicon)
    if not before and how == "directed" and len({p.code for p in after}) == 1 \
            and _subject_right_after(candidate, after[0], lexicon):
        # "Am Dienstag verurteilte Minsk die Strafmaßnahmen": the one party is the subject
        return Sides(actors=after)
    if not before and (len({p.code for p in after}) >= 2 or (after and how == "visit")) \
            and _adverbial_prefield(candidate, lexicon):
        # a visit's one party after an adverbial is its visitor ("Am Montag reiste der
        # armenische Außenminister nach Paris"): the host is the place's state
        return _inverted(candidate, after, how == "host", lexicon)
    if not before and after and how == "directed" and _object_prefield(candidate, lexicon):
        # «Инициативу поддержали Китай, Индия и Бразилия»: the object stands first, all
        # named after the verb are its subject
        return Sides(actors=after)
    if how == "host":
        speakers = [p for p in before if lexicon.cues["ruacts9_complementiser"].search(
            text, p.end - base, candidate.start - base) and p not in objects]
        if speakers:    # «Москва гарантирует, что эти шаги не останутся без ответа»: it answers
            return Sides(actors=speakers, recipients=[p for p in parties if p not in speakers])
        if auxiliary is not None and not agents:
            # «Лавров был принят президентом Вьетнама»: the host is the instrumental agent,
            # which no preposition marks, after the verb; the subject is the visitor
            return Sides(actors=before, recipients=after)
        return Sides(actors=after, recipients=before)
    if how == "visit" and parties and lexicon.cues["attributive_participle"].fullmatch(
            text[candidate.start - base:candidate.end - base]):
        return _participle_visit(candidate, before, after)
    if how == "visit" and candidate.trigger.form == "noun" and not before \
            and candidate.event_type == "CONSULT":
        # «в ходе визита в Китай премьер-министр Индии …», «визит президента Узбекистана»:
        # who follows a visit noun is the visitor; the host is the place, or is found later
        return Sides(actors=after)
    return Sides(actors=before, recipients=after)


def _instrumental_agent(candidate: Candidate, after: list[Party]) -> Party | None:
    """The agent of a Russian full passive participle, in the instrumental right after it
    («Введенные Японией санкции», «высланных Эстонией дипломатов»): it did the act, as the
    attribute's agent does in "die von Japan verhängten Sanktionen" (ruacts7)."""
    text, base = candidate.sentence.text, candidate.sentence.start
    if not after or text[candidate.end - base:after[0].start - base].strip():
        return None
    words = text[after[0].start - base:after[0].end - base].split()
    participle = text[candidate.start - base:candidate.end - base]
    return after[0] if words and participle_agent(participle, words[0]) else None


def reported_parties(candidate: Candidate, parties: list[Party], lexicon: Lexicon
                     ) -> list[Party]:
    """The parties of an act told in the content of a reporting verb that names the act's
    own subject ("Britain said on Monday that Russia had attacked Ukraine", cue
    ``content_report``): the speaker before the verb reports the act, it does not do it. An
    agentless passive ("said two diplomats were expelled") is the speaker's own act."""
    if candidate.trigger.form != "verb" or is_passive(candidate, lexicon):
        return parties
    text, base = candidate.sentence.text, candidate.sentence.start
    reports = [base + m.end() for m in lexicon.cues["content_report"].finditer(
        text, 0, candidate.start - base)]
    if not reports or not any(p.code and reports[-1] <= p.start < candidate.start
                              for p in parties):
        return parties
    return [p for p in parties if p.start >= reports[-1]]


def adjunct_participle(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the trigger is a present participle right after a comma that closes the clause
    before it (cue ``adjunct_participle``, English: ", accusing him of"): an adjunct with no
    subject of its own, whose subject is the subject of the clause it hangs on."""
    text, base = candidate.sentence.text, candidate.sentence.start
    end = candidate.end - base
    comma = text.rfind(",", 0, end)
    return comma >= 0 and lexicon.cues["adjunct_participle"].fullmatch(text[comma:end]) is not None


def _reported_before(candidate: Candidate, first_after: Party, lexicon: Lexicon) -> bool:
    """Whether the verb opens its clause right after a reported clause in the Konjunktiv I
    (cue ``gnad8_reported_mood``, German) and the first party after it stands where the
    subject does ("…, forderte Nordkorea am Samstag"): that party is the speaker."""
    if candidate.trigger.form != "verb" or first_after.start < candidate.end:
        return False
    text, base = candidate.sentence.text, candidate.sentence.start
    before = text[:candidate.start - base].rstrip()
    if not before.endswith(",") or lexicon.cues["subordinator"].match(before.lstrip()):
        return False
    return lexicon.cues["gnad8_reported_mood"].search(before) is not None \
        and _right_after_verb(candidate, first_after, lexicon)


def _titled_subject_after(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether the first party after the verb is a masculine title in the nominative, its
    article right before it (cue ``nominative_article``: "der Papst", "der deutsche
    Außenminister"; the dative is "dem", a feminine "der Kanzlerin" is no nominative): the
    subject of an object-first clause (issue 13)."""
    if "nominative_article" not in lexicon.cues:
        return False
    text, base = candidate.sentence.text, candidate.sentence.start
    between = text[candidate.end - base:party.start - base]
    # the party and the word after it: a state adjective's noun ("deutsche Außenminister")
    words = " ".join(text[party.start - base:].split()[:len(
        text[party.start - base:party.end - base].split()) + 1])
    refs = load_references(lexicon.language)
    return (lexicon.cues["nominative_article"].search(between) is not None
            and refs.masculine_person.search(words) is not None
            and refs.feminine_person.search(words) is None)


def _uncoded_subject(candidate: Candidate, before: list[Party], lexicon: Lexicon) -> bool:
    """Whether a subject that names no party opens the clause before the finite auxiliary
    and every party before the verb-final trigger stands after it, in the middle field ("Der
    Internationale Strafgerichtshof hatte Kenia aufgerufen"): they are its objects."""
    if "nominal_subject" not in lexicon.cues:
        return False
    text, base = candidate.sentence.text, candidate.sentence.start
    lo = max(candidate.scope.clause[0], base) - base
    first = min(p.start for p in before) - base
    auxiliary = lexicon.cues["finite_auxiliary"].search(text, lo, first)
    if auxiliary is None:
        return False
    prefield = text[lo:auxiliary.start()]
    return "," not in prefield and lexicon.cues["nominal_subject"].match(prefield.lstrip()) \
        is not None


def _subordinate_close(candidate: Candidate, lexicon: Lexicon) -> int | None:
    """Where a fronted subordinate clause whose verb the trigger is ends ("Nachdem Litauen
    Russland Spionage vorgeworfen hatte, …": the comma after its auxiliary; cue
    ``subordinator``): the parties of the main clause after it are not the act's."""
    text, base = candidate.sentence.text, candidate.sentence.start
    opening = text[:candidate.start - base]
    comma = text.find(",", candidate.end - base)
    if "," in opening or comma < 0 or lexicon.cues["subordinator"].match(
            opening.lstrip()) is None:
        return None
    between = text[candidate.end - base:comma].strip()
    finite = lexicon.cues["finite_auxiliary"].fullmatch(between) is not None
    return base + comma if not between or finite else None


def _owns_act_noun(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """A party in the genitive of the noun that makes a light verb an act ("ihm wurde der
    Protest der Bundesregierung übermittelt", "die Note des Außenministeriums"): in the
    passive, whose protest or note it is acts, whoever it was handed to (cue
    ``genitive_owner``: the noun and the genitive's first word)."""
    if not isinstance(candidate.trigger, LemmaTrigger) or not candidate.trigger.with_words:
        return False
    before = candidate.sentence.text[:party.start - candidate.sentence.start]
    owner = lexicon.cues["genitive_owner"].search(before)
    return owner is not None and owner.group(1).casefold() in candidate.trigger.with_words


def _participle_visit(candidate: Candidate, before: list[Party], after: list[Party]) -> Sides:
    """A visit told by a participle that qualifies the visitor («переговоры с прибывшим в
    Минск с визитом министром Вьетнама», «с коллегой Фиданом, находящимся в России с
    визитом»): its subject is the noun it agrees with, after it when it stands first, else
    the one before its comma; the others are the hosts."""
    text, base = candidate.sentence.text, candidate.sentence.start
    postposed = bool(before) and text[before[-1].end - base:candidate.start - base].strip() == ","
    visitor = before[-1] if postposed or not after else after[0]
    return Sides(actors=[p for p in (*before, *after) if p.code == visitor.code],
                 recipients=[p for p in (*before, *after) if p.code != visitor.code])


def _after_agent(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a passive agent's preposition ("von", "by", «со стороны») governs the party at
    ``start`` of the sentence text, over a government word ("von der Regierung in Kiew")."""
    before = text[max(0, start - SEAT_DISTANCE):start]
    seat = lexicon.cue("seat", before)
    if seat is not None:
        before = before[:seat.start()]
    return lexicon.cue("agent", before[-AGENT_DISTANCE:]) is not None


def _coordinated_agents(text: str, base: int, agents: list[Party], parties: list[Party],
                        lexicon: Lexicon) -> list[Party]:
    """The parties coordinated after a passive's agent ("von Deutschland, Frankreich und
    Großbritannien begrüßt"; cue ``conjunction``): the preposition governs the whole list, so
    they are agents too (branch desides7)."""
    out: list[Party] = []
    for party in sorted(parties, key=lambda p: p.start):
        if party in agents:
            continue
        last = max((a.end for a in (*agents, *out) if a.end <= party.start), default=None)
        if last is not None and lexicon.cues["conjunction"].fullmatch(
                text[last - base:party.start - base].strip()) is not None:
            out.append(party)
    return out


def _opening_agent(candidate: Candidate, party: Party, auxiliary: int, lexicon: Lexicon) -> bool:
    """Whether the party is in an agent phrase that opens the clause before its passive
    auxiliary ("Von der EU wurden … verhängt", "Von russischer Seite wurde … gewürdigt")."""
    text, base = candidate.sentence.text, candidate.sentence.start
    opening = text[candidate.scope.clause[0] - base:party.start - base].lstrip(" ,;:")
    return (party.start < auxiliary and "," not in opening
            and lexicon.cues["agent"].match(opening) is not None)


def _at_seat(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the state at ``start`` names the seat of a government body after a locative
    («в МИД России», "im Außenministerium Polens") or the state itself («в Польше был
    задержан»): at most one government word between, so that a phrase like «в рамках
    сотрудничества» is no seat."""
    before = text[max(0, start - SEAT_DISTANCE):start]
    places = list(lexicon.cues["locative"].finditer(before))
    if not places:
        return False
    between = before[places[-1].end():].split()
    return not between or (len(between) == 1
                           and lexicon.cues["state_head"].fullmatch(between[0]) is not None)


def _object_case(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the name at ``start`` is in an object case by its own form («Германию») or by
    its head's («Германской стороне»); an indeclinable name («Баку») has no case form."""
    case = lexicon.cues["object_case"].match(text, start)
    return case is not None and not indeclinable(case.group())


def _passive_auxiliary(candidate: Candidate, lexicon: Lexicon) -> int | None:
    """'wurde … einbestellt', 'were imposed', 'был вызван': the offset of an auxiliary
    before the verb, or None for the active voice.

    When a subordinate clause stands before the auxiliary ("Wie der EU-Rat mitteilte,
    wurden X … belegt"), the subject follows the auxiliary and the caller puts the
    parties after it first."""
    sentence = candidate.sentence
    start = threat_clause_start(candidate, lexicon)
    # "Sheikh Mohammed, who is on a visit, thanked India": an auxiliary in the inserted
    # clause the trigger's clause opens with is that clause's verb's, not the trigger's
    base = sentence.start
    close = inserted_close(sentence.text, 0, start - base, candidate.start - base)
    if close is not None:
        start = base + close + 1
    if (candidate.trigger.form != "noun" and start == sentence.start
            and lexicon.cues["passive_participle"].fullmatch(
                sentence.text[candidate.start - sentence.start:candidate.end - sentence.start])):
        # «посол вызван», «предписано покинуть»: the main clause's predicate, no auxiliary
        # (in a relative clause, «которым запрещен въезд», it restates the act it qualifies)
        return candidate.start
    # a trigger whose span holds its auxiliary ("were detained") has it before its last word
    span = sentence.text[candidate.start - sentence.start:candidate.end - sentence.start]
    if candidate.trigger.form != "noun" and lexicon.cues["progressive"].fullmatch(span.split()[-1]):
        return None         # "is planning to assist": the progressive of the active voice
    head = span[:len(span.rstrip()) - len(span.split()[-1])] if len(span.split()) > 1 else ""
    match = lexicon.cue("passive", sentence.text[start - sentence.start:
                                                 candidate.start - sentence.start] + head)
    if match is None and (_auxiliary_after(candidate, lexicon)
                          or _headline_passive(candidate, lexicon)):
        return start        # "ist … einbestellt worden": the agent may stand anywhere before
    if match is None or ((lexicon.cues["passive_present"].fullmatch(match.group())
                          or lexicon.cues["active_future"].fullmatch(match.group()))
                         and not is_finite_or_participle(sentence, candidate.start)):
        return None         # "wird … begrüßen", «будет противодействовать»: the active future
    between = sentence.text[start - sentence.start + match.end():candidate.start - sentence.start]
    if lexicon.cue("readiness", between + span):
        return None         # "is ready to take", «будет вынуждена (ответить)»: no passive
    if lexicon.cue("raised_infinitive", between):
        return None         # "is believed to have attacked", "was urged to withdraw"
    return start + match.start()


def is_passive(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the trigger is a verb in the passive voice ("wurde … aufgefordert")."""
    return candidate.trigger.form != "noun" and _passive_auxiliary(candidate, lexicon) is not None


def _auxiliary_after(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether a passive auxiliary is the word right after a verb-final participle
    ("einbestellt worden", "ausgewiesen wurden"), in a language that puts it there."""
    if not defaults(lexicon.language).auxiliary_follows_verb or candidate.trigger.form == "noun":
        return False
    sentence = candidate.sentence
    following = sentence.text[candidate.end - sentence.start:].split(maxsplit=1)
    return bool(following) and lexicon.cues["passive"].fullmatch(
        following[0].rstrip(".,;:!?")) is not None


def _headline_passive(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether a clause-final participle with a passive agent before it and no finite
    auxiliary is a headline's passive, its auxiliary left out ("Deutschland deswegen von
    EU-Kommission verklagt"): in a language whose participle closes the clause, an active
    verb there has its auxiliary ("hat … verklagt") or stands second ("verklagt Polen").
    With no agent, a headline's joined particle verb tells it (``_joined_particle_headline``)."""
    if not defaults(lexicon.language).auxiliary_follows_verb or candidate.trigger.form == "noun":
        return False
    sentence = candidate.sentence
    text, base = sentence.text, sentence.start
    before = text[candidate.scope.clause[0] - base:candidate.start - base]
    closes = not text[candidate.end - base:candidate.scope.clause[1] - base].strip(" .!?")
    return (closes and lexicon.cue("finite_auxiliary", before) is None
            and ((is_finite_or_participle(sentence, candidate.start)
                  and lexicon.cues["agent"].search(before) is not None)
                 or _joined_particle_headline(candidate, lexicon)))


def _joined_particle_headline(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A headline's clause-final participle of a particle verb, its particle joined
    ("Russischer Botschafter ins Auswärtige Amt einbestellt", "Zwei Diplomaten
    ausgewiesen"): a main clause's finite form stands second with its particle apart
    ("bestellt … ein"), so the joined form is the participle of a passive with no agent."""
    sentence = candidate.sentence
    word = sentence.text[candidate.start - sentence.start:candidate.end - sentence.start]
    return (sentence.text.rstrip()[-1:] not in HEADLINE_STOPS and " " not in word.strip()
            and lexicon.cue("depersons_joined_particle", word) is not None)


def _passive_sides(before: list[Party], after: list[Party], agents: list[Party],
                   targets: list[Party]) -> Sides:
    """Passive voice: the agent ("von X", "by X") acts on the subject; with no agent, the
    subject is acted on and the other parties named are the acting side ("Der russische
    Botschafter wurde ins Auswärtige Amt einbestellt"), the place of the act included: a
    state expels from and arrests in its own land ("aus Polen ausgewiesen", «арестован в
    Китае»). With no named subject, a party
    after a target word is acted on ("Sanktionen wurden gegen Russland verhängt") and the
    others act ("…, wie die EU mitteilte")."""
    if agents:
        return Sides(actors=agents, recipients=[p for p in before + after if p not in agents])
    if not before:
        if not targets:
            return Sides(actors=after)
        return Sides(actors=[p for p in after if p not in targets], recipients=targets)
    subject = before[0].code
    rest = [p for p in before + after if p.code != subject]
    return Sides(actors=rest, recipients=[p for p in before if p.code == subject])


def _subject_right_after(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether the party stands right after the finite verb of a verb-second clause that an
    adverbial opens, only its article and adjectives between (no capitalised noun): the
    subject's place ("Am Dienstag verurteilte Minsk …", "Zugleich kritisierte die russische
    Regierung …"), not an object's ("Am Dienstag kritisierte die Regierung Belarus";
    branch desides7)."""
    if not defaults(lexicon.language).subject_after_fronted_clause or party.start < candidate.end \
            or candidate.trigger.form != "verb" or not _adverbial_prefield(candidate, lexicon):
        return False
    return _right_after_verb(candidate, party, lexicon)


def _adverbial_prefield(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether all that stands before the verb in its clause is an adverbial ("Ein Jahr
    später", "Am Mittwoch", "In Kairo"), so that its subject follows it; a noun phrase
    there ("Ein Leitartikel forderte Obama auf") is the subject itself."""
    sentence = candidate.sentence
    prefield = sentence.text[candidate.scope.clause[0] - sentence.start:
                             candidate.start - sentence.start].strip(" ,;:–-")
    before = sentence.text[:candidate.start - sentence.start]
    return (bool(prefield) and lexicon.cues["prefield"].fullmatch(prefield) is not None) \
        or fronted_report(before, lexicon) or _fronted_subordinate(before, lexicon) \
        or object_phrase(prefield, lexicon) or (
            "desides9_comparison_prefield" in lexicon.cues
            and lexicon.cues["desides9_comparison_prefield"].fullmatch(prefield) is not None)


def object_phrase(prefield: str, lexicon: Lexicon) -> bool:
    """German: a noun phrase that its article marks as an object fills the prefield ("Den
    Vorschlag Pekings | lehnte Tokio ab", cue ``object_article``): the subject follows the
    verb. A phrase with a comma or an auxiliary in it is a clause of its own."""
    return (lexicon.cues["object_article"].match(prefield) is not None and "," not in prefield
            and lexicon.cues["finite_auxiliary"].search(prefield) is None)


def _fronted_subordinate(before: str, lexicon: Lexicon) -> bool:
    """German: a subordinate clause ("Nachdem Russland … ausgewiesen hatte,", cue
    ``subordinator``) fills the prefield right before the verb, whose subject follows it
    ("…, bestellte Polen den russischen Botschafter ein")."""
    return (defaults(lexicon.language).subject_after_fronted_clause
            and before.rstrip().endswith(",")
            and lexicon.cues["subordinator"].match(before.lstrip()) is not None)


def _prefield_owner(candidate: Candidate, first_after: Party, lexicon: Lexicon) -> bool:
    """German verb second: an adverbial fills the prefield before the finite trigger verb
    (cue ``prefield``: "Nach dem Verzicht Österreichs | begrüßte"), and the first party
    after the verb stands right after it, where the subject does ("begrüßte Italien"), and
    names a state (an official of none leaves the place before the verb the acting side: "In
    Peking forderte Außenamtssprecherin Mao Ning …")."""
    if not defaults(lexicon.language).subject_after_fronted_clause or not first_after.code \
            or candidate.trigger.form != "verb" or not _adverbial_prefield(candidate, lexicon) \
            or first_after.start < candidate.end:
        # a target before a verb-final participle ("Am Montag hat Kanada Sanktionen gegen
        # Georgien verhängt") is no party after the verb (branch desides7)
        return False
    return _right_after_verb(candidate, first_after, lexicon)


def _right_after_verb(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether only the party's article and adjectives stand between the verb and it ("begrüßte
    Italien", "forderte das Außenministerium in Seoul"): no capitalised noun, no subject
    pronoun ("kritisierte er Japan"; branch desides7)."""
    base = candidate.sentence.start
    gap = candidate.sentence.text[candidate.end - base:party.start - base]
    return all(word.islower() and lexicon.cues["subject_pronoun"].fullmatch(word) is None
               for word in gap.split())


def fronted_report(before: str, lexicon: Lexicon) -> bool:
    """German: the sentence opens with a reporting clause and its comma, no other, right
    before the verb or name at hand ("Wie das Ministerium mitteilte, forderte Moskau …",
    "Der Sprecher sagte, Berlin unterstütze …"): a new clause, whose subject follows the
    comma or, after a fronted clause, the verb."""
    before = before.rstrip()
    return (defaults(lexicon.language).subject_after_fronted_clause and before.endswith(",")
            and "," not in before[:-1] and lexicon.cue("reporting", before) is not None)


def _act_prefield(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether all before the verb in its clause is a phrase of time around an act ("Bei
    dem Treffen mit Lawrow | forderte Steinmeier …"): the one party after the verb is then
    its subject, as after any adverbial."""
    sentence = candidate.sentence
    return opens_with_act_phrase(sentence.text[candidate.scope.clause[0] - sentence.start:
                                               candidate.start - sentence.start], lexicon)


def _object_prefield(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether what stands before the verb in its clause is a noun phrase in an object case
    by its own forms («Инициативу», «Эту резолюцию»), no party's name."""
    sentence = candidate.sentence
    words = sentence.text[candidate.scope.clause[0] - sentence.start:
                          candidate.start - sentence.start].strip(" ,;:–-").split()
    return bool(words) and all(lexicon.cues["object_case"].fullmatch(w) for w in words)


def _inverted(candidate: Candidate, after: list[Party], host: bool, lexicon: Lexicon) -> Sides:
    """Nothing named before the verb ("Ein Jahr später machte der Verfassungsschutz Russland
    … aus", "Am Montag empfing Putin Lukaschenko"): the first party after it is the
    subject, the others its objects; the subject of a hosting verb is the host. A subject
    pronoun no party stands for right after the verb ("Bei ihrem Treffen verurteilten sie
    Nordkoreas Raketenstarts") is the subject of a directed act: all named are its objects,
    the acting side the one the pronoun names back (cue ``sides``)."""
    if _plural_pronoun_subject(candidate, lexicon):
        return Sides(recipients=after)
    return _subject_first(candidate, after, after, host, lexicon)


def _plural_pronoun_subject(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the trigger is a plural verb with the subject pronoun right after it (cue
    ``inverted_sides``: "Zugleich verurteilten sie …"), which names back the sides before."""
    text, base = candidate.sentence.text, candidate.sentence.start
    return candidate.trigger.sides == "directed" and lexicon.cues["inverted_sides"].match(
        text, candidate.start - base) is not None


def _verb_final(candidate: Candidate, before: list[Party], host: bool, lexicon: Lexicon) -> Sides:
    """A clause-final verb ("dass die russische Seite den Entwurf … vorstellte", "Scholz hat
    Macron in Berlin empfangen"): its subject comes first in the clause, the other parties
    are its objects; the subject of a hosting verb is the host (recipient)."""
    start = threat_clause_start(candidate, lexicon)     # a threat's clause after its condition
    in_clause = [p for p in before if p.start >= start] or before
    return _subject_first(candidate, before, in_clause, host, lexicon)


def _opener_parties(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> list[Party]:
    """The parties of an adverbial phrase that opens the act's clause before its subject
    ("Amid the dispute with Russia, the EU imposed …", «На фоне спора с Россией ЕС ввёл …»,
    "Im Streit mit Russland hat die EU … verhängt"): none of them is the subject.

    The phrase starts with a cue ``opener`` and ends at the cue ``opener_close`` (a comma,
    the German finite auxiliary); where it may end unmarked (Russian, cue matching the end),
    the subject is the last party before the verb and those coordinated with it."""
    sentence = candidate.sentence
    lo = max(candidate.scope.clause[0], sentence.start) - sentence.start
    clause = sentence.text[lo:candidate.start - sentence.start]
    # the phrase opens the clause after a dateline ("Moskau, 9. Juli (TASS). In einem …")
    dateline = find_dateline(clause) if lo == 0 else None
    if dateline is not None:
        lo += dateline.end + len(clause[dateline.end:]) - len(clause[dateline.end:].lstrip(" .–-"))
        clause = sentence.text[lo:candidate.start - sentence.start]
    before = [p for p in parties if sentence.start + lo <= p.start and p.end <= candidate.start]
    opener = lexicon.cues["opener"].match(clause)
    close = lexicon.cues["opener_close"].search(clause, opener.end()) if opener else None
    if opener is None or close is None or "," in clause[opener.end():close.start()]:
        return []
    cut = sentence.start + lo + close.start()
    if not clause[close.start():].strip() and before:     # unmarked end: the subject's chain
        cut = _last_chain(candidate, before, lexicon)
    inside = [p for p in before if p.start < cut]
    if len(inside) == 1 and _seat_of_organ(clause, opener.end(), close, inside[0],
                                           sentence.start + lo, before, lexicon):
        return []
    return inside if len(inside) < len(before) else []


def _seat_of_organ(clause: str, opened: int, close: re.Match[str], party: Party, base: int,
                   before: list[Party], lexicon: Lexicon) -> bool:
    """Whether the opening phrase is only where the subject, an organ named without its
    state, sits ("In Peking hat das Außenministerium den deutschen Botschafter einbestellt":
    China's ministry; cue ``state_head`` right after the article): its state acts. An organ
    whose own words name a state ("die Außenminister Russlands und Chinas") is that state's."""
    if clause[opened:close.start()].strip(" ,") != clause[party.start - base:party.end - base]:
        return False
    rest = clause[close.end():]
    subject = ORGAN_ARTICLE.match(rest.lstrip())
    at = len(rest) - len(rest.lstrip()) + (subject.end() if subject else 0)
    organ = lexicon.cues["state_head"].match(rest, at)
    if organ is None:
        return False
    following = re.match(r"\s*\S+", rest[organ.end():])
    end = base + close.end() + organ.end() + (following.end() if following else 0)
    return not any(base + close.end() <= p.start < end for p in before)


def _trailing_parties(candidate: Candidate, parties: list[Party], lexicon: Lexicon
                      ) -> list[Party]:
    """The parties of an adverbial phrase after the act's verb, up to a comma or the clause's
    end ("Russia criticized the United States after talks with China", «раскритиковала США
    после переговоров с Китаем»): the circumstance, not the act's target, where the act
    names one besides; a cooperative act's partner in talks is its counterpart ("Serbia backed
    down on the plates after talks with the EU"). The phrase opens with the cue ``trailing``."""
    if candidate.event_type in COOPERATIVE:
        return []
    sentence = candidate.sentence
    text, base = sentence.text, sentence.start
    hi = min(candidate.scope.clause[1], sentence.end) - base
    found: list[Party] = []
    for match in lexicon.cues["trailing"].finditer(text, candidate.end - base, hi):
        comma = text.find(",", match.end(), hi)
        end = base + (hi if comma < 0 else comma)
        found += [p for p in parties if base + match.start() <= p.start and p.end <= end]
    return found


def _last_chain(candidate: Candidate, before: list[Party], lexicon: Lexicon) -> int:
    """Where the last party before the verb starts, with those coordinated with it («Россия
    и Китай раскритиковали»): the subject of a verb that follows it."""
    text, base = candidate.sentence.text, candidate.sentence.start
    start = before[-1].start
    for later, earlier in pairwise(before[::-1]):
        if not lexicon.cues["conjunction"].fullmatch(text[earlier.end - base:later.start - base]
                                                     .strip()):
            break
        start = earlier.start
    return start


def _subject_first(candidate: Candidate, parties: list[Party], ordered: list[Party], host: bool,
                   lexicon: Lexicon) -> Sides:
    """The first of ``ordered`` and the parties coordinated with it ("Russia and China
    condemned the attacks", "dass Russland und China die USA kritisierten") are the
    subject; the other ``parties`` are its objects."""
    text, base = candidate.sentence.text, candidate.sentence.start
    subject = {ordered[0].code}
    for left, right in pairwise(ordered):
        gap = text[left.end - base:right.start - base].strip()
        if not lexicon.cues["conjunction"].fullmatch(gap):
            break       # "die russische Seite … zwischen Russland und der ASEAN": no chain
        subject.add(right.code)
    first = [p for p in parties if p.code in subject]
    rest = [p for p in parties if p.code not in subject]
    return Sides(actors=rest, recipients=first) if host else Sides(actors=first, recipients=rest)


def _after_target_word(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """Whether 'gegen', 'against', 'против' governs the party (within a short phrase) and
    is not part of a topic phrase ("the cyberattack against Ukraine", "aggression
    against …": the party is the victim the act is about, not its target), nor after a
    comma inside a topic phrase begun before it ("concern over China's actions, including
    the use of water cannon against Philippine vessels": the deed's victim)."""
    text, base = candidate.sentence.text, candidate.sentence.start
    lo = max(0, party.start - base - TARGET_DISTANCE)
    window = text[lo:party.start - base]
    target = next(reversed(list(lexicon.cues["target"].finditer(window))), None)
    if target is None:
        return False
    gap = window[target.end():]         # "sanctions on Russia", not "on cyber … during Modi's"
    if "," in gap or any(lexicon.cue(name, gap) for name in ("frame", "locative", "with",
                                                              "topic")):
        return False    # a topic phrase between: "Unterstützung für Georgien auf dem Weg in"
    if any(lexicon.cues["finite_auxiliary"].fullmatch(word) for word in gap.split()):
        return False    # the verb second ends the phrase: "Gegenüber China hat Japan …"
    at = lo + target.start()
    if any(start < base + at < end and "," in text[start - base:at]
           for start, end in candidate.scope.topics):
        return False
    own = candidate.end - base if candidate.event_type in DEED_ACTS else -1
    return not any(m.start() < at < m.end() for m in lexicon.cues["topic"].finditer(text)
                   if not _own_object(text, own, m.start()))


def _own_object(text: str, trigger_end: int, start: int) -> bool:
    """Whether a phrase starting at ``start`` is the object right after a deed's trigger
    ("flogen Luftangriffe gegen Syrien", "нанесли авиаудары по Сирии"): the deed itself,
    not one it is about; ``trigger_end`` is -1 for the acts that tell of deeds."""
    return 0 <= trigger_end <= start and len(text[trigger_end:start].split()) <= OBJECT_WORDS \
        and not any(mark in text[trigger_end:start] for mark in ",;:")


def _initiative(candidate: Candidate, parties: list[Party], lexicon: Lexicon) -> Sides | None:
    """'auf Initiative der deutschen Seite': the initiating side is the actor."""
    text, base = candidate.sentence.text, candidate.sentence.start
    match = lexicon.cue("initiative", text)
    if match is None:
        return None
    window_end = base + match.end() + 40
    initiators = [p for p in parties if base + match.end() <= p.start < window_end]
    if not initiators:
        return None
    codes = {p.code for p in initiators}
    return Sides(actors=[p for p in parties if p.code in codes],
                 recipients=[p for p in parties if p.code not in codes])


def own_meeting(candidate: Candidate, with_parties: list[tuple[Candidate, list[Party]]],
                main: list[Party]) -> bool:
    """Whether an act of the same type in the candidate's sentence names a state the report's
    main parties lack («20 октября Рыженков посетил Пекин, где встретился с … Ван И»): the
    sentence tells a meeting of its own, whose open side is that state, not the report's. Only
    for a verb: a meeting noun may name the report's meeting («Am Rande des Treffens traf er …»)."""
    codes = {p.code for p in main}
    return bool(main) and candidate.trigger.form != "noun" and any(
        other is not candidate and other.sentence is candidate.sentence
        and other.event_type == candidate.event_type
        and any(p.code and p.code not in codes for p in parties)
        for other, parties in with_parties)


def _fill(candidate: Candidate, sides: Sides, main: list[Party],
          previous: Party | None, lexicon: Lexicon) -> Sides:
    """Complete a side the sentence leaves open with the main parties (or the last subject).
    An act one side does in return (cue ``desides10_in_return``: "Ankara verpflichtete sich
    seinerseits, …") is done for the other side, whatever the trigger's sides."""
    if not main:
        if previous is not None and not sides.actors:
            sides.actors.append(previous)
        return sides
    present = sides.codes()
    missing = [p for p in main if p.code not in present]
    in_return = ("desides10_in_return" in lexicon.cues and bool(sides.actors)
                 and lexicon.cues["desides10_in_return"].search(
                     candidate.sentence.text[max(0, candidate.scope.clause[0]
                                                 - candidate.sentence.start):]) is not None)
    if (candidate.trigger.sides == "symmetric" and not in_return) or not sides.actors:
        sides.actors.extend(missing)
    elif not sides.recipients:
        sides.recipients.extend(missing)
    sides.inherited = True
    return sides


def _drop_duplicates(sides: Sides) -> None:
    """A code on both sides stays with the actors; a person is listed once."""
    actor_codes = {p.code for p in sides.actors if p.code}
    sides.recipients = [p for p in sides.recipients if p.code is None or p.code not in actor_codes]
    for side in (sides.actors, sides.recipients):
        seen: set[tuple[str, str]] = set()
        unique = []
        for party in side:
            key = (party.actor.kind, party.actor.name)
            if key not in seen:
                seen.add(key)
                unique.append(party)
        side[:] = unique


def share_with_rivals(assigned: list[tuple[Candidate, Sides]],
                      codable: Callable[[Sides], bool]) -> None:
    """A trigger whose own share of the sentence names too few sides hands its parties to
    the same-type trigger of the sentence that can stand ("прибыл в Москву, где провел
    переговоры с Лавровым": the talks' Lavrov belongs to the visit), or, when none can,
    to its neighbour ("Путин провел телефонный разговор с … Макроном")."""
    for candidate, sides in assigned:
        if codable(sides):
            continue
        group = [(c, s) for c, s in assigned if c is not candidate and c.sentence is
                 candidate.sentence and c.event_type == candidate.event_type]
        able = [(c, s) for c, s in group if codable(s)] or group[:1]
        if not able:
            continue        # the first of two half-named triggers takes both halves:
        rival, target = min(able, key=lambda pair: abs(pair[0].start - candidate.start))
        directed = candidate.trigger.sides == rival.trigger.sides == "directed"
        names = {p.actor.name for p in (*target.actors, *target.recipients)}
        codes = target.codes()
        for party in (*sides.actors, *sides.recipients):
            if TOPICAL in candidate.flags and len(codes) >= 2 and party.code not in codes:
                continue    # "held talks with Y … and discussed X's cooperation with Russia"
            if party.actor.name not in names:
                names.add(party.actor.name)
                _side_for(target, party, sides if directed else None).append(party)


def _side_for(sides: Sides, party: Party, given: Sides | None = None) -> list[Party]:
    """The side a party joins: where its code already stands, else the other side. Between
    two directed acts ("Turkish jets bombed Kurdish targets in northern Iraq": the noun
    'targets' holds Iraq) an actor of the act that hands it over fills an empty acting side."""
    if given is not None and not sides.actors and any(p is party for p in given.actors):
        return sides.actors
    if party.code in {p.code for p in sides.actors}:
        return sides.actors
    if party.code in {p.code for p in sides.recipients} or sides.recipients:
        return sides.recipients
    return sides.actors


def main_parties(candidates: list[tuple[Candidate, list[Party]]]) -> list[Party]:
    """The sides of the document's first reported meeting, else of its first joint act. A trip
    that names only where it goes ("sei er in die Türkei, nach Deutschland, Belgien … gereist")
    tells nobody who meets: its places are no pair of sides (issue 12, gnadprec6)."""
    def first(predicate: Callable[[Candidate], bool]) -> list[Party] | None:
        for candidate, parties in candidates:
            if predicate(candidate) and _names_sides(parties):
                return _one_per_code(parties)
        return None

    def is_meeting(candidate: Candidate) -> bool:
        return (candidate.event_type == "CONSULT" and not candidate.background
                and candidate.status == "occurred" and ASIDE not in candidate.flags)

    meeting = first(is_meeting) or _sentence_meeting(candidates, is_meeting)
    if meeting:
        return [replace(p, meeting=True) for p in meeting]
    return first(lambda c: not c.background) or []


def _sentence_meeting(candidates: list[tuple[Candidate, list[Party]]],
                      is_meeting: Callable[[Candidate], bool]) -> list[Party] | None:
    """The sides of a meeting whose parties its sentence shares out between two triggers
    ("На полях сессии … Лавров провел переговоры с … Джайшанкаром")."""
    by_sentence: dict[int, list[Party]] = {}
    for candidate, parties in candidates:
        if is_meeting(candidate):
            by_sentence.setdefault(candidate.sentence_index, []).extend(parties)
    for parties in by_sentence.values():
        if len({p.code for p in parties if p.code}) >= 2 and not all(p.goal for p in parties):
            return _one_per_code(parties)
    return None


def _names_sides(parties: list[Party]) -> bool:
    """Whether an act's parties can be the report's main parties: two states or an IGO, not
    all of them places the act goes to."""
    codes = {p.code for p in parties if p.code}
    return (len(codes) >= 2 or _has_igo(parties)) and not all(p.goal for p in parties)


def delegation_parties(doc: Document, lexicon: Lexicon) -> list[Party]:
    """The sides a report names only through its delegations ("Российскую делегацию
    возглавил …, индийскую – …"), for a meeting sentence that names nobody ("9 сентября
    в Нью-Дели состоялся очередной раунд консультаций"): the document's main parties
    when no act names two sides."""
    parties = []
    for sentence in doc.sentences:
        if not lexicon.cue("participation", sentence.text) or lexicon.cue("absence",
                                                                           sentence.text):
            continue
        parties += [party_of(m) for m in doc.mentions
                    if sentence.start <= m.start < sentence.end and m.actor is not None
                    and m.actor.code and is_party(m)
                    and not is_report_source(doc, m, lexicon)]
    found = _one_per_code(parties)
    own = masthead_party(doc) if len(found) == 1 and defaults(
        lexicon.language).implicit_sides else None
    if own is not None and own.code not in {p.code for p in found}:
        found.append(own)       # «Иранскую делегацию возглавлял …» on the Russian MFA's page
    return [replace(p, meeting=True) for p in found] if len(found) >= 2 else []


def masthead_party(doc: Document) -> Party | None:
    """The one state's body a page's first line names, when that line is a headline (a
    ministry's or an embassy's own page: «Министерство иностранных дел Российской
    Федерации»); a line naming two states («Посольство России в Индонезии») names none."""
    if not doc.sentences or not is_headline(doc, doc.sentences[0]):
        return None
    first = doc.sentences[0]
    bodies = [party_of(m) for m in doc.mentions
              if first.start <= m.start < first.end and m.actor is not None
              and m.actor.kind in ("organization", "state") and m.actor.country]
    return bodies[0] if len({p.code for p in bodies}) == 1 else None


def is_headline(doc: Document, sentence: Sentence) -> bool:
    """A line of its own with no closing punctuation."""
    text = sentence.text.strip()
    return (bool(text) and text[-1] not in ".!?…»\"" and ends_line(doc, sentence.end)
            and (sentence.start == 0 or _starts_line(doc, sentence.start)))


def ends_line(doc: Document, position: int) -> bool:
    """Whether only spaces stand between ``position`` and the next line break (read in
    place: headlines are tested for every sentence, so no copy of the rest of the text)."""
    return LINE_END.match(doc.text, position) is not None


def _starts_line(doc: Document, position: int) -> bool:
    newline = doc.text.rfind("\n", 0, position)
    return newline >= 0 and not doc.text[newline + 1:position].strip(" \t")


def _has_igo(parties: list[Party]) -> bool:
    return any(p.actor.kind == "igo" or (p.actor.igo and not p.actor.country) for p in parties)


def _one_per_code(parties: list[Party]) -> list[Party]:
    """One representative per code, preferring a state or IGO over a person or body."""
    best: dict[str, Party] = {}
    rank = {"state": 0, "igo": 0, "organization": 1, "group": 2, "person": 3}
    for party in parties:
        if party.code is None:
            continue
        current = best.get(party.code)
        if current is None or rank[party.actor.kind] < rank[current.actor.kind]:
            best[party.code] = party
    return list(best.values())



def conjunct_parties(candidate: Candidate, parties: list[Party], candidates: list[Candidate],
                     lexicon: Lexicon) -> list[Party]:
    """The parties of a verb coordinated with another verb of its clause, less those of the
    other conjunct ("Britain accused Moscow of hacking and sanctioned two Russians": Moscow
    is the accusation's; "condemned the strikes and called on the UN to act": the UN is the
    call's). A conjunct with no subject of its own shares the one before the clause's first
    verb; one with its own ("…, and Norway sent …") keeps only its own parties. An object
    named after the second verb is the first's too only where nothing follows the first
    ("condemned and sanctioned Russia").

    A verb trigger may be a noun here ("the missile strikes and urged"), which the coder
    cannot tell untagged: the earliest verb before the act is taken, so that such a noun
    between cuts nothing."""
    if candidate.trigger.form != "verb" or adjunct_participle(candidate, lexicon):
        return parties
    # an adjunct participle (", accusing them of") is no conjunct: its subject is the clause's
    verbs = [c for c in _clause_verbs(candidate, candidates) if not adjunct_participle(c, lexicon)]
    joined_before = [(c, joint) for c in verbs if c.end <= candidate.start and (
        joint := _coordinator(candidate, c.end, candidate.start, lexicon)) is not None]
    joined_after = [(c, joint) for c in verbs if c.start >= candidate.end and (
        joint := _coordinator(candidate, candidate.end, c.start, lexicon)) is not None]
    if joined_before:
        first, joint = joined_before[0]
        subject = _own_subject(candidate, parties, joint, candidate.start, lexicon)
        if subject and _adjacent(candidate, joint, subject[0].start, lexicon) \
                and (_adjacent(candidate, subject[-1].end, candidate.start, lexicon)
                     or _reports_act(candidate, subject[-1].end, lexicon)):
            parties = [p for p in parties if p.start >= joint]
        elif sharing(candidate, candidates, lexicon) is first:
            # the first verb's objects are not the shared subject
            parties = [p for p in parties if not first.end <= p.start < joint]
        elif candidate.trigger.sides == "directed":
            parties = [p for p in parties
                       if not (first.end <= p.start < joint and _governed(candidate, p, lexicon))]
    if joined_after:
        later, joint = joined_after[0]
        between = candidate.sentence.text[candidate.end - candidate.sentence.start:
                                          joint - candidate.sentence.start]
        own = _own_subject(candidate, parties, joint, later.start, lexicon)
        if between.strip(" ,") or (own and _adjacent(candidate, joint, own[0].start, lexicon)):
            parties = [p for p in parties if p.start < joint]
    return parties


def _reports_act(candidate: Candidate, subject_end: int, lexicon: Lexicon) -> bool:
    """Whether the conjunct's subject is followed by a reporting verb whose content clause
    holds the act ("…, and Norway said it had sent …", "…, und Norwegen erklärte, es habe
    … überwiesen"): the subject is the act's own, however many words the report adds."""
    text, base = candidate.sentence.text, candidate.sentence.start
    between = text[subject_end - base:candidate.start - base]
    return lexicon.cues["reporting"].match(between.lstrip(" ,")) is not None


def _governed(candidate: Candidate, party: Party, lexicon: Lexicon) -> bool:
    """A party the first conjunct names after a preposition ("legte bei der japanischen
    Botschaft Protest ein und forderte Tokio auf", cue ``conjunct_object``, German): the first
    verb's object, never the subject a directed second verb shares (a partner "mit" whom a
    meeting was held stays a side of what was then signed)."""
    text, base = candidate.sentence.text, candidate.sentence.start
    return lexicon.cues["conjunct_object"].search(text[:party.start - base]) is not None


def sharing(candidate: Candidate, candidates: list[Candidate], lexicon: Lexicon
            ) -> Candidate | None:
    """The first verb of the clause whose subject the candidate shares, right after a
    conjunction and with none of its own ("… und forderte", "and called on"), or None."""
    if candidate.trigger.form != "verb" or not defaults(lexicon.language).conjunct_shares_subject:
        return None
    for first in _clause_verbs(candidate, candidates):
        if first.end <= candidate.start:
            joint = _coordinator(candidate, first.end, candidate.start, lexicon)
            if joint is not None:
                return first if _adjacent(candidate, joint, candidate.start, lexicon, 0) else None
    return None


def _clause_verbs(candidate: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The verb triggers of the candidate's clause, in text order (itself included)."""
    return sorted((c for c in candidates if c.sentence is candidate.sentence
                   and c.trigger.form == "verb" and c.scope.clause == candidate.scope.clause),
                  key=lambda c: c.start)


def _coordinator(candidate: Candidate, start: int, end: int, lexicon: Lexicon) -> int | None:
    """Where the last coordinating conjunction between two verbs stands (absolute offset)."""
    base = candidate.sentence.start
    words = [m for m in re.finditer(r"\w+", candidate.sentence.text[start - base:end - base])
             if m.group().casefold() in lexicon.frames.word_class.coordinators]
    return start + words[-1].start() if words else None


def _own_subject(candidate: Candidate, parties: list[Party], start: int, end: int,
                 lexicon: Lexicon) -> list[Party]:
    """The parties in the subject's case between a conjunction and its verb."""
    text, base = candidate.sentence.text, candidate.sentence.start
    return [p for p in parties if start < p.start and p.end <= end
            and not _object_case(text, p.start - base, lexicon)]


def _adjacent(candidate: Candidate, start: int, end: int, lexicon: Lexicon,
              reach: int = CONJUNCT_WORDS) -> bool:
    """Whether at most ``CONJUNCT_WORDS`` words, besides a conjunction at ``start``, stand
    between two offsets: a conjunct in subject-verb order, not a German verb-final one whose
    objects precede its verb ("und gegen Russland Sanktionen verhängt")."""
    base = candidate.sentence.start
    words = re.findall(r"\w+", candidate.sentence.text[start - base:end - base])
    if words and words[0].casefold() in lexicon.frames.word_class.coordinators:
        words = words[1:]
    return len(words) <= reach


def supporting_actors(candidate: Candidate, sides: Sides, lexicon: Lexicon) -> None:
    """A recipient named as the backer of a directed act acts with its actor, it is not acted
    on (cue ``supporter`` right before its name: "fliegen die USA mit Unterstützung
    Großbritanniens Luftangriffe", "with the support of Britain", «при поддержке
    Великобритании»)."""
    if candidate.trigger.sides != "directed" or not sides.actors:
        return
    sentence = candidate.sentence
    backers = [p for p in sides.recipients if sentence.start <= p.start < sentence.end
               and lexicon.cue("supporter", sentence.text[max(0, p.start - sentence.start
                                                               - SUPPORTER_REACH):
                                                        p.start - sentence.start])]
    if backers:
        sides.actors += backers
        sides.recipients = [p for p in sides.recipients if p not in backers]


def host_officials(candidate: Candidate, sides: Sides, location: Location | None) -> None:
    """An official whose title names no state, met at a place in another state than the
    meeting's one other side, is that host state's ("Der Leiter der EU-Delegation traf in
    Minsk den stellvertretenden Außenminister X": Belarus'). Never where a side is of the
    host state already (the official may be anyone's), nor where two other sides meet there
    (the host's official mediates: Jordan's king at Kerry's talks with Abbas in Amman)."""
    codes = sides.codes()
    if (candidate.event_type != "CONSULT" or location is None or location.virtual
            or not location.country or len(codes) != 1 or location.country in codes):
        return
    for group in (sides.actors, sides.recipients):
        for index, party in enumerate(group):
            actor = party.actor
            if actor.kind == "person" and actor.role and not (actor.country or actor.igo):
                group[index] = replace(party, actor=replace(actor, country=location.country))
