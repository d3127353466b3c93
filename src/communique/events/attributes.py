"""When, where and in which forum an act happened, read from its sentence.

Each function reads one attribute from the candidate's own sentence; what a
sentence leaves open is inherited later at document level (``coder``), so an
outcome reported three sentences after a meeting shares its date and place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import islice, takewhile
from pathlib import Path

from communique.clean.dateline import find_dateline
from communique.document import Document, Sentence, TimeExpression
from communique.events.candidates import OWN_DATE_DISTANCE, Candidate, make_planned
from communique.events.lexicon import Lexicon, load_contexts
from communique.events.scopes import inserted_close
from communique.gazetteer import Gazetteer, Place
from communique.lang import data_file, load_yaml, section, words
from communique.lang.loader import data_error
from communique.model import EventDate, Forum, Location
from communique.nlp import time_role

ORDINAL_NUMBER = re.compile(r"(?<!\w)(\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b|-?(?:й|я|е|го|ой|ая|ий)\b)")
# The words after a locative read for the place: up to six ("der usbekischen Hauptstadt
# Taschkent" takes four), up to the first punctuation.
PLACE_PHRASE = re.compile(r"[\w.\-']+(?:\s+[\w.\-']+){0,5}")
# Words between a verb of saying and the place it was said in: "sagte Außenminister Radosław
# Sikorski am Dienstag in Warschau" takes six; further on, the place is no longer the saying's.
SAID_WORDS = 8
# Words before a noun for a kind of place: "the Ukrainian port city of Odesa" takes three.
KIND_WORDS = 4
# Words between the opener of an earlier event's phrase and its place: "Nach der Festnahme
# eines Deutschen in Moskau" takes four, "After the arrest of a French citizen in" five.
OCCASION_WORDS = 6
POSTED_WINDOW = 50          # characters before a locative searched for an envoy's title
# words after a locative read for a meeting it places: the place (up to two words) and
# the verb of a zu-infinitive ("in Brüssel zu treffen", "in New York to meet")
MEETING_WORDS = 4
REPORT_DISTANCE = 30        # characters between a reporting verb and the date it dates
REPORT_AFTER = 20           # … and between the date and a reporting verb after it
PLANNED_LOOKBACK = timedelta(days=31)   # a weekday or "yesterday" lies within a week of the
                                        # report; a month read back further is next year's
SEASON_SPAN = timedelta(days=92)        # the longest season: three months; a longer span is
                                        # a year or more, which no planned act is moved by
QUOTE_MARKS = frozenset("\"«»“”„")  # a quotation's end: what it dates is quoted, not reported
DATELINE_DASHES = ("–", "—", " - ")  # the newspaper dateline's dash: "Wien – UN-Generalsekretär"
INCIDENT_WORDS = 4      # "the missile strike in", "nach dem schweren Anschlag in": an
                        # incident noun with its article and two modifiers
OPENING_SENTENCES = 2   # a headline and the lead, or a lead and the sentence that goes on
                        # placing it: where a report without a dateline sets its scene
WEEK = timedelta(days=7)            # a weekday read back by the date resolver lies within a week
PRESENT_AHEAD = "present-ahead"     # the flag of an act a present-tense clause puts ahead


def dateline_end(doc: Document, start: int, end: int) -> int:
    """Where the dateline the cleaner found ends in the sentence ``start``–``end`` ("MINSK,
    23. November (BelTA) - "), or ``start`` when the sentence does not open with it."""
    span = doc.dateline_span
    if span is None or not span.opens(start, end):
        return _body_dateline_end(doc, start, end)
    return min(span.end, end)


def _body_dateline_end(doc: Document, start: int, end: int) -> int:
    """Where a dateline that opens a paragraph of the body ends ("Luxemburg – Die
    EU-Außenminister …", a second report of a digest), or follows the teaser in the
    paragraph a newspaper opens with ("Außenminister fassen Beschlüsse. Luxemburg – Die …":
    a dash ends it): the place is where the report was filed, not a side of its
    acts. ``start`` when the sentence opens with no dateline."""
    dateline = find_dateline(doc.text[start:end])
    if dateline is None:
        return start
    opens_line = doc.text[:start].rstrip(" \t")[-1:] in ("\n", "")
    if not opens_line and not any(dash in doc.text[start:start + dateline.end]
                                  for dash in DATELINE_DASHES):
        return start
    return min(start + dateline.end, end)


def event_date(time: TimeExpression) -> EventDate:
    if time.date_start is None:
        return EventDate(None, None, "unknown", time.text)
    end = time.date_end or time.date_start
    return EventDate(time.date_start.isoformat(), end.isoformat(), time.precision, time.text)


def sentence_date(doc: Document, candidate: Candidate, lexicon: Lexicon,
                  rivals: Sequence[Candidate] = ()) -> EventDate | None:
    """The date expression of the trigger's clause nearest the trigger that dates the act.

    Skipped: the dateline's date (the report's), dates inside topic phrases,
    deadlines and durations ("bis 2025",
    "seit Mai"), and the date of the report ("said Friday", "сообщили в субботу").
    A period ("vom 29.7. bis 9.8.2024") dates the act from its start. ``rivals``, the
    other acts of the sentence, keep a planned act from a past day nearer to one of them.
    """
    scope = candidate.scope
    prefix_end = dateline_end(doc, candidate.sentence.start, candidate.sentence.end)
    in_clause = [t for t in doc.times
                 if scope.in_clause(t.start) and t.start >= prefix_end
                 and time_role(t) != "open"
                 and not (_is_term(t) and not _own_term(t, candidate))
                 and not _is_report_date(doc.text, t, lexicon, candidate)
                 and not _in_inserted_clause(doc.text, candidate, t)]
    usable = [t for t in in_clause if not scope.is_topic(t.start)]
    if not usable:
        # "agreed to hold consultations on information security in Brasilia in May", "held
        # the first dialogue on cyber issues in October 2012": the act is dated at the end
        # of its topic phrase (a planned one by any date, a done one by a month or a day
        # not after the report: "talked about the meeting on 16-17 February" names a
        # coming event)
        usable = [t for t in in_clause if t.start > candidate.end
                  and (candidate.status == "planned" or _done_by(t, doc))]
    if candidate.status == "planned":
        usable = _planned_dates(usable, candidate, doc, rivals)
    if not usable:
        return None
    return event_date(min(usable, key=lambda t: _distance(t, candidate)))


def _distance(time: TimeExpression, candidate: Candidate) -> int:
    return min(abs(time.start - candidate.end), abs(candidate.start - time.end))


def _in_inserted_clause(text: str, candidate: Candidate, time: TimeExpression) -> bool:
    """"Lavrov, who arrived in Ankara on Monday, held talks with Fidan on Tuesday": a date
    in the inserted clause that opens the trigger's clause dates that clause, not the act."""
    left = candidate.scope.clause[0]
    close = inserted_close(text, candidate.sentence.start, left, candidate.start)
    return close is not None and left <= time.start and time.end <= close


def _planned_dates(times: list[TimeExpression], candidate: Candidate, doc: Document,
                   rivals: Sequence[Candidate]) -> list[TimeExpression]:
    """The dates a planned act can have, those after its trigger first (the meeting agreed
    on follows the agreement): the dates not before the report (a year-less month or season
    read back is moved ahead first); else, for a verb, the past day of the act that plans
    ("Putin on Monday invited Sisi to visit Moscow", "lud … am Montag zu einem Besuch
    ein") unless it stands nearer an act of the sentence told as done, or a past date with its
    own year (an agreement told as history: "im November 2018 vereinbart, den Dialog
    fortzusetzen"). The past day of the meeting the plan followed does not date the plan
    (spec section 3: the planned date): "по итогам состоявшихся накануне переговоров
    достигнута договорённость о проведении следующего раунда" has no date; "vereinbarten
    am Dienstag, die nächste Runde im Herbst abzuhalten" is autumn."""
    published = doc.published.date() if doc.published else None
    if PRESENT_AHEAD in candidate.flags:
        times = [_coming(t, doc) for t in times]
    ahead = [_ahead(t, doc) for t in times]
    coming = [t for t in ahead if published is None or t.date_end is None
              or t.date_end >= published]
    # a day after the report before the report's own ("kündigte am Dienstag an, im Juni …
    # zu reisen": June; Tuesday dates the announcement)
    coming = [t for t in coming if _after_report(t, published)] or coming
    kept = coming or [t for t in ahead if not t.relative or (
        candidate.trigger.form == "verb"
        and all(_distance(t, candidate) <= _distance(t, other)
                for other in rivals if other.status != "planned"))]
    return [t for t in kept if t.start >= candidate.end] or kept


def present_ahead(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether a present-tense clause names a time to come for its act, which makes the act
    planned: German tells what is ahead in the present with a time adverbial ("trifft sich
    am Montag mit Macron", "reist nächste Woche nach Peking", "Am Dienstag ist Steinmeier
    zu Besuch"), what is done in the perfect or the preterite. The time (cue
    ``time_ahead``; none in a language without the construction) must not be the report's
    own day or month ("heute", a Monday's "am Montag"), nor a report date ("teilte am
    Montag mit"); the clause is told in the present (``_present_clause``), not the
    perfect ("hat am Montag getroffen")."""
    if candidate.status != "occurred":
        return False
    lo, hi = conjunct(doc, candidate, lexicon)
    if not _present_clause(doc, candidate, (lo, hi), lexicon):
        return False
    published = doc.published.date() if doc.published else None
    return any(_time_ahead(t, published, lexicon) for t in doc.times
               if lo <= t.start < hi and not candidate.scope.is_topic(t.start)
               and not _is_report_date(doc.text, t, lexicon, candidate)
               and not _in_reporting_clause(doc.text, t, lexicon, candidate))


def _in_reporting_clause(text: str, time: TimeExpression, lexicon: Lexicon,
                         candidate: Candidate) -> bool:
    """A time in the reporting clause that follows the act's clause after a comma ("…,
    sagte Bundeskanzler Olaf Scholz am Montag"), however long its subject: it dates the
    saying, not the act, and so cannot put a present-tense act ahead."""
    comma = text.rfind(",", candidate.end, time.start)
    if comma < 0:
        return False
    clause = text[comma + 1:time.start].lstrip()
    verb = lexicon.cues["reporting"].match(clause)
    return verb is not None and not any(mark in clause[verb.end():] for mark in ",;:")


def told_past(doc: Document, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the trigger's conjunct is told in a past or perfect tense with no future cue
    ("hat vor dem am kommenden Montag beginnenden Gipfel telefoniert"): a date after the
    report there is another act's, and cannot make this one planned."""
    lo, hi = conjunct(doc, candidate, lexicon)
    text = doc.text[lo:hi]
    return bool(lexicon.cue("past_auxiliary", text) or lexicon.cue("participle", text)) \
        and lexicon.cue("future", text) is None


def conjunct(doc: Document, candidate: Candidate, lexicon: Lexicon) -> tuple[int, int]:
    """The part of the trigger's clause from the coordinator (cue ``coordinator``) right
    before a verb trigger up to the next one after it: "war am Sonntag eingetroffen und
    trifft am Dienstag Xi" holds two tenses; "haben Vertreter Russlands und der Ukraine
    verhandelt" one (a coordinator of names)."""
    lo, hi = candidate.scope.clause
    before = list(lexicon.cues["coordinator"].finditer(doc.text, lo, candidate.start))
    if before and candidate.trigger.form == "verb" \
            and not doc.text[before[-1].end():candidate.start].strip():
        lo = before[-1].end()
    after = lexicon.cues["coordinator"].search(doc.text, candidate.end, hi)
    return lo, (after.start() if after else hi)


def mark_present_ahead(doc: Document, candidates: Sequence[Candidate], lexicon: Lexicon) -> None:
    """Make planned each act a present-tense clause puts ahead (``present_ahead``); the flag
    lets its weekday, read back by the date resolver, move to the coming one."""
    for candidate in candidates:
        if present_ahead(doc, candidate, lexicon):
            make_planned(candidate)
            candidate.flags.add(PRESENT_AHEAD)


def _present_clause(doc: Document, candidate: Candidate, span: tuple[int, int],
                    lexicon: Lexicon) -> bool:
    """The trigger's conjunct ``span`` is told in the present: no future cue, no auxiliary of
    a past or perfect tense (cue ``past_auxiliary``: "hat … getroffen", "wurde empfangen") and no
    participle with "ge" (cue ``participle``: "ist eingetroffen"); a verb trigger is a present
    form of its lemma ("trifft", "kommen … zusammen", Konjunktiv I "treffe"; not "traf",
    "reiste"), a noun trigger stands with a present verb of cue ``present_frame`` ("ist … zu
    Besuch", "findet am Montag statt", "reist zu einem Besuch"). A form equal to the lemma is
    a plural only before the clause's end: at the end it is an infinitive of another verb,
    whose tense is not read ("ließ … Kampfjets aufsteigen"); a form the lemmatiser left as
    it is ("brach") is no plural unless it ends in "n"."""
    text = doc.text[span[0]:span[1]]
    if lexicon.cue("past_auxiliary", text) or lexicon.cue("participle", text) \
            or lexicon.cue("future", text):
        return False        # a past, or a future the other rules read ("wird … reisen")
    if candidate.trigger.form == "noun":
        return lexicon.cue("present_frame", text) is not None
    token = next((t for t in candidate.sentence.tokens if t.start == candidate.start), None)
    if token is None:
        return False
    word, lemma = token.text.casefold(), token.lemma.casefold()
    if word == lemma:       # a plural ends in "n" like its infinitive ("brach": no lemma found)
        return word.endswith("n") and any(c.isalnum() for c in doc.text[candidate.end:span[1]])
    return present_form(word, lemma, lexicon)


def present_form(word: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a German verb form is present tense of its lemma: the lemma itself (the plural,
    "treffen sich"), its stem with "t", "et" or "e" whose consonants are the stem's, so that
    the vowel change of strong verbs passes ("trifft", "empfängt", "lädt") and their preterite
    does not ("traf", "empfing", "hielt", "kam"; a weak preterite ends in "te"), or a form of
    cue ``present_irregular`` whose consonants change ("hält", "nimmt")."""
    if word == lemma or lexicon.cues["present_irregular"].fullmatch(word):
        return True
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    return not word.endswith(("te", "ten")) and any(
        word.endswith(ending) and _consonants(word[:-len(ending)]) == _consonants(stem)
        for ending in ("et", "t", "e"))


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouyäöü]", "", word)


def _time_ahead(time: TimeExpression, published: date | None, lexicon: Lexicon) -> bool:
    """A time of cue ``time_ahead`` that, with a publication date, is not the report's own
    day or month and lies ahead or within the week before (a weekday read back)."""
    if lexicon.cues["time_ahead"].fullmatch(time.text) is None:
        return False
    if published is None or time.date_start is None or time.date_end is None:
        return True
    if time.date_start <= published <= time.date_end:
        return False
    return time.date_end > published or (time.precision == "day" and time.relative
                                         and time.date_end >= published - WEEK)


def _after_report(time: TimeExpression, published: date | None) -> bool:
    return published is not None and time.date_start is not None and time.date_start > published


def _coming(time: TimeExpression, doc: Document) -> TimeExpression:
    """A weekday read back by the date resolver, of an act a present-tense clause puts ahead,
    is the coming one ("trifft sich am Montag" on a Friday: three days on)."""
    published = doc.published.date() if doc.published else None
    if (published is None or time.date_start is None or time.date_end is None
            or not time.relative or time.precision != "day" or time.date_end >= published
            or time.date_end < published - WEEK):
        return time
    return replace(time, date_start=time.date_start + WEEK, date_end=time.date_end + WEEK)


def _ahead(time: TimeExpression, doc: Document) -> TimeExpression:
    """A planned act's year-less month, day or season lies ahead of the report: "agreed to
    hold the next round in May" in March 2025 is May 2025, "im Herbst" autumn 2025, though
    the past-tense verb read them back. A whole year ("last year") is left as read."""
    published = doc.published.date() if doc.published else None
    if (published is None or not time.relative
            or time.date_start is None or time.date_end is None
            or time.date_end - time.date_start > SEASON_SPAN
            or time.date_end >= published - PLANNED_LOOKBACK):
        return time     # "am Montag", "yesterday": the day of the act that plans it
    try:
        return replace(time, date_start=time.date_start.replace(year=time.date_start.year + 1),
                       date_end=time.date_end.replace(year=time.date_end.year + 1))
    except ValueError:          # 29 February has no next year's
        return time


def _done_by(time: TimeExpression, doc: Document) -> bool:
    """A month or day that a done act can have: not after the report's publication; or a
    year before the publication's ("signed a civil nuclear agreement in 2008" in a 2023
    report). The publication's own year or a later one is left out: "signed a plan for
    2024" in January 2024 names the plan's year, not the signing's."""
    published = doc.published.date() if doc.published else None
    if time.date_start is None:
        return False
    if time.precision == "year":
        return published is not None and time.date_start.year < published.year
    return time.precision in ("day", "month") and (
        published is None or time.date_start <= published)


def _is_term(time: TimeExpression) -> bool:
    """Several whole years ("подписали план консультаций на 2024-2025 годы", "adopted the
    2021-2025 strategy") are a programme's term, not the date of the verb's act (they do
    date the meetings the plan names)."""
    return time.precision == "year" and time_role(time) == "period"


def _own_term(time: TimeExpression, candidate: Candidate) -> bool:
    """Whether a programme's term is the trigger's own: right after a meeting noun the plan
    names ("План консультаций на 2024-2025 годы"), not a verb's, nor a noun further back in
    the sentence ("По итогам переговоров … подписали План … на 2027-2029 годы": the talks
    were held)."""
    return candidate.trigger.form == "noun" and \
        candidate.end <= time.start <= candidate.end + OWN_DATE_DISTANCE


def _is_report_date(text: str, time: TimeExpression, lexicon: Lexicon,
                    candidate: Candidate) -> bool:
    """"announced on Monday (Aug 23)", "wie das Ministerium am Freitag mitteilte": a
    reporting verb just before the date or right after it; a ", the ministry said" after a
    comma reports the act the date belongs to ("held talks in London on Monday, officials
    said", "провели консультации во вторник, сообщили в МИД"), and so does one across a
    quotation mark ("«… договорились провести этой осенью», - сказал Лавров": the date is
    quoted). The act's own verb is no report: "Am Montag sagte die EU Hilfe zu"."""
    begin = max(0, time.start - REPORT_DISTANCE)
    for match in lexicon.cues["reporting"].finditer(text[begin:time.end + REPORT_AFTER]):
        start, end = begin + match.start(), begin + match.end()
        if start < candidate.end and candidate.start < end:
            continue
        between = text[end:time.start] if end <= time.start else text[time.end:start]
        if not QUOTE_MARKS.intersection(between) and (end <= time.start or "," not in between):
            return True
    return False


def sentence_location(doc: Document, candidate: Candidate, lexicon: Lexicon,
                      places: Gazetteer) -> Location | None:
    """'in Minsk', 'в Тегеране', 'held in New Delhi': the first known place after a locative
    in the trigger's clause; else, for a complaint, the dateline's city (``complaint_seat``)."""
    return (_locative_place(doc, candidate, lexicon, places)
            or _visited_city(doc, candidate, places)
            or complaint_seat(doc, candidate, places))


@cache
def _place_prepositions(language: str) -> frozenset[str]:
    """The prepositions before a place name of ``grammar.yaml`` ("aus Minsk", "from Minsk")."""
    path = data_file(language, "grammar.yaml")
    return frozenset(w.casefold() for w in words(
        section(load_yaml(path), "place_prepositions", path), path))


def _visited_city(doc: Document, candidate: Candidate, places: Gazetteer) -> Location | None:
    """"besuchte Moskau", "hat Minsk besucht", "visited Moscow": the city a visit verb takes
    as its object, with no preposition before it, is where the visit was (the coder then
    makes its state the host)."""
    if candidate.trigger.sides != "visit" or candidate.trigger.form == "noun":
        return None
    lo, hi = candidate.scope.clause
    language = doc.language or ""
    prepositions = _place_prepositions(language)
    for mention in doc.mentions:
        if not lo <= mention.start < hi or candidate.start <= mention.start < candidate.end:
            continue
        place = places.place(mention.text, language)
        before = doc.text[lo:mention.start].split()
        if place is not None and place.kind == "city" and not (
                before and before[-1].casefold() in prepositions):
            return Location(place.name, place.country, False)
    return None


def complaint_seat(doc: Document, candidate: Candidate, places: Gazetteer) -> Location | None:
    """An official complaint (a summons, a protest note: ACCUSE) is lodged where the
    complaining government sits: in the dateline's city, when the report's lead names that
    city's state before the act ("BERLIN, 13. März. Das Auswärtige Amt hat
    … den russischen Botschafter einbestellt", "VILNIUS (Reuters) - Lithuania's Foreign
    Ministry … summoned …"); "MOSCOW - Ukraine accused Russia …" was not lodged in Moscow."""
    span = doc.dateline_span
    sentence = candidate.sentence
    if (candidate.event_type != "ACCUSE" or candidate.status != "occurred" or span is None
            or not span.leads(sentence.start, sentence.end) or not doc.dateline):
        return None
    seat = places.place(doc.dateline.title(), doc.language or "")
    if seat is None or seat.kind != "city":
        return None
    own = any(m.actor is not None and m.actor.country == seat.country
              and span.end <= m.start < candidate.start for m in doc.mentions)
    return Location(seat.name, seat.country, False) if own else None


def said_place(doc: Document, candidate: Candidate, lexicon: Lexicon, places: Gazetteer,
               others: set[str]) -> Location | None:
    """Where an act done by announcing it, told with no place of its own, was announced: the
    city after a verb of saying in its own sentence's attribution ("…, sagte Erdoğan am Montag
    in Ankara"), in the next sentence when that reports it back ("Das teilte das
    Handelsministerium in Peking mit", "…, sagte ein Sprecher in Berlin"), or in the sentence
    before, whose speaker it goes on quoting ("…, sagte Sikorski in Warschau. Er forderte die
    EU auf …"). A recalled or planned act was not done there, and a city of a state the act is
    addressed to (``others``) is where that side answered."""
    if candidate.status != "occurred" or candidate.background:
        return None
    sentences = doc.sentences
    index = next((i for i, s in enumerate(sentences) if s is candidate.sentence), None)
    if index is None:
        return None
    told = [candidate.sentence]
    if index + 1 < len(sentences) and _reports_back(sentences[index + 1], lexicon):
        told.append(sentences[index + 1])
    if index > 0:
        told.append(sentences[index - 1])
    for sentence in told:
        place = _place_of_saying(doc, sentence, candidate, lexicon, places)
        if place is not None and place.kind == "city" and place.country not in others:
            return Location(place.name, place.country, False)
    return None


def _reports_back(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A sentence that reports the one before it: opened by a demonstrative and a verb of saying
    ("Das kündigte Sikorski an") or attributed after a comma ("…, sagte Erdoğan")."""
    return bool(lexicon.cues["report_back"].match(sentence.text)) or any(
        "," in sentence.text[:m.start()] for m in lexicon.cues["reporting"].finditer(sentence.text))


def _place_of_saying(doc: Document, sentence: Sentence, candidate: Candidate,
                     lexicon: Lexicon, places: Gazetteer) -> Place | None:
    """The known place a locative gives within ``SAID_WORDS`` after a verb of saying in
    ``sentence``, with no comma between them and no word that opens what was said
    (``said_content``: "said the strike in Kharkiv killed …"), outside an envoy's posting.
    Another sentence
    that names a place before its verb tells where its own act was ("Darauf hätten sich beide
    in Ankara geeinigt, sagte ein Sprecher in Berlin"): it gives none."""
    text, language = sentence.text, doc.language or ""
    opening = lexicon.cues["report_back"].match(text)
    verbs = [m.end() for m in lexicon.cues["reporting"].finditer(text)] + (
        [opening.end()] if opening else [])
    if not verbs or (sentence is not candidate.sentence and any(
            _place_after(doc.text, sentence.start + m.end(), sentence.end, language, places)
            for m in lexicon.cues["locative"].finditer(text, 0, min(verbs)))):
        return None
    for verb in verbs:
        for match in lexicon.cues["locative"].finditer(text, verb):
            between = text[verb:match.start()]
            if "," in between or len(between.split()) > SAID_WORDS \
                    or location_words(language).said_content.search(between):
                break
            start = sentence.start + match.end()
            if _posted(text, match, lexicon):
                continue
            place = _place_after(doc.text, start, sentence.end, language, places)
            if place is not None:
                return place
    return None


def _occasion_place(sentence: Sentence, locative: re.Match[str], candidate: Candidate,
                    lexicon: Lexicon) -> bool:
    """Whether a locative places the earlier event an act answers, named in a phrase of time or
    cause before the act's trigger ("Nach der Festnahme eines Deutschen in Moskau hat das
    Auswärtige Amt … einbestellt", "After the arrest of a French citizen in Moscow, France
    summoned …", «После задержания журналиста в Таллине МИД вызвал …»: ``occasion`` of
    ``locations.yaml``), within ``OCCASION_WORDS`` and no comma; a meeting placed there
    ("Nach dem Treffen in Brüssel …") is the act's setting."""
    text = sentence.text
    if sentence.start + locative.start() >= candidate.start or _meeting_place(
            sentence, locative, lexicon):
        return False
    for opener in location_words(lexicon.language).occasion.finditer(text, 0, locative.start()):
        between = text[opener.end():locative.start()]
        if "," not in between and len(between.split()) <= OCCASION_WORDS:
            return True
    return False


def _posted(text: str, locative: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a locative names where an envoy serves ("der Botschafter Chinas in Belarus"),
    not where the act happened."""
    return bool(lexicon.cues["posted"].search(
        text[max(0, locative.start() - POSTED_WINDOW):locative.start()]))


def _locative_place(doc: Document, candidate: Candidate, lexicon: Lexicon,
                    places: Gazetteer) -> Location | None:
    sentence, scope = candidate.sentence, candidate.scope
    language = doc.language or ""
    planned = candidate.status == "planned"
    matches = list(lexicon.cues["locative"].finditer(sentence.text))
    if planned:         # "welcomed the dialogue held in Tokyo and decided to meet in Delhi"
        matches.sort(key=lambda m: sentence.start + m.start() < candidate.end)
    state: Location | None = None
    for match in matches:
        start = sentence.start + match.end()
        in_topic = scope.is_topic(start)
        if not scope.in_clause(start) or (in_topic and not (planned and start > candidate.end)) \
                or _posted(sentence.text, match, lexicon) \
                or _occasion_place(sentence, match, candidate, lexicon):
            continue        # "der Botschafter Chinas in Belarus": where he serves
        place = _place_after(doc.text, start, sentence.end, language, places)
        # a planned meeting's city ends its topic ("consultations on … in Brasilia"); a
        # state there is still the topic's ("the situation in Afghanistan"); a region is the
        # scene of what an act is about ("civilians in Gaza", "cooperation in Central Asia"),
        # the venue of a meeting at most ("the G20 summit in Bali")
        if place is not None and (not in_topic or place.kind == "city") and not (
                place.kind == "region" and candidate.event_type != "CONSULT"):
            if place.kind != "state":
                return venue(place, candidate.event_type, candidate.status, places)
            # a city the clause names later is the more exact place ("war in den USA
            # eingetroffen, zunächst führte er in Seattle Gespräche")
            state = state or venue(place, candidate.event_type, candidate.status, places)
    return state


def scene_states(doc: Document, candidate: Candidate, lexicon: Lexicon,
                 places: Gazetteer) -> set[str]:
    """The states of the places after a locative in the trigger's own clause, outside its
    topics, an envoy's posting and a meeting ("900 Einsätze in Syrien geflogen", "in Wien
    verhaftet"): where the act was done, a state named as a place included, which ``venue``
    leaves out as no meeting's seat. A meeting word next to the place places that meeting
    ("ahead of the NATO summit in Washington", "sich in Brüssel zu treffen")."""
    sentence, scope = candidate.sentence, candidate.scope
    found = set()
    for match in lexicon.cues["locative"].finditer(sentence.text):
        start = sentence.start + match.end()
        if not scope.in_clause(start) or scope.is_topic(start) or lexicon.cues["posted"].search(
                sentence.text[max(0, match.start() - POSTED_WINDOW):match.start()]):
            continue
        place = _place_after(doc.text, start, sentence.end, doc.language or "", places)
        if place is not None and place.country and not _meeting_place(sentence, match, lexicon):
            found.add(place.country)
    return found


def _meeting_place(sentence: Sentence, locative: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a meeting word stands right before the locative or within the words after it."""
    before = " ".join(sentence.text[:locative.start()].split()[-1:])
    after = " ".join(sentence.text[locative.end():].split()[:MEETING_WORDS])
    return bool(lexicon.meeting.search(before) or lexicon.meeting.search(after))


def _place_after(text: str, start: int, end: int, language: str,
                 places: Gazetteer) -> Place | None:
    """The known place a locative ending at ``start`` introduces."""
    phrase = PLACE_PHRASE.match(text, start, end)
    if not phrase:
        return None
    tokens = phrase.group(0).split()
    return (_seat_city(tokens, language, places)
            or _adjective_city(tokens, language, places)
            or _capital_phrase(tokens, language, places)
            or _longest_place(" ".join(tokens[:3]), language, places)
            or _kind_place(tokens, language, places))


def _kind_place(tokens: list[str], language: str, places: Gazetteer) -> Place | None:
    """"in der Exklave Kaliningrad", "in the Urals city of Yekaterinburg", "в городе Гродно":
    a noun for a kind of place (``place_nouns`` of ``locations.yaml``, matched at a word's
    end: "Hafenstadt"), with up to ``KIND_WORDS`` words before it, and the name after it
    (after "of" in English)."""
    known = location_words(language)
    at = next((i for i, word in enumerate(tokens[:KIND_WORDS])
               if known.place_nouns and word.casefold().rstrip(".,").endswith(known.place_nouns)),
              None)
    if at is None:
        return None
    rest = tokens[at + 1:]
    if rest and rest[0].casefold() in known.place_joiners:
        rest = rest[1:]
    return _longest_place(" ".join(rest[:3]), language, places)


def _seat_city(tokens: list[str], language: str, places: Gazetteer) -> Place | None:
    """"im Kanzleramt", "im Kreml": a government's building (``seats`` of
    ``locations.yaml``) stands for the city it stands in."""
    phrase = " ".join(tokens).casefold()
    seats = location_words(language).seats
    city = next((seats[name] for name in seats
                 if phrase == name or phrase.startswith(name + " ")
                 or phrase.startswith(name + ",") or phrase.startswith(name + ".")), None)
    return places.place(city, language) if city else None


def _adjective_city(tokens: list[str], language: str, places: Gazetteer) -> Place | None:
    """"im Berliner Kanzleramt", "im Moskauer Kreml", "im Wiener Hotel Imperial": a city's
    adjective (``city_adjective_suffixes`` of ``locations.yaml``) before a building (a
    ``seats`` name or a word ending in a ``venue_nouns`` word, bare or genitive: "am Rande
    der Münchner Sicherheitskonferenz", "des Brüsseler Gipfels") names the city it stands
    in; before any other noun it names no place ("in der Berliner Zeitung")."""
    known = location_words(language)
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return None
    building = tokens[1].rstrip(".,;:").casefold()
    if not (building.endswith(known.venue_nouns)
            or building.removesuffix("s").endswith(known.venue_nouns)
            or _seat_city(tokens[1:], language, places)):
        return None
    for suffix, restored in known.city_adjective_suffixes:
        if tokens[0].endswith(suffix):
            city = places.place(tokens[0][:-len(suffix)] + restored, language)
            if city is not None and city.kind == "city":
                return city
    return None


def lead_place(doc: Document, until: int, lexicon: Lexicon, places: Gazetteer) -> Place | None:
    """Where the report's lead sets its meeting when the meeting's own sentence does not say:
    the first place after a locative in a sentence up to ``until`` whose ``scene`` words
    (``locations.yaml``) set a visit or a meeting ("hält sich zu einem Besuch in Moskau
    auf. Er traf …", "arrived in Hanoi on an official visit. He held talks …", "прибыл с
    визитом в Ташкент. Он провел переговоры …")."""
    scene = location_words(doc.language or "").scene
    return next((place for sentence in takewhile(lambda s: s.start < until, doc.sentences)
                 if scene.search(sentence.text)
                 for _, place in _locative_places(doc, sentence, lexicon, places)), None)


def opening_city(doc: Document, lexicon: Lexicon, places: Gazetteer) -> Place | None:
    """The first city after a locative in the report's opening (``OPENING_SENTENCES``: its
    headline and lead), outside an envoy's posting and an attack's scene: where the report
    sets what it tells ("Kanzler Scholz in Peking", "In Berlin hat die Bundesregierung …")."""
    return next((place for sentence in doc.sentences[:OPENING_SENTENCES]
                 for match, place in _locative_places(doc, sentence, lexicon, places)
                 if place.kind == "city"
                 and not _incident_place(sentence.text, match, lexicon)), None)


def _locative_places(doc: Document, sentence: Sentence, lexicon: Lexicon,
                     places: Gazetteer) -> Iterator[tuple[re.Match[str], Place]]:
    """Each locative of ``sentence`` outside an envoy's posting, with the known place after
    it."""
    for match in lexicon.cues["locative"].finditer(sentence.text):
        if _posted(sentence.text, match, lexicon):
            continue
        place = _place_after(doc.text, sentence.start + match.end(), sentence.end,
                             doc.language or "", places)
        if place is not None:
            yield match, place


def _incident_place(text: str, locative: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a locative places an attack or a strike named right before it ("said the
    missile strike in Kharkiv killed …", "nach dem Anschlag in Moskau"): the scene of the
    news, not of who speaks about it."""
    before = " ".join(text[:locative.start()].split()[-INCIDENT_WORDS:])
    return bool(lexicon.cues["incident"].search(before))


def dateline_place(dateline: str, language: str, places: Gazetteer,
                   codes: set[str]) -> Place | None:
    """The city a dateline names. A report filed from two ("Moskau/Kiew (APA/dpa) -",
    "Jerusalem/Ramallah -") gives the first whose state takes part in the act, else
    the first it knows."""
    known = [place for place in (places.place(part.strip().title(), language)
                                 for part in dateline.split("/")) if place is not None]
    return next((p for p in known if p.country in codes), known[0] if known else None)


def _capital_phrase(tokens: list[str], language: str, places: Gazetteer) -> Place | None:
    """"in der usbekischen Hauptstadt Taschkent", "in the Uzbek capital of Tashkent", "в
    столице Узбекистана Ташкенте": the city after the capital noun; with none, the capital
    of the state an adjective before it or a name after it gives ("in the French capital")."""
    nouns = location_words(language).capital_nouns
    at = next((i for i, word in enumerate(tokens) if word.casefold().rstrip(".") in nouns),
              None)
    if at is None:
        return None
    after = [_longest_place(" ".join(tokens[i:i + 3]), language, places)
             for i in range(at + 1, len(tokens))]
    city = next((p for p in after if p is not None and p.kind == "city"), None)
    if city is not None:
        return city
    states = [places.country_of_adjective(word, language) for word in tokens[:at]]
    states += [p.country for p in after[:2] if p is not None and p.kind == "state"]
    state = next((code for code in states if code), None)
    return places.capital(state) if state else None


def venue(place: Place, event_type: str, status: str, places: Gazetteer) -> Location | None:
    """Where an act named with a place happened. A state is no venue: a meeting held there
    ("visit to Vietnam", "talks in Uzbekistan") sat in its capital, where the host receives;
    a planned act keeps the state it names ("to meet in Russia"); any other act a state
    follows names its topic or scene ("exercises in Belarus"), not where it was done."""
    if place.kind != "state":
        return Location(place.name, place.country, False)
    if status == "planned":
        return Location(place.name, place.country, False)
    capital = places.capital(place.country) if place.country else None
    if event_type != "CONSULT" or capital is None:
        return None
    return Location(capital.name, capital.country, False)


@dataclass(frozen=True)
class LocationWords:
    """What ``lang/<language>/locations.yaml`` says about where acts take place."""

    capital_nouns: frozenset[str]
    scene: re.Pattern[str]
    seats: dict[str, str]       # a building's name, case-folded → the city it stands in
    venue_nouns: tuple[str, ...] = ()           # case-folded: "kanzleramt", "hotel"
    # an adjective's ending → what restores the city's name: ("ner", "en"): "Münchner"
    city_adjective_suffixes: tuple[tuple[str, str], ...] = ()
    place_nouns: tuple[str, ...] = ()       # case-folded: "exklave", "city", "городе"
    place_joiners: frozenset[str] = frozenset()    # "of": "the city of Odesa"
    occasion: re.Pattern[str] = re.compile("(?!)")  # "nach der …": an earlier event's phrase
    said_content: re.Pattern[str] = re.compile("(?!)")  # "said the …": what was said begins


@cache
def location_words(language: str) -> LocationWords:
    path = data_file(language, "locations.yaml")
    data = load_yaml(path)
    nouns = words(section(data, "capital_nouns", path, required=True), path)
    pattern = _pattern(section(data, "scene", path, str, required=True), path, "scene")
    seats = section(data, "seats", path, dict)
    venues = section(data, "venue_nouns", path)
    suffixes = section(data, "city_adjective_suffixes", path, dict)
    adjectives = tuple(zip(words(suffixes, path), words(suffixes.values(), path), strict=True))
    kinds = section(data, "place_nouns", path)
    joiners = section(data, "place_joiners", path)
    occasion = section(data, "occasion", path, str) or "(?!)"
    said_content = section(data, "said_content", path, str) or "(?!)"
    return LocationWords(frozenset(w.casefold() for w in nouns), pattern,
                         {str(name).casefold(): str(city) for name, city in seats.items()},
                         tuple(w.casefold() for w in words(venues, path)),
                         adjectives,
                         tuple(w.casefold() for w in words(kinds, path)),
                         frozenset(w.casefold() for w in words(joiners, path)),
                         _pattern(occasion, path, "occasion"),
                         _pattern(said_content, path, "said_content"))


def _pattern(regex: str, path: Path, entry: str) -> re.Pattern[str]:
    """A regular expression of ``locations.yaml``, matched case-insensitively."""
    try:
        return re.compile(regex, re.IGNORECASE)
    except re.error as error:
        raise data_error(path, entry, f"is no regular expression ({error})",
                         "correct the pattern") from error


def _longest_place(words: str, language: str, places: Gazetteer) -> Place | None:
    tokens = words.split()
    for size in range(len(tokens), 0, -1):
        candidate = " ".join(tokens[:size]).rstrip(".,")
        if candidate[:1].isupper():
            place = places.place(candidate, language)
            if place is not None:
                return place
    return None


def contexts_of(language: str, event_type: str, evidence: str, document_contexts: set[str],
                inherited: frozenset[str] = frozenset()) -> list[str]:
    """PLOVER contexts: the type's base context, the document's dominant topics that the
    evidence names (a passing mention of crime in a cyber dialogue is not a context), and
    the topics of the meeting an outcome was reported with (``inherited``)."""
    base, rules = load_contexts(language)
    topical = {rule.name for rule in rules}
    found = {name for name, types in base.items() if event_type in types}
    found.update(inherited & topical)
    found.update(rule.name for rule in rules
                 if rule.name in document_contexts and rule.pattern.search(evidence))
    return sorted(found)


def document_contexts(language: str, text: str) -> set[str]:
    """Contexts whose words dominate the whole document (counted up to the threshold)."""
    _, rules = load_contexts(language)
    return {rule.name for rule in rules
            if len(list(islice(rule.pattern.finditer(text), rule.document_min)))
            >= rule.document_min}


@dataclass(frozen=True)
class ForumLexicon:
    mechanisms: tuple[tuple[str, re.Pattern[str]], ...]
    ordinals: tuple[tuple[str, int], ...]
    nouns_capitalised: bool = False
    linking_words: frozenset[str] = frozenset()
    breaking_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()


@cache
def load_forums(language: str) -> ForumLexicon:
    path = data_file(language, "event_forums.yaml")
    data = load_yaml(path)
    mechanisms = tuple((kind, re.compile(r"(?<!\w)(?:" + pattern + ")", re.IGNORECASE))
                       for kind, pattern in data["mechanisms"].items())
    ordinals = tuple(sorted(((w.casefold(), n) for w, n in data["ordinals"].items()),
                            key=lambda item: -len(item[0])))
    return ForumLexicon(mechanisms, ordinals, bool(data.get("nouns_capitalised", False)),
                        frozenset(w.casefold() for w in data.get("linking_words", [])),
                        frozenset(w.casefold() for w in data.get("breaking_words", [])),
                        frozenset(w.casefold() for w in data.get("place_prepositions", [])))


def forum_of(candidates: list[Candidate], language: str, codes: set[str],
             contexts: list[str], times: list[TimeExpression],
             persons: list[tuple[int, int]]) -> Forum | None:
    """The named mechanism of a meeting, its language-neutral id and session number.

    The id (``ASEAN+RUS:dialogue:cyber``) is the same in every language, so
    that the sessions of one mechanism can be tied into a series. ``persons`` are
    the spans of person mentions with their titles: a body in a title ("secretary
    of the Security Council") is no forum, and a name ends where a person begins.
    """
    lexicon = load_forums(language)
    for candidate in candidates:
        text, base = candidate.sentence.text, candidate.sentence.start
        for kind, pattern in lexicon.mechanisms:
            match = next((m for m in pattern.finditer(text)
                          if _own_mechanism(candidate, base + m.start(), persons)), None)
            if match is None:
                continue
            cuts = [offset - base for offset in (*(t.start for t in times),
                                                 *(start for start, _ in persons))
                    if offset - base >= match.end()]
            name = _phrase(text, match.start(), match.end(), min(cuts, default=len(text)),
                           lexicon)
            topic = "cyber" if "cyber" in contexts else None
            forum_id = ":".join(part for part in ("+".join(sorted(codes)), kind, topic) if part)
            return Forum(name, forum_id or None, _session(text, match.start(), lexicon))
    return None


def _own_mechanism(candidate: Candidate, position: int, persons: list[tuple[int, int]]
                   ) -> bool:
    """A mechanism named in the trigger's clause, outside its topics and titles: "discussed
    preparations for the next session of the Council" names no forum of this meeting."""
    scope = candidate.scope
    return (scope.in_clause(position) and not scope.is_topic(position)
            and not any(start <= position < end for start, end in persons))


def _phrase(text: str, start: int, end: int, limit: int, lexicon: ForumLexicon) -> str:
    """The mechanism noun with its modifiers: back over adjectives, on to the next stop
    (punctuation, a date, ``limit``, or in German a lower-case word that qualifies no
    noun: "… über internationale Informationssicherheit teilzunehmen"). The phrase is a
    slice of the text, so "BRICS-Gipfeltreffens" stays one word."""
    left = start
    for word in reversed(list(re.finditer(r"\S+", text[:start]))[-4:]):
        bare = word.group(0).strip("«»\"'„“")
        if not bare or bare[-1] in ",.;:" or _ordinal_value(bare) or not _modifier(bare):
            break
        left = word.start()
    stop = re.search(r"[,;.()«»\"“”]|\s[-–]\s", text[end:limit])
    tail_end = end + stop.start() if stop else min(limit, end + 80)
    tail = list(re.finditer(r"\S+", text[end:tail_end]))[:10]
    kept = _name_words([w.group(0) for w in tail], lexicon)
    right = end + tail[len(kept) - 1].end() if kept else end
    return " ".join(text[left:right].split())[:160]


def _name_words(words: list[str], lexicon: ForumLexicon) -> list[str]:
    """The words of a name's tail, cut at a breaking word ("with", "с"), at a place
    ("in New Delhi", "в Москве") or, in German, where capitalisation shows the name
    ended."""
    kept: list[str] = []
    if not lexicon.nouns_capitalised:
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            folded = word.casefold()
            if folded in lexicon.breaking_words or (
                    folded in lexicon.place_prepositions and following[:1].isupper()):
                break
            kept.append(word)
        return kept
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word.casefold() in lexicon.breaking_words or not (
                word[:1].isupper() or word.casefold() in lexicon.linking_words
                or following[:1].isupper()):
            break
        kept.append(word)
    while kept and kept[-1].casefold() in lexicon.linking_words:
        kept.pop()
    return kept


def _modifier(word: str) -> bool:
    """Adjectives and proper-name modifiers that belong to a mechanism's name."""
    if not any(ch.isalpha() for ch in word):
        return False                    # a dash or a number: "MINSK (BelTA) - Die …"
    return "-" in word or word[:1].isupper() or re.search(
        r"(?:isch\w*|ischen|ellen|alen|aler|al|ic|ian|an|ed|ск\w+|н\w{1,3})$", word) is not None


def _ordinal_value(word: str, lexicon: ForumLexicon | None = None) -> int | None:
    match = ORDINAL_NUMBER.fullmatch(word) or ORDINAL_NUMBER.match(word)
    if match:
        return int(match.group(1))
    if lexicon is not None:
        folded = word.casefold()
        for stem, number in lexicon.ordinals:
            if folded.startswith(stem):
                return number
    return None


def _session(text: str, start: int, lexicon: ForumLexicon) -> int | None:
    """An ordinal among the few words before the mechanism ('die erste Sitzung des Dialogs')."""
    window = text[max(0, start - 60):start].split()[-5:]
    for word in reversed(window):
        value = _ordinal_value(word.strip("«»\"'„“,"), lexicon)
        if value is not None:
            return value
    return None
