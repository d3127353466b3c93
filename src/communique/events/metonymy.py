"""Capitals that stand for their states: "Moscow has expelled two Dutch diplomats",
"Washington on Thursday accused …", "Москва выслала …".

A wire names a government by its capital when the capital is the subject of the
act. The rule is kept narrow, since a place is far more often where something
happens: only cities of the gazetteer, only when they (joined by "and", "und",
"и" or a comma) are all that stands before the trigger in its clause, apart from
auxiliaries and dates ("Moscow has", "Washington on Thursday"), or follow a government
word in the genitive ("Die Außenminister Athens und Ankaras haben …"). A city after a
preposition ("in Moscow") or after any other word is never a party, unless the act
goes there or comes from there (a frame with ``goal: recipient``: "recalled its
ambassador from Beijing", "aus Peking zurückgerufen"): then the city's state is
acted on.

The object side mirrors it: when a state, an organ of one or a capital acts, a city
that is the act's object names the state acted on ("accused Moscow", "imposed
sanctions on Moscow", "dankte Minsk", "выразил протест Москве"): the first name after
the trigger, a few words on, with no locative, goal or source word before it (those
make it the place, "in Moscow", or a goal, handled above).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from communique.document import Document, Mention
from communique.events.anaphora import agency_subjects, member_subjects, titled_persons
from communique.events.attributes import dateline_end, dateline_place
from communique.events.candidates import Candidate, condition_end, threat_clause_start
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.participants import (
    Party,
    Sides,
    expelled_from,
    fronted_report,
    is_conflict_act,
    is_goal,
    is_party,
    is_passive,
    object_phrase,
)
from communique.gazetteer import Gazetteer, Place
from communique.model import Actor
from communique.nlp.lemmas import nominative

CONNECTOR = re.compile(r"\s*(?:,|and|und|и|&)?\s*", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\s+")     # the English possessive of a capital: "Seoul's"
GAP_WORDS = 3           # auxiliaries and adverbs between the capital and the verb; also
                        # the object noun and its preposition before an object city
                        # ("new sanctions on", "протест") — one word more cuts the clause
# words between the trigger (or its subject) and an object capital in the genitive: an
# adverb, the object noun with its preposition and article and the noun the capital owns
# and a date ("am Montag erneut Kritik an der Haltung | Budapests")
GENITIVE_GAP_WORDS = 8
HEAD_WORDS = 1          # the noun after a subject's state adjective ("Die russische Seite hat")
OBJECT_SIDES = ("directed", "symmetric")    # a visit's city is its place, the host its state
PLACE_CUES = ("locative", "goal", "source")


def capital_parties(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The states whose capitals are the subject or the object of the trigger; an object
    only after a subject: a named party, or the speaking "we" («Призываем Вашингтон …»)."""
    parties = (_subjects(doc, candidate, places) or _impersonal_seat(doc, candidate, places)
               or _organ_seat(doc, candidate, places) or _after_opener(doc, candidate, places))
    inverted = _inverted_subject(doc, candidate, places) if not parties else None
    if inverted is not None:
        parties = [inverted, *_object_prefield_owners(doc, candidate, places)]
    after: int | None = None
    lexicon = load_lexicon(doc.language or "")
    sides_end = _sides_subject_end(candidate, lexicon)
    if parties or _acting_party_before(doc, candidate) or first_person(candidate, lexicon) \
            or _pronoun_subject(candidate, lexicon) or sides_end is not None:
        after = inverted.end if inverted is not None else (
            _middle_field_start(doc, candidate, parties)
            or _inverted_middle_start(doc, candidate) or sides_end or candidate.end)
    elif (subject := _inverted_party(doc, candidate)) is not None:
        after = subject.end
    elif (pronoun := _inverted_pronoun(doc, candidate, lexicon)) is not None:
        after = pronoun
    if after is not None:
        parties += _object_cities(doc, candidate, places, after)
    return parties + _agent_cities(doc, candidate, places) + _condition_subjects(
        doc, candidate, places) + _step_owner(doc, candidate, places) + _arrest_seat(
        doc, candidate, places) + _expelling_cities(doc, candidate, places) + _fronted_targets(
        doc, candidate, places) + _between_capitals(doc, candidate, places) + _decided_in(
        doc, candidate, places)


def _decided_in(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The state of a capital in the participle attribute of a directed act's object that
    names an official decision ("verurteilt das heute in Minsk verkündete Urteil"; cues
    ``desides10_decided_before`` and ``desides10_decided_after``): the decision's maker,
    acted on. Only after the trigger, in its clause."""
    lexicon = load_lexicon(doc.language or "")
    if "desides10_decided_after" not in lexicon.cues or candidate.trigger.sides != "directed":
        return []
    parties = []
    for city in mention_index(doc).starting(candidate.end, candidate.scope.clause[1]):
        if city.actor is not None or city.label != "LOC" \
                or lexicon.cues["desides10_decided_after"].match(doc.text, city.end) is None \
                or lexicon.cues["desides10_decided_before"].search(
                    doc.text[candidate.end:city.start]) is None:
            continue
        party = _state_party(doc, city, places)
        if party is not None and party.actor.kind == "state":
            parties.append(party)
    return parties


def _between_capitals(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The states of the capitals that a symmetric act's noun names as its sides ("Gespräche
    zwischen Berlin und Warschau", "die Verhandlungen zwischen Washington und Teheran"; cue
    ``desides9_between`` right after the noun): a meeting between two cities is one between
    their governments. Only capitals, only joined by the cue ``desides9_between_joiner``, and
    only with the phrase right after the noun ("Direktflüge zwischen Minsk und Peking" names
    no act)."""
    lexicon = load_lexicon(doc.language or "")
    if "desides9_between" not in lexicon.cues or candidate.trigger.form != "noun" \
            or candidate.trigger.sides != "symmetric":
        return []
    between = lexicon.cues["desides9_between"].match(doc.text, candidate.end)
    if between is None:
        return []
    chain: list[Mention] = []
    at = between.end()
    for mention in mention_index(doc).starting(at, candidate.sentence.end):
        gap = doc.text[at:mention.start]
        if gap and not lexicon.cues["desides9_between_joiner"].fullmatch(gap):
            break
        chain.append(mention)
        at = mention.end
    cities = [m for m in chain if m.actor is None and m.label == "LOC"
              and _is_capital(places, places.place(m.normal or m.text, doc.language or ""))]
    return [p for city in cities if (p := _state_party(doc, city, places)) is not None]


def _fronted_targets(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The state of a capital right after a target word that opens the clause ("Gegen Moskau
    verhängte die EU …", "Gegenüber Peking äußerte Japan seine Besorgnis"; cue ``target``):
    what the act is aimed at, wherever the subject stands (branch desides7)."""
    lexicon = load_lexicon(doc.language or "")
    sentence = candidate.sentence
    start = max(candidate.scope.clause[0], dateline_end(doc, sentence.start, sentence.end))
    cities = [m for m in mention_index(doc).starting(start, candidate.start)
              if m.actor is None and m.label == "LOC"]
    if not cities or lexicon.cues["target"].fullmatch(
            doc.text[start:cities[0].start].strip(" ,;:–-")) is None:
        return []
    party = _state_party(doc, cities[0], places)
    return [] if party is None else [party]


def _impersonal_seat(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The government of a capital named as where an impersonal verb was said or done
    («В Москве пригрозили ответными мерами», «В Пекине осудили решение Токио»: "Moscow
    threatened"): only a capital (a seat of government, not any city), only as all that
    stands before the verb after the cue ``seat_subject`` («в», «во»), and only with a verb in
    the third person plural and no subject (cue ``impersonal_verb``) or, for a directed act,
    a short passive participle with no agent («В Минске задержан гражданин Литвы»: Minsk
    detained him; cue ``passive_participle``; «в Москве подписано соглашение» names a place)."""
    lexicon = load_lexicon(doc.language or "")
    lone = _lone_city_before(doc, candidate)
    if "seat_subject" not in lexicon.cues or candidate.trigger.form != "verb" or lone is None:
        return []
    start, city = lone
    verb = doc.text[candidate.start:candidate.end].split()[0]
    if (lexicon.cues["seat_subject"].fullmatch(doc.text[start:city.start].strip()) is None
            or not _auxiliaries_only(doc, city.end, candidate.start)
            or not (lexicon.cues["impersonal_verb"].fullmatch(verb) is not None or (
                candidate.trigger.sides == "directed"
                and lexicon.cues["passive_participle"].fullmatch(verb) is not None))):
        return []
    if not _is_capital(places, places.place(city.normal or city.text, doc.language or "")):
        return []
    party = _state_party(doc, city, places)
    return [] if party is None else [party]


def _after_opener(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """A capital in the nominative right before the verb, after a fronted adverbial phrase
    that no comma closes («После ареста российских граждан в Баку Москва вызвала посла»): the
    phrase (cue ``opener``) runs up to the subject, as Russian sets no comma there. The
    capital reads as a Russian nominative (``nlp.lemmas.nominative``; an indeclinable one
    after a preposition of the cue ``ruacts7_preposition`` is a place) and only auxiliaries
    stand before the verb (ruacts7)."""
    lexicon = load_lexicon(doc.language or "")
    sentence = candidate.sentence
    start = max(threat_clause_start(candidate, lexicon),
                dateline_end(doc, sentence.start, sentence.end))
    if lexicon.cues["opener"].match(doc.text[start:candidate.start].lstrip()) is None:
        return []
    cities = [m for m in mention_index(doc).starting(start, candidate.start)
              if m.actor is None and m.label == "LOC"]
    if not cities or not _auxiliaries_only(doc, cities[-1].end, candidate.start):
        return []
    city = cities[-1]
    before = doc.text[start:city.start].split()
    if not nominative(city.text.split()[0]) or not before \
            or lexicon.cues["ruacts7_preposition"].fullmatch(before[-1]) is not None:
        return []
    party = _state_party(doc, city, places)
    return [] if party is None else [party]


def _arrest_seat(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The state of the city where someone was arrested, told in the short passive with no
    agent after the verb («Гражданин России задержан в Варшаве», «был арестован в Тбилиси»): a
    state arrests in its own land, as «арестован в Китае» (participants._passive_sides makes
    the place's party the acting side); only a coercive act, only its verb a short passive
    participle (cue ``passive_participle``) and the city right after the cue ``seat_subject``
    («в», «во») in the clause after it (ruacts7)."""
    lexicon = load_lexicon(doc.language or "")
    if candidate.event_type != "COERCE" or candidate.trigger.form != "verb":
        return []
    verb = doc.text[candidate.start:candidate.end].split()[0]
    if lexicon.cues["passive_participle"].fullmatch(verb) is None:
        return []
    for city in mention_index(doc).starting(candidate.end, candidate.scope.clause[1]):
        if city.actor is not None or city.label != "LOC":
            continue
        words = doc.text[candidate.end:city.start].split()
        if words and lexicon.cues["seat_subject"].fullmatch(words[-1]) is not None:
            party = _state_party(doc, city, places)
            return [] if party is None else [party]
    return []


def _expelling_cities(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The state of a city people are expelled from, in the trigger's clause («назвала высылку
    российских дипломатов из Праги провокацией», «ответ на высылку из Таллина»): the state
    that expels, as ``participants.expelled_from`` reads a state's name (ruacts7)."""
    lexicon = load_lexicon(doc.language or "")
    lo, hi = candidate.scope.clause
    cities = [m for m in mention_index(doc).starting(lo, hi)
              if m.actor is None and m.label == "LOC" and expelled_from(doc, m.start, lexicon)]
    parties = [_state_party(doc, city, places) for city in cities]
    return [p for p in parties if p is not None]


def _is_capital(places: Gazetteer, place: Place | None) -> bool:
    """Whether the place is its state's capital (a seat of government, not any city)."""
    capital = places.capital(place.country) if place and place.country else None
    return capital is not None and place is not None and capital.name == place.name


def _organ_seat(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """A state's organ named by its seat as the clause's subject: by the city's adjective ("Ein
    Moskauer Gericht hat …") or after it ("Ein Revolutionsgericht in Teheran hatte …"; cue
    ``organ_seat``, German). Courts, prosecutors and police act for their state (issue 13);
    the organ and its seat are all that stands before the auxiliary or the verb, or all that
    stands after the auxiliary of an adverbial prefield (``_prefield_auxiliary``)."""
    lexicon = load_lexicon(doc.language or "")
    start = max(candidate.scope.clause[0],
                dateline_end(doc, candidate.sentence.start, candidate.sentence.end))
    inverted = _prefield_auxiliary(doc, candidate)
    if inverted is not None:    # "Am Freitag hatte das Moskauer Außenministerium … einbestellt"
        start = inverted
    start += len(doc.text[start:candidate.start]) - len(doc.text[start:candidate.start].lstrip())
    match = lexicon.cues["organ_seat"].match(doc.text, start, candidate.start)
    if match is None:
        return []
    end = match.end()
    # or as the subject the second of two coordinated verbs shares ("Das Handelsministerium in
    # Peking verurteilte … und kündigte … an"; branch desides7)
    if not (_auxiliaries_only(doc, end, candidate.start) or _verb_second(doc, end, candidate)
            or _first_conjunct(doc, end, candidate)
            or inverted is not None):
        return []
    name = match.group("city") or match.group("adjective")[:-2]
    offset = match.start("city" if match.group("city") else "adjective")
    place = places.place(name, doc.language or "")
    if place is None or place.kind != "city":
        return []
    city = Mention(offset, offset + len(name), name, "LOC", normal=name)
    party = _state_party(doc, city, places)
    return [] if party is None else [party]


def _step_owner(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The state whose capital owns the step that a ``host`` act answers, when that step is
    the clause's subject ("Washington's unfriendly actions will not go unanswered", "Die
    Schritte Berlins werden nicht unbeantwortet bleiben", «Действия Токио получат ответ»):
    the capital stands right after the noun (a genitive) or before it with "'s", a few
    words from the clause's start and from the verb; a preposition before it makes it a
    place («шаги в Москве»)."""
    lone = _lone_city_before(doc, candidate)
    if candidate.trigger.sides != "host" or lone is None:
        return []
    lexicon = load_lexicon(doc.language or "")
    start, city = lone
    before = doc.text[start:city.start]
    after = re.sub(r"^['’]s\b", "", doc.text[city.end:candidate.start])
    # an article or adjective and the step's noun, or the auxiliaries before the verb
    if _place_word_last(before, lexicon) or not all(
            _few_words(gap, GAP_WORDS + 1) for gap in (before, after)):
        return []
    party = _state_party(doc, city, places)
    return [] if party is None else [party]


def _lone_city_before(doc: Document, candidate: Candidate) -> tuple[int, Mention] | None:
    """Where the trigger's clause starts (after a dateline) and the one city named between
    there and the trigger, if a city and nothing else named stands there."""
    start = max(candidate.scope.clause[0],
                dateline_end(doc, candidate.sentence.start, candidate.sentence.end))
    named = mention_index(doc).starting(start, candidate.start)
    if len(named) != 1 or named[0].actor is not None or named[0].label != "LOC":
        return None
    return start, named[0]


def _few_words(gap: str, most: int = GAP_WORDS) -> bool:
    """At most ``most`` words, all of letters."""
    words = gap.split()
    return len(words) <= most and all(word.isalpha() for word in words)


def _place_word_last(gap: str, lexicon: Lexicon) -> bool:
    """Whether a locative, goal or source word ends the gap: what follows is a place."""
    return any(m.end() >= len(gap.rstrip()) for name in PLACE_CUES if name in lexicon.cues
               for m in lexicon.cues[name].finditer(gap + " "))


def first_person(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act's own clause has "we" before the trigger, or the trigger is a verb
    in the first person plural («Призываем»)."""
    sentence = candidate.sentence
    before = sentence.text[candidate.scope.clause[0] - sentence.start:
                           candidate.start - sentence.start]
    word = re.match(r"\w+", sentence.text[candidate.start - sentence.start:])
    return (lexicon.cue("we", before) is not None
            or (word is not None and lexicon.cues["we_verb"].fullmatch(word.group()) is not None))


def _pronoun_subject(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether a subject pronoun or a title named back (cue ``anaphor``) opens the act's
    clause («Он также обвинил Хельсинки …», "Der Minister warf Moskau vor"): it stands for a
    party named before (``participants.pronoun_parties``), after which a capital is the
    object."""
    sentence = candidate.sentence
    before = sentence.text[candidate.scope.clause[0] - sentence.start:
                           candidate.start - sentence.start]
    # a title named back is a subject too ("Der Minister kritisierte Moskau"; issue 13)
    return any(lexicon.cues[cue].match(before.lstrip()) is not None
               for cue in ("subject_pronoun", "anaphor"))


def _sides_subject_end(candidate: Candidate, lexicon: Lexicon) -> int | None:
    """Where the sides named back by their number as the clause's subject end (cue
    ``sides_counted``: "Beide Länder forderten Moskau auf", "forderten die drei Staaten Moskau
    auf"; branch desides7): opening
    the clause before the trigger (then the trigger's end) or right after it; a capital after
    it is the object. None when the clause has no such subject."""
    sentence, base = candidate.sentence, candidate.sentence.start
    lo, hi = (offset - base for offset in candidate.scope.clause)
    for match in lexicon.cues["sides_counted"].finditer(sentence.text, lo, hi):
        if base + match.end() <= candidate.start and not sentence.text[lo:match.start()].strip():
            return candidate.end
        if base + match.start() >= candidate.end \
                and not sentence.text[candidate.end - base:match.start()].strip():
            return base + match.end()
    return None


def _agent_cities(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The agent of a passive with a verb-final participle, named by its capital right after
    the agent's preposition ("Athen wurde von Brüssel aufgefordert", "war von Moskau …
    vorgeworfen worden"): the state that acted (issue 13). Only before the participle: an
    agent after the verb ("was urged by Brussels") is the other languages' word order."""
    if candidate.trigger.sides != "directed":
        return []
    lexicon = load_lexicon(doc.language or "")
    if not is_passive(candidate, lexicon):
        return []
    lo = max(candidate.scope.clause[0], candidate.sentence.start)
    agent = lexicon.cues["agent"]
    return [party for city in mention_index(doc).starting(lo, candidate.start)
            if city.end <= candidate.start and city.actor is None and city.label == "LOC"
            and any(not doc.text[lo:city.start][m.end():].strip()
                    for m in agent.finditer(doc.text[lo:city.start]))
            and (party := _state_party(doc, city, places)) is not None]


def _condition_subjects(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """A threat's condition names its target ("drohte mit Gegenmaßnahmen, falls Vilnius an
    seiner Entscheidung festhalte", "Sollte Washington daran festhalten, werde …", «Если
    Финляндия разместит базы, мы будем вынуждены …»): a capital or a state right after a
    condition word of the threat's sentence is the state threatened. Where the sentence names
    two states before the condition already ("China hat Japan mit Konsequenzen gedroht, falls
    Tokio …"), those are the threat's sides and the condition's subject names the threatened
    again: no side of its own, which would make the object an actor."""
    if candidate.event_type != "THREATEN":
        return []
    sentence = candidate.sentence
    condition = load_lexicon(doc.language or "").cues["condition"]
    parties = []
    for match in condition.finditer(sentence.text):
        start = sentence.start + match.end()
        if len(_states_before(doc, sentence.start, sentence.start + match.start())) >= 2:
            continue
        following = mention_index(doc).starting(start, sentence.end)
        if not following or doc.text[start:following[0].start].strip():
            continue
        first = following[0]
        if first.actor is None and first.label == "LOC":
            parties.append(_state_party(doc, first, places))
        elif first.actor is not None and first.actor.kind == "state":
            parties.append(Party(first.actor, first.start, first.end))  # «если Финляндия …»
    return [replace(p, goal=True) for p in parties if p is not None]


def _states_before(doc: Document, start: int, end: int) -> set[str]:
    """The codes of the states and IGOs named between ``start`` and ``end``."""
    return {m.actor.code for m in mention_index(doc).starting(start, end)
            if m.end <= end and m.actor is not None and m.actor.code
            and m.actor.kind in ("state", "igo")}


def _adverbial_prefield(doc: Document, candidate: Candidate) -> bool:
    """Whether only an adverbial of the cue ``prefield`` stands before the verb in its clause,
    so that its subject follows it (German verb-second)."""
    lexicon = load_lexicon(doc.language or "")
    sentence = candidate.sentence
    start = max(candidate.scope.clause[0], dateline_end(doc, sentence.start, sentence.end))
    prefield = doc.text[start:candidate.start].strip(" ,;:–-")
    if bool(prefield) and lexicon.cues["prefield"].fullmatch(prefield) is not None:
        return True
    return fronted_report(doc.text[sentence.start:candidate.start], lexicon) \
        or object_phrase(prefield, lexicon)


def _inverted_subject(doc: Document, candidate: Candidate, places: Gazetteer) -> Party | None:
    """German verb-second after an adverbial ("Zugleich appellierte Minsk an …", "Am Montag
    forderte Peking Manila auf"): a capital right after the verb, when only an adverbial of
    the cue ``prefield`` stands before it, is the subject."""
    verb = _prefield_auxiliary(doc, candidate)
    if verb is None:
        if not _adverbial_prefield(doc, candidate):
            return None
        verb = candidate.end
    following = mention_index(doc).starting(verb, candidate.scope.clause[1])
    if not following or doc.text[verb:following[0].start].strip():
        return None
    city = following[0]
    if city.actor is not None or city.label != "LOC":
        return None
    return _state_party(doc, city, places)


def _object_prefield_owners(doc: Document, candidate: Candidate, places: Gazetteer
                            ) -> list[Party]:
    """The capitals in the genitive of an object that fills the prefield ("Den Vorschlag
    Pekings lehnte Tokio ab"): the states whose proposal, step or demand the act is on."""
    lexicon = load_lexicon(doc.language or "")
    sentence = candidate.sentence
    start = max(candidate.scope.clause[0], dateline_end(doc, sentence.start, sentence.end))
    if not object_phrase(doc.text[start:candidate.start].strip(" ,;:–-"), lexicon):
        return []
    cities = [m for m in mention_index(doc).starting(start, candidate.start)
              if m.actor is None and m.label == "LOC" and _genitive(doc, m, places)]
    parties = [_state_party(doc, city, places) for city in cities]
    return [p for p in parties if p is not None]


def _prefield_auxiliary(doc: Document, candidate: Candidate) -> int | None:
    """German verb-second with the finite auxiliary second after an adverbial ("Am Montag hat
    Moskau Kiew … vorgeworfen", "Nach Angaben aus Kiew hat Moskau der Ukraine … gedroht"):
    where the auxiliary ends, the subject right after it; None for any other clause."""
    lexicon = load_lexicon(doc.language or "")
    sentence = candidate.sentence
    start = max(threat_clause_start(candidate, lexicon),
                dateline_end(doc, sentence.start, sentence.end))
    text = doc.text[start:candidate.start]
    auxiliary = lexicon.cues["finite_auxiliary"].search(text)
    if auxiliary is None or "," in text[auxiliary.end():]:
        return None
    prefield = text[:auxiliary.start()].strip(" ,;:–-")
    if not prefield:    # a threat's condition is the prefield: "Sollten …, werde Moskau …"
        return start + auxiliary.end() if _after_condition(candidate, lexicon) else None
    return start + auxiliary.end() if lexicon.cues["prefield"].fullmatch(prefield) else None


def _after_condition(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether a threat's main clause follows a condition that opens its sentence."""
    return candidate.event_type == "THREATEN" and condition_end(
        candidate.sentence, candidate.start, lexicon) is not None


def _inverted_party(doc: Document, candidate: Candidate) -> Mention | None:
    """A named acting side right after the verb of a verb-second clause that opens with an
    adverbial ("Am Montag forderte das russische Außenministerium Berlin auf", "Zugleich wies
    der chinesische Außenminister Washington zurecht"): the subject, after which a capital is
    the object. Only an article and a few words may stand between the verb and it."""
    if not _adverbial_prefield(doc, candidate):
        return None
    following = mention_index(doc).starting(candidate.end, candidate.scope.clause[1])
    if not following or following[0].actor is None or not is_party(following[0]):
        return None
    return following[0] if _few_words(doc.text[candidate.end:following[0].start]) else None


def _inverted_pronoun(doc: Document, candidate: Candidate, lexicon: Lexicon) -> int | None:
    """Where a subject pronoun right after the verb (or the finite auxiliary) of a
    verb-second clause that opens with an adverbial ends ("Zugleich forderte sie Bagdad auf",
    "Am Montag hat er Moskau … vorgeworfen"): it stands for a party named before
    (``anaphora.pronoun_subject``), and a capital after it is the object."""
    verb = _prefield_auxiliary(doc, candidate)
    if verb is None:
        if not _adverbial_prefield(doc, candidate):
            return None
        verb = candidate.end
    pronoun = lexicon.cues["subject_pronoun"].match(doc.text, verb + len(
        doc.text[verb:]) - len(doc.text[verb:].lstrip()))
    return None if pronoun is None else pronoun.end()


def _acting_party_before(doc: Document, candidate: Candidate) -> bool:
    return _acting_subject_end(doc, candidate) is not None


def _acting_subject_end(doc: Document, candidate: Candidate, lo: int | None = None) -> int | None:
    """Where the first acting side before the trigger in its clause (after ``lo``) ends: a
    named party, or a body named back ("Das Ministerium forderte Tiflis auf": the ministry of
    the latest report, anaphora.py); None when there is none."""
    lo = max(candidate.scope.clause[0], candidate.sentence.start, lo or 0)
    ends = [m.end for m in mention_index(doc).starting(lo, candidate.start)
            if m.actor is not None and is_party(m)]
    ends += [end for _, start, end in agency_subjects(doc, candidate) if start < candidate.start]
    # members or a person named back ("Die übrigen Mitgliedstaaten warfen Budapest vor";
    # branch desides7)
    ends += [end for _, start, end in (*member_subjects(doc, candidate),
                                       *titled_persons(doc, candidate))
             if start < candidate.start]
    return min(ends, default=None)


def _object_cities(doc: Document, candidate: Candidate, places: Gazetteer,
                   after: int) -> list[Party]:
    """The states of the cities that are the trigger's object (see the module's docstring):
    the first name after ``after`` (the trigger, or a subject that follows it) and the
    cities coordinated with it ("urged Yerevan and Baku", «призвал Ереван и Баку»)."""
    if candidate.trigger.sides not in OBJECT_SIDES:
        return []
    lexicon = load_lexicon(doc.language or "")
    # a demand's content clause opens with its addressee («настаивает на том, чтобы Хельсинки
    # пересмотрел», "fordert, dass Helsinki …"), past the demand's own clause
    reach = candidate.sentence.end if candidate.event_type == "REQUEST" \
        and "request_clause" in lexicon.cues else candidate.scope.clause[1]
    following = mention_index(doc).starting(after, reach)
    if not following or following[0].actor is not None or following[0].label != "LOC":
        return []
    city = following[0]
    gap = doc.text[after:city.start]
    asked = lexicon.cues["request_clause"].fullmatch(gap.strip()) is not None \
        if reach != candidate.scope.clause[1] else False
    if city.start >= candidate.scope.clause[1] and not asked:
        return []
    # a target preposition right before the city marks it as the addressee however far on
    # («оставляет за собой право на ответные меры в отношении Таллина», «в адрес Риги»)
    addressed = any(m.end() == len(gap.rstrip()) for m in lexicon.cues["target"].finditer(gap))
    # a locative, goal or source word makes the city a place where it governs the city, not
    # where it governs the noun the city follows as its genitive («ответить на
    # недружественные шаги Вильнюса»: Vilnius's steps)
    # a capital's genitive owns the noun the act is about however many words stand before
    # it ("hat erneut Kritik an der Haltung Budapests geübt")
    near = (_few_words(gap) or ((_genitive(doc, city, places) or _inflected_genitive(
        candidate, city, lexicon)) and _few_words(gap, GENITIVE_GAP_WORDS))) \
        and not _place_word_last(gap, lexicon)
    if not asked and ("," in gap or not (addressed or near)):
        return []
    cities = [city]
    for later in following[1:]:
        if later.actor is not None or later.label != "LOC" \
                or not CONNECTOR.fullmatch(doc.text[cities[-1].end:later.start]):
            break
        cities.append(later)
    parties = [_state_party(doc, each, places) for each in cities]
    return [p for p in parties if p is not None]


def goal_parties(doc: Document, candidate: Candidate, places: Gazetteer,
                 lexicon: Lexicon) -> list[Party]:
    """The states of the cities a directed act goes to or comes from, or an attack strikes,
    in its clause, with the cities coordinated with one ("appellierte an Eriwan und Baku")."""
    if not (candidate.trigger.goal or candidate.trigger.source or is_conflict_act(candidate)):
        return []
    lo, hi = candidate.scope.clause
    cities: list[Mention] = []
    for city in mention_index(doc).starting(lo, hi):
        if city.actor is None and city.label == "LOC" and (
                is_goal(doc, city.start, candidate, lexicon)
                or (cities and CONNECTOR.fullmatch(doc.text[cities[-1].end:city.start]))):
            cities.append(city)
    # a region is acted on too ("pulled out of Gaza", "sent troops to Donbas"), though it
    # stands for no state as a speaker would
    parties = [p for p in (_state_party(doc, city, places, regions=True) for city in cities)
               if p is not None]
    return [replace(p, goal=True) for p in parties]


def _subjects(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    sentence = candidate.sentence
    start = max(threat_clause_start(candidate, load_lexicon(doc.language or "")),
                dateline_end(doc, sentence.start, sentence.end))
    cities = [m for m in mention_index(doc).starting(start, candidate.start)
              if m.actor is None and m.label == "LOC"]
    if not cities or not (_lead_in(doc, start, cities[0].start)
                          or _office_of(doc, start, cities[0], places)):
        return []
    if _first_conjunct(doc, cities[0].end, candidate):
        party = _state_party(doc, cities[0], places)
        return [party] if party is not None else []
    for index, (left, right) in enumerate(pairwise(cities)):
        if not CONNECTOR.fullmatch(doc.text[left.end:right.start]):
            if not _verb_second(doc, left.end, candidate):
                return []
            cities = cities[:index + 1]     # the rest stand in the middle field: objects
            break
    if not (_auxiliaries_only(doc, cities[-1].end, candidate.start)
            or _verb_second(doc, cities[-1].end, candidate)
            or _possessive_organ(doc, cities[-1].end, candidate.start)):
        return []
    parties = [_state_party(doc, city, places) for city in cities]
    return [p for p in parties if p is not None] if all(parties) else []


def _possessive_organ(doc: Document, start: int, end: int) -> bool:
    """Whether the capital's possessive names an organ of its state before the verb ("Seoul's
    Unification Ministry urged …", "Beijing's foreign ministry has condemned …"; cue
    ``state_head``): the organ acts for the state the capital is the seat of."""
    possessive = POSSESSIVE.match(doc.text, start, end)
    if possessive is None:
        return False
    organ = load_lexicon(doc.language or "").cues["state_head"].match(
        doc.text, possessive.end(), end)
    return organ is not None and _auxiliaries_only(doc, organ.end(), end)


def _first_conjunct(doc: Document, start: int, candidate: Candidate) -> bool:
    """Whether the capital opens a main clause whose finite verb follows it and the trigger
    opens the next one after "und" or a bare comma (cue ``second_conjunct``): coordinated main
    clauses share their subject ("Peking wies die Vorwürfe zurück und warf Washington … vor",
    "Minsk wies die Vorwürfe zurück, drohte aber Kiew …"), so the capital is the trigger's
    subject too."""
    if candidate.trigger.form != "verb":
        return False
    cue = load_lexicon(doc.language or "").cues["second_conjunct"]
    return cue.fullmatch(doc.text[start:candidate.start].strip()) is not None


def _lead_in(doc: Document, start: int, end: int) -> bool:
    """Before the capital that is the subject: nothing, dates, or an adverbial phrase of the
    cue ``opener`` closed by ``opener_close`` ("Ahead of the visit, Kyiv had urged …", "On
    Thursday, Moscow expelled …")."""
    gap = doc.text[start:end]
    for time in doc.times:
        if start <= time.start and time.end <= end:
            gap = gap.replace(doc.text[time.start:time.end], " ")
    gap = gap.strip()
    for word in ("on", "in", "at"):     # the preposition a removed date leaves behind
        if gap.lower() in (word, f"{word} ,"):
            gap = ","
    if gap in ("", ","):
        return True
    lexicon = load_lexicon(doc.language or "")
    if fronted_report(doc.text[start:end], lexicon):    # "Der Sprecher sagte, Berlin …"
        return True
    # the epithet that names a capital's government («Официальный Ереван отверг …»)
    if lexicon.cues["ruacts7_capital_epithet"].fullmatch(gap) is not None:
        return True
    opener = lexicon.cues["opener"].match(gap)
    close = lexicon.cues["opener_close"].search(gap, opener.end()) if opener else None
    return close is not None and not gap[close.end():].strip()


def _office_of(doc: Document, start: int, city: Mention, places: Gazetteer) -> bool:
    """A government word and capitals in the genitive after it open the clause ("Die
    Außenminister Athens und Ankaras haben … vereinbart", "Die Regierung Moskaus hat …"):
    the office is the capitals' states', and they are the subject. The word is the cue
    ``state_head``, which also tells a state adjective's government head; a city's own
    offices ("Der Bürgermeister Moskaus") are none of them."""
    gap = doc.text[start:city.start].strip()
    lexicon = load_lexicon(doc.language or "")
    head = lexicon.cues["state_head"].fullmatch(gap)
    # an object's article makes the capital's noun no subject ("Den Vorschlag Pekings lehnte …")
    return head is not None and _genitive(doc, city, places) \
        and lexicon.cues["object_article"].match(gap) is None


def _genitive(doc: Document, city: Mention, places: Gazetteer) -> bool:
    """A German capital's genitive: its name and an "s" ("Athens", "Moskaus", "Kiews")."""
    name = city.text
    return (name.endswith("s") and places.place(name, doc.language or "") is not None
            and places.place(name[:-1], doc.language or "") is not None)


def _inflected_genitive(candidate: Candidate, city: Mention, lexicon: Lexicon) -> bool:
    """A capital in a case language's genitive, as ``_genitive`` is German's: its form is not
    its lemma and has a genitive ending (cue ``ruacts7_genitive_ending``: «ответ на решение
    Праги», «недружественные действия Варшавы», «шаги Вашингтона»)."""
    token = next((t for t in candidate.sentence.tokens if t.start == city.start), None)
    return token is not None and token.text.lower() != token.lemma.lower() \
        and lexicon.cues["ruacts7_genitive_ending"].fullmatch(token.text) is not None


def _auxiliaries_only(doc: Document, start: int, end: int) -> bool:
    """Between the capital and the verb: a few lower-case words and dates, nothing else."""
    gap = doc.text[start:end]
    for time in doc.times:
        if start <= time.start and time.end <= end:
            gap = gap.replace(doc.text[time.start:time.end], " ")
    words = gap.split()
    return len(words) <= GAP_WORDS and all(w.isalpha() and w.islower() for w in words)


def _verb_second(doc: Document, start: int, candidate: Candidate) -> bool:
    """German verb-second: the capital, then the finite auxiliary, then the clause up to the
    participle that ends it ("Moskau hat am Montag zwei Diplomaten ausgewiesen"), with no
    comma between. The capital is then the whole prefield; parties after the auxiliary are
    the middle field's objects."""
    gap = doc.text[start:candidate.start]
    lexicon = load_lexicon(doc.language or "")
    auxiliary = lexicon.cues["finite_auxiliary"].match(gap.lstrip()) or (
        lexicon.cues["passive"].match(gap.lstrip())
        if _passive_subject(doc, start, candidate, lexicon) else None)
    return auxiliary is not None and "," not in gap


def _passive_subject(doc: Document, start: int, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the passive's auxiliary after a capital opens the middle field of a directed
    act ("Athen wurde von Brüssel aufgefordert"): the capital is the subject acted on, unless a
    locative opens the clause ("In Kiew wurde er … empfangen": the place; issue 13)."""
    lo = max(candidate.scope.clause[0], candidate.sentence.start)
    opening = doc.text[lo:start].lstrip()
    return (candidate.trigger.sides == "directed" and is_passive(candidate, lexicon)
            and lexicon.cues["locative"].match(opening) is None)


def _middle_field_start(doc: Document, candidate: Candidate, subjects: list[Party]) -> int | None:
    """German verb-second with a finite auxiliary ("Moskau hat Helsinki … gedroht",
    "Russland habe Minsk Hilfe zugesagt"): the end of the auxiliary after the subject, where
    the middle field opens that holds the clause-final participle's objects. The subject is
    the capital found, or else the first acting party of the clause; none where an adverbial
    fills the prefield (its parties are no subject: ``_inverted_middle_start``)."""
    if not subjects and _prefield_auxiliary(doc, candidate) is not None:
        return None
    subject_end = subjects[-1].end if subjects else _acting_subject_end(doc, candidate)
    if subject_end is None:
        return None
    gap = doc.text[subject_end:candidate.start]
    auxiliary = load_lexicon(doc.language or "").cues["finite_auxiliary"].search(gap)
    if "," in gap or auxiliary is None:
        return None
    head = gap[:auxiliary.start()].split()     # the noun a state adjective qualifies
    return subject_end + auxiliary.end() if len(head) <= HEAD_WORDS and all(
        word.isalpha() for word in head) else None


def _inverted_middle_start(doc: Document, candidate: Candidate) -> int | None:
    """German verb-second with an adverbial, the finite auxiliary, then the subject ("Am
    Montag hat der Außenminister Lawrow Kiew … vorgeworfen"): where the subject ends and the
    middle field with the participle's objects opens (issue 13); None for any other clause."""
    verb = _prefield_auxiliary(doc, candidate)
    # the subject after the auxiliary, not a party of the adverbial before it ("In einem
    # Gespräch mit dem russischen Botschafter hat der belarussische Außenminister …")
    end = _acting_subject_end(doc, candidate, verb) if verb is not None else None
    return end if verb is not None and end is not None and end > verb else None


def _state_party(doc: Document, city: Mention, places: Gazetteer, regions: bool = False
                 ) -> Party | None:
    """The state a capital stands for, or the IGO a seat does ("Brüssel" → EU); with
    ``regions``, also the state of a region."""
    place = places.place(city.normal or city.text, doc.language or "")
    if place is None and _genitive(doc, city, places):     # "die Vorwürfe Moskaus"
        place = places.place(city.text[:-1], doc.language or "")
    if place is None or place.kind not in (("city", "region") if regions else ("city",)) \
            or place.country is None:
        return None
    igo = places.seat_igo(place)
    if igo is not None:
        return Party(Actor(city.text, igo.name, "igo", igo=igo.igo, sector="IGO",
                           wikidata=igo.wikidata, start=city.start, end=city.end),
                     city.start, city.end)
    state = places.state(place.country)
    if state is None:
        return None
    actor = Actor(city.text, state.name, "state", country=place.country, sector="GOV",
                  wikidata=state.wikidata, start=city.start, end=city.end)
    return Party(actor, city.start, city.end)


def dateline_seat(doc: Document, candidate: Candidate, sides: Sides, places: Gazetteer) -> None:
    """A summons or an expulsion (``seat: actor``) told in the agentless passive with no
    acting state ("Der iranische Botschafter wurde am Montag ins Außenministerium
    einbestellt") under the dateline of one capital ("Wien (APA) -") was done by that
    capital's state: a government summons envoys at its own seat, and the report was filed
    there. A dateline of two places, or of a city that is no capital, gives no one."""
    span = doc.dateline_span
    if not candidate.trigger.seat or sides.actors or not sides.recipients or span is None \
            or not doc.dateline or "/" in doc.dateline:
        return
    place = dateline_place(doc.dateline, doc.language or "", places, set())
    if place is None or not _is_capital(places, place) or place.country in sides.codes():
        return
    start, end = span.place
    party = _state_party(doc, Mention(start, end, doc.text[start:end], "LOC", normal=place.name),
                         places)
    if party is not None:
        sides.actors.append(party)


# Hostile reactions that answer another state's act: a protest, a warning, a retaliation
REACTIONS = frozenset({"ACCUSE", "THREATEN", "SANCTION"})


def answered_recipients(doc: Document, candidate: Candidate, sides: Sides,
                        places: Gazetteer) -> None:
    """A complaint, warning or retaliation that names no addressee («выразила озабоченность
    в связи с заявлениями министра обороны Польши», «намерена принять ответные меры в связи с
    решением Норвегии», «ввела ответные меры в связи с решением Вильнюса») is addressed to
    the state whose act it answers: the first state its clause names after the cue
    ``answered``, a capital included, other than the acting state and not a place («в связи с
    задержанием в Таллине»). The phrase is a topic, so its states are otherwise no sides."""
    lexicon = load_lexicon(doc.language or "")
    if (candidate.event_type not in REACTIONS or candidate.trigger.sides != "directed"
            or sides.recipients or not sides.actors or "answered" not in lexicon.cues):
        return
    lo, hi = candidate.scope.clause
    phrase = lexicon.cue("answered", doc.text[lo:hi])
    if phrase is None:
        return
    acting = {p.code for p in sides.actors}
    start = lo + phrase.end()
    for mention in mention_index(doc).starting(start, hi):
        if _after_locative(doc.text[start:mention.start], lexicon):
            continue
        party = (Party(mention.actor, mention.start, mention.end) if mention.actor is not None
                 else _state_party(doc, mention, places) if mention.label == "LOC" else None)
        if party is not None and party.code and party.code not in acting:
            sides.recipients.append(party)
            return


def _after_locative(before: str, lexicon: Lexicon) -> bool:
    """Whether ``before`` ends in a locative preposition: the name after it is a place."""
    return any(m.end() >= len(before.rstrip()) for m in lexicon.cues["locative"].finditer(before))
