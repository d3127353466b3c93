"""Mentions that are not acts: the gates a candidate passes before it is coded.

A trigger word in general news often names an act without reporting one: what a
state usually does ("die EU verhängt regelmäßig Sanktionen"), what might be or
might have been ("hätte … sperren können", "not ruled out"), what was meant to
happen ("wollte … reisen"), a condition ("if
Russia attacks"), the same word in sport, business or culture ("Verhandlungen über
einen Spieler"), a criminal charge against persons ("Anklage erhoben", "werden
Geldwäsche vorgeworfen"), an opinion ("Experts believe …"), an act's noun qualified as
possible ("a possible meeting"), what a state should do ("Critics say Chile should
condemn …"), an endorsement of "any" step (a policy), a charge's
participle qualifying a noun ("diplomats accused of spying"), or an act whose subject is a
company, a club, a newspaper, an NGO, a hacker group or the opposition. The
words are language data (``lang/<language>/mentions.yaml``); the gates are the same
for every language. German general news adds subjects that speak for no state whatever
state they name (an NGO, a party's member, a former minister, jets that "visit"), and
clauses of another field, an idiom, a denied press report or support for a policy
(``general_news.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from communique.clean.dateline import find_dateline
from communique.document import Document, Mention
from communique.events.attributes import dateline_end
from communique.events.candidates import Candidate
from communique.events.drafts import PLEDGED, UNDERTAKINGS
from communique.events.index import mention_index
from communique.events.lexicon import load_lexicon
from communique.events.participants import PEOPLE_ACTS
from communique.lang import data_file, load_yaml, section
from communique.lang.loader import data_error, location

GATES = ("generic", "speculative", "intention", "conditional", "field", "justice", "nonstate",
         "interview", "chronicle", "opinion", "possible", "topic", "idiom", "media",
         "private", "machine", "policy", "unnamed", "warning", "normative", "purpose",
         "domestic", "predicted", "standing", "sympathy", "content", "earlier",
         "outcome", "charge")
# the gates whose words are in mentions.yaml; a condition's opening word is the event cue
# ``condition`` (lang/<language>/event_cues.yaml), which the sides rules read too; the
# words of criminal procedure are optional (a language without them has no such gate)
WORD_GATES = ("generic", "speculative", "intention", "field", "nonstate")
# the acts a criminal charge is mistaken for: a prosecutor accuses a person, not a state;
# an arrest of a foreigner (COERCE) stays an act between states
JUSTICE_ACTS = frozenset({"ACCUSE", "THREATEN"})
# words before the head of a clause's subject: an article and two adjectives ("Der
# italienische Frächterverband", "The Italian hauliers' association")
SUBJECT_WORDS = 3
# a word before a subject's head, an English possessive included ("Lebanon's parliamentary
# committee"): the state it names owns the body, it does not act
SUBJECT_WORD = r"[\w.\-]+(?:['’]s)?"
# a compound's first parts before the head ("der Siemens-Konzern"); a state among them makes
# the head a state's (gates._body: "US-Senator" stays as before)
COMPOUND = r"(?:[\w.]+-)*"
# an interview is the interviewer's label opening at least this many sentences: one label
# may be a headline's speaker ("Tusk: EU verlängert Sanktionen"), a second turn may not
INTERVIEW_TURNS = 2
# a calendar line opens with a past year and a dash ("1965 – Papst Paul VI. besucht die
# UNO"): history told in the present tense, no act of the report's days
CHRONICLE = re.compile(r"\W*\d{3,4}\s*[–—-]\s")
# the acts a machine's "visit" or "meeting" stands for a deployment in (gate ``machine``)
MEETING_ACTS = frozenset({"CONSULT"})
# the acts a press report is denied in: a denial of what a paper wrote (gate ``media``)
DENIAL_ACTS = frozenset({"REJECT"})
# the acts a negated condition after them turns into a warning (gate ``warning``): "stellten
# eine härtere Gangart in Aussicht, sollte Ungarn der Bitte nicht nachkommen" is no offer.
# The trigger's own type: a meeting told in the future is AGREE too, and its condition
# ("werde am Gipfel teilnehmen, wenn mich die Polizei nicht hindert") leaves it planned
PROMISE_ACTS = frozenset({"AGREE"})
# words after a relative clause's verb before the clause ends: an auxiliary or a particle
# ("…, die Russland kritisiert hatten", "…, die Russland scharf angriffen"); more make it a
# main clause
VERB_END_WORDS = 1
# the outcomes of the frames that endorse a policy when their object names no party (gate
# ``policy``): "sich für … aussprechen", "befürworten"; not thanks ("dankte … für") nor a
# signed plan ("unterzeichneten einen Plan für …"), which have their own outcomes
ENDORSING_OUTCOMES = frozenset({"endorsed"})
# words between an adjective of possibility and the act's noun it qualifies ("a possible
# second meeting", "ein mögliches neues Treffen")
POSSIBLE_GAP = 1
# characters before a noun read for its adjective of possibility: the adjective and one
# word ("возможного трехстороннего " is 29)
POSSIBLE_REACH = 40
# the acts whose agreed content may be habitual ("agreed to consult regularly"): a habit
# after their trigger qualifies what was agreed, not the agreement
CONTENT_ACTS = frozenset({"AGREE"})
# words of a sentence adverb set off by a comma before a clause's subject ("Кроме того,
# компании …", "In addition, companies …"): two, the longest such openers of the three languages
OPENER_WORDS = 2
# the acts whose object a universal quantifier makes a standing policy ("begrüßt jede
# Initiative", "welcomes any step", «поддерживает любые усилия»): no act with a recipient.
# Denials stay ("denied any involvement" answers one accusation)
UNIVERSAL_ACTS = frozenset({"SUPPORT"})
# words between the trigger and the quantifier of its object: an adverb ("begrüßt
# grundsätzlich jede")
UNIVERSAL_GAP = 1
# characters of a body's name in quotes after its noun («партия «Армения»», 'the association
# "Ukraine Forward"'): enough for a name of a few words
QUOTED_NAME = 60
# the acts a normative modal may schedule rather than recommend ("the next round should take
# place in May", "Das Treffen sollte im Mai stattfinden"): gate ``normative`` leaves them
SCHEDULE_ACTS = frozenset({"CONSULT", "AGREE"})
# the acts a prediction cannot announce ("Iran is expected to condemn …", "Die EU dürfte …
# verhängen", «Ожидается, что Москва осудит …»): an observer's forecast of a hostile or
# demanding act tells none (gate ``predicted``); a meeting, an agreement, a signing or aid
# expected is the cooperative act still to come that the coder codes as planned
PREDICTED_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "COERCE",
                            "ASSAULT", "MOBILIZE", "PROTEST"})
# the word before a trigger and what separates them (gate ``justice``: a charge's attribute)
PREVIOUS_WORD = re.compile(r"\S+\s+$")
# the quotes that open and close such a name (German, Russian and English typography)
OPENING_QUOTES = frozenset({"«", "„", "“", '"', "'"})
CLOSING_QUOTE = re.compile(r"[^«»„“”\"\n]*[»“”\"']")
# the acts whose addressee "all partners" or "interested countries" makes a general course
# ("stands ready to work with all partners", «готова к сотрудничеству со всеми
# заинтересованными странами»): a promise or an endorsement with no one state to receive it
EVERYONE_ACTS = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
# the people's acts whose subject is the giver: a state's people may receive aid, but aid an
# NGO delivers ("Die Welthungerhilfe hatte Lebensmittel geliefert") is no state's
GIVER_ACTS = frozenset({"AID"})
# words between a supposed case and the act's noun it opens: an adjective ("im Falle eines
# raschen Abzugs", "in the event of a sudden withdrawal")
CONDITION_GAP = 1
# words before a principle's noun in a SUPPORT's object: an article and adjectives ("a free
# and open Indo-Pacific", "eine regelbasierte internationale Ordnung")
PRINCIPLE_WORDS = 4
# the acts a private addressee makes sympathy or praise for persons, not for a state ("drückte
# den Angehörigen der Opfer sein Mitgefühl aus", "praised the response of volunteers")
SYMPATHY_ACTS = frozenset({"SUPPORT"})
# words between a SUPPORT verb and its private addressee: the feeling's noun and a
# preposition («выразил соболезнования в связи с жертвами» is four)
SYMPATHY_GAP = 4
# the verbal acts a duration since a point makes a standing position ("unterstützt … seit
# 2014", "has long accused"); aid and cooperation given since then are deliveries the report
# may code ("leistet seit Beginn des Konflikts Nothilfe", de_trig4)
STANDING_ACTS = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
# the acts a document's content is mistaken for ("In der Erklärung vereinbaren beide Seiten,
# …", "Under the plan, the two countries agree to …"): what the document says, not a second act
CONTENT_FRAME_ACTS = frozenset({"AGREE"})


@dataclass(frozen=True)
class MentionWords:
    """The compiled patterns of one language's ``mentions.yaml``, one per gate."""

    generic: re.Pattern[str]
    speculative: re.Pattern[str]
    intention: re.Pattern[str]
    field: re.Pattern[str]
    justice: re.Pattern[str] | None     # criminal procedure; None where a language has none
    subject: re.Pattern[str]     # a clause that opens with a non-state body's noun phrase
    auxiliary: re.Pattern[str]   # a finite auxiliary or modal: where a subject ends
    interviewer: re.Pattern[str] | None  # an interviewer's label at a sentence's start
    opinion: re.Pattern[str] | None  # a verb of belief whose content is an opinion
    possible: re.Pattern[str] | None  # an adjective of possibility ending right before a noun
    universal: re.Pattern[str] | None  # a quantifier opening the object right after the verb
    charged: re.Pattern[str] | None  # a charge verb's forms: as an attribute, a charge held
    normative: re.Pattern[str] | None  # a modal of what ought to be done ("should")
    predicted: re.Pattern[str] | None  # an observer's forecast ("is expected to", "dürfte")


@cache
def mention_words(language: str) -> MentionWords:
    path = data_file(language, "mentions.yaml")
    data = load_yaml(path)
    raw = {name: section(data, name, path, str, required=True) for name in WORD_GATES}
    compiled = {name: _compile(pattern, location(path, name)) for name, pattern in raw.items()}
    subject = _compile(
        rf"\W*(?:{SUBJECT_WORD}\s+){{0,{SUBJECT_WORDS}}}?(?P<head>{COMPOUND}(?:{raw['nonstate']}))",
        location(path, "nonstate"), anchored=True)
    auxiliary = _compile(section(data, "auxiliary", path, str, required=True),
                         location(path, "auxiliary"))
    justice = section(data, "justice", path, str)
    interviewer = section(data, "interviewer", path, str)
    opinion = section(data, "opinion", path, str)
    possible = section(data, "possible", path, str)
    universal = section(data, "universal", path, str)
    charged = section(data, "charged", path, str)
    normative = section(data, "normative", path, str)
    predicted = section(data, "predicted", path, str)
    return MentionWords(compiled["generic"], compiled["speculative"], compiled["intention"],
                        compiled["field"],
                        _compile(justice, location(path, "justice")) if justice else None,
                        subject, auxiliary,
                        _compile(rf"\W*(?:{interviewer}):", location(path, "interviewer"),
                                 anchored=True) if interviewer else None,
                        _compile(opinion, location(path, "opinion")) if opinion else None,
                        _compile(rf"(?:{possible})\s+(?:[\w\-]+\s+){{0,{POSSIBLE_GAP}}}$",
                                 location(path, "possible")) if possible else None,
                        _compile(rf"\s+(?:[\w\-]+\s+){{0,{UNIVERSAL_GAP}}}?(?:{universal})",
                                 location(path, "universal"), anchored=True)
                        if universal else None,
                        _compile(charged, location(path, "charged")) if charged else None,
                        _compile(normative, location(path, "normative")) if normative else None,
                        _compile(predicted, location(path, "predicted")) if predicted else None)


@dataclass(frozen=True)
class PreciseWords:
    """The optional ``precise_*`` patterns of one language's ``mentions.yaml``: phrases that
    make a trigger speak of an aim, a case, a principle or partners at large, not of an act
    between states the report tells."""

    purpose: re.Pattern[str] | None    # an instrument's aim ("Mit dem Fonds sollen …")
    condition: re.Pattern[str] | None  # a nominal condition ending right before a noun
    principle: re.Pattern[str] | None  # an abstract principle opening a SUPPORT's object
    everyone: re.Pattern[str] | None   # partners at large as the addressee
    domestic: re.Pattern[str] | None   # a domestic body whose meeting is no act abroad
    attribute: re.Pattern[str] | None  # what opens a head's genitive attribute ("der", "of")
    verb_second: bool                  # the finite verb opens the middle field (German)
    legislature: re.Pattern[str] | None  # a parliament or cabinet as a clause's subject
    since: re.Pattern[str] | None      # a duration since a point: a verb of a standing state
    sympathy: re.Pattern[str] | None   # private persons as a SUPPORT's addressee
    content: re.Pattern[str] | None    # a document's frame: what it says, not an act
    background: re.Pattern[str] | None  # an earlier act's participle as a noun's attribute
    past: re.Pattern[str] | None       # a finite verb's past form: the sides' act reported
    outcome: re.Pattern[str] | None    # a meeting's results as a SUPPORT's object
    charge_before: re.Pattern[str] | None  # a verb of charging whose content clause follows
    charge_after: re.Pattern[str] | None   # … or stands before it, in reported speech
    charge_content: re.Pattern[str] | None  # the zu-infinitive that closes that content


@cache
def precise_words(language: str) -> PreciseWords:
    """A language without a ``precise_*`` key has no such gate (None)."""
    path = data_file(language, "mentions.yaml")
    data = load_yaml(path)

    def words(key: str, template: str = "{}", anchored: bool = False) -> re.Pattern[str] | None:
        pattern = section(data, key, path, str)
        return (_compile(template.format(pattern), location(path, key), anchored)
                if pattern else None)

    return PreciseWords(words("precise_purpose"),
                        words("precise_condition",
                              rf"(?:{{}})\s+(?:[\w\-]+\s+){{{{0,{CONDITION_GAP}}}}}$"),
                        words("precise_principle",
                              rf"\s+(?:[\w\-]+\s+){{{{0,{PRINCIPLE_WORDS}}}}}?(?P<head>{{}})",
                              anchored=True),
                        words("precise_everyone"), words("precise_domestic"),
                        words("precise_attribute", anchored=True),
                        section(data, "precise_verb_second", path, bool),
                        words("precise_legislature",
                              rf"\W*(?:{SUBJECT_WORD}\s+){{{{0,{SUBJECT_WORDS}}}}}?(?:{{}})",
                              anchored=True),
                        words("precise_since"),
                        words("precise_sympathy",
                              rf"\s+(?:[\w-]+\s+){{{{0,{SYMPATHY_GAP}}}}}?(?P<head>{{}})",
                              anchored=True),
                        words("precise_content"),
                        words("precise_background"), words("precise_past", anchored=True),
                        words("precise_outcome",
                              rf"\s+(?:[\w-]+\s+){{{{0,{SYMPATHY_GAP}}}}}?(?P<head>{{}})",
                              anchored=True),
                        words("precise_charge_before", r"(?:{})[^.;:!?,]*,"),
                        words("precise_charge_after", r"\s*,\s*(?:{})", anchored=True),
                        words("precise_charge_content"))


@dataclass(frozen=True)
class NewsWords:
    """The words of one language's ``general_news.yaml``: who acts for no state, and
    clauses that speak of no act."""

    private: re.Pattern[str]   # NGOs, party members, former office holders, shares of people
    machine: re.Pattern[str]   # aircraft, ships, weapons: their "visit" is a deployment
    field: re.Pattern[str]     # church, business, election campaigns
    idiom: re.Pattern[str]     # a trigger's word in a phrase that means no act
    media: re.Pattern[str]     # a press report: what a denial denies
    refusal: re.Pattern[str]   # a negated condition after the act: what it is a warning of
    individual: re.Pattern[str]  # one person acting alone: a crime, not a state's act
    passive: re.Pattern[str]   # a passive auxiliary: the clause's subject undergoes the act
    endorsed: re.Pattern[str]  # the preposition that opens what a SUPPORT endorses
    relative: re.Pattern[str]  # a relative pronoun after a comma: its subject stands before
    reported: re.Pattern[str]  # a subjunctive auxiliary: a main clause of reported speech
    antecedent: re.Pattern[str]  # a private or non-state noun right before that comma


@cache
def news_words(language: str) -> NewsWords | None:
    """None for a language without the file: its subjects are read by ``nonstate`` alone."""
    path = data_file(language, "general_news.yaml")
    if not path.exists():
        return None
    data = load_yaml(path)
    private = "|".join(section(data, key, path, str, required=True)
                       for key in ("private", "former"))
    machine = section(data, "machine", path, str, required=True)
    field, idiom, media, refusal, endorsed, passive = (
        _compile(section(data, key, path, str, required=True), location(path, key))
        for key in ("field", "idiom", "media", "refusal", "endorsed", "passive"))
    individual = section(data, "individual", path, str, required=True)
    relative = section(data, "relative", path, str, required=True)
    reported = _compile(section(data, "reported", path, str, required=True),
                        location(path, "reported"))
    mentions = data_file(language, "mentions.yaml")
    nonstate = section(load_yaml(mentions), "nonstate", mentions, str, required=True)
    return NewsWords(_head(private, location(path, "private")),
                     _head(machine, location(path, "machine")), field, idiom, media, refusal,
                     _head(individual, location(path, "individual")), passive, endorsed,
                     _compile(rf"\W*(?:{relative})", location(path, "relative"), anchored=True),
                     reported,
                     _compile(rf"(?:{private}|{nonstate})\W*$", location(path, "private")))


def _head(pattern: str, where: str) -> re.Pattern[str]:
    """A subject's head where a subject starts: up to ``SUBJECT_WORDS`` words before it (an
    article, adjectives), a compound's first part before a hyphen ("US-Menschen…")."""
    return _compile(rf"\W*(?:[\w.\-]+\s+){{0,{SUBJECT_WORDS}}}?(?P<head>(?:[\w.]+-)*(?:{pattern}))",
                    where, anchored=True)


def _compile(pattern: str, where: str, anchored: bool = False) -> re.Pattern[str]:
    """Whole words, ignoring case; ``anchored`` patterns match where the text starts."""
    try:
        return re.compile(("" if anchored else r"(?<!\w)") + f"(?:{pattern})(?!\\w)",
                          re.IGNORECASE)
    except re.error as exc:
        raise data_error(where, None, f"is no regular expression ({exc})",
                         "correct the pattern") from exc


def not_an_act(doc: Document, candidate: Candidate, language: str) -> str | None:
    """The gate a candidate fails (its name in ``GATES``), or None for a reported act. A
    speculation governs the clauses after it too ("Nicht ausgeschlossen wird, dass …")."""
    words = mention_words(language)
    lo, hi = candidate.scope.clause
    clause = doc.text[lo:hi]
    if words.field.search(clause):
        return "field"
    if CHRONICLE.match(candidate.sentence.text):
        return "chronicle"
    if words.interviewer is not None and _in_interview(doc, candidate, words.interviewer):
        return "interview"
    if words.speculative.search(doc.text[candidate.sentence.start:hi]):
        return "speculative"
    if words.intention.search(clause):
        return "intention"
    if words.opinion is not None and _opinion(doc, candidate, words.opinion):
        return "opinion"
    if words.possible is not None and words.possible.search(
            doc.text, max(candidate.sentence.start, candidate.start - POSSIBLE_REACH),
            candidate.start):
        return "possible"
    if candidate.event_type not in SCHEDULE_ACTS and words.normative is not None \
            and words.normative.search(doc.text, candidate.scope.clause[0], candidate.start):
        return "normative"
    if candidate.event_type in PREDICTED_ACTS and words.predicted is not None \
            and words.predicted.search(doc.text, candidate.sentence.start, candidate.start):
        return "predicted"
    if _habitual(doc, candidate, words.generic) or _universal_object(doc, candidate, words):
        return "generic"
    if _conditional(doc, candidate, load_lexicon(language).cues["condition"]):
        return "conditional"
    if candidate.event_type in JUSTICE_ACTS and (
            (words.justice is not None and words.justice.search(clause))
            or _charge_attribute(doc, candidate, words.charged)):
        return "justice"
    precise = precise_words(language)
    if _nonstate_subject(doc, candidate, words, precise):
        return "nonstate"
    return _precise_gate(doc, candidate, precise) or _general_news(
        doc, candidate, language, words.auxiliary)


def _precise_gate(doc: Document, candidate: Candidate, words: PreciseWords) -> str | None:
    """The gate a candidate fails by its ``precise_*`` words: its clause names the aim of a
    fund, a programme or a strategy (``purpose``: "Mit dem Fonds sollen die Nachbarländer
    unterstützt werden"); its noun is a case supposed ("im Falle eines Angriffs", "in the
    event of a withdrawal": ``conditional``); a SUPPORT endorses a principle with no party
    named before its noun ("supports a rules-based order": ``policy``; "Ukraine's
    sovereignty" stays); a promise goes to partners at large ("with all partners":
    ``generic``); a domestic body meets, or is to meet, with no partner abroad named, or a
    legislature or cabinet acts in a clause that names no party at all («Совет Республики
    одобрил ряд законов»: the sides a report's meeting would lend it are not its own)
    (``domestic``)."""
    lo, hi = candidate.scope.clause
    if _purpose(doc, candidate, words.purpose):
        return "purpose"
    if words.condition is not None and candidate.trigger.form == "noun" \
            and words.condition.search(doc.text, candidate.sentence.start, candidate.start):
        return "conditional"
    principle = (words.principle.match(doc.text, candidate.end, hi)
                 if words.principle is not None else None)
    if candidate.event_type in UNIVERSAL_ACTS and principle is not None \
            and not _named(doc, candidate.end, principle.start("head")):
        return "policy"
    if candidate.event_type in EVERYONE_ACTS and words.everyone is not None \
            and words.everyone.search(doc.text, lo, hi):
        return "generic"
    if candidate.trigger.event_type in MEETING_ACTS and words.domestic is not None \
            and words.domestic.search(doc.text, lo, hi) and _one_state(doc, lo, hi):
        return "domestic"
    if _home_body(doc, candidate, words) and not _named(doc, lo, hi):
        return "domestic"
    if candidate.event_type != "ACCUSE" and _charged_content(doc, candidate, words):
        return "charge"
    return _mention_gate(doc, candidate, words)


def _purpose(doc: Document, candidate: Candidate, purpose: re.Pattern[str] | None) -> bool:
    """An instrument's aim in the trigger's clause, or opening its sentence: a sentence's
    first phrase governs the main clause across an insertion set off by commas ("Mit dem
    Fonds sollen die Nachbarländer und andere Staaten, wie etwa am Westbalkan, unterstützt
    werden", where the clause of the trigger starts after the insertion)."""
    if purpose is None:
        return False
    lo, hi = candidate.scope.clause
    opening = purpose.match(doc.text, candidate.sentence.start, candidate.start)
    return opening is not None or purpose.search(doc.text, lo, hi) is not None


def _charged_content(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """The trigger's clause is what another state is charged with, not an act the report
    tells: the zu-infinitive after a verb of charging and its comma ("warf Armenien vor, die
    Waffenruhe gebrochen zu haben") or the reported clause before one ("Die Ukraine habe die
    Waffenruhe gebrochen, warf Russland vor")."""
    sentence = candidate.sentence
    if words.charge_before is not None and words.charge_content is not None:
        charge = words.charge_before.search(doc.text, sentence.start, candidate.start)
        # the zu-infinitive that closes the content comes after the trigger; one before it
        # ended the content ("warf … vor, … zu verletzen, und forderte … auf": a new act)
        if charge is not None and words.charge_content.search(
                doc.text, candidate.start, candidate.scope.clause[1]) and not \
                words.charge_content.search(doc.text, charge.end(), candidate.start):
            return True
    comma = doc.text.find(",", candidate.end, sentence.end)
    return words.charge_after is not None and comma >= 0 and \
        words.charge_after.match(doc.text, comma, sentence.end) is not None


def _mention_gate(doc: Document, candidate: Candidate, words: PreciseWords) -> str | None:
    """precise9: a verbal act with a duration since a point states a standing position
    ("unterstützt die Ukraine seit Beginn des Krieges", "has backed … since 2022", «давно
    поддерживает»; "erstmals seit 2019" stays: ``standing``); a SUPPORT verb whose first
    addressee is private persons is sympathy or praise for them ("den Angehörigen der Opfer",
    "the response of volunteers": ``sympathy``), and one whose object is a meeting's results is
    the sides' opinion of it (``outcome``); an AGREE told in a document's frame is what the
    document says ("In der Erklärung vereinbaren beide Seiten", "Under the plan, the two
    countries agree": ``content``; a past tense reports the act and stays); an earlier act's
    participle qualifies a document named as background («ранее подписанное соглашение»:
    ``earlier``)."""
    hi = candidate.scope.clause[1]
    start = candidate.sentence.start
    verb = candidate.trigger.form != "noun"
    if verb and candidate.event_type in STANDING_ACTS and _standing(doc, candidate, words):
        return "standing"
    if verb and candidate.event_type in SYMPATHY_ACTS and _private_addressee(doc, candidate, words):
        return "sympathy"
    if verb and candidate.event_type in SYMPATHY_ACTS and _own_outcome(doc, candidate, words):
        return "outcome"
    if candidate.event_type in CONTENT_FRAME_ACTS and _document_says(doc, candidate, words):
        return "content"
    if words.background is not None and any(
            match.start() < candidate.start < match.end()
            for match in words.background.finditer(doc.text, start, hi)):
        return "earlier"
    return None


def _standing(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """A duration since a point anywhere in the clause ("unterstützt Togo seit 2017"); a bare
    repetition ("has repeatedly called on …") reports the latest act and stays
    (tests/test_events_mentions.py, tests/test_events_gnad.py)."""
    lo, hi = candidate.scope.clause
    return words.since is not None and words.since.search(doc.text, lo, hi) is not None


def _document_says(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """A document's frame stands before the trigger in its sentence and the trigger is no
    past form: the present tells what the document says ("Under the plan, the two countries
    agree to …"); a past or perfect reports the sides' act («Согласно документу, стороны
    договорились проводить консультации», a planned meeting agreed, dev ru-020; "In dem
    Abkommen hatten sich … geeinigt"). A pledge or an offer the document makes is the act
    itself ("Darin sagen Berlin und Paris Moldau 50 Millionen Euro zu": aid pledged, spec 3)."""
    if candidate.trigger.outcome in UNDERTAKINGS or PLEDGED in candidate.flags:
        return False
    start = candidate.sentence.start
    if words.content is None or words.content.search(doc.text, start, candidate.start) is None:
        return False
    clause = doc.text[candidate.scope.clause[0]:candidate.start]
    if load_lexicon(doc.language or "").cue("past_auxiliary", clause):
        return False
    return words.past is None or words.past.fullmatch(doc.text, candidate.start,
                                                      candidate.end) is None


def _own_outcome(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """A SUPPORT verb's object is a meeting's results and its clause names no party after the
    verb ("Beide Seiten lobten die Ergebnisse des Treffens", «Стороны высоко оценили итоги
    переговоров»): the sides' opinion of their own meeting, no act towards another; "die
    Ergebnisse der Gespräche zwischen Togo und Benin" names the parties and stays."""
    if words.outcome is None:
        return False
    hi = candidate.scope.clause[1]
    return (words.outcome.match(doc.text, candidate.end, hi) is not None
            and not _named(doc, candidate.end, hi))


def _private_addressee(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """Private persons (families, victims, volunteers) are the first addressee after the
    verb, with no state, IGO or official named before them: the feeling or the praise is
    theirs ("sprach dem türkischen Präsidenten sein Beileid aus" names a state and stays)."""
    if words.sympathy is None:
        return False
    match = words.sympathy.match(doc.text, candidate.end, candidate.scope.clause[1])
    return match is not None and not _named(doc, candidate.end, match.start("head"))


def _home_body(doc: Document, candidate: Candidate, words: PreciseWords) -> bool:
    """A legislature or a cabinet is the subject of a finite trigger: it opens the clause, or
    follows the trigger where the finite verb stands second after a prefield ("Am Mittwoch
    billigte das Kabinett …")."""
    if candidate.trigger.form == "noun" or words.legislature is None:
        return False
    lo = _subject_start(doc, *candidate.scope.clause)
    starts = [lo]
    if words.verb_second and doc.text[lo:candidate.start].strip():
        starts.append(candidate.end)
    return any(words.legislature.match(doc.text, start, candidate.scope.clause[1]) is not None
               for start in starts)


def _one_state(doc: Document, start: int, end: int) -> bool:
    """No IGO and at most one state named between two offsets: a domestic body meets there
    ("Das ghanaische Kabinett beriet am Dienstag"), with no partner abroad; the sides a
    meeting would take come from other sentences. An IGO's body meets in a multilateral
    format («Совет Безопасности ООН провел заседание») and stays."""
    actors = [m.actor for m in doc.mentions
              if m.actor is not None and m.actor.code and start <= m.start < end]
    return (all(actor.kind != "igo" for actor in actors)
            and len({actor.code for actor in actors}) <= 1)


def _opinion(doc: Document, candidate: Candidate, opinion: re.Pattern[str]) -> bool:
    """Whether a verb of belief governs the trigger: no comma between them ("Analysts
    believe Russia will meet …"), or only the one that opens the verb's content clause
    ("Der Politologe meint, dass …", "Der Historiker glaubt, Polen werde …"). A belief in
    another clause ("Putin, who believes in dialogue, met …"; "The US believes Iran
    attacked the tanker, and Washington imposed sanctions") leaves the act reported."""
    for match in opinion.finditer(doc.text, candidate.sentence.start, candidate.start):
        between = doc.text[match.end():candidate.start].lstrip()
        if not any(mark in between.removeprefix(",") for mark in ",;"):
            return True
    return False


def _general_news(doc: Document, candidate: Candidate, language: str,
                  auxiliary: re.Pattern[str]) -> str | None:
    """The gate of ``general_news.yaml`` a candidate fails: its clause speaks of another
    field (``topic``), uses the trigger's word in an idiom (``idiom``), denies a press
    report (``media``), or its subject acts for no state whatever state it names
    (``private``: "Die Menschenrechtsorganisation Amnesty forderte Ägypten auf";
    ``machine``: jets that "visit" a country; a relative clause whose antecedent is such a
    body), an offer is made under a negated condition (``warning``), a plan told in the
    future names no party (``unnamed``), or a SUPPORT endorses a policy that names no party
    (``policy``). People's own acts stay, as for ``nonstate``, except those of one person
    alone ("griff der Mann … an")."""
    news = news_words(language)
    if news is None:
        return None
    lo, hi = candidate.scope.clause
    if news.field.search(doc.text, lo, hi):
        return "topic"
    if news.idiom.search(doc.text, lo, hi):
        return "idiom"
    if candidate.event_type in DENIAL_ACTS and news.media.search(doc.text, lo, hi):
        return "media"
    if candidate.trigger.event_type in PROMISE_ACTS and news.refusal.search(
            doc.text, candidate.end, candidate.sentence.end):
        return "warning"
    if candidate.trigger.form == "noun":
        return None
    if candidate.trigger.event_type != candidate.event_type and candidate.status == "planned" \
            and not _named(doc, lo, hi) and not _sides_named(doc, lo, hi, language):
        return "unnamed"
    if candidate.trigger.outcome in ENDORSING_OUTCOMES and _endorses_policy(
            doc, candidate, news.endorsed):
        return "policy"
    starts = _subject_starts(doc, candidate, auxiliary)
    if not news.passive.search(doc.text, lo, hi) and _subject_head(
            doc, candidate, news.individual, starts):
        return "private"
    if candidate.event_type in PEOPLE_ACTS and candidate.event_type not in GIVER_ACTS:
        return None
    if _subject_head(doc, candidate, news.private, starts) or _relative_subject(
            doc, candidate, news, auxiliary):
        return "private"
    if candidate.event_type in MEETING_ACTS and _subject_head(doc, candidate, news.machine, starts):
        return "machine"
    return None


def _endorses_policy(doc: Document, candidate: Candidate, endorsed: re.Pattern[str]) -> bool:
    """The trigger is followed by what it endorses ("sprachen sich für strengere Regeln
    aus") and its clause names no state, IGO or official after it: support for a policy,
    with no party to receive it ("lobte China für seine Hilfe" names one and stays)."""
    hi = candidate.scope.clause[1]
    return (endorsed.search(doc.text, candidate.end, hi) is not None
            and not _named(doc, candidate.end, hi))


def _relative_subject(doc: Document, candidate: Candidate, news: NewsWords,
                      auxiliary: re.Pattern[str]) -> bool:
    """The trigger stands in a relative clause (a pronoun right after the last comma before
    it) whose antecedent, the noun before that comma, is a private or non-state body
    ("mehrere Islamistengruppen, die der Türkei Verrat vorwerfen"): the pronoun is the
    subject and stands for that body. A relative clause puts its finite verb last: an
    auxiliary before the trigger, or words after it, make the pronoun an article of a main
    clause's subject (", die Regierung werde China unterstützen")."""
    lo = candidate.scope.clause[0]
    comma = doc.text.rfind(",", lo, candidate.start)
    if comma <= lo or news.relative.match(doc.text, comma + 1, candidate.start) is None:
        return False
    rest = re.split(r"[,;.!?]", doc.text[candidate.end:candidate.scope.clause[1]], maxsplit=1)[0]
    return (auxiliary.search(doc.text, comma + 1, candidate.start) is None
            and news.reported.search(doc.text, comma + 1, candidate.start) is None
            and len(rest.split()) <= VERB_END_WORDS
            and news.antecedent.search(doc.text, lo, comma) is not None)


def _subject_starts(doc: Document, candidate: Candidate, auxiliary: re.Pattern[str]) -> list[int]:
    """Where the clause's subject may start: its opening (after a dateline), and right after
    its finite verb (the auxiliary before the trigger, else the trigger itself) when the
    prefield before that names no one (German verb second: "Am Montag forderte die
    Menschenrechtsorganisation …"; "Russland forderte die Organisation auf" has its
    subject in the prefield); and after the last comma before the trigger, where a
    subordinate clause opens (", derzufolge sich 93 Prozent der Bewohner … ausgesprochen
    hätten"). None where the trigger is an attribute."""
    sentence = candidate.sentence
    lo = candidate.scope.clause[0]
    if lo == sentence.start:
        lo = _subject_start(doc, sentence.start, sentence.end)
    finite = auxiliary.search(doc.text, lo, candidate.start)
    if finite is not None and _attributive(doc, candidate):
        return []
    prefield_end, after = ((finite.start(), finite.end()) if finite is not None
                           else (candidate.start, candidate.end))
    starts = [lo] if _named(doc, lo, prefield_end) else [lo, after]
    comma = doc.text.rfind(",", lo, candidate.start)
    return [*starts, comma + 1] if comma >= 0 else starts


def _attributive(doc: Document, candidate: Candidate) -> bool:
    """After a finite auxiliary, the clause's own verb closes the clause; a trigger before
    a noun is an attribute of it ("hatte für die in Wien erzielte Vereinbarung geworben"):
    an act the subject speaks of, not its own. German nouns are capitalised."""
    rest = doc.text[candidate.end:candidate.scope.clause[1]].lstrip()
    return rest[:1].isupper()


def _subject_head(doc: Document, candidate: Candidate, heads: re.Pattern[str],
                  starts: list[int]) -> bool:
    """One of ``heads`` opens the subject at one of ``starts``, with no noun naming a party
    before it ("Russland hat die Organisation …" is Russia's act); a state's adjective
    qualifies the head ("Zwei amerikanische Kampfflugzeuge", lower case in German)."""
    end = candidate.scope.clause[1]
    for start in starts:
        match = heads.match(doc.text, start, end)
        if match is not None and not any(
                m.actor is not None and m.actor.code and start <= m.start < match.start("head")
                and doc.text[m.start].isupper() for m in doc.mentions):
            return True
    return False


def _in_interview(doc: Document, candidate: Candidate, interviewer: re.Pattern[str]) -> bool:
    """The trigger stands after the interviewer's first turn ("STANDARD: …") of an interview:
    what the guest says there is an opinion asked for, not an act the paper reports."""
    turns = [s.start for s in doc.sentences if interviewer.match(s.text)]
    return len(turns) >= INTERVIEW_TURNS and candidate.start > turns[0]


def _habitual(doc: Document, candidate: Candidate, generic: re.Pattern[str]) -> bool:
    """An adverb of habit in the trigger's clause, unless it follows an agreement and so
    qualifies what was agreed ("agreed to hold consultations regularly"). An adverb set off
    by commas may straddle the clause's start, where a clause word opens it ("Russia, as
    usual, accused …", «Россия, как правило, призывает …»: the clause starts after "as")."""
    lo, hi = candidate.scope.clause
    start = candidate.sentence.start
    return any(start + match.end() > lo
               and (start + match.start() < candidate.start
                    or candidate.trigger.event_type not in CONTENT_ACTS)
               for match in generic.finditer(doc.text[start:hi]))


def _universal_object(doc: Document, candidate: Candidate, words: MentionWords) -> bool:
    """An endorsement whose object opens with a universal quantifier ("Die Regierung begrüßt
    jede Initiative, die …", "welcomes any step towards …"): a policy towards whatever may
    come, not an act on one thing done."""
    return (candidate.event_type in UNIVERSAL_ACTS and words.universal is not None
            and candidate.trigger.form != "noun"
            and words.universal.match(doc.text, candidate.end, candidate.scope.clause[1])
            is not None)


def _charge_attribute(doc: Document, candidate: Candidate,
                      charged: re.Pattern[str] | None) -> bool:
    """The trigger is a charge's participle that qualifies the noun before it ("firms
    accused of helping Moscow", «сотрудника, обвиняемого в мошенничестве»): the charge its
    bearer is under, told as background, not an accusation the report tells. The pattern
    reads from the word before the trigger (a passive auxiliary there makes an act)."""
    if charged is None:
        return False
    before = PREVIOUS_WORD.search(doc.text, candidate.sentence.start, candidate.start)
    return before is not None and charged.match(doc.text, before.start()) is not None


def _conditional(doc: Document, candidate: Candidate, conditional: re.Pattern[str]) -> bool:
    """The trigger stands in a clause a conditional word opens: the stretch from the last
    comma before it (or the sentence start) begins with "wenn", "if", «если». The main
    clause after the condition ("Falls …, wird die EU Sanktionen verhängen") is an act."""
    sentence = candidate.sentence
    before = doc.text[sentence.start:candidate.start]
    stretch = before.rsplit(",", 1)[-1].lstrip(" \t\n–—-\"„“«")
    return conditional.match(stretch) is not None


def _nonstate_subject(doc: Document, candidate: Candidate, words: MentionWords,
                      precise: PreciseWords) -> bool:
    """A verb whose subject is a non-state body ("Der Frächterverband begrüßte …") and
    names no state, IGO or official (up to its auxiliary): the body acts. The subject opens
    the clause or follows the finite auxiliary after a prefield that names no one ("In
    den vergangenen Wochen hatten 42 Senatoren …"). Crowds and citizens stay: they are a
    side of the acts people take part in; members of parliament and the opposition are
    domestic politics, named or not. The subject may also follow words set off by commas
    (``_set_off_starts``)."""
    if candidate.trigger.form == "noun" or (candidate.event_type in PEOPLE_ACTS
                                            and candidate.event_type not in GIVER_ACTS):
        return False
    sentence = candidate.sentence
    lo = candidate.scope.clause[0]
    if lo == sentence.start:        # the dateline ("Rom – ") is no part of the subject
        lo = _subject_start(doc, sentence.start, sentence.end)
    match = words.subject.match(doc.text, lo, candidate.start)
    if match is not None:
        return _body(doc, candidate, match, words, precise)
    if any(_body(doc, candidate, m, words, precise)
           for start in _set_off_starts(doc, candidate, lo, words)
           if (m := words.subject.match(doc.text, start, candidate.start)) is not None):
        return True
    return _middle_subject(doc, candidate, lo, words, precise)


def _body(doc: Document, candidate: Candidate, match: re.Match[str], words: MentionWords,
          precise: PreciseWords) -> bool:
    """The subject's head is a non-state body: it names no state or IGO itself (a name in
    guillemets may be an IGO's, «Большая семерка»), and no one is named after it."""
    return (not any(m.actor is not None and m.actor.code and m.actor.kind != "person"
                    for m in mention_index(doc).starting(match.start("head"), match.end("head")))
            and _unnamed_after(doc, candidate, match.end("head"), words, precise))


def _unnamed_after(doc: Document, candidate: Candidate, name: int, words: MentionWords,
                   precise: PreciseWords) -> bool:
    """No state, IGO or official is named from a non-state head to the subject's end (its
    own name apart: "Der Abgeordnete Peter Pilz", «партия «Армения»»; nor a state in its
    attribute: "Der Bundesverband der Deutschen Industrie", "a consortium of Chinese
    companies")."""
    subject_end = _subject_end(doc, candidate, name, words.auxiliary)
    return not any(m.actor is not None and m.actor.code
                   and m.start >= name and m.start < subject_end
                   and not _apposed_name(doc, m, name) and not _quoted_name(doc, m, name)
                   and not _attribute(doc, m, name, precise.attribute)
                   for m in doc.mentions)


def _attribute(doc: Document, mention: Mention, head_end: int,
               attribute: re.Pattern[str] | None) -> bool:
    """A state's word right after the word that opens the head's genitive attribute
    (``precise_attribute``: "der", "of") says whose the body is. A state right after the head
    may be the object of a clause in object-first order ("Die Kirche Kubas lobte der Papst")
    and still counts."""
    gap = doc.text[head_end:mention.start].strip()
    return attribute is not None and attribute.fullmatch(gap) is not None


def _set_off_starts(doc: Document, candidate: Candidate, lo: int,
                    words: MentionWords) -> list[int]:
    """Where a subject starts after words set off by commas, when the words before the comma
    name no party: after a short sentence adverb ("Кроме того, компании …", "Meanwhile,
    companies …"), and in an apposition that ends right before the verb or its auxiliary
    ("Die Plattform …, ein Zusammenschluss von Nichtregierungsorganisationen, begrüßte …";
    "Memorial, a rights group, has accused …"): the apposition says what the subject is."""
    commas = [lo + i for i, char in enumerate(doc.text[lo:candidate.start]) if char == ","]
    starts = []
    if commas and len(doc.text[lo:commas[0]].split()) <= OPENER_WORDS \
            and not _named(doc, lo, commas[0]):
        starts.append(commas[0] + 1)
    if len(commas) >= 2:
        before_verb = doc.text[commas[-1] + 1:candidate.start].strip()
        if (not before_verb or words.auxiliary.fullmatch(before_verb)) \
                and not _named(doc, lo, commas[-2]):
            starts.append(commas[-2] + 1)
    return starts


def _named(doc: Document, start: int, end: int) -> bool:
    """A state, an IGO or an official is named between two offsets."""
    return any(m.actor is not None and m.actor.code and start <= m.start < end
               for m in doc.mentions)


def _sides_named(doc: Document, start: int, end: int, language: str) -> bool:
    """The report's sides named back between two offsets ("Beide Seiten wollen … einen
    Vertrag unterzeichnen", cue ``sides``): the plan is theirs, a party named."""
    return load_lexicon(language).cues["sides"].search(doc.text, start, end) is not None


def _middle_subject(doc: Document, candidate: Candidate, lo: int, words: MentionWords,
                    precise: PreciseWords) -> bool:
    """A non-state subject right after the finite auxiliary, when the prefield before it
    names no one (German verb second: "Am Montag haben mehrere Senatoren die Türkei …
    kritisiert"); the names after the body's noun are the verb's objects. A party
    between the auxiliary and the noun is the subject instead ("Am Montag hat Russland dem
    Verband …"). Where the language puts its finite verb second (``precise_verb_second``),
    a trigger that is that verb opens the middle field itself ("Am Rande unterzeichnete
    der Konzern …"); a trigger that opens its clause asks or supposes."""
    auxiliary = words.auxiliary.search(doc.text, lo, candidate.start)
    if auxiliary is not None:
        prefield_end, middle, end = auxiliary.start(), auxiliary.end(), candidate.start
    elif precise.verb_second and doc.text[lo:candidate.start].strip():
        prefield_end, middle, end = candidate.start, candidate.end, candidate.scope.clause[1]
    else:
        return False
    if _named(doc, lo, prefield_end):
        return False
    match = words.subject.match(doc.text, middle, end)
    return match is not None and not _named(doc, middle, match.end("head"))


def _subject_start(doc: Document, start: int, end: int) -> int:
    """After the dateline that opens the sentence: the cleaner's, one that opens a line, or
    one after a web report's title and lead on the same line ("… ohne weitere Diskussion.
    Wien – Der Abgeordnete …"); no subject has a dateline's shape."""
    after = dateline_end(doc, start, end)
    if after > start:
        return after
    dateline = find_dateline(doc.text[start:end])
    return start if dateline is None else min(start + dateline.end, end)


def _subject_end(doc: Document, candidate: Candidate, after: int,
                 auxiliary: re.Pattern[str]) -> int:
    """Where the subject ends: at the finite auxiliary after its head (a German object
    stands between it and a verb-final participle: "… hat Deutschland Defizite
    vorgeworfen"), else at the trigger."""
    match = auxiliary.search(doc.text, after, candidate.start)
    return candidate.start if match is None else match.start()


def _quoted_name(doc: Document, mention: Mention, head_end: int) -> bool:
    """A name in quotes right after the head is the body's own name, even a state's
    («Оппозиционная партия «Армения» обвинила …», 'the association "Ukraine Forward"')."""
    if doc.text[head_end:mention.start].strip() not in OPENING_QUOTES:
        return False
    return CLOSING_QUOTE.match(doc.text, mention.start, mention.start + QUOTED_NAME) is not None


def _apposed_name(doc: Document, mention: Mention, head_end: int) -> bool:
    """A person without an office named right after the head is the head itself ("Der
    Abgeordnete Peter Pilz"), not an official who speaks for the state."""
    return (mention.actor is not None and mention.actor.kind == "person"
            and not mention.actor.role and not doc.text[head_end:mention.start].strip())

